/**
 * One fit, start to finish, with the fitting itself left to an engine (fsrs-browser in a worker,
 * or the native binding in Electron's main process): split the history in time, fit on the
 * earlier part, score the current, the new and the default parameters on the later part, and
 * keep the new ones only when they predict it better. Kept ones are then fitted again on the
 * whole history, so the latest reviews count too.
 */
import { evaluate } from './evaluate'
import { withItems } from './history'
import { DEFAULT_PARAMETERS, fitStage, MIN_TRAINING_ITEMS, staged } from './staging'
import type { FitStage, Metrics, Parameters, TrainingSet } from './types'

export type EngineName = 'native' | 'wasm'

/** One fit's share of the whole run, so an engine that reports elsewhere can place itself. */
export interface FitProgress {
  readonly from: number
  readonly to: number
  /** This fit's own progress, 0–1. */
  report(fraction: number): void
}

export interface FitEngine {
  readonly name: EngineName
  /** Fits parameters to `set`'s items, reporting as it goes. */
  fit(set: TrainingSet, progress: FitProgress): Promise<Parameters>
}

/** The share of the history, newest last, that is held out to test a fit. */
export const TEST_SHARE = 0.2

export interface FitMetrics {
  current: Metrics
  fitted: Metrics
  defaults: Metrics
}

export interface FitOutcome {
  stage: FitStage
  accepted: boolean
  /** Why the fit was kept or refused, in words for the settings screen. */
  reason: string
  /** What to schedule with from now on: the new parameters if kept, else the current ones. */
  parameters: Parameters
  /** The parameters fitted on the earlier part and tested; null when nothing was fitted. */
  tested: Parameters | null
  /** Scores on the held-out reviews; null when there were too few to test on. */
  metrics: FitMetrics | null
  reviewCount: number
  trainItems: number
  testItems: number
  engine: EngineName
}

/** Lower log loss, and calibration (RMSE) no worse: better on both counts, not traded off. */
export function isBetter(fitted: Metrics, current: Metrics): boolean {
  return fitted.logLoss < current.logLoss && fitted.rmse <= current.rmse
}

const fmt = (x: number): string => x.toFixed(4)

export async function runFit(
  set: TrainingSet,
  current: Parameters,
  engine: FitEngine,
  onProgress: (fraction: number) => void = () => {}
): Promise<FitOutcome> {
  const n = set.items.length
  const stage = fitStage(n, set.reviewCount)
  const cut = Math.max(MIN_TRAINING_ITEMS, Math.floor(n * (1 - TEST_SHARE)))
  const base = {
    stage,
    reviewCount: set.reviewCount,
    trainItems: Math.min(cut, n),
    testItems: Math.max(0, n - cut),
    engine: engine.name
  }
  const refuse = (
    reason: string,
    tested: Parameters | null = null,
    metrics: FitMetrics | null = null
  ): FitOutcome => ({
    ...base,
    accepted: false,
    reason,
    parameters: [...current],
    tested,
    metrics
  })
  if (stage === 'defaults' || cut >= n) {
    onProgress(1)
    return refuse(
      `Too little history to fit: ${n} reviews on a later day than the one before; ` +
        `a fit needs at least ${MIN_TRAINING_ITEMS + 2}. The default parameters stay.`
    )
  }

  const train = withItems(set, 0, cut)
  const test = withItems(set, cut, n)
  const span = (from: number, to: number): FitProgress => ({
    from,
    to,
    report: (f) => onProgress(from + (to - from) * Math.min(1, Math.max(0, f)))
  })
  const tested = staged(stage, await engine.fit(train, span(0, 0.45)))
  const metrics: FitMetrics = {
    current: evaluate(test, current),
    fitted: evaluate(test, tested),
    defaults: evaluate(test, [...DEFAULT_PARAMETERS])
  }
  onProgress(0.5)
  if (!isBetter(metrics.fitted, metrics.current)) {
    onProgress(1)
    return refuse(
      `The new fit predicted your latest ${base.testItems} reviews no better than the current ` +
        `parameters (log loss ${fmt(metrics.fitted.logLoss)} against ${fmt(metrics.current.logLoss)}, ` +
        `RMSE ${fmt(metrics.fitted.rmse)} against ${fmt(metrics.current.rmse)}), so the current ones stay.`,
      tested,
      metrics
    )
  }
  const parameters = staged(stage, await engine.fit(set, span(0.5, 1)))
  onProgress(1)
  return {
    ...base,
    accepted: true,
    reason:
      `The new fit predicted your latest ${base.testItems} reviews better (log loss ` +
      `${fmt(metrics.fitted.logLoss)} against ${fmt(metrics.current.logLoss)}, RMSE ` +
      `${fmt(metrics.fitted.rmse)} against ${fmt(metrics.current.rmse)}).` +
      (stage === 'initial'
        ? ' With under 1,000 reviews only the initial stabilities were fitted.'
        : ''),
    parameters,
    tested,
    metrics
  }
}

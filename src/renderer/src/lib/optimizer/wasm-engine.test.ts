// fsrs-browser is built for browsers and workers; here it runs in Node on the same bytes.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluate } from '@core/optimizer/evaluate'
import { buildTrainingSet } from '@core/optimizer/history'
import { runFit, type FitEngine } from '@core/optimizer/run-fit'
import { DEFAULT_PARAMETERS } from '@core/optimizer/staging'
import { SYNTHETIC_TRUTH, syntheticHistory } from '@core/optimizer/synthetic'

let engine: FitEngine

beforeAll(async () => {
  // Its rayon helper listens on `self` when loaded, for a thread pool this test never starts.
  const scope = globalThis as { self?: unknown; addEventListener?: unknown }
  scope.self ??= globalThis
  scope.addEventListener ??= () => {}
  const { initSync } = await import('fsrs-browser')
  const wasm = createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm')
  const { memory } = initSync({ module: readFileSync(wasm) })
  const { wasmEngine } = await import('./wasm-engine')
  engine = wasmEngine(() => memory)
})

const history = syntheticHistory({ params: [...SYNTHETIC_TRUTH], reviews: 3000, seed: 11 })
const set = buildTrainingSet(history)
const span = { from: 0, to: 1, report: () => {} }

describe('fitting with fsrs-browser', () => {
  it('recovers parameters that predict the history better than the defaults', async () => {
    const fitted = await engine.fit(set, span)
    expect(fitted).toHaveLength(21)
    const own = evaluate(set, fitted)
    const defaults = evaluate(set, [...DEFAULT_PARAMETERS])
    expect(own.logLoss).toBeLessThan(defaults.logLoss)
    // And predicts it about as well as the parameters that made it.
    expect(own.logLoss).toBeLessThan(evaluate(set, [...SYNTHETIC_TRUTH]).logLoss + 0.005)
  }, 60_000)

  it('is kept over the defaults after the time-series test', async () => {
    const outcome = await runFit(set, [...DEFAULT_PARAMETERS], engine)
    expect(outcome.accepted).toBe(true)
    expect(outcome.metrics!.fitted.logLoss).toBeLessThan(outcome.metrics!.defaults.logLoss)
  }, 120_000)
})

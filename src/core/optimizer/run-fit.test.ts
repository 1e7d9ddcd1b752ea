import { describe, expect, it } from 'vitest'
import { buildTrainingSet } from './history'
import { runFit, type FitEngine } from './run-fit'
import { DEFAULT_PARAMETERS, staged } from './staging'
import { SYNTHETIC_TRUTH, syntheticHistory } from './synthetic'
import type { Parameters, TrainingSet } from './types'

const truth = [...SYNTHETIC_TRUTH]
const defaults = [...DEFAULT_PARAMETERS]

/** An engine that "fits" by returning fixed parameters, and remembers what it was given. */
function engine(result: Parameters): FitEngine & { calls: TrainingSet[] } {
  const calls: TrainingSet[] = []
  return {
    name: 'wasm',
    calls,
    async fit(set, progress) {
      calls.push(set)
      progress.report(1)
      return [...result]
    }
  }
}

describe('a fit', () => {
  const set = buildTrainingSet(syntheticHistory({ params: truth, reviews: 4000, seed: 3 }))

  it('is kept when it predicts the later reviews better, then fitted again on all of them', async () => {
    const fake = engine(truth)
    const progress: number[] = []
    const outcome = await runFit(set, defaults, fake, (f) => progress.push(f))
    expect(outcome.accepted).toBe(true)
    expect(outcome.stage).toBe('full')
    expect(outcome.parameters).toEqual(truth)
    expect(outcome.metrics!.fitted.logLoss).toBeLessThan(outcome.metrics!.current.logLoss)
    expect(outcome.metrics!.defaults).toEqual(outcome.metrics!.current)
    // First on the earlier 80 %, tested on the rest; then on everything.
    expect(fake.calls.map((c) => c.items.length)).toEqual([
      Math.floor(set.items.length * 0.8),
      set.items.length
    ])
    expect(outcome.testItems).toBe(set.items.length - Math.floor(set.items.length * 0.8))
    expect(progress.at(-1)).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('is refused when it is worse than the current parameters, which stay', async () => {
    const fake = engine(defaults)
    const outcome = await runFit(set, truth, fake)
    expect(outcome.accepted).toBe(false)
    expect(outcome.parameters).toEqual(truth)
    expect(outcome.tested).toEqual(defaults)
    expect(outcome.reason).toMatch(/no better than the current parameters/)
    expect(fake.calls).toHaveLength(1)
  })

  it('keeps the defaults below the minimum history, without fitting', async () => {
    const small = buildTrainingSet(syntheticHistory({ params: truth, reviews: 6, seed: 1 }))
    const fake = engine(truth)
    const outcome = await runFit(small, defaults, fake)
    expect(outcome.stage).toBe('defaults')
    expect(outcome.accepted).toBe(false)
    expect(outcome.parameters).toEqual(defaults)
    expect(fake.calls).toHaveLength(0)
  })

  it('fits only the initial stabilities below 1,000 reviews', async () => {
    const some = buildTrainingSet(syntheticHistory({ params: truth, reviews: 600, seed: 5 }))
    const outcome = await runFit(some, defaults, engine(truth))
    expect(outcome.stage).toBe('initial')
    expect(outcome.tested).toEqual(staged('initial', truth))
    expect(outcome.tested!.slice(4)).toEqual(defaults.slice(4))
  })
})

import { describe, expect, it } from 'vitest'
import { evaluate, logLoss, predict, rmseBins } from './evaluate'
import { buildTrainingSet } from './history'
import { DEFAULT_PARAMETERS } from './staging'
import { SYNTHETIC_TRUTH, syntheticHistory } from './synthetic'

const truth = [...SYNTHETIC_TRUTH]
const set = buildTrainingSet(syntheticHistory({ params: truth, reviews: 6000, seed: 7 }))

describe('evaluation', () => {
  it('scores the parameters that made the history better than the defaults', () => {
    const own = evaluate(set, truth)
    const defaults = evaluate(set, [...DEFAULT_PARAMETERS])
    expect(own.count).toBe(set.items.length)
    expect(own.logLoss).toBeLessThan(defaults.logLoss)
    expect(own.rmse).toBeLessThan(defaults.rmse)
    // Calibrated: the true model's predictions match outcomes within a few points per bin.
    expect(own.rmse).toBeLessThan(0.05)
  })

  it('predicts each item from the history before it, in time order', () => {
    const predictions = predict(set, truth)
    expect(predictions.map((p) => p.index)).toEqual(Array.from(set.items))
    expect(predictions.every((p) => p.p > 0 && p.p < 1)).toBe(true)
  })

  it('computes log loss as binary cross-entropy', () => {
    const loss = logLoss([
      { index: 0, p: 0.9, recalled: true },
      { index: 1, p: 0.9, recalled: false }
    ])
    expect(loss).toBeCloseTo((-Math.log(0.9) - Math.log(0.1)) / 2, 10)
  })

  it('is zero RMSE when every bin predicts exactly its share of recalls', () => {
    const predictions = predict(set, truth).map((p) => ({ ...p, p: p.recalled ? 1 : 0 }))
    expect(rmseBins(set, predictions)).toBe(0)
  })
})

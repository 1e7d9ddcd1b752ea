import { describe, expect, it } from 'vitest'
import { buildTrainingSet } from './history'
import {
  DEFAULT_RATING_SHARES,
  ratingShares,
  recallTable,
  simulate,
  type SimCard,
  type SimulationInput
} from './simulate'
import { DEFAULT_PARAMETERS } from './staging'
import { SYNTHETIC_TRUTH, syntheticHistory } from './synthetic'

const studied: SimCard[] = Array.from({ length: 300 }, (_, i) => ({
  stability: 1 + (i % 40),
  difficulty: 3 + (i % 6),
  lastDay: -(i % 20),
  dueDay: (i % 30) - 10
}))

const input = (overrides: Partial<SimulationInput> = {}): SimulationInput => ({
  params: [...DEFAULT_PARAMETERS],
  desiredRetention: 0.9,
  days: 365,
  newCardsPerDay: 10,
  reviewsPerDay: 9999,
  maximumIntervalDays: 36500,
  cards: studied,
  newCards: 2000,
  seed: 42,
  ...overrides
})

describe('the workload simulator', () => {
  it('gives the same year for the same seed, and another for another seed', () => {
    expect(simulate(input())).toEqual(simulate(input()))
    expect(simulate(input({ seed: 43 })).reviews).not.toEqual(simulate(input()).reviews)
  })

  it('asks for more reviews a day as the desired retention rises', () => {
    const totals = [0.7, 0.8, 0.9, 0.95, 0.97].map(
      (desiredRetention) => simulate(input({ desiredRetention })).totalReviews
    )
    expect(totals).toEqual([...totals].sort((a, b) => a - b))
    expect(totals[4]!).toBeGreaterThan(totals[2]! * 1.5)
  })

  it('keeps to the daily limits', () => {
    const result = simulate(input({ reviewsPerDay: 25, newCardsPerDay: 5 }))
    expect(Math.max(...result.reviews)).toBeLessThanOrEqual(25)
    expect(Math.max(...result.learned)).toBe(5)
    expect(result.learned.reduce((a, b) => a + b, 0)).toBe(5 * 365)
  })

  it('remembers more at a higher retention, and never more cards than were studied', () => {
    const low = simulate(input({ desiredRetention: 0.75 }))
    const high = simulate(input({ desiredRetention: 0.95 }))
    expect(high.remembered.at(-1)!).toBeGreaterThan(low.remembered.at(-1)!)
    high.remembered.forEach((r, day) => {
      const learnedSoFar = high.learned.slice(0, day + 1).reduce((a, b) => a + b, 0)
      expect(r).toBeLessThanOrEqual(studied.length + learnedSoFar + 1e-9)
    })
  })

  it('spreads answers as the learner does, once there is enough history', () => {
    const set = buildTrainingSet(
      syntheticHistory({ params: [...SYNTHETIC_TRUTH], reviews: 3000, seed: 2 })
    )
    const shares = ratingShares(set)
    expect(shares.first.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10)
    expect(shares.first[0]).toBeGreaterThan(0.15)
    expect(ratingShares(buildTrainingSet([]))).toEqual(DEFAULT_RATING_SHARES)
  })
})

describe('the forgetting curve table', () => {
  it('is within 1e-5 of the formula, near and far', () => {
    const decay = -0.1542
    const factor = 0.9 ** (1 / decay) - 1
    const recall = recallTable(decay, factor)
    for (const x of [0, 0.01, 0.5, 1, 3.3, 17.77, 63.9, 64, 200]) {
      expect(recall(x)).toBeCloseTo((1 + factor * x) ** decay, 5)
    }
    // The stability is the interval at which recall falls to 90 %.
    expect(recall(1)).toBeCloseTo(0.9, 5)
  })
})

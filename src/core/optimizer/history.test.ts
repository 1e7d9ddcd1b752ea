import { describe, expect, it } from 'vitest'
import type { Grade } from '../model'
import { buildTrainingSet, dayNumber, flattenItems, fromLastLearning, withItems } from './history'
import { packTrainingSet, unpackTrainingSet } from './packed'
import type { HistoryReview } from './types'

function review(
  cardKey: string,
  day: string,
  grade: Grade,
  fromNew = false,
  minute = 0
): HistoryReview {
  const [y, m, d] = day.split('-').map(Number)
  return { cardKey, at: Date.UTC(y!, m! - 1, d!, 12, minute), day, grade, fromNew }
}

describe('training set', () => {
  const history = [
    // Given out of order: grouping sorts each card's answers by time.
    review('a', '2025-01-01', 3, true, 10),
    review('a', '2025-01-01', 1, true),
    review('b', '2025-01-03', 3),
    review('a', '2025-01-02', 3),
    review('a', '2025-01-06', 1),
    review('b', '2025-01-01', 4, true),
    // Studied before the log began: no learning in the log, so no usable history.
    review('c', '2025-01-02', 3),
    review('c', '2025-01-05', 3)
  ]
  const set = buildTrainingSet(history)

  it('measures intervals in study days and predicts only reviews on a later day', () => {
    expect(Array.from(set.starts)).toEqual([0, 4, 6])
    expect(Array.from(set.ratings)).toEqual([1, 3, 3, 1, 4, 3])
    expect(Array.from(set.deltas)).toEqual([0, 0, 1, 4, 0, 2])
    // a's second-day review, b's review, a's lapse: oldest first.
    expect(Array.from(set.items)).toEqual([2, 5, 3])
    expect(set.reviewCount).toBe(6)
  })

  it('starts a reset card over from its last learning', () => {
    const reset = [
      review('a', '2025-01-01', 3, true),
      review('a', '2025-01-04', 3),
      review('a', '2025-02-01', 1, true),
      review('a', '2025-02-01', 3, true, 5),
      review('a', '2025-02-03', 3)
    ]
    expect(fromLastLearning(reset).map((r) => r.day)).toEqual([
      '2025-02-01',
      '2025-02-01',
      '2025-02-03'
    ])
    expect(fromLastLearning(reset.slice(1, 2))).toEqual([])
  })

  it('flattens items the way fsrs-browser reads them: each with its whole history', () => {
    const flat = flattenItems(set)
    expect(Array.from(flat.lengths)).toEqual([3, 2, 4])
    expect(Array.from(flat.ratings)).toEqual([1, 3, 3, 4, 3, 1, 3, 3, 1])
    expect(Array.from(flat.deltas)).toEqual([0, 0, 1, 0, 2, 0, 0, 1, 4])
  })

  it('keeps every history when split by items', () => {
    const early = withItems(set, 0, 2)
    expect(Array.from(early.items)).toEqual([2, 5])
    expect(early.ratings).toBe(set.ratings)
  })

  it('survives packing into bytes for the trip to the main process', () => {
    const back = unpackTrainingSet(packTrainingSet(set))
    expect(Array.from(back.ratings)).toEqual(Array.from(set.ratings))
    expect(Array.from(back.deltas)).toEqual(Array.from(set.deltas))
    expect(Array.from(back.starts)).toEqual(Array.from(set.starts))
    expect(Array.from(back.items)).toEqual(Array.from(set.items))
    expect(Array.from(back.itemTimes)).toEqual(Array.from(set.itemTimes))
    expect(back.reviewCount).toBe(6)
    expect(() => unpackTrainingSet(new Uint8Array(40))).toThrow(/Not a packed/)
    expect(() => unpackTrainingSet(packTrainingSet(set).slice(0, 30))).toThrow(/truncated/)
  })

  it('numbers days so that differences are intervals, across months and years', () => {
    expect(dayNumber('2025-01-01') - dayNumber('2024-12-31')).toBe(1)
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2)
  })
})

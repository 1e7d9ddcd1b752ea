import { describe, expect, it } from 'vitest'
import { emptyAggregate } from '../review/day-summary'
import type { DayAggregate } from '../model'
import { answersPerDay, cardStates, retentionOver, totals, weeklyRetention } from './stats'

function agg(day: string, again: number, good: number, durationMs = 0): DayAggregate {
  return { ...emptyAggregate(day), again, good, durationMs }
}

describe('answersPerDay', () => {
  it('fills missing days with zero, oldest first, across a month end', () => {
    const rows = answersPerDay([agg('2025-01-31', 1, 2), agg('2025-02-02', 0, 5)], '2025-02-02', 4)
    expect(rows.map((r) => [r.day, r.total])).toEqual([
      ['2025-01-30', 0],
      ['2025-01-31', 3],
      ['2025-02-01', 0],
      ['2025-02-02', 5]
    ])
    expect(rows[1]).toMatchObject({ again: 1, good: 2, hard: 0, easy: 0 })
  })
})

describe('retention', () => {
  const days = [agg('2025-01-01', 5, 5), agg('2025-01-10', 1, 3), agg('2025-01-14', 0, 4)]

  it('is the share of answers that were not Again within the window', () => {
    expect(retentionOver(days, '2025-01-14', 7)).toEqual({ answers: 8, rate: 7 / 8 })
    expect(retentionOver(days, '2025-01-14', 30)).toEqual({ answers: 18, rate: 12 / 18 })
    expect(retentionOver([], '2025-01-14', 30)).toEqual({ answers: 0, rate: null })
  })

  it('groups seven-day spans ending today, oldest first', () => {
    const weeks = weeklyRetention(days, '2025-01-14', 3)
    expect(weeks.map((w) => [w.from, w.to, w.answers, w.rate])).toEqual([
      ['2024-12-25', '2024-12-31', 0, null],
      ['2025-01-01', '2025-01-07', 10, 0.5],
      ['2025-01-08', '2025-01-14', 8, 7 / 8]
    ])
  })
})

describe('totals and card states', () => {
  it('adds up answers, studied days and time', () => {
    const days = [
      agg('2025-01-01', 1, 2, 1000),
      agg('2025-01-02', 0, 0, 0),
      agg('2025-01-03', 0, 1, 500)
    ]
    expect(totals(days)).toEqual({ answers: 4, daysStudied: 2, durationMs: 1500 })
  })

  it('names the FSRS phases', () => {
    expect(cardStates({ new: 4, learning: 1, review: 7, relearning: 2, suspended: 3 })).toEqual({
      new: 4,
      learning: 1,
      review: 7,
      relearning: 2,
      suspended: 3,
      total: 14
    })
  })
})

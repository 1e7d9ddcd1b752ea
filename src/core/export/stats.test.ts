import { describe, expect, it } from 'vitest'
import { at, HOUR } from '../review/test-helpers'
import { emptyAggregate } from '../review/day-summary'
import type { DayAggregate } from '../model'
import {
  answersPerDay,
  cardStates,
  dueForecast,
  retentionOver,
  totals,
  weeklyRetention
} from './stats'

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
    expect(cardStates({ 0: 4, 1: 1, 2: 7, 3: 2 })).toEqual({
      new: 4,
      learning: 1,
      review: 7,
      relearning: 2,
      total: 14
    })
  })
})

describe('dueForecast', () => {
  // 15 January, 12:00 local; days start at 04:00.
  const now = at(2025, 1, 15, 12)

  it('buckets by study day, overdue into today, and drops what is past the horizon', () => {
    const dues = [
      at(2025, 1, 1), // overdue: today
      at(2025, 1, 15, 23), // today
      at(2025, 1, 16, 3), // before the 04:00 start: still today
      at(2025, 1, 16, 4), // tomorrow
      at(2025, 1, 17, 9),
      at(2025, 1, 17, 10),
      at(2025, 1, 18, 3, 59) + 59_000, // 03:59:59 on the 18th belongs to the 17th
      at(2025, 2, 14, 3), // day 30 (index 29) ends at 04:00 on 14 February
      at(2025, 2, 14, 4) // past the horizon
    ]
    const forecast = dueForecast(dues, now, 4, 30)
    expect(forecast).toHaveLength(30)
    expect(forecast[0]).toEqual({ day: '2025-01-15', due: 3 })
    expect(forecast[1]).toEqual({ day: '2025-01-16', due: 1 })
    expect(forecast[2]).toEqual({ day: '2025-01-17', due: 3 })
    expect(forecast[29]).toEqual({ day: '2025-02-13', due: 1 })
    expect(forecast.reduce((n, d) => n + d.due, 0)).toBe(8)
  })

  it('uses the study day of now, not the calendar day, before the day-start hour', () => {
    const early = at(2025, 1, 15, 2)
    const forecast = dueForecast([early + HOUR, early + 3 * HOUR], early, 4, 2)
    expect(forecast).toEqual([
      { day: '2025-01-14', due: 1 },
      { day: '2025-01-15', due: 1 }
    ])
  })
})

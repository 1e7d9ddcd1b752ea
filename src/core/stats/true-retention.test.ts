import { describe, expect, it } from 'vitest'
import type { DayAggregate, RecallTally } from '../model'
import { emptyAggregate } from '../review/day-summary'
import { missingRecall, retentionTable, weeklyTrueRetention } from './true-retention'

const day = (d: string, recall?: Partial<RecallTally>): DayAggregate => {
  const { recall: empty, ...rest } = emptyAggregate(d)
  return recall ? { ...rest, recall: { ...empty!, ...recall } } : rest
}

describe('true retention', () => {
  const rows = [
    day('2026-02-10', { youngPassed: 9, youngFailed: 1, maturePassed: 19, matureFailed: 1 }),
    day('2026-02-09', { youngPassed: 3, youngFailed: 1 }),
    day('2026-02-01', { maturePassed: 4, matureFailed: 4 }),
    day('2025-12-01', { youngPassed: 10 }),
    day('2025-01-01', { youngFailed: 50 }) // over a year before: left out
  ]

  it('tallies today, yesterday, 7, 30 and 365 days, young and mature apart', () => {
    const table = retentionTable(rows, '2026-02-10')
    expect(table.map((r) => r.label)).toEqual([
      'Today',
      'Yesterday',
      'Last 7 days',
      'Last 30 days',
      'Last 365 days'
    ])
    const [today, yesterday, week, month, year] = table
    expect(today?.young).toEqual({ passed: 9, failed: 1, rate: 0.9 })
    expect(today?.mature).toEqual({ passed: 19, failed: 1, rate: 0.95 })
    expect(today?.all).toEqual({ passed: 28, failed: 2, rate: 28 / 30 })
    expect(yesterday?.mature.rate).toBeNull()
    expect(yesterday?.young.rate).toBe(0.75)
    expect(week?.all).toEqual({ passed: 31, failed: 3, rate: 31 / 34 })
    expect(month?.mature).toEqual({ passed: 23, failed: 5, rate: 23 / 28 })
    expect(year?.young).toEqual({ passed: 22, failed: 2, rate: 22 / 24 })
  })

  it('charts weeks ending today, oldest first', () => {
    const weeks = weeklyTrueRetention(rows, '2026-02-10', 2)
    expect(weeks.map((w) => w.to)).toEqual(['2026-02-03', '2026-02-10'])
    expect(weeks[0]?.mature.rate).toBe(0.5)
    expect(weeks[1]?.young.rate).toBe(12 / 14)
  })

  it('names rows kept before the tallies were', () => {
    expect(missingRecall([...rows, day('2026-02-02')])).toEqual(['2026-02-02'])
  })
})

/**
 * True retention, as Anki shows it: of the answers to cards in review, the share not forgotten
 * (not Again). Young cards had an interval under 21 days before the answer, mature ones 21 or
 * more. Read from the per-day tallies the answer transaction keeps (`DayAggregate.recall`).
 */
import { addDays } from '../calendar'
import type { DayAggregate, RecallTally } from '../model'
import { emptyRecall } from '../review/day-summary'

export interface RecallCount {
  passed: number
  failed: number
  /** passed / (passed + failed), or null with no answers. */
  rate: number | null
}

export interface RetentionRow {
  period: RetentionPeriod
  label: string
  young: RecallCount
  mature: RecallCount
  all: RecallCount
}

export type RetentionPeriod = 'today' | 'yesterday' | 'week' | 'month' | 'year'

const PERIODS: ReadonlyArray<{ period: RetentionPeriod; label: string; from: number; to: number }> =
  [
    { period: 'today', label: 'Today', from: 0, to: 0 },
    { period: 'yesterday', label: 'Yesterday', from: -1, to: -1 },
    { period: 'week', label: 'Last 7 days', from: -6, to: 0 },
    { period: 'month', label: 'Last 30 days', from: -29, to: 0 },
    { period: 'year', label: 'Last 365 days', from: -364, to: 0 }
  ]

function count(passed: number, failed: number): RecallCount {
  const n = passed + failed
  return { passed, failed, rate: n === 0 ? null : passed / n }
}

function sum(rows: readonly DayAggregate[]): RecallTally {
  const total = emptyRecall()
  for (const row of rows) {
    if (!row.recall) continue
    total.youngPassed += row.recall.youngPassed
    total.youngFailed += row.recall.youngFailed
    total.maturePassed += row.recall.maturePassed
    total.matureFailed += row.recall.matureFailed
  }
  return total
}

function rowOf(t: RecallTally): Omit<RetentionRow, 'period' | 'label'> {
  return {
    young: count(t.youngPassed, t.youngFailed),
    mature: count(t.maturePassed, t.matureFailed),
    all: count(t.youngPassed + t.maturePassed, t.youngFailed + t.matureFailed)
  }
}

/** Today, yesterday, the last 7, 30 and 365 days. */
export function retentionTable(days: readonly DayAggregate[], today: string): RetentionRow[] {
  return PERIODS.map(({ period, label, from, to }) => {
    const start = addDays(today, from)
    const end = addDays(today, to)
    return { period, label, ...rowOf(sum(days.filter((d) => d.day >= start && d.day <= end))) }
  })
}

export interface WeekRecall {
  /** The week's last day. */
  to: string
  young: RecallCount
  mature: RecallCount
}

/** True retention of each of the last `weeks` seven-day spans ending today, oldest first: the chart. */
export function weeklyTrueRetention(
  days: readonly DayAggregate[],
  today: string,
  weeks: number
): WeekRecall[] {
  return Array.from({ length: weeks }, (_, i) => {
    const to = addDays(today, -7 * (weeks - 1 - i))
    const from = addDays(to, -6)
    const { young, mature } = rowOf(sum(days.filter((d) => d.day >= from && d.day <= to)))
    return { to, young, mature }
  })
}

/** Whether the tallies cover every day of the year shown (rows from before they were kept do not). */
export function missingRecall(days: readonly DayAggregate[]): string[] {
  return days.filter((d) => !d.recall).map((d) => d.day)
}

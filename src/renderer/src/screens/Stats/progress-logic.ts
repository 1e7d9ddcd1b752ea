/**
 * The progress part of the statistics screen, in words and numbers: the year's heatmap, true
 * retention against the desired retention, time spent, mastery and the memory distributions.
 * Pure: built from what storage read and the time, so tests pin both.
 */
import {
  streaks,
  timePerDay,
  yearHeatmap,
  type Heatmap,
  type Streaks
} from '@core/stats/calendar-heatmap'
import { shortMonthName } from '@core/calendar-words'
import type { Distributions, Mastery, MasteryReport } from '@core/stats/memory'
import { retentionTable, type RecallCount, type RetentionRow } from '@core/stats/true-retention'
import type { ProgressDays } from '../../lib/db/progress-repo'
import type { MemoryStatsResult } from '../../lib/stats/memory-task'
import { formatCount, plural } from '../../lib/format'
import { percent, shortDay, type Series } from './logic'

export const TIME_DAYS = 30

export interface ProgressView {
  heatmap: Heatmap
  streaks: Streaks
  retention: RetentionRow[]
  desiredRetention: number
  minutes: Array<{ day: string; minutes: number }>
}

export function progressView(p: ProgressDays): ProgressView {
  return {
    heatmap: yearHeatmap(p.days, p.today),
    streaks: streaks(p.days, p.today),
    retention: retentionTable(p.days, p.today),
    desiredRetention: p.desiredRetention,
    minutes: timePerDay(p.days, p.today, TIME_DAYS)
  }
}

export interface MemoryView {
  mastery: MasteryReport
  distributions: Distributions
  desiredRetention: number
}

export function memoryView(m: MemoryStatsResult): MemoryView {
  return {
    mastery: m.mastery,
    distributions: m.distributions,
    desiredRetention: m.desiredRetention
  }
}

export function describeHeatmap(h: Heatmap, s: Streaks): string {
  if (h.answers === 0) return 'No answers in the last year.'
  return `${plural(h.answers, 'answer')} on ${plural(h.daysStudied, 'day')} of the last year. Current streak ${plural(s.current, 'day')}, longest ${plural(s.longest, 'day')}.`
}

/** Answers per month of the heatmap, oldest first: its table for screen readers. */
export function heatmapMonths(h: Heatmap): Array<{ month: string; answers: number; days: number }> {
  const months = new Map<string, { month: string; answers: number; days: number }>()
  for (const cell of h.weeks.flat()) {
    if (!cell) continue
    const key = cell.day.slice(0, 7)
    const row = months.get(key) ?? { month: monthLabel(key), answers: 0, days: 0 }
    row.answers += cell.answers
    if (cell.answers > 0) row.days++
    months.set(key, row)
  }
  return [...months.values()]
}

export function monthLabel(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number)
  return `${shortMonthName(m ?? 1)} ${y}`
}

/** "92% (46 of 50)", or "—" with no answers. */
export function recallText(c: RecallCount): string {
  const n = c.passed + c.failed
  return n === 0 ? '—' : `${percent(c.rate)} (${formatCount(c.passed)} of ${formatCount(n)})`
}

/** Young, mature and desired retention per period, in percent; no answers draws no bar. */
export function retentionSeries(rows: readonly RetentionRow[], desired: number): Series[] {
  const pct = (c: RecallCount): number => (c.rate === null ? 0 : Math.round(c.rate * 1000) / 10)
  return [
    { label: 'Young', data: rows.map((r) => pct(r.young)), color: '--grade-hard' },
    { label: 'Mature', data: rows.map((r) => pct(r.mature)), color: '--grade-good' },
    { label: 'Desired', data: rows.map(() => Math.round(desired * 1000) / 10), color: '--muted' }
  ]
}

export function describeRetention(rows: readonly RetentionRow[], desired: number): string {
  const month = rows.find((r) => r.period === 'month')
  if (!month || month.all.rate === null) {
    return `No answers to cards in review in the last 30 days; the desired retention is ${percent(desired)}.`
  }
  const diff = Math.round((month.all.rate - desired) * 100)
  const against =
    diff === 0 ? 'exactly the' : `${Math.abs(diff)} points ${diff > 0 ? 'above' : 'below'} the`
  return `True retention over the last 30 days is ${percent(month.all.rate)}, ${against} desired ${percent(desired)}.`
}

export function describeMinutes(days: ReadonlyArray<{ day: string; minutes: number }>): string {
  const total = days.reduce((n, d) => n + d.minutes, 0)
  if (total === 0) return `No time spent answering in the last ${days.length} days.`
  const best = days.reduce((a, b) => (b.minutes > a.minutes ? b : a))
  return `${formatMinutes(total)} in the last ${days.length} days; the most, ${formatMinutes(best.minutes)}, on ${shortDay(best.day)}.`
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`
  const h = Math.floor(minutes / 60)
  return `${h} h ${Math.round(minutes - h * 60)} min`
}

export function describeMastery(rows: readonly Mastery[], what: string): string {
  if (rows.length === 0) return `No ${what} yet.`
  const weakest = rows[0]!
  return `${plural(rows.length, what.replace(/s$/, ''), what)}; the weakest is ${weakest.label} at ${percent(weakest.share)} (${formatCount(weakest.mastered)} of ${plural(weakest.cards, 'card')}).`
}

export function describeBuckets(
  name: string,
  buckets: ReadonlyArray<{ label: string; cards: number }>,
  studied: number
): string {
  if (studied === 0) return `No studied cards, so no ${name} to show.`
  const top = buckets.reduce((a, b) => (b.cards > a.cards ? b : a))
  return `${plural(studied, 'studied card')}; most (${formatCount(top.cards)}) have ${name} ${top.label}.`
}

/**
 * The year at a glance: answers per study day laid out as weeks, the streaks, and the time spent
 * each day. All from the per-day totals (at most 366 rows), never from the review log.
 */
import { addDays } from '../calendar'
import type { DayAggregate } from '../model'
import { answerCount } from '../review/day-summary'

export interface HeatCell {
  day: string
  answers: number
  /** 0 for no answers, then 1–4 by quartile of the year's busy days, so one record day does not wash out the rest. */
  level: 0 | 1 | 2 | 3 | 4
}

export interface Heatmap {
  /** Columns of seven days (Monday first), oldest first; days before the year are null. */
  weeks: Array<Array<HeatCell | null>>
  /** The answer counts that start levels 2, 3 and 4, for the legend. */
  thresholds: [number, number, number]
  daysStudied: number
  answers: number
}

/** Monday = 0 … Sunday = 6, for a `YYYY-MM-DD` day (read as a calendar date, not an instant). */
export function weekday(day: string): number {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number)
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7
}

/** The `count` days ending today (365 by default) as a calendar heatmap. */
export function yearHeatmap(days: readonly DayAggregate[], today: string, count = 365): Heatmap {
  const byDay = new Map(days.map((d) => [d.day, answerCount(d)]))
  const first = addDays(today, 1 - count)
  const cells: HeatCell[] = Array.from({ length: count }, (_, i) => {
    const day = addDays(first, i)
    return { day, answers: byDay.get(day) ?? 0, level: 0 }
  })
  const busy = cells
    .map((c) => c.answers)
    .filter((n) => n > 0)
    .sort((a, b) => a - b)
  const quantile = (q: number): number => busy[Math.floor(q * (busy.length - 1))] ?? 0
  const thresholds: [number, number, number] = [quantile(0.25), quantile(0.5), quantile(0.75)]
  const most = busy.at(-1) ?? 0
  // The busiest days are always the darkest, so a steady daily habit does not show as faint.
  for (const cell of cells)
    cell.level = cell.answers >= most && most > 0 ? 4 : levelOf(cell.answers, thresholds)
  const weeks: Array<Array<HeatCell | null>> = []
  let week: Array<HeatCell | null> = Array.from({ length: weekday(first) }, () => null)
  for (const cell of cells) {
    week.push(cell)
    if (week.length === 7) {
      weeks.push(week)
      week = []
    }
  }
  if (week.length > 0) weeks.push(week)
  return {
    weeks,
    thresholds,
    daysStudied: busy.length,
    answers: busy.reduce((n, a) => n + a, 0)
  }
}

function levelOf(answers: number, [t2, t3, t4]: [number, number, number]): HeatCell['level'] {
  if (answers === 0) return 0
  if (answers > t4) return 4
  if (answers > t3) return 3
  if (answers > t2) return 2
  return 1
}

export interface Streaks {
  /** Consecutive study days ending today, or yesterday while today has no answer yet. */
  current: number
  /** The longest run of consecutive study days among the rows given. */
  longest: number
}

export function streaks(days: readonly DayAggregate[], today: string): Streaks {
  const studied = [...new Set(days.filter((d) => answerCount(d) > 0).map((d) => d.day))].sort()
  let longest = 0
  let run = 0
  let previous: string | null = null
  for (const day of studied) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1
    longest = Math.max(longest, run)
    previous = day
  }
  const set = new Set(studied)
  let day = set.has(today) ? today : addDays(today, -1)
  let current = 0
  while (set.has(day)) {
    current++
    day = addDays(day, -1)
  }
  return { current, longest }
}

export interface DayTime {
  day: string
  minutes: number
}

/** Minutes spent answering on each of the `count` days ending today, oldest first. */
export function timePerDay(days: readonly DayAggregate[], today: string, count: number): DayTime[] {
  const byDay = new Map(days.map((d) => [d.day, d.durationMs]))
  return Array.from({ length: count }, (_, i) => {
    const day = addDays(today, i - count + 1)
    return { day, minutes: Math.round(((byDay.get(day) ?? 0) / 60_000) * 10) / 10 }
  })
}

/**
 * Statistics from the per-day totals and the card counts storage reads through its indexes,
 * never from the review log. Pure: `today`, `now` and the day-start hour are arguments.
 */
import type { CardPhase, DayAggregate } from '../model'
import { answerCount, emptyAggregate, streak } from '../review/day-summary'
import { addDays } from '../calendar'
import { nextDayStart, studyDay } from '../review/study-day'

export interface DayCounts {
  day: string
  again: number
  hard: number
  good: number
  easy: number
  total: number
}

/** Answers per day for the `count` days ending today, oldest first; days without a row are 0. */
export function answersPerDay(
  days: readonly DayAggregate[],
  today: string,
  count: number
): DayCounts[] {
  const byDay = new Map(days.map((d) => [d.day, d]))
  return Array.from({ length: count }, (_, i) => {
    const day = addDays(today, i - count + 1)
    const agg = byDay.get(day) ?? emptyAggregate(day)
    const { again, hard, good, easy } = agg
    return { day, again, hard, good, easy, total: answerCount(agg) }
  })
}

export interface Retention {
  answers: number
  /** Share of answers that were not Again, 0..1; null when nothing was answered. */
  rate: number | null
}

function retentionOf(rows: readonly DayAggregate[]): Retention {
  const answers = rows.reduce((n, d) => n + answerCount(d), 0)
  const again = rows.reduce((n, d) => n + d.again, 0)
  return { answers, rate: answers === 0 ? null : (answers - again) / answers }
}

/** Retention over the `count` days ending today. */
export function retentionOver(
  days: readonly DayAggregate[],
  today: string,
  count: number
): Retention {
  const from = addDays(today, 1 - count)
  return retentionOf(days.filter((d) => d.day >= from && d.day <= today))
}

export interface WeekRetention extends Retention {
  /** First study day of the seven. */
  from: string
  to: string
}

/**
 * Retention for each of the last `weeks` seven-day spans ending today, oldest first. Spans end
 * today rather than on a calendar weekday so the newest bar is always a full week.
 */
export function weeklyRetention(
  days: readonly DayAggregate[],
  today: string,
  weeks: number
): WeekRetention[] {
  return Array.from({ length: weeks }, (_, i) => {
    const to = addDays(today, -7 * (weeks - 1 - i))
    const from = addDays(to, -6)
    return { from, to, ...retentionOf(days.filter((d) => d.day >= from && d.day <= to)) }
  })
}

export interface Totals {
  answers: number
  daysStudied: number
  durationMs: number
}

export function totals(days: readonly DayAggregate[]): Totals {
  return {
    answers: days.reduce((n, d) => n + answerCount(d), 0),
    daysStudied: days.filter((d) => answerCount(d) > 0).length,
    durationMs: days.reduce((n, d) => n + d.durationMs, 0)
  }
}

export type PhaseCounts = Record<CardPhase, number>

export interface CardStates {
  new: number
  learning: number
  review: number
  relearning: number
  total: number
}

export function cardStates(phases: PhaseCounts): CardStates {
  return {
    new: phases[0],
    learning: phases[1],
    review: phases[2],
    relearning: phases[3],
    total: phases[0] + phases[1] + phases[2] + phases[3]
  }
}

export interface ForecastDay {
  day: string
  due: number
}

/**
 * Cards due on each of the next `count` study days, today first. Overdue cards count for
 * today, since that is when they will be asked; times past the horizon are left out. Day
 * boundaries come from the study-day rules (local time, day-start hour) so a card due at 2 am
 * with a 4 am day start falls on the day before, as the review queue sees it.
 */
export function dueForecast(
  dues: readonly number[],
  now: number,
  dayStartHour: number,
  count = 30
): ForecastDay[] {
  const today = studyDay(now, dayStartHour)
  // ends[i] is the exclusive end of day i.
  const ends: number[] = []
  let end = nextDayStart(now, dayStartHour)
  for (let i = 0; i < count; i++) {
    ends.push(end)
    end = nextDayStart(end, dayStartHour)
  }
  const forecast = ends.map((_, i) => ({ day: addDays(today, i), due: 0 }))
  for (const due of dues) {
    const i = firstGreater(ends, due)
    const bucket = forecast[i]
    if (bucket) bucket.due++
  }
  return forecast
}

/** Index of the first value greater than `x` in ascending `sorted` (binary search). */
function firstGreater(sorted: readonly number[], x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] ?? Infinity) > x) hi = mid
    else lo = mid + 1
  }
  return lo
}

export { streak }

/**
 * Statistics from the per-day totals and the library's kept card counts, never from the review
 * log or the cards. Pure: `today`, `now` and the day-start hour are arguments.
 */
import { cardTotal, type CardCounts } from '../library/card-counts'
import type { DayAggregate } from '../model'
import { answerCount, emptyAggregate, streak } from '../review/day-summary'
import { addDays } from '../calendar'

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

export interface CardStates {
  new: number
  learning: number
  review: number
  relearning: number
  suspended: number
  total: number
}

/** The card-state chart's numbers from the library's kept counts. */
export function cardStates(counts: Omit<CardCounts, 'due'>): CardStates {
  const { new: fresh, learning, review, relearning, suspended } = counts
  return { new: fresh, learning, review, relearning, suspended, total: cardTotal(counts) }
}

export { dueForecast, type ForecastDay } from '../library/card-counts'
export { streak }

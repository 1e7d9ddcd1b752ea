/**
 * Per-day totals and the "done for today" summary. The aggregate is updated in the same
 * transaction as the card and its log entry, and reverted by undo, so statistics and the daily
 * limits never need to scan the log.
 */
import type { DayAggregate, Grade, RecallTally, ReviewLogEntry } from '../model'
import { addDays } from '../calendar'
import { PHASE } from './phase'

export function emptyAggregate(day: string): DayAggregate {
  return {
    day,
    reviews: 0,
    newCards: 0,
    again: 0,
    hard: 0,
    good: 0,
    easy: 0,
    durationMs: 0,
    recall: emptyRecall()
  }
}

export function emptyRecall(): RecallTally {
  return { youngPassed: 0, youngFailed: 0, maturePassed: 0, matureFailed: 0 }
}

/** Anki's line between young and mature cards: an interval of 21 days or more is mature. */
export const MATURE_DAYS = 21

/** Which true-retention count an answer adds to, or null for answers outside review. */
export function recallField(entry: ReviewLogEntry): keyof RecallTally | null {
  if (entry.before.phase !== 2) return null
  const age = entry.before.scheduledDays >= MATURE_DAYS ? 'mature' : 'young'
  return `${age}${entry.grade === 1 ? 'Failed' : 'Passed'}`
}

/** A day's true-retention counts recounted from its log entries (rows kept before they were). */
export function recallOfEntries(entries: readonly ReviewLogEntry[]): RecallTally {
  const tally = emptyRecall()
  for (const e of entries) {
    const field = recallField(e)
    if (field) tally[field]++
  }
  return tally
}

const GRADE_FIELD: Record<Grade, 'again' | 'hard' | 'good' | 'easy'> = {
  1: 'again',
  2: 'hard',
  3: 'good',
  4: 'easy'
}

/** Every answer given that day, whatever the card's phase. */
export function answerCount(agg: DayAggregate): number {
  return agg.again + agg.hard + agg.good + agg.easy
}

function adjust(agg: DayAggregate, entry: ReviewLogEntry, sign: 1 | -1): DayAggregate {
  if (agg.day !== entry.day) {
    throw new Error(`Log entry for ${entry.day} applied to the aggregate of ${agg.day}`)
  }
  const field = GRADE_FIELD[entry.grade]
  // Clamped at zero so a revert against an aggregate written by an older build cannot go negative.
  const add = (n: number, d: number): number => Math.max(0, n + sign * d)
  const recallKey = recallField(entry)
  // A row without `recall` predates it: adding to nothing would undercount, so it stays absent
  // until storage recounts the day from its log.
  const recall =
    agg.recall && recallKey
      ? { ...agg.recall, [recallKey]: add(agg.recall[recallKey], 1) }
      : agg.recall
  return {
    ...agg,
    // `reviews` counts answers to review-phase cards (what the review limit caps) and `newCards`
    // counts cards introduced; learning steps show up only in the grade counts.
    reviews: add(agg.reviews, entry.before.phase === PHASE.review ? 1 : 0),
    newCards: add(agg.newCards, entry.before.phase === PHASE.new ? 1 : 0),
    [field]: add(agg[field], 1),
    durationMs: add(agg.durationMs, entry.durationMs),
    ...(recall ? { recall } : {})
  }
}

/** The aggregate after recording `entry`; pass undefined when the day has no row yet. */
export function applyToAggregate(
  agg: DayAggregate | undefined,
  entry: ReviewLogEntry
): DayAggregate {
  return adjust(agg ?? emptyAggregate(entry.day), entry, 1)
}

/** The exact inverse of applyToAggregate, for undo. */
export function revertFromAggregate(agg: DayAggregate, entry: ReviewLogEntry): DayAggregate {
  return adjust(agg, entry, -1)
}

/** The counters the daily limits are checked against. */
export function doneToday(agg: DayAggregate | undefined): { newCards: number; reviews: number } {
  return { newCards: agg?.newCards ?? 0, reviews: agg?.reviews ?? 0 }
}

/**
 * Consecutive study days with at least one answer, ending today if today has one, otherwise
 * ending yesterday (an unfinished today does not break the streak until it is over).
 */
export function streak(days: readonly DayAggregate[], today: string): number {
  const studied = new Set(days.filter((d) => answerCount(d) > 0).map((d) => d.day))
  let day = studied.has(today) ? today : addDays(today, -1)
  let count = 0
  while (studied.has(day)) {
    count++
    day = addDays(day, -1)
  }
  return count
}

export interface DaySummary {
  day: string
  /** All answers today, learning steps included. */
  answers: number
  reviews: number
  newCards: number
  again: number
  /** Share of answers that were not Again, 0..1; null when nothing was answered. */
  correctRate: number | null
  durationMs: number
  streak: number
  /** When the next card becomes due (epoch ms), or null when nothing is scheduled. */
  nextDue: number | null
}

/**
 * The "done for today" screen. `days` should include today's row and the days before it
 * (enough of them for the streak); `nextDue` comes from storage (earliest due of unsuspended,
 * studied cards) and from the in-memory queue's `waitUntil`, whichever is sooner.
 */
export function summariseDay(
  days: readonly DayAggregate[],
  today: string,
  nextDue: number | null
): DaySummary {
  const agg = days.find((d) => d.day === today) ?? emptyAggregate(today)
  const answers = answerCount(agg)
  return {
    day: today,
    answers,
    reviews: agg.reviews,
    newCards: agg.newCards,
    again: agg.again,
    correctRate: answers === 0 ? null : (answers - agg.again) / answers,
    durationMs: agg.durationMs,
    streak: streak(days, today),
    nextDue
  }
}

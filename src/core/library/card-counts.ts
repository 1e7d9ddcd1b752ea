/**
 * The counts kept for each article instead of walking its cards: how many are in each phase,
 * how many are suspended, and how many fall due on each study day. Storage updates them in the
 * same transaction as every change to a card, through `applyCardChange`; `countCards` is the
 * full recount they must always equal (the property test and "Check database" compare the two).
 *
 * Pure: the day-start hour is an argument, since a due time's study day depends on it.
 */
import { addDays } from '../calendar'
import type { StoredCard } from '../model'
import { PHASE, PHASE_NAME, type PhaseName } from '../review/phase'
import { studyDay } from '../review/study-day'

/** What a card contributes to the counts. */
export type CountedCard = Pick<StoredCard, 'sched' | 'suspended'>

export interface CardCounts extends Record<PhaseName, number> {
  /** Cards held out of every queue; they are counted in their phase too. */
  suspended: number
  /**
   * Studied cards that are not suspended, by the study day (`YYYY-MM-DD`) they fall due on.
   * An overdue card keeps the day it fell due, so what is due today is every day up to today.
   * Buried cards are counted: burying only holds a card back until tomorrow.
   */
  due: Record<string, number>
}

export function emptyCounts(): CardCounts {
  return { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, due: {} }
}

/** Every card, suspended or not. */
export function cardTotal(c: Omit<CardCounts, 'due'>): number {
  return c.new + c.learning + c.review + c.relearning
}

/** Adds (`sign` 1) or takes away (-1) one card's contribution, in place. */
export function countCard(
  counts: CardCounts,
  card: CountedCard,
  dayStartHour: number,
  sign: 1 | -1
): void {
  counts[PHASE_NAME[card.sched.phase]] += sign
  if (card.suspended) counts.suspended += sign
  if (card.suspended || card.sched.phase === PHASE.new) return
  const day = studyDay(card.sched.due, dayStartHour)
  const n = (counts.due[day] ?? 0) + sign
  if (n === 0) delete counts.due[day]
  else counts.due[day] = n
}

/** The full recount: what the kept counts of these cards must equal. */
export function countCards(cards: Iterable<CountedCard>, dayStartHour: number): CardCounts {
  const counts = emptyCounts()
  for (const card of cards) countCard(counts, card, dayStartHour, 1)
  return counts
}

/** True when a change to a card (added, removed, or from `before` to `after`) moves a count. */
export function changesCounts(
  before: CountedCard | undefined,
  after: CountedCard | undefined,
  dayStartHour: number
): boolean {
  if (!before || !after) return before !== after
  if (before.sched.phase !== after.sched.phase || before.suspended !== after.suspended) return true
  return (
    !after.suspended &&
    after.sched.phase !== PHASE.new &&
    studyDay(before.sched.due, dayStartHour) !== studyDay(after.sched.due, dayStartHour)
  )
}

/**
 * Moves a card's contribution in place: `before` undefined for a card added, `after` undefined
 * for one removed. Returns whether anything changed, so a write can be skipped when nothing did.
 */
export function applyCardChange(
  counts: CardCounts,
  before: CountedCard | undefined,
  after: CountedCard | undefined,
  dayStartHour: number
): boolean {
  if (!changesCounts(before, after, dayStartHour)) return false
  if (before) countCard(counts, before, dayStartHour, -1)
  if (after) countCard(counts, after, dayStartHour, 1)
  return true
}

/** Field by field, due days included. */
export function sameCounts(a: CardCounts, b: CardCounts): boolean {
  const fields = ['new', 'learning', 'review', 'relearning', 'suspended'] as const
  if (fields.some((f) => a[f] !== b[f])) return false
  const days = Object.keys(a.due)
  return days.length === Object.keys(b.due).length && days.every((d) => a.due[d] === b.due[d])
}

/** Several articles' counts as one (the whole library's, for statistics). */
export function addCounts(all: Iterable<CardCounts>): CardCounts {
  const sum = emptyCounts()
  for (const c of all) addCountsTo(sum, c, 1)
  return sum
}

/**
 * Adds (`sign` 1) or takes away (-1) one set of counts from `sum`, in place: how the library's
 * total follows an article's record being written or removed. A day whose count reaches zero is
 * dropped, as `countCard` drops it, so the total compares equal to a recount.
 */
export function addCountsTo(sum: CardCounts, c: CardCounts, sign: 1 | -1): void {
  sum.new += sign * c.new
  sum.learning += sign * c.learning
  sum.review += sign * c.review
  sum.relearning += sign * c.relearning
  sum.suspended += sign * c.suspended
  for (const [day, n] of Object.entries(c.due)) {
    const m = (sum.due[day] ?? 0) + sign * n
    if (m === 0) delete sum.due[day]
    else sum.due[day] = m
  }
}

/** Cards due on `day` or before it (overdue ones included): what is due that day. */
export function dueBy(counts: Pick<CardCounts, 'due'>, day: string): number {
  let n = 0
  for (const [d, count] of Object.entries(counts.due)) if (d <= day) n += count
  return n
}

export interface ForecastDay {
  day: string
  due: number
}

/** Cards due on each of the `count` study days from `today`; overdue cards count for today. */
export function dueForecast(
  counts: Pick<CardCounts, 'due'>,
  today: string,
  count: number
): ForecastDay[] {
  const forecast = Array.from({ length: count }, (_, i) => ({ day: addDays(today, i), due: 0 }))
  const index = new Map(forecast.map((f, i) => [f.day, i]))
  for (const [day, n] of Object.entries(counts.due)) {
    const bucket = day <= today ? forecast[0] : forecast[index.get(day) ?? -1]
    if (bucket) bucket.due += n
  }
  return forecast
}

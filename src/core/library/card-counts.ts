/**
 * The counts kept for each article instead of walking its cards: how many are in each phase,
 * how many are suspended, and how many fall due on each study day. Storage updates them in the
 * same transaction as every change to a card, through `applyCardChange`; `countCards` is the
 * full recount they must always equal (the property test and "Check database" compare the two).
 *
 * Pure: the day-start hour is an argument, since a due time's study day depends on it.
 */
import { addDays, dayNumber } from '../calendar'
import type { StoredCard } from '../model'
import { PHASE, PHASE_NAME, type PhaseName } from '../review/phase'
import { studyDay } from '../review/study-day'
import {
  addDue,
  dueEntries,
  dueOnOrBefore,
  emptyDue,
  mergeDue,
  packTally,
  sameDue,
  type DueDays
} from './due-days'

/** What a card contributes to the counts. */
export type CountedCard = Pick<StoredCard, 'sched' | 'suspended'>

export interface CardCounts extends Record<PhaseName, number> {
  /** Cards held out of every queue; they are counted in their phase too. */
  suspended: number
  /**
   * Studied cards that are not suspended, by the study day (`YYYY-MM-DD`) they fall due on.
   * An overdue card keeps the day it fell due, so what is due today is every day up to today.
   * Buried cards are counted: burying only holds a card back until tomorrow. Packed (see
   * due-days.ts); a change puts a new array in its place.
   */
  due: DueDays
}

export function emptyCounts(): CardCounts {
  return { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, due: emptyDue() }
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
  const day = dueDayOf(card, dayStartHour)
  if (day !== null) counts.due = addDue(counts.due, day, sign)
}

/** The study day (as a day number) a card is counted due on; null for one not counted due. */
function dueDayOf(card: CountedCard, dayStartHour: number): number | null {
  if (card.suspended || card.sched.phase === PHASE.new) return null
  return dayNumber(studyDay(card.sched.due, dayStartHour))
}

/**
 * Counts many cards: days are tallied in a map and packed once at the end, where `countCard`
 * would copy the packed days for every card.
 */
export class CountTally {
  readonly #counts = emptyCounts()
  readonly #due = new Map<number, number>()

  constructor(private readonly dayStartHour: number) {}

  add(card: CountedCard): void {
    this.#counts[PHASE_NAME[card.sched.phase]]++
    if (card.suspended) this.#counts.suspended++
    const day = dueDayOf(card, this.dayStartHour)
    if (day !== null) this.#due.set(day, (this.#due.get(day) ?? 0) + 1)
  }

  counts(): CardCounts {
    return { ...this.#counts, due: packTally(this.#due) }
  }
}

/** The full recount: what the kept counts of these cards must equal. */
export function countCards(cards: Iterable<CountedCard>, dayStartHour: number): CardCounts {
  const tally = new CountTally(dayStartHour)
  for (const card of cards) tally.add(card)
  return tally.counts()
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
  return fields.every((f) => a[f] === b[f]) && sameDue(a.due, b.due)
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
  sum.due = mergeDue(sum.due, c.due, sign)
}

/** Cards due on `day` or before it (overdue ones included): what is due that day. */
export function dueBy(counts: Pick<CardCounts, 'due'>, day: string): number {
  return dueOnOrBefore(counts.due, dayNumber(day))
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
  for (const [day, n] of dueEntries(counts.due)) {
    const bucket = day <= today ? forecast[0] : forecast[index.get(day) ?? -1]
    if (bucket) bucket.due += n
  }
  return forecast
}

/**
 * Today's queue, built from candidate lists the database hands over, then kept in memory by the
 * renderer: after each answer it calls `afterAnswer` and `nextCard` instead of querying again.
 *
 * Order (Anki v3-like): learning cards that are due, then due reviews (most overdue first) with
 * new cards mixed in at an even spacing; when only learning cards remain, those due within the
 * learn-ahead window (20 min) are shown early rather than making the user wait.
 */
import type { StoredCard, StudySettings } from '../model'
import { DAY_MS, MINUTE_MS } from '../calendar'
import { isLearning, PHASE } from './phase'
import { nextDayStart } from './study-day'

export const LEARN_AHEAD_MS = 20 * MINUTE_MS

export interface DoneToday {
  /** New cards introduced today (first answer of a new card). */
  newCards: number
  /** Answers to cards that were in review; learning steps do not count. */
  reviews: number
}

export interface RemainingLimits {
  newCards: number
  reviews: number
}

/** How many more new cards and reviews today allows; the DB uses these as query limits. */
export function remainingLimits(
  settings: StudySettings,
  doneToday: DoneToday,
  extraNew = 0
): RemainingLimits {
  return {
    newCards: Math.max(0, settings.newCardsPerDay + Math.max(0, extraNew) - doneToday.newCards),
    reviews: Math.max(0, settings.reviewsPerDay - doneToday.reviews)
  }
}

/** Neither suspended nor buried at `now`. */
export function isAvailable(card: StoredCard, now: number): boolean {
  return !card.suspended && !(card.buriedUntil !== null && card.buriedUntil > now)
}

export interface CandidateQuery {
  /** Learning and relearning cards due before this. */
  learningDueBefore: number
  /** Review cards due before this, ordered by due ascending. */
  reviewDueBefore: number
  /**
   * At most this many reviews due before the day's end are used; in study-ahead mode the cards
   * due after the day's end (up to `reviewDueBefore`) come on top, unlimited.
   */
  reviewLimit: number
  /** New cards, oldest `createdAt` first, at most this many. */
  newLimit: number
}

export interface QueueOptions {
  extraNew?: number
  /** Study ahead: also take reviews due within this many days after today. */
  studyAheadDays?: number
}

/** What the storage layer should fetch for `buildQueue`. Filter suspended/buried in the query. */
export function candidateQuery(
  now: number,
  settings: StudySettings,
  doneToday: DoneToday,
  opts: QueueOptions = {}
): CandidateQuery {
  const end = nextDayStart(now, settings.dayStartHour)
  const limits = remainingLimits(settings, doneToday, opts.extraNew)
  return {
    learningDueBefore: end,
    reviewDueBefore: end + Math.max(0, opts.studyAheadDays ?? 0) * DAY_MS,
    reviewLimit: limits.reviews,
    newLimit: limits.newCards
  }
}

export interface QueueInput extends QueueOptions {
  now: number
  settings: StudySettings
  doneToday: DoneToday
  /** Phase 1 and 3 cards due before the day ends, any order. */
  learning: StoredCard[]
  /** Phase 2 cards due before the day ends (or the study-ahead window), any order. */
  dueReviews: StoredCard[]
  /** Phase 0 cards in creation order. */
  newCards: StoredCard[]
}

export interface QueueState {
  /** Learning and relearning cards, soonest due first; shown when due. */
  learning: StoredCard[]
  /** Reviews and new cards, already interleaved. */
  main: StoredCard[]
  /** Shown before anything else: the card an undo just restored. */
  front: StoredCard | null
  /** End of the study day; learning cards due later leave the queue until tomorrow. */
  dayEnd: number
}

export interface QueueCounts {
  new: number
  learning: number
  review: number
}

export interface BuiltQueue {
  /** Keep this in memory for the session; pass it to nextCard / afterAnswer. */
  state: QueueState
  /** Snapshot of the order at build time. */
  cards: StoredCard[]
  counts: QueueCounts
}

export function buildQueue(input: QueueInput): BuiltQueue {
  const state = buildQueueState(input)
  return { state, cards: queuedCards(state, input.now), counts: queueCounts(state) }
}

export function buildQueueState(input: QueueInput): QueueState {
  const { now, settings } = input
  const limits = remainingLimits(settings, input.doneToday, input.extraNew)
  const dayEnd = nextDayStart(now, settings.dayStartHour)
  const aheadEnd = dayEnd + Math.max(0, input.studyAheadDays ?? 0) * DAY_MS

  const learning = input.learning
    .filter((c) => isLearning(c.sched.phase) && c.sched.due < dayEnd)
    .filter((c) => isAvailable(c, now))
    .sort(byDue)

  const reviewsAvailable = input.dueReviews
    .filter((c) => c.sched.phase === PHASE.review && c.sched.due < aheadEnd && isAvailable(c, now))
    .sort(byDue)
  // Earliest due is most overdue; the cap applies to today's reviews, not to studying ahead,
  // which the user asked for on purpose.
  const dueToday = reviewsAvailable.filter((c) => c.sched.due < dayEnd).slice(0, limits.reviews)
  const ahead = reviewsAvailable.filter((c) => c.sched.due >= dayEnd)
  const reviews = [...dueToday, ...ahead]

  const fresh = input.newCards
    .filter((c) => c.sched.phase === PHASE.new && isAvailable(c, now))
    .slice(0, limits.newCards)

  return { learning, main: interleave(reviews, fresh), front: null, dayEnd }
}

function byDue(a: StoredCard, b: StoredCard): number {
  return a.sched.due - b.sched.due
}

/** One new card after every ceil(reviews / new) reviews, so new cards spread across the session. */
function interleave(reviews: StoredCard[], fresh: StoredCard[]): StoredCard[] {
  if (fresh.length === 0) return reviews
  if (reviews.length === 0) return fresh
  const every = Math.ceil(reviews.length / fresh.length)
  const out: StoredCard[] = []
  let n = 0
  for (let i = 0; i < reviews.length; i++) {
    out.push(reviews[i]!)
    if ((i + 1) % every === 0 && n < fresh.length) out.push(fresh[n++]!)
  }
  while (n < fresh.length) out.push(fresh[n++]!)
  return out
}

/**
 * The card to show at `now`, or null when nothing is left for now. When null, `waitUntil`
 * tells the UI when a learning card becomes due today (null: done for today).
 */
export function nextCard(
  q: QueueState,
  now: number
): { card: StoredCard | null; waitUntil: number | null } {
  if (q.front) return { card: q.front, waitUntil: null }
  const firstLearning = q.learning[0]
  if (firstLearning && firstLearning.sched.due <= now)
    return { card: firstLearning, waitUntil: null }
  const firstMain = q.main[0]
  if (firstMain) return { card: firstMain, waitUntil: null }
  if (firstLearning && firstLearning.sched.due <= now + LEARN_AHEAD_MS) {
    return { card: firstLearning, waitUntil: null }
  }
  return { card: null, waitUntil: firstLearning ? firstLearning.sched.due : null }
}

function without(q: QueueState, cardId: string): QueueState {
  return {
    learning: q.learning.filter((c) => c.id !== cardId),
    main: q.main.filter((c) => c.id !== cardId),
    front: q.front && q.front.id === cardId ? null : q.front,
    dayEnd: q.dayEnd
  }
}

function insertLearning(learning: StoredCard[], card: StoredCard): StoredCard[] {
  const i = learning.findIndex((c) => c.sched.due > card.sched.due)
  return i < 0 ? [...learning, card] : [...learning.slice(0, i), card, ...learning.slice(i)]
}

/**
 * Updates the queue after an answer: `card` carries its new state. A card still in (re)learning
 * and due before the day ends comes back when due; anything else is done for today.
 */
export function afterAnswer(q: QueueState, card: StoredCard): QueueState {
  const rest = without(q, card.id)
  const staysToday = isLearning(card.sched.phase) && card.sched.due < q.dayEnd
  return staysToday ? { ...rest, learning: insertLearning(rest.learning, card) } : rest
}

/** Takes a card out (suspended or buried during the session). */
export function removeFromQueue(q: QueueState, cardId: string): QueueState {
  return without(q, cardId)
}

/** After undo: the restored card is shown next, as in Anki. */
export function afterUndo(q: QueueState, restored: StoredCard): QueueState {
  return { ...without(q, restored.id), front: restored }
}

/** What is left, for the three counters under the card. */
export function queueCounts(q: QueueState): QueueCounts {
  const all = q.front ? [q.front, ...q.learning, ...q.main] : [...q.learning, ...q.main]
  const counts: QueueCounts = { new: 0, learning: 0, review: 0 }
  for (const c of all) {
    if (c.sched.phase === PHASE.new) counts.new++
    else if (c.sched.phase === PHASE.review) counts.review++
    else counts.learning++
  }
  return counts
}

/** Ordered list of every card still queued (learning due later today last, in due order). */
export function queuedCards(q: QueueState, now: number): StoredCard[] {
  const dueLearning = q.learning.filter((c) => c.sched.due <= now)
  const laterLearning = q.learning.filter((c) => c.sched.due > now)
  return [...(q.front ? [q.front] : []), ...dueLearning, ...q.main, ...laterLearning]
}

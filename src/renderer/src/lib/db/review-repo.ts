import type { CandidateQuery } from '@core/review/queue'
import { applyToAggregate, revertFromAggregate } from '@core/review/day-summary'
import { isAvailable } from '@core/review/queue'
import { undoAnswer } from '@core/review/review-log'
import { siblingsToBury } from '@core/review/siblings'
import type { DayAggregate, ReviewLogEntry, StoredCard } from '@core/model'
import { database } from './database'

const NEW = 0
const LEARNING = 1
const REVIEW = 2
const RELEARNING = 3

function dueBetween(phase: number, from: number, to: number) {
  return database()
    .cards.where('[sched.phase+sched.due]')
    .between([phase, from], [phase, to], true, false)
}

export interface Candidates {
  learning: StoredCard[]
  dueReviews: StoredCard[]
  newCards: StoredCard[]
}

/**
 * The cards today's queue is built from, read through the (phase, due) index: only as many as
 * the day's limits allow, so the cost does not grow with the size of the library.
 */
export async function fetchCandidates(
  query: CandidateQuery,
  now: number,
  dayEnd: number
): Promise<Candidates> {
  const available = (c: StoredCard): boolean => isAvailable(c, now)
  const db = database()
  return db.transaction('r', db.cards, async () => {
    const [learning, relearning, dueToday, ahead, newCards] = await Promise.all([
      dueBetween(LEARNING, -Infinity, query.learningDueBefore).filter(available).toArray(),
      dueBetween(RELEARNING, -Infinity, query.learningDueBefore).filter(available).toArray(),
      dueBetween(REVIEW, -Infinity, Math.min(dayEnd, query.reviewDueBefore))
        .filter(available)
        .limit(query.reviewLimit)
        .toArray(),
      query.reviewDueBefore > dayEnd
        ? dueBetween(REVIEW, dayEnd, query.reviewDueBefore).filter(available).toArray()
        : Promise.resolve([]),
      dueBetween(NEW, -Infinity, Infinity).filter(available).limit(query.newLimit).toArray()
    ])
    return { learning: [...learning, ...relearning], dueReviews: [...dueToday, ...ahead], newCards }
  })
}

export function dayAggregate(day: string): Promise<DayAggregate | undefined> {
  return database().days.get(day)
}

/** The most recent days with their totals, newest last (for streaks and charts). */
export async function recentDays(count: number): Promise<DayAggregate[]> {
  return (await database().days.orderBy('day').reverse().limit(count).toArray()).reverse()
}

export interface RecordedAnswer {
  /** The log entry's id, for undo. */
  id: number
  /** Siblings the answer buried, for the queue to drop and undo to bring back. */
  buried: string[]
}

/** Siblings of an answered card to bury with its answer: today's queue names them. */
export interface SiblingBurial {
  ids: readonly string[]
  until: number
}

/**
 * One answer, all or nothing: the card's new state, its log entry, the day's totals and the
 * siblings `bury` names, buried until then (those still unburied and unsuspended as stored).
 * Once this resolves the answer survives closing the window.
 */
export async function recordAnswer(
  card: StoredCard,
  log: ReviewLogEntry,
  bury: SiblingBurial | null = null
): Promise<RecordedAnswer> {
  const db = database()
  return db.transaction('rw', db.cards, db.reviewLogs, db.days, async () => {
    const readSiblings: Promise<Array<StoredCard | undefined>> =
      bury && bury.ids.length ? db.cards.bulkGet([...bury.ids]) : Promise.resolve([])
    // Issued together: the grade-to-next-card time is mostly this transaction's round trips.
    const [, id, day, siblings] = await Promise.all([
      db.cards.put(card),
      db.reviewLogs.add(log),
      db.days.get(log.day),
      readSiblings
    ])
    const stored = siblings.filter((c): c is StoredCard => !!c)
    const buried = bury ? siblingsToBury(card, stored, log.reviewedAt, bury.until) : []
    await Promise.all([db.days.put(applyToAggregate(day, log)), db.cards.bulkPut(buried)])
    return { id: id as number, buried: buried.map((c) => c.id) }
  })
}

/** What else an answer changed, for its undo to put back: buried siblings, leech flags. */
export interface AnswerSideEffects {
  unbury: readonly string[]
  /** The card's tags and suspension before the answer made it a leech. */
  flags: Pick<StoredCard, 'tags' | 'suspended'> | null
}

/**
 * Undoes the answer with log `logId`: the card gets its state from before the answer, the log
 * entry is deleted and the day's totals go back. Returns the restored card, or null when the
 * log no longer exists.
 */
export async function undoRecordedAnswer(
  logId: number,
  effects: AnswerSideEffects = { unbury: [], flags: null }
): Promise<StoredCard | null> {
  const db = database()
  return db.transaction('rw', db.cards, db.reviewLogs, db.days, async () => {
    const log = await db.reviewLogs.get(logId)
    if (!log) return null
    const card = await db.cards.get(log.cardId)
    if (!card) return null
    const restored = { ...undoAnswer(card, log), ...effects.flags }
    const siblings = (await db.cards.bulkGet([...effects.unbury])).filter(
      (c): c is StoredCard => !!c && c.buriedUntil !== null
    )
    await db.cards.bulkPut(siblings.map((c) => ({ ...c, buriedUntil: null })))
    await db.cards.put(restored)
    await db.reviewLogs.delete(logId)
    const agg = await db.days.get(log.day)
    if (agg) await db.days.put(revertFromAggregate(agg, log))
    return restored
  })
}

export async function updateCard(
  id: string,
  changes: Partial<Pick<StoredCard, 'front' | 'back' | 'suspended' | 'buriedUntil' | 'edited'>>
): Promise<void> {
  await database().cards.update(id, changes)
}

/** The earliest time any studied, unsuspended card becomes due after `now`, or null. */
export async function nextDueAfter(now: number): Promise<number | null> {
  const firsts = await Promise.all(
    [LEARNING, REVIEW, RELEARNING].map((phase) =>
      dueBetween(phase, now, Infinity)
        .filter((c) => !c.suspended)
        .first()
    )
  )
  const dues = firsts.filter((c): c is StoredCard => !!c).map((c) => c.sched.due)
  return dues.length ? Math.min(...dues) : null
}

export function getCard(id: string): Promise<StoredCard | undefined> {
  return database().cards.get(id)
}

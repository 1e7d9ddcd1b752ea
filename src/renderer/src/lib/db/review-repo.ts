import type { CandidateQuery } from '@core/review/queue'
import { applyToAggregate, revertFromAggregate } from '@core/review/day-summary'
import { isAvailable } from '@core/review/queue'
import { undoAnswer } from '@core/review/review-log'
import type { CardPhase, DayAggregate, ReviewLogEntry, StoredCard } from '@core/model'
import { PHASE, STUDIED_PHASES } from '@core/review/phase'
import { siblingsToBury } from '@core/review/siblings'
import { database } from './database'
import { adjustCounts, keptTotal, moveCardCounts, recountArticles } from './count-changes'
import { putTotal, tableSet, totalsIn } from './kept-counts'

function dueBetween(phase: CardPhase, from: number, to: number) {
  return database()
    .cards.where('[sched.phase+sched.due]')
    .between([phase, from], [phase, to], true, false)
}

/**
 * The first `limit` cards of one phase due in [from, to) that `keep` accepts, in the index's
 * order (due, then id). Read a page at a time with getAll: a filtered Dexie collection walks a
 * cursor, one round trip to the IndexedDB backend per card: at 100,000 cards the queue's read
 * held its transaction open for 180 ms before the first review card could show. A page
 * is as long as the limit, so with nothing held back one read is enough; each next page starts
 * at the last due time read, skipping the cards already seen there, and doubles when all of a
 * page fell due at that one time, so a long run of equal due times is still got past.
 */
async function firstKept(
  phase: CardPhase,
  from: number,
  to: number,
  limit: number,
  keep: (card: StoredCard) => boolean
): Promise<StoredCard[]> {
  if (limit <= 0) return []
  if (!Number.isFinite(limit)) return (await dueBetween(phase, from, to).toArray()).filter(keep)
  const kept: StoredCard[] = []
  const seen = new Set<string>()
  let lower = from
  let page = limit
  for (;;) {
    const rows = await dueBetween(phase, lower, to).limit(page).toArray()
    for (const card of rows) {
      if (seen.has(card.id)) continue
      seen.add(card.id)
      if (keep(card)) kept.push(card)
    }
    const last = rows.at(-1)
    if (kept.length >= limit || rows.length < page || !last) return kept.slice(0, limit)
    if (last.sched.due === lower) page *= 2
    lower = last.sched.due
  }
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
  const all = Number.POSITIVE_INFINITY
  return db.transaction('r', db.cards, async () => {
    const [learning, relearning, dueToday, ahead, newCards] = await Promise.all([
      firstKept(PHASE.learning, -Infinity, query.learningDueBefore, all, available),
      firstKept(PHASE.relearning, -Infinity, query.learningDueBefore, all, available),
      firstKept(
        PHASE.review,
        -Infinity,
        Math.min(dayEnd, query.reviewDueBefore),
        query.reviewLimit,
        available
      ),
      query.reviewDueBefore > dayEnd
        ? firstKept(PHASE.review, dayEnd, query.reviewDueBefore, all, available)
        : Promise.resolve([]),
      firstKept(PHASE.new, -Infinity, Infinity, query.newLimit, available)
    ])
    return { learning: [...learning, ...relearning], dueReviews: [...dueToday, ...ahead], newCards }
  })
}

/** The totals of several days at once, in the order asked (undefined where none is kept). */
export function dayAggregates(days: readonly string[]): Promise<Array<DayAggregate | undefined>> {
  return database().days.bulkGet([...days])
}

/** The most recent days with their totals, newest last (for streaks and charts). */
export async function recentDays(count: number): Promise<DayAggregate[]> {
  return (await database().days.orderBy('day').reverse().limit(count).toArray()).reverse()
}

function answerTables() {
  const db = database()
  // Articles and settings only for recounting an article whose counts record is missing.
  return [
    db.cards,
    db.reviewLogs,
    db.days,
    db.articleCounts,
    db.libraryCounts,
    db.articles,
    db.settings
  ]
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
 * One answer, all or nothing: the card's new state, its log entry, the day's totals, its
 * article's kept counts and the library's total, and the siblings `bury` names, buried until
 * then (those still unburied and unsuspended as stored).
 * Once this resolves the answer survives closing the window.
 */
export async function recordAnswer(
  card: StoredCard,
  log: ReviewLogEntry,
  bury: SiblingBurial | null = null
): Promise<RecordedAnswer> {
  const db = database()
  return db.transaction('rw', answerTables(), async () => {
    // One round trip of reads, issued first and waited for alone: the grade-to-next-card time
    // is mostly this transaction's round trips. The card's put and the log's add go out right
    // behind them and are waited for only at the end, so the counts are worked out while the
    // backend writes those two. Requests in one transaction run in order: the card is read as it
    // was before its put (the answer may also have suspended it as a leech, which the kept
    // counts must see), and a recount of its article reads it as put.
    const readSiblings: Promise<Array<StoredCard | undefined>> =
      bury && bury.ids.length ? db.cards.bulkGet([...bury.ids]) : Promise.resolve([])
    const reads = Promise.all([
      db.cards.get(card.id),
      db.days.get(log.day),
      db.articleCounts.get(card.articleId),
      keptTotal(totalsIn(db)),
      readSiblings
    ])
    const written = Promise.all([db.cards.put(card), db.reviewLogs.add(log)])
    const [stored, day, counts, total, siblings] = await reads
    const before = stored ?? { ...card, sched: log.before }
    const present = siblings.filter((c): c is StoredCard => !!c)
    const buried = bury ? siblingsToBury(card, present, log.reviewedAt, bury.until) : []
    const [[, id]] = await Promise.all([
      written,
      db.days.put(applyToAggregate(day, log)),
      db.cards.bulkPut(buried),
      !counts
        ? recountArticles(tableSet(db), [card.articleId])
        : moveCardCounts(counts, total, before, card)
          ? Promise.all([db.articleCounts.put(counts), putTotal(totalsIn(db), total)])
          : undefined
    ])
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
 * entry is deleted and the day's totals and the kept counts go back. Returns the restored card,
 * or null when the log no longer exists.
 */
export async function undoRecordedAnswer(
  logId: number,
  effects: AnswerSideEffects = { unbury: [], flags: null }
): Promise<StoredCard | null> {
  const db = database()
  return db.transaction('rw', answerTables(), async () => {
    const log = await db.reviewLogs.get(logId)
    if (!log) return null
    const card = await db.cards.get(log.cardId)
    if (!card) return null
    const restored = { ...undoAnswer(card, log), ...effects.flags }
    const siblings = (await db.cards.bulkGet([...effects.unbury])).filter(
      (c): c is StoredCard => !!c && c.buriedUntil !== null
    )
    await db.cards.bulkPut(siblings.map((c) => ({ ...c, buriedUntil: null })))
    const agg = await db.days.get(log.day)
    await Promise.all([
      db.cards.put(restored),
      db.reviewLogs.delete(logId),
      agg ? db.days.put(revertFromAggregate(agg, log)) : undefined
    ])
    await adjustCounts(tableSet(db), [{ before: card, after: restored }])
    return restored
  })
}

export type CardChanges = Partial<
  Pick<StoredCard, 'front' | 'back' | 'suspended' | 'buriedUntil' | 'edited'>
>

/** Edits, suspends or buries a card, with its article's counts in the same transaction. */
export async function updateCard(id: string, changes: CardChanges): Promise<void> {
  const db = database()
  const tables = [db.cards, db.articleCounts, db.libraryCounts, db.articles, db.settings]
  await db.transaction('rw', tables, async () => {
    const card = await db.cards.get(id)
    if (!card) return
    const updated = { ...card, ...changes }
    await db.cards.put(updated)
    await adjustCounts(tableSet(db), [{ before: card, after: updated }])
  })
}

/** The earliest time any studied, unsuspended card becomes due after `now`, or null. */
export async function nextDueAfter(now: number): Promise<number | null> {
  const firsts = await Promise.all(
    STUDIED_PHASES.map((phase) =>
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

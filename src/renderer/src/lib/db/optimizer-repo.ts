/**
 * Storage for the FSRS optimizer: the review history it fits on, its fits, the parameters in
 * use, and rescheduling with undo. The fitting worker reads and writes through these too, on
 * its own connection to the same database, so the window never reads 100,000 logs itself.
 */
import { DEFAULT_PARAMETERS, isParameters } from '@core/optimizer/staging'
import type { CardChange } from '@core/optimizer/reschedule'
import type { HistoryReview, Parameters } from '@core/optimizer/types'
import type { StoredCard } from '@core/model'
import { PHASE } from '@core/review/phase'
import { database } from './database'
import { adjustCounts } from './count-changes'
import { tableSet } from './kept-counts'
import type { Watched } from './live'
import type { FitRecord, FsrsModel, ImportedReviewRecord, RescheduleRecord } from './records'

const MODEL_KEY = 'fsrs-model'

/** The settings record the scheduler's parameters are read from, for state that watches them. */
export const MODEL_SETTING = { table: 'settings', keys: [MODEL_KEY] } as const satisfies Watched

/** The parameters to schedule with: the last kept fit's, or the defaults. */
export async function loadParameters(): Promise<Parameters> {
  return (await loadModel())?.parameters ?? [...DEFAULT_PARAMETERS]
}

export async function loadModel(): Promise<FsrsModel | null> {
  const record = await database().settings.get(MODEL_KEY)
  if (record?.key !== MODEL_KEY || !isParameters(record.value.parameters)) return null
  return record.value
}

/** Every answer to fit on: the app's own log, then any imported history. */
export async function readHistory(): Promise<{ reviews: HistoryReview[]; lastLogId: number }> {
  const db = database()
  return db.transaction('r', db.reviewLogs, db.importedReviews, async () => {
    const reviews: HistoryReview[] = []
    let lastLogId = 0
    await db.reviewLogs.each((log) => {
      reviews.push({
        cardKey: log.cardId,
        at: log.reviewedAt,
        day: log.day,
        grade: log.grade,
        // New or in its first learning steps: where FSRS starts the card's memory.
        fromNew: log.before.phase === PHASE.new || log.before.phase === PHASE.learning
      })
      lastLogId = Math.max(lastLogId, log.id ?? 0)
    })
    await db.importedReviews.each(({ id: _id, ...review }) => {
      reviews.push(review)
    })
    return { reviews, lastLogId }
  })
}

/** Answers given since the log entry `afterId`: read from the key index, no entry is loaded. */
export function countReviewsSince(afterId: number): Promise<number> {
  return database().reviewLogs.where(':id').above(afterId).count()
}

/**
 * Keeps a fit's record and, when it was kept, makes its parameters the ones in use: one
 * transaction, so the record and the parameters never disagree. Returns the record's id.
 */
export async function saveFit(record: FitRecord): Promise<number> {
  const db = database()
  return db.transaction('rw', db.fits, db.settings, async () => {
    const id = (await db.fits.add(record)) as number
    if (record.accepted) {
      const model: FsrsModel = { parameters: record.parameters, fitId: id, fittedAt: record.at }
      await db.settings.put({ key: MODEL_KEY, value: model })
    }
    return id
  })
}

/** The latest fits, newest first. */
export function recentFits(count: number): Promise<FitRecord[]> {
  return database().fits.orderBy('id').reverse().limit(count).toArray()
}

export async function latestFit(): Promise<FitRecord | null> {
  return (await database().fits.orderBy('id').last()) ?? null
}

/** Replaces any history imported before with `reviews`; returns how many are stored. */
export async function replaceImportedReviews(reviews: readonly HistoryReview[]): Promise<number> {
  const db = database()
  return db.transaction('rw', db.importedReviews, async () => {
    await db.importedReviews.clear()
    await db.importedReviews.bulkAdd(reviews.map((r) => ({ ...r }) as ImportedReviewRecord))
    return db.importedReviews.count()
  })
}

export function importedReviewCount(): Promise<number> {
  return database().importedReviews.count()
}

/** Cards that have been studied (not new), for rescheduling and the simulator. */
export function studiedCards(): Promise<StoredCard[]> {
  return database()
    .cards.where('[sched.phase+sched.due]')
    .between([PHASE.learning, -Infinity], [PHASE.relearning, Infinity])
    .toArray()
}

export function newCardCount(): Promise<number> {
  return database()
    .cards.where('[sched.phase+sched.due]')
    .between([PHASE.new, -Infinity], [PHASE.new, Infinity])
    .count()
}

/**
 * Rescheduling, all or nothing: every card's new state and the record that undoes it, in one
 * transaction. A card answered since the preview was made keeps its answer (its state no longer
 * matches what the preview saw) and is left out.
 */
export async function applyReschedule(
  changes: readonly CardChange[],
  fitId: number | null,
  now: number
): Promise<{ id: number; changed: number }> {
  const db = database()
  return db.transaction('rw', rescheduleTables(), async () => {
    const cards = await db.cards.bulkGet(changes.map((c) => c.cardId))
    const applied: CardChange[] = []
    const updated: StoredCard[] = []
    const moved: Array<{ before: StoredCard; after: StoredCard }> = []
    changes.forEach((change, i) => {
      const card = cards[i]
      if (!card || !sameSchedule(card.sched, change.before)) return
      applied.push(change)
      const after = { ...card, sched: change.after }
      updated.push(after)
      moved.push({ before: card, after })
    })
    await db.cards.bulkPut(updated)
    // New due dates move the days the kept counts file them under: in this transaction.
    await adjustCounts(tableSet(db), moved)
    const id = (await db.reschedules.add({
      at: now,
      fitId,
      changes: applied,
      undoneAt: null
    })) as number
    return { id, changed: applied.length }
  })
}

/** The last rescheduling not yet undone, if any. */
export async function lastReschedule(): Promise<RescheduleRecord | null> {
  const last = await database().reschedules.orderBy('id').last()
  return last && last.undoneAt === null ? last : null
}

/**
 * Undoes the last rescheduling in one transaction: each card gets back the state it had, unless
 * it has been answered since (then its newer state stays). Returns how many went back and how
 * many were kept.
 */
export async function undoReschedule(
  now: number
): Promise<{ restored: number; kept: number } | null> {
  const db = database()
  return db.transaction('rw', rescheduleTables(), async () => {
    const last = await db.reschedules.orderBy('id').last()
    if (!last || last.undoneAt !== null) return null
    const cards = await db.cards.bulkGet(last.changes.map((c) => c.cardId))
    const restored: StoredCard[] = []
    const moved: Array<{ before: StoredCard; after: StoredCard }> = []
    last.changes.forEach((change, i) => {
      const card = cards[i]
      if (!card || !sameSchedule(card.sched, change.after)) return
      const before = { ...card, sched: change.before }
      restored.push(before)
      moved.push({ before: card, after: before })
    })
    await db.cards.bulkPut(restored)
    await adjustCounts(tableSet(db), moved)
    await db.reschedules.update(last.id!, { undoneAt: now })
    return { restored: restored.length, kept: last.changes.length - restored.length }
  })
}

/** What rescheduling writes: the cards, the record that undoes it, and the kept counts. */
function rescheduleTables() {
  const db = database()
  return [db.cards, db.reschedules, db.articleCounts, db.libraryCounts, db.articles, db.settings]
}

function sameSchedule(a: StoredCard['sched'] | undefined, b: StoredCard['sched']): boolean {
  return (
    !!a &&
    a.due === b.due &&
    a.reps === b.reps &&
    a.lastReview === b.lastReview &&
    a.phase === b.phase
  )
}

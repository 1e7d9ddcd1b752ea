import type { Grade, ReviewLogEntry, StoredCard } from '@core/model'
import { applyBulkAction, type BulkAction } from '@core/library/bulk-actions'
import { articleFacts, type ArticleFacts } from '@core/search/rows'
import { database } from './database'
import { adjustCounts } from './count-changes'
import { tableSet } from './kept-counts'
import type { BrowseView, SavedSearch } from './records'

/** Every card and what the browser shows of each card's article. */
export interface BrowseData {
  cards: StoredCard[]
  articles: Map<string, ArticleFacts>
}

/** Reads the whole library once for the card browser, which then searches it in memory. */
export async function readBrowseData(): Promise<BrowseData> {
  const db = database()
  return db.transaction('r', db.cards, db.articles, async () => {
    const [cards, articles] = await Promise.all([db.cards.toArray(), db.articles.toArray()])
    const facts = new Map<string, ArticleFacts>()
    for (const a of articles) facts.set(a.id, articleFacts(a.title, a.extraction))
    return { cards, articles: facts }
  })
}

/** Ids of the cards answered at or after `since`, with `grade` when not null (`rated:`). */
export async function answeredSince(since: number, grade: Grade | null): Promise<Set<string>> {
  const ids = new Set<string>()
  await database()
    .reviewLogs.where('reviewedAt')
    .aboveOrEqual(since)
    .each((log) => {
      if (grade === null || log.grade === grade) ids.add(log.cardId)
    })
  return ids
}

/** Every answer to a card, oldest first. */
export async function answersOf(cardId: string): Promise<ReviewLogEntry[]> {
  return database().reviewLogs.where('cardId').equals(cardId).sortBy('reviewedAt')
}

/** A card as an action found it and as it left it: what undo puts back, and when. */
export interface CardChange {
  before: StoredCard
  after: StoredCard
}

/**
 * Runs `action` over the cards `ids` in one transaction and returns each change made (cards the
 * action leaves as they are are not written).
 */
export async function applyToCards(
  ids: readonly string[],
  action: BulkAction,
  now: number,
  dayStartHour: number
): Promise<CardChange[]> {
  const db = database()
  return db.transaction('rw', countedTables(), async () => {
    const cards = await db.cards.bulkGet([...ids])
    const changes: CardChange[] = []
    for (const before of cards) {
      if (!before) continue
      const after = applyBulkAction(before, action, now, dayStartHour)
      if (after) changes.push({ before, after })
    }
    await db.cards.bulkPut(changes.map((c) => c.after))
    await adjustCounts(tableSet(db), changes)
    return changes
  })
}

/** Edits one card's question and answer. */
export async function editCard(
  id: string,
  front: string,
  back: string
): Promise<CardChange | null> {
  const db = database()
  return db.transaction('rw', db.cards, async () => {
    const before = await db.cards.get(id)
    if (!before) return null
    const after = { ...before, front, back, edited: true }
    await db.cards.put(after)
    return { before, after }
  })
}

/**
 * Puts cards back as they were before `changes`, in one transaction. A card changed again since
 * (answered in a review, edited) keeps its newer state: undo never overwrites later work.
 */
export async function undoChanges(
  changes: readonly CardChange[]
): Promise<{ restored: StoredCard[]; skipped: number }> {
  const db = database()
  return db.transaction('rw', countedTables(), async () => {
    const now = await db.cards.bulkGet(changes.map((c) => c.after.id))
    const restored: StoredCard[] = []
    const moved: CardChange[] = []
    changes.forEach((change, i) => {
      const current = now[i]
      if (current && sameCard(current, change.after)) {
        restored.push(change.before)
        moved.push({ before: current, after: change.before })
      }
    })
    await db.cards.bulkPut(restored)
    await adjustCounts(tableSet(db), moved)
    return { restored, skipped: changes.length - restored.length }
  })
}

/** Cards deleted together, with their answers, so undo can put them all back. */
export interface DeletedCards {
  cards: StoredCard[]
  logs: ReviewLogEntry[]
}

/** Deletes the cards and their review history in one transaction. */
export async function deleteCards(ids: readonly string[]): Promise<DeletedCards> {
  const db = database()
  return db.transaction('rw', [...countedTables(), db.reviewLogs], async () => {
    const cards = (await db.cards.bulkGet([...ids])).filter((c): c is StoredCard => !!c)
    const found = cards.map((c) => c.id)
    const logs = await db.reviewLogs.where('cardId').anyOf(found).toArray()
    await db.reviewLogs.bulkDelete(logs.map((l) => l.id!))
    await db.cards.bulkDelete(found)
    await adjustCounts(
      tableSet(db),
      cards.map((before) => ({ before }))
    )
    return { cards, logs }
  })
}

/**
 * Undoes `deleteCards`: the cards and their answers come back, with their ids, except those of
 * an article deleted since. Returns the cards restored.
 */
export async function restoreDeleted(deleted: DeletedCards): Promise<StoredCard[]> {
  const db = database()
  return db.transaction('rw', [...countedTables(), db.reviewLogs], async () => {
    const articleIds = [...new Set(deleted.cards.map((c) => c.articleId))]
    const articles = await db.articles.bulkGet(articleIds)
    const present = new Set(articleIds.filter((_, i) => articles[i]))
    const cards = deleted.cards.filter((c) => present.has(c.articleId))
    const ids = new Set(cards.map((c) => c.id))
    // A card imported again since (same id) is replaced, not counted twice.
    const current = await db.cards.bulkGet(cards.map((c) => c.id))
    await db.cards.bulkPut(cards)
    await db.reviewLogs.bulkPut(deleted.logs.filter((l) => ids.has(l.cardId)))
    await adjustCounts(
      tableSet(db),
      cards.map((after, i) => ({ before: current[i], after }))
    )
    return cards
  })
}

/**
 * A write that moves cards also moves their articles' kept counts, in the same transaction
 * (articles and settings only to recount one whose record is missing).
 */
function countedTables() {
  const db = database()
  return [db.cards, db.articleCounts, db.libraryCounts, db.articles, db.settings]
}

const SAVED_SEARCHES = 'saved-searches'

export async function loadSavedSearches(): Promise<SavedSearch[]> {
  const record = await database().settings.get(SAVED_SEARCHES)
  return record?.key === SAVED_SEARCHES ? record.value : []
}

export async function storeSavedSearches(searches: SavedSearch[]): Promise<void> {
  await database().settings.put({ key: SAVED_SEARCHES, value: searches })
}

const BROWSE_VIEW = 'browse-view'

export async function loadBrowseView(): Promise<BrowseView | null> {
  const record = await database().settings.get(BROWSE_VIEW)
  return record?.key === BROWSE_VIEW ? record.value : null
}

export async function storeBrowseView(view: BrowseView): Promise<void> {
  await database().settings.put({ key: BROWSE_VIEW, value: view })
}

function sameCard(a: StoredCard, b: StoredCard): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

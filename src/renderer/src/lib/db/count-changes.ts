/**
 * Moving the kept counts with each change to the cards: an article's record and the library's
 * total by the same amount, in the caller's transaction (see kept-counts.ts for the counts
 * themselves and the full recount they must equal). Apart from kept-counts.ts, which the schema
 * upgrades need at start-up, so this loads only with the screens and workers that write cards.
 */
import {
  addCounts,
  addCountsTo,
  applyCardChange,
  countCard,
  countCards,
  type CardCounts,
  type CountedCard
} from '@core/library/card-counts'
import {
  countsOf,
  countsRecord,
  LIBRARY_TOTAL,
  putTotal,
  studyDayStartHourIn,
  totalTables,
  type CountTables,
  type TotalTables
} from './kept-counts'
import type { ArticleCountsRecord, ArticleRecord } from './records'

/**
 * The library's total as kept. None is kept in a new library, or right after a restore cleared
 * it: then it is the sum of the articles' records, which is what it stands for.
 */
export async function keptTotal(t: TotalTables): Promise<CardCounts> {
  const kept = await t.libraryCounts.get(LIBRARY_TOTAL)
  if (kept) return countsOf(kept)
  return addCounts(await t.articleCounts.toArray())
}

/**
 * The counts of a library whose count tables were just cleared (a restore): every article's
 * record, and their sum as the total, which is a zero total for an empty library.
 */
export async function writeAllCounts(
  t: TotalTables,
  records: readonly ArticleCountsRecord[]
): Promise<void> {
  await Promise.all([t.articleCounts.bulkPut([...records]), putTotal(t, addCounts(records))])
}

/**
 * Writes these articles' records in place of the ones they replace, and removes the records of
 * `gone`, moving the library's total by the difference. Ids must not repeat.
 */
export async function replaceCounts(
  t: TotalTables,
  records: readonly ArticleCountsRecord[],
  gone: readonly string[] = []
): Promise<void> {
  if (records.length === 0 && gone.length === 0) return
  const ids = [...records.map((r) => r.articleId), ...gone]
  const [previous, total] = await Promise.all([t.articleCounts.bulkGet(ids), keptTotal(t)])
  for (const r of previous) if (r) addCountsTo(total, r, -1)
  for (const r of records) addCountsTo(total, r, 1)
  await Promise.all([
    t.articleCounts.bulkPut([...records]),
    t.articleCounts.bulkDelete([...gone]),
    putTotal(t, total)
  ])
}

/** A change to one card: `before` missing for a card added, `after` for one removed. */
export interface CardChange {
  before?: CountedCard & { articleId: string }
  after?: CountedCard & { articleId: string }
}

/**
 * Moves the counts of the articles these cards belong to. Call it after the cards are written:
 * an article whose record is missing (a library damaged outside the app) is recounted from its
 * cards as stored. Records are written only when a count changed.
 */
export async function adjustCounts(t: CountTables, changes: CardChange[]): Promise<void> {
  const ids = [...new Set(changes.flatMap((c) => [c.before?.articleId, c.after?.articleId]))]
  const articleIds = ids.filter((id): id is string => id !== undefined)
  const totals = totalTables(t)
  const [records, total] = await Promise.all([
    t.articleCounts.bulkGet(articleIds),
    keptTotal(totals)
  ])
  const byId = new Map(articleIds.map((id, i) => [id, records[i]]))
  const changed = new Set<ArticleCountsRecord>()
  const missing = articleIds.filter((id) => !byId.get(id))
  const move = (id: string, before?: CountedCard, after?: CountedCard): void => {
    const record = byId.get(id)
    if (record && moveCardCounts(record, total, before, after)) changed.add(record)
  }
  for (const { before, after } of changes) {
    if (before && after && before.articleId !== after.articleId) {
      move(before.articleId, before, undefined)
      move(after.articleId, undefined, after)
    } else {
      move((after ?? before)!.articleId, before, after)
    }
  }
  if (changed.size)
    await Promise.all([t.articleCounts.bulkPut([...changed]), putTotal(totals, total)])
  // After the total is written: the recount reads it again to move it.
  await recountArticles(t, missing)
}

/**
 * Moves one card's contribution in its article's record and, by the same amount, in the
 * library's total, both in place. Returns whether anything changed.
 */
export function moveCardCounts(
  record: ArticleCountsRecord,
  total: CardCounts,
  before: CountedCard | undefined,
  after: CountedCard | undefined
): boolean {
  const hour = record.dayStartHour
  if (!applyCardChange(record, before, after, hour)) return false
  if (before) countCard(total, before, hour, -1)
  if (after) countCard(total, after, hour, 1)
  return true
}

/**
 * Counts these articles again from their cards as stored and writes their records, with the
 * title and date of the article record; an article that no longer exists loses its record.
 */
export async function recountArticles(t: CountTables, articleIds: string[]): Promise<void> {
  const ids = [...new Set(articleIds)]
  if (ids.length === 0) return
  const [articles, hour] = await Promise.all([
    t.articles.bulkGet(ids),
    studyDayStartHourIn(t.settings)
  ])
  const gone = ids.filter((_, i) => !articles[i])
  const records = await Promise.all(
    articles
      .filter((a): a is ArticleRecord => a !== undefined)
      .map(async (article) => {
        const cards = await t.cards.where('articleId').equals(article.id).toArray()
        return countsRecord(article, countCards(cards, hour), hour)
      })
  )
  await replaceCounts(totalTables(t), records, gone)
}

/**
 * The CSV exports: cards, and the review log read in pages by primary key, so only a page of
 * entries is in memory at once.
 */
import { cardsToCsv } from '@core/export/cards-csv'
import { reviewLogCsvChunks } from '@core/export/review-log-csv'
import { database } from './database'
import { reviewLogPages } from './history-repo'

async function articleTitles(): Promise<Map<string, string>> {
  const articles = await database().articles.toArray()
  return new Map(articles.map((a) => [a.id, a.title]))
}

export async function cardsCsv(): Promise<string> {
  const db = database()
  return db.transaction('r', db.articles, db.cards, async () =>
    cardsToCsv(await db.cards.toArray(), await articleTitles())
  )
}

/**
 * The review log as CSV chunks, read in pages by primary key, so only one page of entries (each
 * carrying two scheduling states) is in memory at once. Pages rather than `each`: a bounded
 * `getAll` per page measured about 4x faster than a cursor step per entry on 100,000 entries in
 * Chromium.
 */
export async function* reviewLogCsv(pageSize = 2000): AsyncGenerator<string> {
  yield* reviewLogCsvChunks(reviewLogPages(pageSize), await articleTitles())
}

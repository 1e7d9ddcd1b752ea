/**
 * The CSV exports: cards, and the review log read in pages by primary key, so only a page of
 * entries is in memory at once.
 */
import { cardsToCsv } from '@core/export/cards-csv'
import { reviewLogCsvHeader, reviewLogCsvRows } from '@core/export/review-log-csv'
import { database } from './database'

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
 * The review log as CSV, read in pages by primary key and turned into text a page at a time, so
 * only one page of entries (each carrying two scheduling states) is in memory at once. Pages
 * rather than `each`: a bounded `getAll` per page measured about 4x faster than a cursor step per
 * entry on 100,000 entries in Chromium.
 */
export async function reviewLogCsv(pageSize = 2000): Promise<string> {
  const db = database()
  return db.transaction('r', db.articles, db.reviewLogs, async () => {
    const titles = await articleTitles()
    const parts = [reviewLogCsvHeader()]
    let after = -Infinity
    for (;;) {
      const page = await db.reviewLogs.where(':id').above(after).limit(pageSize).toArray()
      parts.push(reviewLogCsvRows(page, titles))
      const last = page.at(-1)
      if (page.length < pageSize || last?.id === undefined) break
      after = last.id
    }
    return parts.join('')
  })
}

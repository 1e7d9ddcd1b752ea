/**
 * The review log a page at a time, by primary key, for exports that stream: each page is its
 * own short read, so a long export never holds a transaction (or a million entries) open.
 */
import type { ReviewLogEntry, StoredCard } from '@core/model'
import { database } from './database'

export async function* reviewLogPages(pageSize = 5000): AsyncGenerator<ReviewLogEntry[]> {
  const db = database()
  let after = -Infinity
  for (;;) {
    const page = await db.reviewLogs.where(':id').above(after).limit(pageSize).toArray()
    if (page.length > 0) yield page
    const last = page.at(-1)?.id
    if (page.length < pageSize || last === undefined) return
    after = last
  }
}

/** Every card a page at a time by id, for exports that stream (the Anki package). */
export async function* cardPages(pageSize = 5000): AsyncGenerator<StoredCard[]> {
  const db = database()
  let after: string | null = null
  for (;;) {
    const from = after === null ? db.cards.orderBy(':id') : db.cards.where(':id').above(after)
    const page: StoredCard[] = await from.limit(pageSize).toArray()
    if (page.length > 0) yield page
    const last = page.at(-1)
    if (page.length < pageSize || !last) return
    after = last.id
  }
}

export interface ApkgArticleRow {
  id: string
  title: string
  sentences: string[]
  importedAt: number
}

/** Each article's title and sentences (for the notes' context fields), without its text. */
export async function articlesForAnki(): Promise<ApkgArticleRow[]> {
  const articles = await database().articles.toArray()
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    sentences: a.extraction.article.sentences.map((s) => s.text),
    importedAt: a.importedAt
  }))
}

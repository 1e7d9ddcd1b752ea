/**
 * The review log a page at a time, by primary key, for exports that stream: each page is its
 * own short read, so a long export never holds a transaction (or a million entries) open.
 */
import type { ReviewLogEntry } from '@core/model'
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

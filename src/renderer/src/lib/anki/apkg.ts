/**
 * Builds an Anki package (.apkg): a zip holding `collection.anki2` (a SQLite database in Anki's
 * schema 11, written with sql.js) and an empty `media` map. The rows come from core's mapping;
 * cards and answers arrive a page at a time and go in through prepared statements inside one
 * SQLite transaction. The SQLite library is passed in, so tests can load its WebAssembly from
 * disk and the app from its bundled URL.
 */
import { strToU8, zipSync } from 'fflate'
import type { SqlJsStatic } from 'sql.js'
import { ANKI_SCHEMA_SQL, collectionRow } from '@core/export/anki/collection'
import { cardRow, noteRow, RevlogIds, revlogRow } from '@core/export/anki/rows'
import type { ReviewLogEntry, StoredCard } from '@core/model'

export interface ApkgArticle {
  id: string
  title: string
  sentences: readonly string[]
}

export interface ApkgSource {
  articles: readonly ApkgArticle[]
  cards: AsyncIterable<readonly StoredCard[]>
  logs: AsyncIterable<readonly ReviewLogEntry[]>
  desiredRetention: number
  nowMs: number
  /** Collection creation (epoch s): the start of the first study day, for review due days. */
  crtSeconds: number
}

export interface ApkgCounts {
  notes: number
  revlog: number
}

export async function buildApkg(
  SQL: SqlJsStatic,
  src: ApkgSource
): Promise<{ bytes: Uint8Array; counts: ApkgCounts }> {
  const db = new SQL.Database()
  try {
    db.exec(ANKI_SCHEMA_SQL)
    db.exec('begin')
    const articles = new Map(src.articles.map((a) => [a.id, a]))
    const note = db.prepare('insert into notes values (?,?,?,?,?,?,?,?,?,?,?)')
    const card = db.prepare('insert into cards values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)')
    let position = 0
    for await (const page of src.cards) {
      for (const c of page) {
        const article = articles.get(c.articleId)
        const ctx = {
          articleTitle: article?.title ?? '',
          sentence: article?.sentences[c.sentenceIndex] ?? ''
        }
        note.run(noteRow(c, ctx, src.nowMs))
        card.run(
          cardRow(c, {
            crtSeconds: src.crtSeconds,
            position: position++,
            desiredRetention: src.desiredRetention,
            nowMs: src.nowMs
          })
        )
      }
    }
    note.free()
    card.free()
    const revlog = db.prepare('insert into revlog values (?,?,?,?,?,?,?,?,?)')
    const ids = new RevlogIds()
    let answers = 0
    for await (const page of src.logs) {
      for (const entry of page) {
        revlog.run(revlogRow(entry, ids.next(entry.reviewedAt)))
        answers++
      }
    }
    revlog.free()
    db.run(
      'insert into col values (?,?,?,?,?,?,?,?,?,?,?,?,?)',
      collectionRow({
        crtSeconds: src.crtSeconds,
        nowMs: src.nowMs,
        decks: src.articles.map((a) => ({ articleId: a.id, title: a.title })),
        desiredRetention: src.desiredRetention,
        nextPosition: position
      })
    )
    db.exec('commit')
    const collection = db.export()
    const bytes = zipSync({ 'collection.anki2': collection, media: strToU8('{}') }, { level: 6 })
    return { bytes, counts: { notes: position, revlog: answers } }
  } finally {
    db.close()
  }
}

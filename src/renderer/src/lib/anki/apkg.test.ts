import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { unzipSync, strFromU8 } from 'fflate'
import initSqlJs, { type SqlJsStatic } from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { NOTE_FIELDS } from '@core/export/anki/collection'
import { ankiCardId } from '@core/export/anki/rows'
import { at, DAY, logEntry, storedCard } from '@core/export/sample-library'
import { buildApkg } from './apkg'

let SQL: SqlJsStatic

beforeAll(async () => {
  const require = createRequire(import.meta.url)
  const wasm = readFileSync(require.resolve('sql.js/dist/sql-wasm-browser.wasm'))
  SQL = await initSqlJs({
    wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer
  })
})

async function* pages<T>(...items: T[][]) {
  yield* items
}

function rows(db: InstanceType<SqlJsStatic['Database']>, sql: string): unknown[][] {
  return db.exec(sql)[0]?.values ?? []
}

describe('Anki package', () => {
  it('opens again as Anki’s schema with every card, note field and answer', async () => {
    const now = at(2025, 1, 15)
    const cards = [
      storedCard(
        'c1',
        { due: now },
        { front: 'Who said "x"?', back: 'Ana <b>&</b> Ben', sentenceIndex: 0 }
      ),
      storedCard(
        'c2',
        {
          phase: 2,
          due: now + 3 * DAY,
          stability: 10,
          difficulty: 5,
          reps: 3,
          scheduledDays: 3,
          lastReview: now
        },
        { articleId: 'a2' }
      )
    ]
    const logs = [
      logEntry(1, 3, now),
      logEntry(2, 1, now),
      { ...logEntry(3, 4, now + 1), cardId: 'c2' }
    ]
    const { bytes, counts } = await buildApkg(SQL, {
      articles: [
        { id: 'article-1', title: 'Harbour bridge', sentences: ['The mayor said "x".'] },
        { id: 'a2', title: 'Museum', sentences: [] }
      ],
      cards: pages(cards.slice(0, 1), cards.slice(1)),
      logs: pages(logs.slice(0, 2), logs.slice(2)),
      desiredRetention: 0.9,
      nowMs: now,
      crtSeconds: Math.floor(at(2025, 1, 1, 4) / 1000)
    })
    expect(counts).toEqual({ notes: 2, revlog: 3 })

    const files = unzipSync(bytes)
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media'])
    expect(strFromU8(files.media!)).toBe('{}')
    const db = new SQL.Database(files['collection.anki2'])
    try {
      const tables = rows(
        db,
        "select name from sqlite_master where type = 'table' order by name"
      ).flat()
      expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog'])
      const columns = (t: string) => rows(db, `pragma table_info(${t})`).map((r) => r[1])
      expect(columns('cards')).toEqual([
        'id',
        'nid',
        'did',
        'ord',
        'mod',
        'usn',
        'type',
        'queue',
        'due',
        'ivl',
        'factor',
        'reps',
        'lapses',
        'left',
        'odue',
        'odid',
        'flags',
        'data'
      ])
      expect(columns('revlog')).toEqual([
        'id',
        'cid',
        'usn',
        'ease',
        'ivl',
        'lastIvl',
        'factor',
        'time',
        'type'
      ])
      const [col] = rows(db, 'select ver, models, decks from col')
      expect(col?.[0]).toBe(11)
      const model = Object.values(JSON.parse(col?.[1] as string))[0] as {
        flds: Array<{ name: string }>
      }
      expect(model.flds.map((f) => f.name)).toEqual([...NOTE_FIELDS])
      const deckNames = Object.values(
        JSON.parse(col?.[2] as string) as Record<string, { name: string }>
      )
        .map((d) => d.name)
        .sort()
      expect(deckNames).toEqual(['Default', 'Newsdeck::Harbour bridge', 'Newsdeck::Museum'])

      expect(rows(db, 'select count(*) from cards')[0]?.[0]).toBe(2)
      expect(rows(db, 'select count(*) from notes')[0]?.[0]).toBe(2)
      const [fields] = rows(db, "select flds, guid from notes where guid = 'c1'")
      expect(String(fields?.[0]).split('\x1f')).toEqual([
        'Who said "x"?',
        'Ana &lt;b&gt;&amp;&lt;/b&gt; Ben',
        'Harbour bridge',
        'The mayor said "x".'
      ])
      const [review] = rows(
        db,
        `select type, queue, due, ivl, data from cards where id = ${ankiCardId('c2')}`
      )
      expect(review?.slice(0, 4)).toEqual([2, 2, 17, 3])
      expect(JSON.parse(review?.[4] as string)).toMatchObject({ s: 10, d: 5, dr: 0.9 })

      const revlog = rows(db, 'select id, cid, ease, type from revlog order by id')
      expect(revlog).toEqual([
        [now, ankiCardId('c1'), 3, 0],
        [now + 1, ankiCardId('c1'), 1, 0],
        [now + 2, ankiCardId('c2'), 4, 0]
      ])
      expect(rows(db, 'pragma integrity_check')[0]?.[0]).toBe('ok')
    } finally {
      db.close()
    }
  })
})

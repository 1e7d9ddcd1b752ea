import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyCounts } from '@core/library/card-counts'
import { saveArticle } from './articles-repo'
import {
  applySchemaV1,
  applySchemaV2,
  applySchemaV3,
  applySchemaV4,
  applySchemaV5,
  NewsdeckDatabase,
  useDatabase
} from './database'
import { claimEarlyRows, LIBRARY_COUNTS, startEarlyRead } from './early-read'
import { countsRecord } from './kept-counts'
import { earlyArticleSummaries, listArticleSummaries } from './library-repo'
import { freshDatabase, makeCard, makeExtraction } from './test-support'

const NOW = Date.UTC(2025, 6, 20, 12)

function readEarly(name: string): void {
  void startEarlyRead(indexedDB, name, LIBRARY_COUNTS.store, LIBRARY_COUNTS.index)
}

async function saveTwoArticles(): Promise<void> {
  for (const [id, title, at] of [
    ['b', 'Imported first', NOW - 2000],
    ['a', 'Imported second', NOW - 1000]
  ] as const) {
    const cards = [
      makeCard(id, `${id}1`, 'Q1'),
      { ...makeCard(id, `${id}2`, 'Q2'), sentenceIndex: 1 }
    ]
    await saveArticle({
      extraction: makeExtraction(id, title, cards),
      cards,
      text: 'x',
      source: 'paste',
      fileName: null,
      replaces: null,
      now: at
    })
  }
}

// Nothing read in one test is left for the next to claim.
afterEach(async () => {
  await claimEarlyRows()
})

describe("the Library's counts read before the app has loaded", () => {
  it('list the same articles, in the same order, as a read through the app, and only once', async () => {
    const db = await freshDatabase()
    await saveTwoArticles()
    readEarly(db.name)

    const early = await earlyArticleSummaries(NOW)
    expect(early?.map((s) => s.title)).toEqual(['Imported first', 'Imported second'])
    expect(early).toEqual(await listArticleSummaries(NOW))
    // A second look could be out of date: it goes to the database.
    expect(await earlyArticleSummaries(NOW)).toBeNull()
  })

  it('create no database on a first launch, so the app creates its own with every table', async () => {
    const name = `newsdeck-early-none-${Math.random()}`
    readEarly(name)
    expect(await claimEarlyRows()).toBeNull()
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name)

    const db = new NewsdeckDatabase(name)
    await db.open()
    expect(db.tables.map((t) => t.name)).toContain('articleCounts')
    db.close()
  })

  it('are not used when read at an older schema, and do not hold its upgrade up', async () => {
    const name = `newsdeck-early-old-${Math.random()}`
    const old = new Dexie(name)
    for (const apply of [applySchemaV1, applySchemaV2, applySchemaV3, applySchemaV4, applySchemaV5])
      apply(old)
    await old
      .table('articleCounts')
      .put(
        countsRecord({ id: 'a', title: 'Old', published: null, importedAt: NOW }, emptyCounts(), 4)
      )
    old.close()

    readEarly(name)
    const db = new NewsdeckDatabase(name)
    await db.open()
    useDatabase(db)
    expect(await earlyArticleSummaries(NOW)).toBeNull()
    expect((await listArticleSummaries(NOW)).map((s) => s.title)).toEqual(['Old'])
  })
})

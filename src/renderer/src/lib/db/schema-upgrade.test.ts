import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { addCounts, countCards, dueBy } from '@core/library/card-counts'
import { dueEntries } from '@core/library/due-days'
import { PHASE } from '@core/review/phase'
import { newSchedulingState } from '@core/review/scheduler'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { storedCard } from '@core/testing/builders'
import { article } from '@core/export/sample-library'
import {
  applySchemaV1,
  applySchemaV2,
  applySchemaV3,
  applySchemaV4,
  applySchemaV5,
  applySchemaV6,
  NewsdeckDatabase
} from './database'
import { countsRecord, LIBRARY_TOTAL } from './kept-counts'
import { makeCard } from './test-support'
import type { CardRecord } from './records'

const NOW = Date.UTC(2025, 6, 20)

/** A database as the build that shipped `version` wrote it, before any later upgrade. */
function shippedDatabase(name: string, version: 1 | 2 | 3 | 4 | 5 | 6): Dexie {
  const db = new Dexie(name)
  applySchemaV1(db)
  if (version >= 2) applySchemaV2(db)
  if (version >= 3) applySchemaV3(db)
  if (version >= 4) applySchemaV4(db)
  if (version >= 5) applySchemaV5(db)
  if (version >= 6) applySchemaV6(db)
  return db
}

/** Counts as versions 4 to 6 kept them: due days in an object keyed by `YYYY-MM-DD`. */
function keyedByDay<T extends { due: Int32Array }>(counts: T): Omit<T, 'due'> & { due: object } {
  return { ...counts, due: Object.fromEntries(dueEntries(counts.due)) }
}

/** The cards of two articles, in every phase, one suspended: what the counts are tested on. */
function twoArticles(): CardRecord[] {
  const studied = { stability: 3, difficulty: 5, reps: 2, lastReview: NOW - 86_400_000 }
  const review = { ...studied, phase: PHASE.review }
  return [
    storedCard('n1', { due: NOW }, { articleId: 'a1' }),
    storedCard('r1', { ...review, due: NOW + 86_400_000 }, { articleId: 'a1' }),
    storedCard('r2', { ...review, due: NOW }, { articleId: 'a1', suspended: true }),
    storedCard('l1', { ...studied, phase: PHASE.learning, due: NOW + 6e5 }, { articleId: 'a2' }),
    storedCard('r3', { ...review, due: NOW + 3 * 86_400_000 }, { articleId: 'a2' })
  ]
}

/** A card in review, as any version of the schema stores it. */
function studiedCard(): CardRecord {
  return {
    ...makeCard('a1', 'c1', 'Q'),
    sched: { ...newSchedulingState(NOW), phase: PHASE.review },
    suspended: false,
    buriedUntil: null,
    edited: true,
    createdAt: NOW
  }
}

describe('schema upgrades', () => {
  it('opens a version 1 database and keeps every record (v1 → v2)', async () => {
    const name = `upgrade-v1-${Math.random()}`
    const v1 = shippedDatabase(name, 1)
    const card = studiedCard()
    await v1.table('cards').put(card)
    await v1.table('settings').put({ key: 'bundled-imported', value: NOW })
    await v1.table('reviewLogs').add({
      cardId: 'c1',
      articleId: 'a1',
      grade: 3,
      reviewedAt: NOW,
      day: '2025-07-20',
      before: card.sched,
      after: card.sched,
      durationMs: 1
    })
    v1.close()

    const v2 = shippedDatabase(name, 2)
    await v2.open()
    expect(v2.verno).toBe(2)
    expect(await v2.table('cards').get('c1')).toEqual(card)
    expect(await v2.table('reviewLogs').count()).toBe(1)
    expect(await v2.table('settings').get('bundled-imported')).toEqual({
      key: 'bundled-imported',
      value: NOW
    })
    // The new index answers for records written before it existed.
    expect(await v2.table('cards').where('[articleId+sched.phase]').equals(['a1', 2]).count()).toBe(
      1
    )
    expect(await v2.table('quizResults').count()).toBe(0)
    v2.close()
  })

  it('opens a version 2 database and keeps every record (v2 → v3)', async () => {
    const name = `upgrade-v2-${Math.random()}`
    const v2 = shippedDatabase(name, 2)
    const card = studiedCard()
    await v2.table('cards').put(card)
    await v2.table('settings').put({ key: 'study', value: { desiredRetention: 0.85 } })
    await v2.table('quizResults').put({ id: 'q1', finishedAt: NOW })
    await v2.table('reviewLogs').add({ cardId: 'c1', grade: 3, reviewedAt: NOW, day: '2025-07-20' })
    v2.close()

    const v3 = shippedDatabase(name, 3)
    await v3.open()
    expect(v3.verno).toBe(3)
    expect(await v3.table('cards').get('c1')).toEqual(card)
    expect(await v3.table('settings').get('study')).toEqual({
      key: 'study',
      value: { desiredRetention: 0.85 }
    })
    expect(await v3.table('quizResults').count()).toBe(1)
    expect(await v3.table('reviewLogs').where(':id').above(0).count()).toBe(1)
    // The optimizer's tables start empty, with their indexes ready.
    expect(await v3.table('fits').orderBy('at').count()).toBe(0)
    expect(await v3.table('importedReviews').where('cardKey').equals('anki:1').count()).toBe(0)
    expect(await v3.table('reschedules').orderBy('at').count()).toBe(0)
    v3.close()
  })

  it('counts every article of a version 3 database once, under its day-start hour (v3 → v4)', async () => {
    const name = `upgrade-v3-${Math.random()}`
    const v3 = shippedDatabase(name, 3)
    const studied = { stability: 3, difficulty: 5, reps: 2, lastReview: NOW - 86_400_000 }
    const review = { ...studied, phase: PHASE.review }
    const cards = [
      storedCard('n1', { due: NOW }, { articleId: 'a1' }),
      storedCard('r1', { ...review, due: NOW + 86_400_000 }, { articleId: 'a1' }),
      storedCard('r2', { ...review, due: NOW }, { articleId: 'a1', suspended: true }),
      storedCard('l1', { ...studied, phase: PHASE.learning, due: NOW + 6e5 }, { articleId: 'a2' })
    ]
    const hour = 7
    await v3.table('articles').bulkPut([article('a1', 'One'), article('a2', 'Two')])
    await v3.table('cards').bulkPut(cards)
    await v3
      .table('settings')
      .put({ key: 'study', value: { ...DEFAULT_SETTINGS, dayStartHour: hour } })
    await v3.table('fits').add({ at: NOW })
    v3.close()

    const v4 = shippedDatabase(name, 4)
    await v4.open()
    expect(v4.verno).toBe(4)
    expect(await v4.table('cards').count()).toBe(4)
    expect(await v4.table('fits').count()).toBe(1)
    const [one, two] = await v4.table('articleCounts').orderBy('articleId').toArray()
    expect(one).toMatchObject({ articleId: 'a1', title: 'One', dayStartHour: hour })
    expect(one).toMatchObject(countCards(cards.slice(0, 3), hour))
    expect(one).toMatchObject({ new: 1, review: 2, suspended: 1 })
    expect(two).toMatchObject({ articleId: 'a2', ...countCards(cards.slice(3), hour) })
    // The (article, phase) index the library used to count with is gone.
    expect(v4.table('cards').schema.idxByName['[articleId+sched.phase]']).toBeUndefined()
    v4.close()
  })

  it('keeps every record of a version 4 database, its sync meta too, and adds an empty sync state (v4 → v5)', async () => {
    const name = `upgrade-v4-${Math.random()}`
    const v4 = shippedDatabase(name, 4)
    const card = studiedCard()
    const meta = {
      device: 'laptop-0001',
      nextSeq: 4,
      seen: { 'laptop-0001': [1, 2, 3] },
      lastSync: null
    }
    await v4.table('articles').put(article('a1', 'One'))
    await v4.table('cards').put(card)
    await v4.table('reviewLogs').add({ cardId: 'c1', grade: 3, reviewedAt: NOW, day: '2025-07-20' })
    await v4.table('settings').bulkPut([
      { key: 'sync', value: meta },
      { key: 'sync-target', value: { url: 'https://dav.example/', user: 'me' } }
    ])
    v4.close()

    const v5 = shippedDatabase(name, 5)
    await v5.open()
    expect(v5.verno).toBe(5)
    expect(await v5.table('cards').get('c1')).toEqual(card)
    expect(await v5.table('reviewLogs').count()).toBe(1)
    // No `stateKept`: the next sync reads every chunk once more and keeps what they say.
    expect((await v5.table('settings').get('sync'))?.value).toEqual(meta)
    expect(await v5.table('syncState').where('cardId').equals('c1').count()).toBe(0)
    v5.close()
  })

  it("sums a version 5 database's kept counts into the library's total, and keeps every record (v5 → v7)", async () => {
    const name = `upgrade-v5-${Math.random()}`
    const v5 = shippedDatabase(name, 5)
    const cards = twoArticles()
    const hour = 5
    await v5.table('articles').bulkPut([article('a1', 'One'), article('a2', 'Two')])
    await v5.table('cards').bulkPut(cards)
    await v5
      .table('settings')
      .put({ key: 'study', value: { ...DEFAULT_SETTINGS, dayStartHour: hour } })
    // Each article's record as version 5 kept it (days keyed by day, packed from version 7).
    const records = [
      countsRecord(article('a1', 'One'), countCards(cards.slice(0, 3), hour), hour),
      countsRecord(article('a2', 'Two'), countCards(cards.slice(3), hour), hour)
    ]
    await v5.table('articleCounts').bulkPut(records.map(keyedByDay))
    v5.close()

    const v6 = new NewsdeckDatabase(name)
    await v6.open()
    expect(v6.verno).toBe(7)
    const total = await v6.libraryCounts.get(LIBRARY_TOTAL)
    expect(total).toEqual({ key: LIBRARY_TOTAL, ...addCounts(records) })
    expect(total).toMatchObject(countCards(cards, hour))
    expect(total).toMatchObject({ new: 1, learning: 1, review: 3, suspended: 1 })
    expect(await v6.articleCounts.toArray()).toEqual(records)
    expect(await v6.cards.count()).toBe(5)
    v6.close()
  })

  it('upgrades a version 3 database through every version: counts each article, then sums them (v3 → v7)', async () => {
    const name = `upgrade-v3-v6-${Math.random()}`
    const v3 = shippedDatabase(name, 3)
    const cards = twoArticles()
    await v3.table('articles').bulkPut([article('a1', 'One'), article('a2', 'Two')])
    await v3.table('cards').bulkPut(cards)
    v3.close()

    const v6 = new NewsdeckDatabase(name)
    await v6.open()
    expect(v6.verno).toBe(7)
    const hour = DEFAULT_SETTINGS.dayStartHour
    expect(await v6.articleCounts.get('a2')).toMatchObject(countCards(cards.slice(3), hour))
    expect(await v6.libraryCounts.get(LIBRARY_TOTAL)).toEqual({
      key: LIBRARY_TOTAL,
      ...countCards(cards, hour)
    })
    v6.close()
  })

  it("packs a version 6 database's due days, each article's and the total's, to the same counts (v6 → v7)", async () => {
    const name = `upgrade-v6-${Math.random()}`
    const v6 = shippedDatabase(name, 6)
    const cards = twoArticles()
    const hour = DEFAULT_SETTINGS.dayStartHour
    const records = [
      countsRecord(article('a1', 'One'), countCards(cards.slice(0, 3), hour), hour),
      countsRecord(article('a2', 'Two'), countCards(cards.slice(3), hour), hour)
    ]
    await v6.table('articles').bulkPut([article('a1', 'One'), article('a2', 'Two')])
    await v6.table('cards').bulkPut(cards)
    await v6.table('articleCounts').bulkPut(records.map(keyedByDay))
    await v6
      .table('libraryCounts')
      .put(keyedByDay({ key: LIBRARY_TOTAL, ...countCards(cards, hour) }))
    // As version 6 kept it: an object keyed by day.
    expect((await v6.table('articleCounts').get('a1')).due).not.toBeInstanceOf(Int32Array)
    v6.close()

    const v7 = new NewsdeckDatabase(name)
    await v7.open()
    expect(v7.verno).toBe(7)
    const kept = await v7.articleCounts.toArray()
    expect(kept).toEqual(records)
    expect(kept[0]!.due).toBeInstanceOf(Int32Array)
    expect(dueBy(kept[0]!, '2025-07-20')).toBe(1)
    expect(await v7.libraryCounts.get(LIBRARY_TOTAL)).toEqual({
      key: LIBRARY_TOTAL,
      ...countCards(cards, hour)
    })
    v7.close()
  })

  it('starts a new library with no total kept, which reads as nothing counted', async () => {
    const db = new NewsdeckDatabase(`fresh-${Math.random()}`)
    await db.open()
    expect(await db.libraryCounts.count()).toBe(0)
    db.close()
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import type { NewsdeckDatabase } from './database'
import { deleteArticle, findExistingArticle, saveArticle } from './articles-repo'
import { listArticleSummaries } from './library-repo'
import { freshDatabase, makeCard, makeExtraction } from './test-support'
import { PHASE } from '@core/review/phase'

const NOW = Date.UTC(2025, 6, 20, 9)
let db: NewsdeckDatabase

beforeEach(async () => {
  db = await freshDatabase()
})

const importArticle = (
  extraction = makeExtraction('a1', 'Title', [
    makeCard('a1', 'c1', 'Q1'),
    makeCard('a1', 'c2', 'Q2')
  ]),
  replaces: string | null = null,
  now = NOW
) =>
  saveArticle({
    extraction,
    cards: extraction.cards,
    text: 'Title\n\nA sentence about 80 percent.',
    source: 'paste',
    fileName: null,
    replaces,
    now
  })

/** A review log entry for a stored card, as if it had been answered once. */
async function logAnswerTo(cardId: string): Promise<void> {
  const sched = (await db.cards.get(cardId))!.sched
  await db.reviewLogs.add({
    cardId,
    articleId: 'a1',
    grade: 3,
    reviewedAt: NOW,
    day: '2025-07-20',
    before: sched,
    after: sched,
    durationMs: 1000
  })
}

describe('saveArticle', () => {
  it('stores the article and its kept cards as new cards', async () => {
    const result = await importArticle()
    expect(result).toMatchObject({ articleId: 'a1', added: 2, updated: 0 })
    const [summary] = await listArticleSummaries(NOW)
    expect(summary).toMatchObject({ title: 'Title', cards: 2, fresh: 2, learning: 0, review: 0 })
    expect((await db.articles.get('a1'))!.extraction).not.toHaveProperty('cards')
  })

  it('importing the same article twice adds nothing and keeps review state', async () => {
    await importArticle()
    // Written past the repository, as a damaged library would be: the re-import recounts.
    await db.cards.update('c1', { 'sched.phase': PHASE.review, 'sched.reps': 4 })
    await logAnswerTo('c1')
    const again = await importArticle(undefined, null, NOW + 1000)
    expect(again.added).toBe(0)
    expect(await db.cards.count()).toBe(2)
    expect((await db.cards.get('c1'))!.sched).toMatchObject({ phase: PHASE.review, reps: 4 })
    expect(await db.reviewLogs.count()).toBe(1)
    expect((await db.articles.get('a1'))!.importedAt).toBe(NOW)
    expect((await listArticleSummaries(NOW))[0]).toMatchObject({ cards: 2, fresh: 1, review: 1 })
  })

  it('updating an article under a new id moves history to the matching new cards', async () => {
    await importArticle()
    await logAnswerTo('c1')
    const revised = makeExtraction('a2', 'Title', [
      makeCard('a2', 'n1', 'Q1'),
      makeCard('a2', 'n3', 'Q3')
    ])
    const existing = await findExistingArticle(revised)
    expect(existing?.id).toBe('a1')
    const result = await importArticle(revised, 'a1', NOW + 5000)
    expect(result).toMatchObject({ articleId: 'a2', added: 1, updated: 1, removed: 1 })
    expect(await db.articles.get('a1')).toBeUndefined()
    expect(await db.articleCounts.get('a1')).toBeUndefined()
    expect(await listArticleSummaries(NOW)).toMatchObject([{ id: 'a2', cards: 2 }])
    expect((await db.cards.toArray()).map((c) => c.id).sort()).toEqual(['n1', 'n3'])
    expect((await db.reviewLogs.toArray())[0]!.cardId).toBe('n1')
  })

  it("stores the article's corrections, and none when the import brings none", async () => {
    const extraction = makeExtraction('a1', 'Title', [makeCard('a1', 'c1', 'Q1')])
    const corrections = { 'it is warhol.': { speaker: 'Maya Lin' } }
    await saveArticle({
      extraction,
      cards: extraction.cards,
      text: 'Title',
      source: 'paste',
      fileName: null,
      replaces: null,
      corrections,
      now: NOW
    })
    expect((await db.articles.get('a1'))!.corrections).toEqual(corrections)
    await importArticle(extraction, null, NOW + 1)
    expect((await db.articles.get('a1'))!.corrections).toEqual({})
  })

  it('a failing write leaves the library exactly as it was', async () => {
    await importArticle()
    const before = await db.cards.toArray()
    const bad = makeExtraction('a9', 'Other', [makeCard('a9', 'x1', 'Q')])
    // A card that IndexedDB cannot store (a function) makes bulkPut throw mid-transaction.
    const broken = {
      ...bad,
      cards: [{ ...bad.cards[0]!, front: (() => 'x') as unknown as string }]
    }
    await expect(importArticle(broken)).rejects.toThrow()
    expect(await db.cards.toArray()).toEqual(before)
    expect(await db.articles.count()).toBe(1)
  })
})

describe('deleteArticle', () => {
  it('removes the article, its cards and their logs', async () => {
    await importArticle()
    await deleteArticle('a1')
    expect(await db.articles.count()).toBe(0)
    expect(await db.cards.count()).toBe(0)
    expect(await listArticleSummaries(NOW)).toEqual([])
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { generateFromText } from '@core/generate'
import { quoteKey, unsureOf } from '@core/library/corrections'
import type { Extraction } from '@core/model'
import type { NewsdeckDatabase } from './database'
import { correctAttribution, saveArticle } from './articles-repo'
import { checkKeptCounts } from './maintenance-repo'
import { freshDatabase } from './test-support'

const NOW = Date.UTC(2025, 6, 20, 9)
const TEXT = [
  'date 2025-03-14 Art students flock to the museum',
  'Mayor Ana Duarte spoke at the museum in Boston on Thursday.',
  '"We have run out of time," Duarte said.',
  'Kiara Perkins, a student, skipped class for the show. Why did she go? "It is Warhol."'
].join('\n\n')

let db: NewsdeckDatabase
let x: Extraction

beforeEach(async () => {
  db = await freshDatabase()
  x = generateFromText(TEXT)
  await saveArticle({
    extraction: x,
    cards: x.cards,
    text: TEXT,
    source: 'paste',
    fileName: null,
    replaces: null,
    now: NOW
  })
})

const quote = (start: string) => x.quotes.find((q) => q.text.startsWith(start))!
const cardOf = (quoteId: string, kind: string) =>
  db.cards.filter((c) => c.quoteId === quoteId && c.kind === kind).first()

async function review(cardId: string): Promise<void> {
  const card = (await db.cards.get(cardId))!
  const after = { ...card.sched, phase: 2 as const, reps: 3, due: NOW + 86_400_000 }
  await db.cards.put({ ...card, sched: after })
  await db.reviewLogs.add({
    cardId,
    articleId: card.articleId,
    grade: 3,
    reviewedAt: NOW,
    day: '2025-07-20',
    before: card.sched,
    after,
    durationMs: 900
  })
}

describe('correctAttribution', () => {
  it("rewrites the quotation's cards under their ids, keeping schedule, flags and history", async () => {
    const warhol = quote('It is Warhol')
    expect(unsureOf(warhol).speaker).toBe(true)
    const who = (await cardOf(warhol.id, 'quote-who'))!
    await review(who.id)
    await db.cards.update(who.id, { suspended: true })
    const before = (await db.cards.get(who.id))!

    const result = await correctAttribution({
      articleId: x.article.id,
      quoteId: warhol.id,
      change: { speaker: 'Raj Patel' },
      now: NOW + 1000
    })

    expect(result).toMatchObject({ updated: 1, added: 0, removed: 0, suspended: 0 })
    expect(result.quote).toMatchObject({ speaker: 'Raj Patel', confirmed: true })
    const after = (await db.cards.get(who.id))!
    expect(after.back).toBe('Raj Patel')
    expect(after).toMatchObject({
      sched: before.sched,
      suspended: true,
      createdAt: before.createdAt
    })
    expect(await db.reviewLogs.where('cardId').equals(who.id).count()).toBe(1)
    const stored = (await db.articles.get(x.article.id))!
    expect(stored.extraction.quotes.find((q) => q.id === warhol.id)!.speaker).toBe('Raj Patel')
    expect(stored.corrections).toEqual({ [quoteKey(warhol.text)]: { speaker: 'Raj Patel' } })
    expect(stored.updatedAt).toBe(NOW + 1000)
    expect(await db.cards.count()).toBe(x.cards.length)
  })

  it("keeps the user's own text on a card they edited, and the other cards' fronts follow", async () => {
    const duarte = quote('We have run out')
    const who = (await cardOf(duarte.id, 'quote-who'))!
    await db.cards.update(who.id, { back: 'The mayor', edited: true })
    await correctAttribution({
      articleId: x.article.id,
      quoteId: duarte.id,
      change: { speaker: 'Ana Duarte-Ruiz' },
      now: NOW
    })
    expect((await db.cards.get(who.id))!.back).toBe('The mayor')
    expect((await cardOf(duarte.id, 'quote-where'))!.front).toContain('Ana Duarte-Ruiz')
  })

  it('adds a card for a place newly stated; a place taken away deletes or suspends its card', async () => {
    const warhol = quote('It is Warhol')
    const added = await correctAttribution({
      articleId: x.article.id,
      quoteId: warhol.id,
      change: { where: 'the Tate Modern' },
      now: NOW
    })
    expect(added).toMatchObject({ added: 1 })
    expect((await cardOf(warhol.id, 'quote-where'))!.back).toBe('the Tate Modern')
    // The article's kept counts take the card added in the same transaction.
    expect((await checkKeptCounts()).repaired).toEqual([])

    const duarte = quote('We have run out')
    const where = (await cardOf(duarte.id, 'quote-where'))!
    const when = (await cardOf(duarte.id, 'quote-when'))!
    await review(when.id)
    // Answered past the counts above: count once, then the correction must keep them.
    await checkKeptCounts()
    expect(
      await correctAttribution({
        articleId: x.article.id,
        quoteId: duarte.id,
        change: { where: null, when: null },
        now: NOW
      })
    ).toMatchObject({ removed: 1, suspended: 1 })
    expect(await db.cards.get(where.id)).toBeUndefined()
    expect((await db.cards.get(when.id))!.suspended).toBe(true)
    expect(await db.reviewLogs.where('cardId').equals(when.id).count()).toBe(1)
    expect((await checkKeptCounts()).repaired).toEqual([])
  })

  it('a later correction keeps the earlier ones, and never re-adds a card the user dropped', async () => {
    const duarte = quote('We have run out')
    const where = (await cardOf(duarte.id, 'quote-where'))!
    await db.cards.delete(where.id)
    await correctAttribution({
      articleId: x.article.id,
      quoteId: duarte.id,
      change: { speaker: 'Ana Duarte' },
      now: NOW
    })
    await correctAttribution({
      articleId: x.article.id,
      quoteId: duarte.id,
      change: { when: null },
      now: NOW
    })
    expect(await db.cards.get(where.id)).toBeUndefined()
    const stored = (await db.articles.get(x.article.id))!
    expect(stored.corrections![quoteKey(duarte.text)]).toEqual({
      speaker: 'Ana Duarte',
      when: null
    })
  })

  it('is one transaction', async () => {
    const spy = vi.spyOn(db, 'transaction')
    await correctAttribution({
      articleId: x.article.id,
      quoteId: quote('It is Warhol').id,
      change: { speaker: 'Raj Patel' },
      now: NOW
    })
    expect(spy).toHaveBeenCalledTimes(1)
    spy.mockRestore()
  })

  it('a failing write changes nothing', async () => {
    const articleBefore = await db.articles.get(x.article.id)
    const cardsBefore = await db.cards.toArray()
    // The article is written first; the cards' write then fails.
    const spy = vi.spyOn(db.cards, 'bulkPut').mockRejectedValueOnce(new Error('disk full'))
    await expect(
      correctAttribution({
        articleId: x.article.id,
        quoteId: quote('It is Warhol').id,
        change: { speaker: 'Raj Patel' },
        now: NOW
      })
    ).rejects.toThrow('disk full')
    spy.mockRestore()
    expect(await db.articles.get(x.article.id)).toEqual(articleBefore)
    expect(await db.cards.toArray()).toEqual(cardsBefore)
  })

  it('says so when the quotation is gone', async () => {
    await expect(
      correctAttribution({ articleId: 'nope', quoteId: 'q', change: { speaker: 'A' }, now: NOW })
    ).rejects.toThrow(/no longer in the library/)
  })
})

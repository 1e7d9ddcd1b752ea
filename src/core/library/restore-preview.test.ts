import { describe, expect, it } from 'vitest'
import { article, library, logEntry, storedCard } from '../export/sample-library'
import { createScheduler } from '../review/scheduler'
import { DEFAULT_SETTINGS } from '../review/settings'
import { previewRestore, replaceChanges } from './restore-preview'

const scheduler = createScheduler({ ...DEFAULT_SETTINGS })
const made = '2025-01-20T10:00:00.000Z'
const NONE = {
  articlesAdded: 0,
  articlesUpdated: 0,
  articlesRemoved: 0,
  cardsAdded: 0,
  cardsUpdated: 0,
  cardsRemoved: 0,
  answersAdded: 0,
  answersRemoved: 0
}

/** The sample library as another machine has it later: more read, more answered, one edit. */
function elsewhere() {
  const mine = library()
  const later = mine.reviewLogs[0]!.reviewedAt + 86_400_000
  return {
    ...mine,
    exportedAt: made,
    articles: [...mine.articles, article('article-2', 'Another')],
    cards: [
      ...mine.cards.map((c) => (c.id === 'c2' ? { ...c, front: 'Edited there', edited: true } : c)),
      { ...storedCard('c3'), articleId: 'article-2' }
    ],
    // Numbered 1 and 2 there: ids mean nothing across machines, the answer itself does.
    reviewLogs: [
      { ...mine.reviewLogs[0]!, id: 7 },
      { ...logEntry(8, 1, later), day: '2025-01-16' }
    ]
  }
}

describe('the preview of a restore', () => {
  it('says what the backup holds and when it was made', () => {
    const { holds } = previewRestore(library(), elsewhere(), scheduler)
    expect(holds).toEqual({ exportedAt: made, articles: 2, cards: 3, answers: 2 })
  })

  it('finds nothing to change when the backup is the library itself', () => {
    const same = previewRestore(library(), { ...library(), exportedAt: made }, scheduler)
    expect(same.replace).toEqual(NONE)
    expect(same.merge).toEqual({
      articlesAdded: 0,
      articlesUpdated: 0,
      cardsAdded: 0,
      cardsUpdated: 0,
      answersAdded: 0,
      cardsReplayed: 0
    })
  })

  it('counts what a replace adds, changes and removes, matching answers by card, time and grade', () => {
    const mine = library()
    // Something only this machine has: an article with a card, and an answer.
    mine.articles.push(article('article-local', 'Only here'))
    mine.cards.push({ ...storedCard('c-local'), articleId: 'article-local' })
    mine.reviewLogs.push({ ...logEntry(2, 4, mine.reviewLogs[0]!.reviewedAt + 60_000) })
    expect(replaceChanges(mine, elsewhere())).toEqual({
      articlesAdded: 1,
      articlesUpdated: 0,
      articlesRemoved: 1,
      cardsAdded: 1,
      cardsUpdated: 1,
      cardsRemoved: 1,
      answersAdded: 1,
      answersRemoved: 1
    })
  })

  it('counts a merge by the merge itself, which removes nothing', () => {
    const mine = library()
    mine.articles.push(article('article-local', 'Only here'))
    const { merge } = previewRestore(mine, elsewhere(), scheduler)
    expect(merge).toMatchObject({ articlesAdded: 1, cardsAdded: 1, answersAdded: 1 })
  })

  it('does not count a record as changed because its fields were written in another order', () => {
    const mine = library()
    const reordered = {
      ...library(),
      cards: library().cards.map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c)
    }
    expect(replaceChanges(mine, reordered).cardsUpdated).toBe(0)
  })
  it('does not count the same article and cards, read on another machine at another time, as changed', () => {
    const mine = library()
    const later = 3_600_000
    const there = {
      ...library(),
      articles: library().articles.map((a) => ({
        ...a,
        importedAt: a.importedAt + later,
        updatedAt: a.updatedAt + later
      })),
      cards: library().cards.map((c) =>
        c.sched.reps === 0
          ? {
              ...c,
              createdAt: c.createdAt + later,
              sched: { ...c.sched, due: c.sched.due + later }
            }
          : { ...c, createdAt: c.createdAt + later }
      )
    }
    expect(replaceChanges(mine, there)).toEqual(NONE)
    // An answered card's schedule, though, is what the user studied: that is a change.
    there.cards = there.cards.map((c) =>
      c.sched.reps > 0 ? { ...c, sched: { ...c.sched, reps: c.sched.reps + 1 } } : c
    )
    expect(replaceChanges(mine, there).cardsUpdated).toBe(1)
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import { at, DAY } from '@core/testing/builders'
import type { NewsdeckDatabase } from './database'
import {
  answeredSince,
  answersOf,
  applyToCards,
  deleteCards,
  editCard,
  loadSavedSearches,
  readBrowseData,
  restoreDeleted,
  storeSavedSearches,
  undoChanges
} from './browse-repo'
import { checkKeptCounts } from './maintenance-repo'
import { libraryWithCards } from './test-support'

const NOW = at(2026, 1, 15, 12)
let db: NewsdeckDatabase

beforeEach(async () => {
  db = await libraryWithCards(5, NOW)
})

function log(cardId: string, reviewedAt: number, grade: 1 | 2 | 3 | 4) {
  const sched = {
    due: 0,
    stability: 1,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    phase: 2 as const,
    lastReview: reviewedAt
  }
  return {
    cardId,
    articleId: 'a1',
    grade,
    reviewedAt,
    day: '2026-01-15',
    before: sched,
    after: sched,
    durationMs: 1000
  }
}

describe('browse storage', () => {
  it('reads every card with its article’s title', async () => {
    const data = await readBrowseData()
    expect(data.cards).toHaveLength(5)
    expect(data.articles.get('a1')?.title).toBe('T')
  })

  it('finds the cards answered since a time, by grade', async () => {
    await db.reviewLogs.bulkAdd([
      log('c0', NOW - DAY, 1),
      log('c1', NOW, 3),
      log('c2', NOW - 9 * DAY, 1)
    ])
    expect([...(await answeredSince(NOW - 2 * DAY, null))].sort()).toEqual(['c0', 'c1'])
    expect([...(await answeredSince(NOW - 10 * DAY, 1))].sort()).toEqual(['c0', 'c2'])
    expect((await answersOf('c0')).map((l) => l.grade)).toEqual([1])
  })

  it('applies an action to many cards at once and undoes it', async () => {
    await db.cards.update('c1', { suspended: true })
    const changes = await applyToCards(['c0', 'c1', 'c2', 'gone'], { type: 'suspend' }, NOW, 4)
    expect(changes.map((c) => c.after.id)).toEqual(['c0', 'c2'])
    expect((await db.cards.toArray()).filter((c) => c.suspended)).toHaveLength(3)
    const undone = await undoChanges(changes)
    expect(undone.skipped).toBe(0)
    expect((await db.cards.toArray()).filter((c) => c.suspended).map((c) => c.id)).toEqual(['c1'])
  })

  it('leaves a card changed since the action as it is on undo', async () => {
    const changes = await applyToCards(['c0', 'c1'], { type: 'tag', tags: ['x'] }, NOW, 4)
    await editCard('c0', 'new question', 'new answer')
    const undone = await undoChanges(changes)
    expect(undone).toMatchObject({ skipped: 1 })
    expect(await db.cards.get('c0')).toMatchObject({ front: 'new question', tags: ['x'] })
    expect((await db.cards.get('c1'))?.tags).toBeUndefined()
  })

  it('deletes cards with their answers and puts them back', async () => {
    await db.reviewLogs.bulkAdd([log('c0', NOW, 3), log('c3', NOW, 3)])
    const deleted = await deleteCards(['c0', 'c1'])
    expect(deleted.cards).toHaveLength(2)
    expect(await db.cards.count()).toBe(3)
    expect(await db.reviewLogs.count()).toBe(1)
    const restored = await restoreDeleted(deleted)
    expect(restored).toHaveLength(2)
    expect(await db.cards.count()).toBe(5)
    expect((await answersOf('c0')).length).toBe(1)
  })

  it('does not bring back cards of an article deleted since', async () => {
    const deleted = await deleteCards(['c0'])
    await db.articles.delete('a1')
    expect(await restoreDeleted(deleted)).toEqual([])
    expect(await db.cards.get('c0')).toBeUndefined()
  })

  it('moves the Library’s kept counts with every action, delete and undo', async () => {
    const suspended = async (): Promise<number | undefined> =>
      (await db.articleCounts.get('a1'))?.suspended
    const changes = await applyToCards(['c0', 'c1'], { type: 'suspend' }, NOW, 4)
    expect(await suspended()).toBe(2)
    await undoChanges(changes)
    expect(await suspended()).toBe(0)
    const deleted = await deleteCards(['c2'])
    expect((await db.articleCounts.get('a1'))?.new).toBe(4)
    await restoreDeleted(deleted)
    expect((await db.articleCounts.get('a1'))?.new).toBe(5)
    // A full recount finds nothing to repair.
    expect((await checkKeptCounts()).repaired).toEqual([])
  })

  it('keeps saved searches', async () => {
    expect(await loadSavedSearches()).toEqual([])
    await storeSavedSearches([{ name: 'Leeches', query: 'is:leech' }])
    expect(await loadSavedSearches()).toEqual([{ name: 'Leeches', query: 'is:leech' }])
  })
})

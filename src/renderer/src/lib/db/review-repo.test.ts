import { beforeEach, describe, expect, it } from 'vitest'
import { createScheduler, previewGrades } from '@core/review/scheduler'
import { answerCard } from '@core/review/review-log'
import { candidateQuery } from '@core/review/queue'
import { PHASE } from '@core/review/phase'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { nextDayStart } from '@core/review/study-day'
import type { NewsdeckDatabase } from './database'
import { fetchCandidates, recordAnswer, undoRecordedAnswer, nextDueAfter } from './review-repo'
import { libraryWithCards } from './test-support'

const NOW = new Date(2025, 6, 20, 9, 0, 0).getTime()
const settings = { ...DEFAULT_SETTINGS }
let db: NewsdeckDatabase

beforeEach(async () => {
  db = await libraryWithCards(30, NOW)
})

function ids(from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, i) => `c${from + i}`)
}

async function answerFirst(grade: 1 | 2 | 3 | 4, now = NOW) {
  const card = (await db.cards.get('c0'))!
  const preview = previewGrades(createScheduler(settings), card.sched, now)
  const { card: after, log } = answerCard(card, preview, grade, settings, 4000)
  const { id: logId } = await recordAnswer(after, log)
  return { before: card, after, logId }
}

describe('review storage', () => {
  it('fetches at most the daily new-card limit, in article order', async () => {
    const q = candidateQuery(NOW, settings, { newCards: 0, reviews: 0 })
    const c = await fetchCandidates(q, NOW, nextDayStart(NOW, settings.dayStartHour))
    expect(c.newCards.map((x) => x.id)).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`))
    expect(c.learning).toEqual([])
  })

  it('skips suspended and buried cards', async () => {
    await db.cards.update('c0', { suspended: true })
    await db.cards.update('c1', { buriedUntil: NOW + 3_600_000 })
    const q = candidateQuery(NOW, settings, { newCards: 0, reviews: 0 })
    const c = await fetchCandidates(q, NOW, nextDayStart(NOW, 4))
    expect(c.newCards.map((x) => x.id)).not.toContain('c0')
    expect(c.newCards.map((x) => x.id)).not.toContain('c1')
  })

  it('finds the first available cards past a page of held-back ones, in index order', async () => {
    // The page read is as long as the limit (20): the first page is all suspended.
    await db.cards.where('id').anyOf(ids(0, 25)).modify({ suspended: true })
    const q = candidateQuery(NOW, settings, { newCards: 0, reviews: 0 })
    const c = await fetchCandidates(q, NOW, nextDayStart(NOW, 4))
    expect(c.newCards.map((x) => x.id)).toEqual(ids(25, 30))
  })

  it('gets past a run of cards due at one time that is longer than a page', async () => {
    // Thirty reviews due at the same moment, the first twelve buried: index order is then by id.
    const due = NOW - 3_600_000
    await db.cards.toCollection().modify((card) => {
      card.sched = { ...card.sched, phase: PHASE.review, due }
    })
    const byId = (await db.cards.toArray()).map((card) => card.id).sort()
    await db.cards
      .where('id')
      .anyOf(byId.slice(0, 12))
      .modify({ buriedUntil: NOW + 3_600_000 })
    const q = { ...candidateQuery(NOW, settings, { newCards: 0, reviews: 0 }), reviewLimit: 5 }
    const c = await fetchCandidates(q, NOW, nextDayStart(NOW, 4))
    expect(c.dueReviews.map((x) => x.id)).toEqual(byId.slice(12, 17))
  })

  it('records an answer as card, log and day totals together', async () => {
    const { after } = await answerFirst(3)
    expect((await db.cards.get('c0'))!.sched).toEqual(after.sched)
    expect(await db.reviewLogs.count()).toBe(1)
    const day = (await db.days.toArray())[0]!
    expect(day).toMatchObject({ newCards: 1, good: 1, durationMs: 4000 })
    const q = candidateQuery(NOW, settings, { newCards: 1, reviews: 0 })
    const c = await fetchCandidates(q, NOW + 11 * 60_000, nextDayStart(NOW, 4))
    expect(c.learning.map((x) => x.id)).toEqual(['c0'])
  })

  it('undo restores the card exactly and removes its log and totals', async () => {
    const { before, logId } = await answerFirst(1)
    const restored = await undoRecordedAnswer(logId)
    expect(restored!.sched).toEqual(before.sched)
    expect((await db.cards.get('c0'))!.sched).toEqual(before.sched)
    expect(await db.reviewLogs.count()).toBe(0)
    expect((await db.days.toArray())[0]).toMatchObject({ newCards: 0, again: 0, durationMs: 0 })
  })

  it('knows when the next card is due', async () => {
    const { after } = await answerFirst(4)
    expect(await nextDueAfter(NOW)).toBe(after.sched.due)
  })
})

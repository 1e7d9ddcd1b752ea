import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PARAMETERS } from '@core/optimizer/staging'
import { SYNTHETIC_TRUTH } from '@core/optimizer/synthetic'
import type { CardChange } from '@core/optimizer/reschedule'
import { sched } from '@core/testing/builders'
import { PHASE } from '@core/review/phase'
import type { NewsdeckDatabase } from './database'
import { checkKeptCounts } from './maintenance-repo'
import { saveArticle } from './articles-repo'
import {
  applyReschedule,
  countReviewsSince,
  lastReschedule,
  loadParameters,
  readHistory,
  recentFits,
  replaceImportedReviews,
  saveFit,
  undoReschedule
} from './optimizer-repo'
import type { FitRecord } from './records'
import { freshDatabase, makeCard, makeExtraction } from './test-support'

const NOW = Date.UTC(2025, 6, 20, 9)
let db: NewsdeckDatabase

beforeEach(async () => {
  db = await freshDatabase()
  const cards = Array.from({ length: 3 }, (_, i) => makeCard('a1', `c${i}`, `Q${i}`))
  await saveArticle({
    extraction: makeExtraction('a1', 'T', cards),
    cards,
    text: 'x',
    source: 'paste',
    fileName: null,
    replaces: null,
    now: NOW
  })
})

function fit(accepted: boolean, parameters: number[]): FitRecord {
  return {
    at: NOW,
    trigger: 'manual',
    engine: 'wasm',
    stage: 'full',
    accepted,
    reason: '',
    parameters,
    tested: parameters,
    previous: [...DEFAULT_PARAMETERS],
    metrics: null,
    reviewCount: 1500,
    trainItems: 1000,
    testItems: 250,
    lastLogId: 7,
    durationMs: 1
  }
}

describe('optimizer storage', () => {
  it('schedules with the defaults until a fit is kept, and keeps every fit', async () => {
    expect(await loadParameters()).toEqual([...DEFAULT_PARAMETERS])
    await saveFit(fit(false, [...SYNTHETIC_TRUTH]))
    expect(await loadParameters()).toEqual([...DEFAULT_PARAMETERS])
    const id = await saveFit(fit(true, [...SYNTHETIC_TRUTH]))
    expect(await loadParameters()).toEqual([...SYNTHETIC_TRUTH])
    const fits = await recentFits(10)
    expect(fits.map((f) => [f.id, f.accepted])).toEqual([
      [id, true],
      [id - 1, false]
    ])
  })

  it('reads own and imported history, and counts answers since a log entry', async () => {
    const before = { ...sched(), phase: 0 as const }
    const log = (day: string, grade: 1 | 3) => ({
      cardId: 'c0',
      articleId: 'a1',
      grade,
      reviewedAt: Date.parse(`${day}T12:00:00Z`),
      day,
      before,
      after: before,
      durationMs: 1
    })
    const first = (await db.reviewLogs.add(log('2025-07-01', 3))) as number
    await db.reviewLogs.add({ ...log('2025-07-03', 1), before: { ...before, phase: 2 } })
    await replaceImportedReviews([
      { cardKey: 'anki:1', at: NOW, day: '2025-07-20', grade: 3, fromNew: true }
    ])
    const { reviews, lastLogId } = await readHistory()
    expect(reviews.map((r) => [r.cardKey, r.fromNew])).toEqual([
      ['c0', true],
      ['c0', false],
      ['anki:1', true]
    ])
    expect(lastLogId).toBe(first + 1)
    expect(await countReviewsSince(first)).toBe(1)
    // Importing again replaces the earlier import.
    expect(await replaceImportedReviews([])).toBe(0)
  })

  it('reschedules in one transaction and undoes it, keeping cards answered since', async () => {
    const old = () => ({
      ...sched({ phase: 2, due: NOW, reps: 2, lastReview: NOW - 86_400_000 })
    })
    for (const id of ['c0', 'c1', 'c2']) await db.cards.update(id, { sched: old() })
    const changes: CardChange[] = ['c0', 'c1', 'c2'].map((cardId) => ({
      cardId,
      before: old(),
      after: { ...old(), due: NOW + 5 * 86_400_000, stability: 9 }
    }))
    // c2 is answered after the preview: the reschedule leaves it out.
    await db.cards.update('c2', { sched: { ...old(), reps: 3 } })
    expect(await applyReschedule(changes, null, NOW)).toMatchObject({ changed: 2 })
    expect((await db.cards.get('c0'))!.sched.due).toBe(NOW + 5 * 86_400_000)
    expect((await db.cards.get('c2'))!.sched.reps).toBe(3)
    expect((await lastReschedule())!.changes).toHaveLength(2)

    // c1 is answered after the reschedule: undo keeps that answer.
    await db.cards.update('c1', { sched: { ...changes[1]!.after, reps: 3 } })
    expect(await undoReschedule(NOW + 1)).toEqual({ restored: 1, kept: 1 })
    expect((await db.cards.get('c0'))!.sched).toEqual(old())
    expect((await db.cards.get('c1'))!.sched.reps).toBe(3)
    expect(await lastReschedule()).toBeNull()
    expect(await undoReschedule(NOW + 2)).toBeNull()
  })

  it('moves the kept counts with the due dates it moves, and back on undo', async () => {
    const old = sched({ phase: PHASE.review, due: NOW, reps: 2, lastReview: NOW - 86_400_000 })
    for (const id of ['c0', 'c1']) await db.cards.update(id, { sched: old })
    // Written past the counts above: count them once, then every change must keep them.
    await checkKeptCounts()
    const changes: CardChange[] = ['c0', 'c1'].map((cardId) => ({
      cardId,
      before: old,
      after: { ...old, due: NOW + 40 * 86_400_000 }
    }))
    await applyReschedule(changes, null, NOW)
    expect((await checkKeptCounts()).repaired).toEqual([])
    await undoReschedule(NOW + 1)
    expect((await checkKeptCounts()).repaired).toEqual([])
  })

  it('writes nothing when a rescheduling fails part way', async () => {
    const good: CardChange = {
      cardId: 'c0',
      before: (await db.cards.get('c0'))!.sched,
      after: { ...(await db.cards.get('c0'))!.sched, due: 1 }
    }
    // A state IndexedDB cannot store (a function) makes the write throw after the first card.
    const bad = { ...good, cardId: 'c1', before: (await db.cards.get('c1'))!.sched }
    bad.after = { ...bad.before, due: (() => 0) as unknown as number }
    await expect(applyReschedule([good, bad], null, NOW)).rejects.toThrow()
    expect((await db.cards.get('c0'))!.sched.due).toBe(good.before.due)
    expect(await db.reschedules.count()).toBe(0)
  })
})

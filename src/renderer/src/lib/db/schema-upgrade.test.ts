import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { applySchemaV1, applySchemaV2, NewsdeckDatabase } from './database'
import { makeCard } from './test-support'
import type { CardRecord } from './records'
import { newSchedulingState } from '@core/review/scheduler'

const NOW = Date.UTC(2025, 6, 20)

/** A card in review, as any version of the schema stores it. */
function studiedCard(): CardRecord {
  return {
    ...makeCard('a1', 'c1', 'Q'),
    sched: { ...newSchedulingState(NOW), phase: 2 },
    suspended: false,
    buriedUntil: null,
    edited: true,
    createdAt: NOW
  }
}

describe('schema upgrades', () => {
  it('opens a version 1 database and keeps every record (v1 → v2)', async () => {
    const name = `upgrade-v1-${Math.random()}`
    const v1 = new Dexie(name)
    applySchemaV1(v1)
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

    const v2 = new NewsdeckDatabase(name)
    await v2.open()
    expect(v2.verno).toBe(3)
    expect(await v2.cards.get('c1')).toEqual(card)
    expect(await v2.reviewLogs.count()).toBe(1)
    expect(await v2.settings.get('bundled-imported')).toEqual({
      key: 'bundled-imported',
      value: NOW
    })
    // The new index answers for records written before it existed.
    expect(await v2.cards.where('[articleId+sched.phase]').equals(['a1', 2]).count()).toBe(1)
    expect(await v2.quizResults.count()).toBe(0)
    v2.close()
  })

  it('opens a version 2 database and keeps every record (v2 → v3)', async () => {
    const name = `upgrade-v2-${Math.random()}`
    const v2 = new Dexie(name)
    applySchemaV1(v2)
    applySchemaV2(v2)
    const card = studiedCard()
    await v2.table('cards').put(card)
    await v2.table('settings').put({ key: 'study', value: { desiredRetention: 0.85 } })
    await v2.table('quizResults').put({ id: 'q1', finishedAt: NOW })
    await v2.table('reviewLogs').add({ cardId: 'c1', grade: 3, reviewedAt: NOW, day: '2025-07-20' })
    v2.close()

    const v3 = new NewsdeckDatabase(name)
    await v3.open()
    expect(v3.verno).toBe(3)
    expect(await v3.cards.get('c1')).toEqual(card)
    expect(await v3.settings.get('study')).toEqual({
      key: 'study',
      value: { desiredRetention: 0.85 }
    })
    expect(await v3.quizResults.count()).toBe(1)
    expect(await v3.reviewLogs.where(':id').above(0).count()).toBe(1)
    // The optimizer's tables start empty, with their indexes ready.
    expect(await v3.fits.orderBy('at').count()).toBe(0)
    expect(await v3.importedReviews.where('cardKey').equals('anki:1').count()).toBe(0)
    expect(await v3.reschedules.orderBy('at').count()).toBe(0)
    v3.close()
  })
})

import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { applySchemaV1, NewsdeckDatabase } from './database'
import { makeCard } from './test-support'
import type { CardRecord } from './records'
import { newSchedulingState } from '@core/review/scheduler'

const NOW = Date.UTC(2025, 6, 20)

describe('schema upgrades', () => {
  it('opens a version 1 database and keeps every record (v1 → v2)', async () => {
    const name = `upgrade-v1-${Math.random()}`
    const v1 = new Dexie(name)
    applySchemaV1(v1)
    const card: CardRecord = {
      ...makeCard('a1', 'c1', 'Q'),
      sched: { ...newSchedulingState(NOW), phase: 2 },
      suspended: false,
      buriedUntil: null,
      edited: true,
      createdAt: NOW
    }
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
    expect(v2.verno).toBe(2)
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
})

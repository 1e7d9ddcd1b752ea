import { beforeEach, describe, expect, it } from 'vitest'
import { saveStudySettings } from '../../lib/db/settings-repo'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { newSchedulingState } from '@core/review/scheduler'
import { ReviewQueue } from './review-queue'
import { libraryWithCards } from '../../lib/db/test-support'
import { PHASE } from '@core/review/phase'
import { database } from '../../lib/db/database'
import type { DayAggregate } from '@core/model'

const NOW = new Date(2025, 6, 20, 9, 0, 0).getTime()

beforeEach(async () => {
  await libraryWithCards(6, NOW)
})

describe('ReviewQueue', () => {
  it('loads today’s new cards within the daily limit, in article order', async () => {
    await saveStudySettings({ ...DEFAULT_SETTINGS, newCardsPerDay: 4 })
    const queue = new ReviewQueue()
    expect(queue.loaded).toBeNull()
    await queue.load(NOW)
    expect(queue.loaded?.settings.newCardsPerDay).toBe(4)
    expect(queue.counts()).toEqual({ new: 4, learning: 0, review: 0 })
    expect(queue.next(NOW).card?.id).toBe('c0')
    expect(queue.articleIds(NOW)).toEqual(['a1'])
  })

  it('moves on after an answer and takes an undone card back first', async () => {
    const queue = new ReviewQueue()
    await queue.load(NOW)
    const first = queue.next(NOW).card!
    queue.answered({
      ...first,
      sched: { ...first.sched, phase: PHASE.review, due: NOW + 86_400_000 }
    })
    expect(queue.next(NOW).card?.id).toBe('c1')
    queue.undone({ ...first, sched: newSchedulingState(NOW) })
    expect(queue.next(NOW).card?.id).toBe('c0')
    queue.remove('c0')
    expect(queue.next(NOW).card?.id).toBe('c1')
  })

  it('learn more: a later load adds to the options of the first', async () => {
    await saveStudySettings({ ...DEFAULT_SETTINGS, newCardsPerDay: 2 })
    const queue = new ReviewQueue()
    await queue.load(NOW)
    expect(queue.counts().new).toBe(2)
    await queue.load(NOW, { extraNew: 3 })
    expect(queue.counts().new).toBe(5)
  })

  it('counts the answers of the study day the day-start hour puts `now` in', async () => {
    const day = (d: string, newCards: number): DayAggregate => ({
      day: d,
      reviews: 0,
      newCards,
      again: 0,
      hard: 0,
      good: newCards,
      easy: 0,
      durationMs: 0
    })
    await database().days.bulkPut([day('2025-07-19', 1), day('2025-07-20', 3)])
    const oneAm = new Date(2025, 6, 20, 1, 0, 0).getTime()
    // At 1 am a day that starts at 4 is still the 19th: one new card done there, three left.
    await saveStudySettings({ ...DEFAULT_SETTINGS, newCardsPerDay: 4, dayStartHour: 4 })
    const late = new ReviewQueue()
    await late.load(oneAm)
    expect(late.counts().new).toBe(3)
    // A day that starts at midnight is the 20th: three done, one left.
    await saveStudySettings({ ...DEFAULT_SETTINGS, newCardsPerDay: 4, dayStartHour: 0 })
    const early = new ReviewQueue()
    await early.load(oneAm)
    expect(early.counts().new).toBe(1)
  })
})

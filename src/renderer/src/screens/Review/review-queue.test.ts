import { beforeEach, describe, expect, it } from 'vitest'
import { saveStudySettings } from '../../lib/db/settings-repo'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { newSchedulingState } from '@core/review/scheduler'
import { ReviewQueue } from './review-queue'
import { libraryWithCards } from '../../lib/db/test-support'
import { PHASE } from '@core/review/phase'

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
})

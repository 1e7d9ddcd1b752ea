import { describe, expect, it } from 'vitest'
import { DAY } from '../testing/builders'
import { sched } from '../testing/builders'
import { fsrsModel } from './evaluate'
import { replayMemory, rescheduleCard, summariseShifts } from './reschedule'
import { DEFAULT_PARAMETERS } from './staging'
import { SYNTHETIC_TRUTH } from './synthetic'
import type { HistoryReview } from './types'

const T0 = Date.UTC(2025, 0, 1, 12)
const history: HistoryReview[] = [
  { cardKey: 'c', at: T0, day: '2025-01-01', grade: 3, fromNew: true },
  { cardKey: 'c', at: T0 + 3 * DAY, day: '2025-01-04', grade: 3, fromNew: false },
  { cardKey: 'c', at: T0 + 12 * DAY, day: '2025-01-13', grade: 3, fromNew: false }
]
const settings = { desiredRetention: 0.9, maximumIntervalDays: 36500 }
const inReview = sched({
  phase: 2,
  stability: 20,
  difficulty: 5,
  lastReview: T0 + 12 * DAY,
  due: T0 + 32 * DAY,
  scheduledDays: 20,
  reps: 3
})

describe('rescheduling with new parameters', () => {
  it('replays the card’s own history with the new model', () => {
    const model = fsrsModel([...SYNTHETIC_TRUTH])
    let state = model.next_state(null, 0, 3)
    state = model.next_state(state, 3, 3)
    state = model.next_state(state, 9, 3)
    expect(replayMemory(history, [...SYNTHETIC_TRUTH])).toEqual(state)
  })

  it('counts a review card’s new interval from its last review', () => {
    const after = rescheduleCard(inReview, history, [...SYNTHETIC_TRUTH], settings)!
    const memory = replayMemory(history, [...SYNTHETIC_TRUTH])!
    const interval = fsrsModel([...SYNTHETIC_TRUTH], 0.9).next_interval(memory.stability, 0)
    expect(after.stability).toBe(memory.stability)
    expect(after.due).toBe(inReview.lastReview! + interval * DAY)
    expect(after.scheduledDays).toBe(interval)
    expect(after.reps).toBe(3)
  })

  it('keeps the maximum interval', () => {
    const after = rescheduleCard(inReview, history, [...DEFAULT_PARAMETERS], {
      desiredRetention: 0.7,
      maximumIntervalDays: 5
    })!
    expect(after.scheduledDays).toBe(5)
  })

  it('leaves a learning card’s step, and new or history-less cards, alone', () => {
    const learning = { ...inReview, phase: 1 as const, due: T0 + 12 * DAY + 600_000 }
    expect(rescheduleCard(learning, history, [...SYNTHETIC_TRUTH], settings)!.due).toBe(
      learning.due
    )
    expect(rescheduleCard(sched(), history, [...SYNTHETIC_TRUTH], settings)).toBeNull()
    expect(rescheduleCard(inReview, [], [...SYNTHETIC_TRUTH], settings)).toBeNull()
  })

  it('summarises how far due dates move', () => {
    const move = (days: number) => ({
      cardId: `m${days}`,
      before: inReview,
      after: { ...inReview, due: inReview.due + days * DAY }
    })
    const summary = summariseShifts([move(-10), move(-2), move(0), move(3), move(30)], inReview.due)
    expect(summary.buckets.map((b) => b.count)).toEqual([1, 1, 1, 1, 1])
    expect(summary.medianShiftDays).toBe(0)
    expect(summary.dueBefore).toBe(5)
    expect(summary.dueAfter).toBe(3)
  })
})

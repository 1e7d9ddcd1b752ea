import { describe, expect, it } from 'vitest'
import type { DayAggregate, Grade, ReviewLogEntry, SchedulingState } from '../model'
import {
  applyToAggregate,
  doneToday,
  emptyAggregate,
  recallOfEntries,
  revertFromAggregate,
  streak,
  summariseDay
} from './day-summary'
import { sched } from './test-helpers'
import { PHASE } from './phase'

function entry(grade: Grade, phase: SchedulingState['phase'], durationMs = 4000): ReviewLogEntry {
  return {
    cardId: 'c',
    articleId: 'a',
    grade,
    reviewedAt: 0,
    day: '2026-01-20',
    before: sched({ phase }),
    after: sched({ phase: PHASE.review }),
    durationMs
  }
}

function agg(day: string, answers: number): DayAggregate {
  return { ...emptyAggregate(day), good: answers, reviews: answers }
}

describe('day aggregate', () => {
  it('counts a new card once, a review against the review limit, learning steps only as answers', () => {
    let a = applyToAggregate(undefined, entry(3, 0)) // new card introduced
    a = applyToAggregate(a, entry(1, 1)) // learning step
    a = applyToAggregate(a, entry(3, 2, 6000)) // review
    a = applyToAggregate(a, entry(1, 2)) // lapse
    expect(a).toEqual({
      day: '2026-01-20',
      reviews: 2,
      newCards: 1,
      again: 2,
      hard: 0,
      good: 2,
      easy: 0,
      durationMs: 18000,
      // Only the two answers in review count for true retention; both were young (0-day interval).
      recall: { youngPassed: 1, youngFailed: 1, maturePassed: 0, matureFailed: 0 }
    })
    expect(doneToday(a)).toEqual({ newCards: 1, reviews: 2 })
    expect(doneToday(undefined)).toEqual({ newCards: 0, reviews: 0 })
  })

  it('undo reverts exactly', () => {
    const base = applyToAggregate(applyToAggregate(undefined, entry(2, 2)), entry(4, 0))
    for (const e of [entry(1, 0), entry(2, 1), entry(3, 2), entry(4, 3)]) {
      expect(revertFromAggregate(applyToAggregate(base, e), e)).toEqual(base)
    }
  })

  it('splits true retention at a 21-day interval, and recounts a day from its entries alike', () => {
    const mature = (grade: Grade): ReviewLogEntry => ({
      ...entry(grade, 2),
      before: sched({ phase: 2, scheduledDays: 21 })
    })
    const entries = [mature(1), mature(3), mature(4), entry(2, 2), entry(3, 3)]
    const a = entries.reduce<DayAggregate | undefined>(
      (agg, e) => applyToAggregate(agg, e),
      undefined
    )
    const tally = { youngPassed: 1, youngFailed: 0, maturePassed: 2, matureFailed: 1 }
    expect(a?.recall).toEqual(tally)
    expect(recallOfEntries(entries)).toEqual(tally)
  })

  it('leaves true retention absent on a row kept before it, rather than undercount', () => {
    const { recall: _, ...old } = emptyAggregate('2026-01-20')
    expect(applyToAggregate(old, entry(3, 2)).recall).toBeUndefined()
  })

  it('refuses to mix days', () => {
    expect(() => applyToAggregate(emptyAggregate('2026-01-19'), entry(3, 2))).toThrow(/2026-01-19/)
  })
})

describe('streak', () => {
  const history = [agg('2026-01-17', 3), agg('2026-01-18', 1), agg('2026-01-19', 5)]

  it('counts today when the user has reviewed today', () => {
    expect(streak([...history, agg('2026-01-20', 2)], '2026-01-20')).toBe(4)
  })

  it('keeps yesterday’s streak while today has no reviews yet', () => {
    expect(streak(history, '2026-01-20')).toBe(3)
    expect(streak([...history, agg('2026-01-20', 0)], '2026-01-20')).toBe(3)
  })

  it('is broken by a day without reviews', () => {
    expect(streak(history, '2026-01-21')).toBe(0)
    expect(streak([agg('2026-01-15', 1), ...history], '2026-01-19')).toBe(3)
  })

  it('ignores empty rows and runs across month ends', () => {
    const rows = [agg('2026-01-30', 1), agg('2026-01-31', 0), agg('2026-02-01', 1)]
    expect(streak(rows, '2026-02-01')).toBe(1)
    expect(streak([agg('2025-12-31', 1), agg('2026-01-01', 1)], '2026-01-01')).toBe(2)
  })
})

describe('summariseDay', () => {
  it('reports what was done, the streak and the next due time', () => {
    const today = applyToAggregate(applyToAggregate(undefined, entry(3, 0)), entry(1, 2))
    const s = summariseDay([agg('2026-01-19', 4), today], '2026-01-20', 1234)
    expect(s).toEqual({
      day: '2026-01-20',
      answers: 2,
      reviews: 1,
      newCards: 1,
      again: 1,
      correctRate: 0.5,
      durationMs: 8000,
      streak: 2,
      nextDue: 1234
    })
  })

  it('has no correct rate on a day without answers', () => {
    expect(summariseDay([], '2026-01-20', null)).toMatchObject({ answers: 0, correctRate: null })
  })
})

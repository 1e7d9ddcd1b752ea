import { describe, expect, it } from 'vitest'
import { applyToAggregate, emptyRecall, revertFromAggregate } from './day-summary'
import { answerCard, makeLogEntry, undoAnswer } from './review-log'
import { createScheduler, newSchedulingState, previewGrades } from './scheduler'
import { at, DAY, MIN, newCard, reviewCard, settings } from './test-helpers'

const s = settings()
const scheduler = createScheduler(s)

describe('makeLogEntry', () => {
  it('files an answer at 03:59 under the previous study day', () => {
    const c = newCard('c', 0)
    const before = newSchedulingState(0)
    const e1 = makeLogEntry(c, 3, before, before, at(2026, 1, 20, 3, 59), s, 1500.4)
    const e2 = makeLogEntry(c, 3, before, before, at(2026, 1, 20, 4, 0), s, 1500.4)
    expect(e1.day).toBe('2026-01-19')
    expect(e2.day).toBe('2026-01-20')
    expect(e1).toMatchObject({ cardId: 'c', articleId: 'article-1', grade: 3, durationMs: 1500 })
  })
})

describe('answer and undo', () => {
  it('gives the card exactly the state the preview showed, and undo puts everything back', () => {
    const now = at(2026, 1, 20, 10)
    const original = reviewCard('r', now - 2 * DAY)
    const preview = previewGrades(scheduler, original.sched, now)
    for (const grade of [1, 2, 3, 4] as const) {
      const { card, log } = answerCard(original, preview, grade, s, 3000)
      expect(card.sched).toEqual(preview.options[grade].after)
      expect(card.sched.due).toBe(preview.options[grade].due)
      expect(log.before).toEqual(original.sched)
      expect(log.reviewedAt).toBe(now)

      const agg = applyToAggregate(undefined, log)
      expect(agg.reviews).toBe(1)
      expect(undoAnswer(card, log)).toEqual(original)
      expect(revertFromAggregate(agg, log)).toEqual({
        ...agg,
        reviews: 0,
        [key(grade)]: 0,
        durationMs: 0,
        recall: emptyRecall()
      })
    }
  })

  it('undo keeps flags the user set after answering', () => {
    const now = at(2026, 1, 20, 10)
    const original = newCard('n', now - DAY)
    const { card, log } = answerCard(
      original,
      previewGrades(scheduler, original.sched, now),
      3,
      s,
      0
    )
    expect(card.sched.due).toBe(now + 10 * MIN)
    const restored = undoAnswer({ ...card, suspended: true }, log)
    expect(restored.sched).toEqual(original.sched)
    expect(restored.suspended).toBe(true)
  })

  it('refuses a preview made for an older state of the card', () => {
    const now = at(2026, 1, 20, 10)
    const original = newCard('n', now - DAY)
    const preview = previewGrades(scheduler, original.sched, now)
    const { card } = answerCard(original, preview, 3, s, 0)
    expect(() => answerCard(card, preview, 3, s, 0)).toThrow(/stale/)
  })

  it('refuses to undo onto a different card', () => {
    const now = at(2026, 1, 20, 10)
    const a = newCard('a', 0)
    const { log } = answerCard(a, previewGrades(scheduler, a.sched, now), 3, s, 0)
    expect(() => undoAnswer(newCard('b', 0), log)).toThrow()
  })
})

function key(grade: 1 | 2 | 3 | 4): string {
  return ['again', 'hard', 'good', 'easy'][grade - 1]!
}

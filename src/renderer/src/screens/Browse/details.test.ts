import { describe, expect, it } from 'vitest'
import { at, DAY, sched } from '@core/testing/builders'
import { answerLines, curvePoints } from './details'

const NOW = at(2026, 1, 15, 12)

describe('card details', () => {
  it('writes each answer with its grade, interval and time', () => {
    const s = sched({ phase: 2 })
    const lines = answerLines([
      {
        cardId: 'c',
        articleId: 'a',
        grade: 1,
        reviewedAt: NOW,
        day: '2026-01-15',
        before: s,
        after: { ...s, due: NOW + 10 * 60_000 },
        durationMs: 4200
      }
    ])
    expect(lines[0]).toMatchObject({ grade: 'Again', interval: '10m', time: '4.2 s' })
  })

  it('draws the forgetting curve from the last review, falling from 100%', () => {
    const s = sched({ phase: 2, stability: 10, lastReview: NOW - 5 * DAY, due: NOW + 5 * DAY })
    const points = curvePoints(s, NOW)
    expect(points[0]).toEqual({ day: 0, percent: 100 })
    expect(points.at(-1)!.day).toBe(15)
    expect(points.at(-1)!.percent).toBeLessThan(90)
    const near10 = points.find((p) => p.day >= 10)!
    // FSRS: retrievability is 90% after one stability.
    expect(near10.percent).toBeCloseTo(90, 0)
    expect(curvePoints(sched(), NOW)).toEqual([])
  })
})

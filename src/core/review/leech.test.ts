import { describe, expect, it } from 'vitest'
import { isLeechLapse, markLeech } from './leech'
import { answerCard } from './review-log'
import { createScheduler, previewGrades } from './scheduler'
import { at, DAY, reviewCard, settings } from './test-helpers'

const lapses = (n: number) => ({ lapses: n })

describe('leeches', () => {
  it('flags the lapse that reaches the threshold, then every half threshold', () => {
    const flagged = [...Array(20).keys()].filter((n) => isLeechLapse(lapses(n), lapses(n + 1), 8))
    expect(flagged.map((n) => n + 1)).toEqual([8, 12, 16, 20])
    expect(isLeechLapse(lapses(7), lapses(7), 8)).toBe(false)
    expect(isLeechLapse(lapses(0), lapses(1), 1)).toBe(true)
    expect(isLeechLapse(lapses(1), lapses(2), 1)).toBe(true)
    expect(isLeechLapse(lapses(7), lapses(8), 0)).toBe(false)
  })

  it('tags once, and suspends only when asked', () => {
    const card = reviewCard('r', 0)
    expect(markLeech(card, { leechSuspend: false })).toMatchObject({
      tags: ['leech'],
      suspended: false
    })
    const twice = markLeech(markLeech(card, { leechSuspend: true }), { leechSuspend: true })
    expect(twice).toMatchObject({ tags: ['leech'], suspended: true })
  })

  it('is decided in the answer itself, from the lapse Again gives', () => {
    const now = at(2026, 1, 20, 10)
    const s = { ...settings(), leechLapses: 3, leechSuspend: true }
    const card = { ...reviewCard('r', now - 2 * DAY), tags: ['trade'] }
    card.sched = { ...card.sched, lapses: 2 }
    const preview = previewGrades(createScheduler(s), card.sched, now)
    const again = answerCard(card, preview, 1, s, 1000)
    expect(again.leech).toBe(true)
    expect(again.card).toMatchObject({ tags: ['trade', 'leech'], suspended: true })
    expect(again.card.sched.lapses).toBe(3)
    const good = answerCard(card, preview, 3, s, 1000)
    expect(good.leech).toBe(false)
    expect(good.card.tags).toEqual(['trade'])
  })
})

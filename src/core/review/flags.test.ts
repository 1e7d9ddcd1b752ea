import { describe, expect, it } from 'vitest'
import { bury, suspend, unbury, unsuspend } from './flags'
import { isAvailable } from './queue'
import { at, reviewCard } from './test-helpers'

describe('bury and suspend', () => {
  const now = at(2026, 1, 20, 23)
  const c = reviewCard('c', now)

  it('buries until 4 am the next day, then the card is back', () => {
    const buried = bury(c, now, 4)
    expect(buried.buriedUntil).toBe(at(2026, 1, 21, 4))
    expect(isAvailable(buried, at(2026, 1, 21, 3, 59))).toBe(false)
    expect(isAvailable(buried, at(2026, 1, 21, 4))).toBe(true)
    expect(isAvailable(unbury(buried), now)).toBe(true)
  })

  it('buried after midnight but before 4 am, the card returns the same morning', () => {
    expect(bury(c, at(2026, 1, 21, 1), 4).buriedUntil).toBe(at(2026, 1, 21, 4))
  })

  it('suspends without touching the schedule', () => {
    const s = suspend(c)
    expect(isAvailable(s, now)).toBe(false)
    expect(s.sched).toEqual(c.sched)
    expect(unsuspend(s)).toEqual(c)
  })
})

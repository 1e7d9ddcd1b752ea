import { describe, expect, it } from 'vitest'
import { at, DAY, logEntry, sched, storedCard } from '../sample-library'
import { deckName } from './collection'
import { cardRow, RevlogIds, revlogRow } from './rows'
import { sha1Hex } from './sha1'

describe('Anki rows', () => {
  it('hashes like SHA-1', () => {
    expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d')
    expect(sha1Hex('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709')
    expect(sha1Hex('a'.repeat(1000))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba')
  })

  it('maps phases to Anki’s type, queue and due, and keeps the FSRS memory state', () => {
    const now = at(2025, 1, 15)
    const crt = Math.floor(at(2025, 1, 1, 4) / 1000)
    const ctx = { crtSeconds: crt, position: 7, desiredRetention: 0.9, nowMs: now }
    const review = storedCard('r', {
      phase: 2,
      due: at(2025, 1, 20, 4),
      stability: 12.345678,
      difficulty: 4.5,
      scheduledDays: 9,
      lastReview: now - DAY,
      reps: 3
    })
    const row = cardRow(review, ctx)
    expect(row.slice(6, 13)).toEqual([2, 2, 19, 9, 2500, 3, 0])
    expect(JSON.parse(row[17] as string)).toEqual({
      s: 12.3457,
      d: 4.5,
      dr: 0.9,
      lrt: (now - DAY) / 1000
    })
    const fresh = cardRow(storedCard('n'), ctx)
    expect(fresh.slice(6, 10)).toEqual([0, 0, 7, 0])
    expect(fresh[17]).toBe('')
    const relearning = cardRow(
      storedCard(
        'l',
        { phase: 3, due: now + 600_000, stability: 1, lastReview: now },
        { suspended: true }
      ),
      ctx
    )
    expect(relearning.slice(6, 9)).toEqual([3, -1, (now + 600_000) / 1000])
  })

  it('writes answers as revlog rows with unique times', () => {
    const t = at(2025, 1, 15)
    const ids = new RevlogIds()
    const first = revlogRow(logEntry(1, 3, t), ids.next(t))
    const second = revlogRow(
      { ...logEntry(2, 1, t), before: sched({ phase: 2, scheduledDays: 30 }) },
      ids.next(t)
    )
    expect(first).toEqual([t, first[1], -1, 3, -600, 0, 2500, 4200, 0])
    expect(second[0]).toBe(t + 1)
    expect(second[5]).toBe(30)
    expect(second[8]).toBe(1)
  })

  it('names a deck under Newsdeck, without nesting on a title’s "::"', () => {
    expect(deckName('A::B')).toBe('Newsdeck::A:B')
  })
})

import { describe, expect, it } from 'vitest'
import type { StoredCard } from '../model'
import { PHASE } from '../review/phase'
import { at, card, HOUR, learningCard, newCard, reviewCard } from '../review/test-helpers'
import {
  addCounts,
  applyCardChange,
  countCards,
  dueBy,
  dueForecast,
  emptyCounts,
  sameCounts
} from './card-counts'
import { packDue } from './due-days'

// 15 January, 12:00 local; days start at 04:00.
const NOW = at(2025, 1, 15, 12)
const HOUR_4 = 4

describe('countCards', () => {
  it('counts phases with suspended cards in them, and due days of studied, unsuspended cards', () => {
    const counts = countCards(
      [
        newCard('n1', NOW),
        learningCard('l1', NOW + HOUR),
        learningCard('x1', at(2025, 1, 16, 3), PHASE.relearning), // before 04:00: still the 15th
        reviewCard('r1', at(2025, 1, 1)),
        reviewCard('r2', at(2025, 1, 20), { suspended: true }),
        reviewCard('r3', at(2025, 1, 20), { buriedUntil: NOW + HOUR })
      ],
      HOUR_4
    )
    expect(counts).toEqual({
      new: 1,
      learning: 1,
      review: 3,
      relearning: 1,
      suspended: 1,
      due: packDue({ '2025-01-01': 1, '2025-01-15': 2, '2025-01-20': 1 })
    })
    expect(dueBy(counts, '2025-01-15')).toBe(3)
  })
})

describe('applyCardChange', () => {
  const hour = HOUR_4
  const reviewed = reviewCard('c', at(2025, 1, 20))

  it('moves a card between phases and days, and back again exactly', () => {
    const fresh = newCard('c', NOW)
    const counts = countCards([fresh], hour)
    expect(applyCardChange(counts, fresh, reviewed, hour)).toBe(true)
    expect(sameCounts(counts, countCards([reviewed], hour))).toBe(true)
    expect(applyCardChange(counts, reviewed, fresh, hour)).toBe(true)
    expect(counts).toEqual(countCards([fresh], hour))
  })

  it('says nothing changed for an edit, a bury, or a new due time on the same day', () => {
    const counts = countCards([reviewed], hour)
    const same = (after: StoredCard): boolean => applyCardChange(counts, reviewed, after, hour)
    expect(same({ ...reviewed, front: 'edited' })).toBe(false)
    expect(same({ ...reviewed, buriedUntil: NOW })).toBe(false)
    expect(
      same({ ...reviewed, sched: { ...reviewed.sched, due: reviewed.sched.due + HOUR } })
    ).toBe(false)
    expect(counts).toEqual(countCards([reviewed], hour))
  })

  it('counts a suspended card in its phase and on no day', () => {
    const counts = countCards([reviewed], hour)
    applyCardChange(counts, reviewed, { ...reviewed, suspended: true }, hour)
    expect(counts).toMatchObject({ review: 1, suspended: 1, due: packDue({}) })
  })

  it('adds and removes whole cards', () => {
    const counts = emptyCounts()
    applyCardChange(counts, undefined, reviewed, hour)
    applyCardChange(counts, undefined, card('d', { phase: PHASE.new }), hour)
    applyCardChange(counts, reviewed, undefined, hour)
    expect(counts).toEqual({ ...emptyCounts(), new: 1 })
  })
})

describe('dueForecast', () => {
  it('buckets by study day, overdue into today, and drops what is past the horizon', () => {
    const dues = [
      at(2025, 1, 1), // overdue: today
      at(2025, 1, 15, 23), // today
      at(2025, 1, 16, 3), // before the 04:00 start: still today
      at(2025, 1, 16, 4), // tomorrow
      at(2025, 1, 17, 9),
      at(2025, 1, 17, 10),
      at(2025, 1, 18, 3, 59) + 59_000, // 03:59:59 on the 18th belongs to the 17th
      at(2025, 2, 14, 3), // day 30 (index 29) ends at 04:00 on 14 February
      at(2025, 2, 14, 4) // past the horizon
    ]
    const counts = countCards(
      dues.map((due, i) => reviewCard(`r${i}`, due)),
      HOUR_4
    )
    const forecast = dueForecast(counts, '2025-01-15', 30)
    expect(forecast).toHaveLength(30)
    expect(forecast[0]).toEqual({ day: '2025-01-15', due: 3 })
    expect(forecast[1]).toEqual({ day: '2025-01-16', due: 1 })
    expect(forecast[2]).toEqual({ day: '2025-01-17', due: 3 })
    expect(forecast[29]).toEqual({ day: '2025-02-13', due: 1 })
    expect(forecast.reduce((n, d) => n + d.due, 0)).toBe(8)
  })

  it('adds up several articles', () => {
    const a = countCards([reviewCard('a', NOW), newCard('b', NOW)], HOUR_4)
    const b = countCards([reviewCard('c', NOW, { suspended: true })], HOUR_4)
    expect(addCounts([a, b])).toEqual({
      new: 1,
      learning: 0,
      review: 2,
      relearning: 0,
      suspended: 1,
      due: packDue({ '2025-01-15': 1 })
    })
  })
})

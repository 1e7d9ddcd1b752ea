import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, dayNumber, dayOfNumber } from '../calendar'
import {
  addDue,
  asDueDays,
  dueEntries,
  dueOnOrBefore,
  emptyDue,
  mergeDue,
  packDue,
  sameDue
} from './due-days'

/** What the packed days stand for: a count per `YYYY-MM-DD`, no zeros (as before version 7). */
type ByDay = Record<string, number>
const byDay = (due: Int32Array): ByDay => Object.fromEntries(dueEntries(due))
function add(map: ByDay, day: string, n: number): ByDay {
  const out = { ...map, [day]: (map[day] ?? 0) + n }
  if (out[day] === 0) delete out[day]
  return out
}

const day = fc.integer({ min: 0, max: 60 }).map((i) => addDays('2024-12-20', i))
const change = fc.tuple(day, fc.constantFrom(1, -1, 2))

describe('due days', () => {
  it('names days as numbers and back, across month and year ends and a leap day', () => {
    for (const d of ['1970-01-01', '2024-02-29', '2024-12-31', '2025-01-01', '2031-03-30'])
      expect(dayOfNumber(dayNumber(d))).toBe(d)
    expect(dayNumber('2025-01-01') - dayNumber('2024-12-31')).toBe(1)
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2)
  })

  it('keeps days in order with no zero counts, whatever order they come in', () => {
    const due = addDue(
      addDue(addDue(emptyDue(), dayNumber('2025-01-20'), 1), dayNumber('2025-01-02'), 2),
      dayNumber('2025-01-20'),
      -1
    )
    expect(dueEntries(due)).toEqual([['2025-01-02', 2]])
    expect(dueOnOrBefore(due, dayNumber('2025-01-01'))).toBe(0)
    expect(dueOnOrBefore(due, dayNumber('2025-01-02'))).toBe(2)
  })

  it('adds as a count per day would, and leaves the array it was given as it was', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        let packed = emptyDue()
        let plain: ByDay = {}
        for (const [d, n] of changes) {
          const before = packed.slice()
          const next = addDue(packed, dayNumber(d), n)
          expect(sameDue(packed, before)).toBe(true)
          packed = next
          plain = add(plain, d, n)
        }
        expect(byDay(packed)).toEqual(plain)
        expect(sameDue(packed, packDue(plain))).toBe(true)
      })
    )
  })

  it('merges two sets of days (adding or taking away) as a count per day would', () => {
    const days = fc.array(change, { maxLength: 30 })
    fc.assert(
      fc.property(days, days, fc.constantFrom<1 | -1>(1, -1), (xs, ys, sign) => {
        const a = xs.reduce<ByDay>((m, [d, n]) => add(m, d, n), {})
        const b = ys.reduce<ByDay>((m, [d, n]) => add(m, d, n), {})
        const expected = Object.entries(b).reduce((m, [d, n]) => add(m, d, sign * n), a)
        expect(byDay(mergeDue(packDue(a), packDue(b), sign))).toEqual(expected)
        const cut = '2025-01-05'
        const sum = Object.entries(a).reduce((n, [d, c]) => (d <= cut ? n + c : n), 0)
        expect(dueOnOrBefore(packDue(a), dayNumber(cut))).toBe(sum)
      })
    )
  })

  it('reads days kept by day before version 7, and keeps days already packed as they are', () => {
    const packed = asDueDays({ '2025-01-15': 2, '2025-01-03': 1 })
    expect(dueEntries(packed)).toEqual([
      ['2025-01-03', 1],
      ['2025-01-15', 2]
    ])
    expect(asDueDays(packed)).toBe(packed)
  })
})

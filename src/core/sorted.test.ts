import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lastAtOrBefore } from './sorted'

describe('lastAtOrBefore', () => {
  it('finds the range of sorted starts that holds a value', () => {
    expect(lastAtOrBefore([0, 10, 20], 0)).toBe(0)
    expect(lastAtOrBefore([0, 10, 20], 15)).toBe(1)
    expect(lastAtOrBefore([0, 10, 20], 25)).toBe(2)
    // The last start is an end sentinel when only the first `count` are searched.
    expect(lastAtOrBefore([0, 10, 20], 25, 2)).toBe(1)
  })

  it('agrees with a walk from the end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 40 }),
        fc.nat(1200),
        (raw, value) => {
          const sorted = [...raw].sort((a, b) => a - b)
          const at = Math.max(value, sorted[0]!)
          let expected = sorted.length - 1
          while (sorted[expected]! > at) expected--
          expect(sorted[lastAtOrBefore(sorted, at)]).toBe(sorted[expected])
        }
      )
    )
  })
})

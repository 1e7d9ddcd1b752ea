import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { allMatches } from './matches'

const shape = (ms: Iterable<RegExpMatchArray>): unknown[] =>
  [...ms].map((m) => [m.index, [...m], m.groups ? { ...m.groups } : undefined])

describe('allMatches', () => {
  const patterns = [
    /\b(?:said|says|told)\b/gi,
    /(?<word>[A-Z][a-z]+)\s+(said)/g,
    /x*/g, // matches empty between characters
    /(?:)/gu, // empty at every code point
    /\p{Lu}?/gu
  ]
  it('gives what matchAll gives, for any text, including empty matches and astral characters', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'x', ' ', 'S', 'said ', 'Told', '😀', 'É', '\u{1d400}')
        }),
        fc.constantFrom(...patterns),
        (text, re) => {
          expect(shape(allMatches(re, text))).toEqual(shape(text.matchAll(re)))
          expect(re.lastIndex).toBe(0)
        }
      )
    )
  })

  it('can be used again from inside a loop over its own matches', () => {
    const re = /\b[A-Z]\w+/g
    const pairs = allMatches(re, 'Ann met Bob. Cy left').map((m) => [
      m[0],
      allMatches(re, 'Dee Eve').length
    ])
    expect(pairs).toEqual([
      ['Ann', 2],
      ['Bob', 2],
      ['Cy', 2]
    ])
  })

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => allMatches(/said/, 'he said')).toThrow(/global/)
  })
})

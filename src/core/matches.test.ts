import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { allMatches, matchesAtWordStarts, stickyEnd } from './matches'

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

describe('stickyEnd and matchesAtWordStarts', () => {
  it('finds what a global pattern opening at a word finds, with its sticky twin tried at each word', () => {
    const words = 'said|says|point out|go on|go to|told|to'
    const global = new RegExp(`\\b(?:${words})\\b`, 'g')
    const sticky = new RegExp(`(?:${words})\\b`, 'y')
    const part = fc.constantFrom(
      'said',
      'says',
      'point out',
      'go',
      'on',
      'told',
      'to',
      'x',
      'saidx',
      ''
    )
    const gap = fc.constantFrom(' ', '-', ', ', '', '“')
    fc.assert(
      fc.property(fc.array(fc.tuple(part, gap), { maxLength: 10 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join('')
        const found = [...matchesAtWordStarts(text, (i) => stickyEnd(sticky, text, i))]
        const expected = allMatches(global, text).map((m) => ({
          index: m.index,
          end: m.index + m[0].length
        }))
        expect(found).toEqual(expected)
        expect(sticky.lastIndex).toBe(0)
      })
    )
  })

  it('refuses a pattern that is not sticky', () => {
    expect(() => stickyEnd(/said/, 'said', 0)).toThrow(/sticky/)
  })
})

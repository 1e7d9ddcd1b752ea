import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashNormalised, hashParts, hashString, normaliseForId } from './hash'

describe('hashString', () => {
  it('is deterministic and short', () => {
    expect(hashString('Xi Jinping')).toBe(hashString('Xi Jinping'))
    expect(hashString('Xi Jinping')).toMatch(/^[0-9a-z]{1,12}$/)
  })
  it('separates near-identical inputs', () => {
    expect(hashString('a')).not.toBe(hashString('b'))
    expect(hashParts('ab', 'c')).not.toBe(hashParts('a', 'bc'))
  })
  it('ignores typographic differences when normalised', () => {
    expect(normaliseForId('“Hello”  world’s')).toBe(normaliseForId('"hello" World\'s'))
  })
})

describe('hashNormalised', () => {
  const twoSteps = (t: string): string => hashString(normaliseForId(t))

  it('gives the id the two-step form gives, so stored articles keep theirs', () => {
    for (const t of [
      '',
      '   ',
      'Xi Jinping',
      '  “Hello”\n\n  World’s — end \t',
      'İstanbul ΣΟΦΊΑ Σ ΌΣΟΣ',
      'Ｄｅｓｅｒｅｔ 𐐀𐐁 and K (Kelvin) Å',
      '\ud800 lone \udc00 halves',
      '\u00a0\u2028spaced\u3000out\ufeff'
    ])
      expect(hashNormalised(t), JSON.stringify(t)).toBe(twoSteps(t))
  })

  it('agrees with the two-step form on arbitrary text', () => {
    // Letters of every script and case, the quotes, dashes and spaces the normaliser folds.
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(' ', '  ', '\n\n', '\t', '\u00a0', '\u3000', '‘', '’', '“', '”', '«', '»'),
      fc.constantFrom('–', '—', 'Σ', 'İ', 'ẞ', 'ǅ', 'Ω', 'K', '𐐀', 'ΑΣ', 'ς')
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const t = parts.join('')
        expect(hashNormalised(t)).toBe(twoSteps(t))
      }),
      { numRuns: 2000 }
    )
  })
})

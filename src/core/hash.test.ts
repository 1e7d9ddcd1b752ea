import { describe, expect, it } from 'vitest'
import { hashParts, hashString, normaliseForId } from './hash'

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

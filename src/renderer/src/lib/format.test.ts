import { describe, expect, it } from 'vitest'
import { formatPublished, plural } from './format'

describe('formatPublished', () => {
  it('writes a publication date out in words, the same in every time zone', () => {
    expect(formatPublished('2025-07-11')).toBe('11 July 2025')
    expect(formatPublished('2024-01-01')).toBe('1 January 2024')
  })

  it('says when the date is unknown, and shows a date it cannot read as it is', () => {
    expect(formatPublished(null)).toBe('date unknown')
    expect(formatPublished('2025')).toBe('2025')
  })
})

describe('plural', () => {
  it('counts in the noun’s number, thousands grouped as everywhere else in the app', () => {
    expect([plural(1, 'card'), plural(2, 'card'), plural(2, 'entry', 'entries')]).toEqual([
      '1 card',
      '2 cards',
      '2 entries'
    ])
    // Settings › Sync said "it brought 100000 answers" where a restore said "100,000 answers".
    expect(plural(100_000, 'answer')).toBe('100,000 answers')
  })
})

import { describe, expect, it } from 'vitest'
import { formatPublished } from './format'

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

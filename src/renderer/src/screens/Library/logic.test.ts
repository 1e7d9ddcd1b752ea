import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../lib/db/library-repo'
import { totals } from './logic'

const article = (cards: number): ArticleSummary => ({ cards }) as ArticleSummary

describe('totals', () => {
  it('counts articles and cards in their number, a heavy library’s thousands grouped', () => {
    expect(totals([article(1)])).toBe('1 article · 1 card')
    expect(totals([])).toBe('0 articles · 0 cards')
    expect(totals(Array.from({ length: 200 }, () => article(500)))).toBe(
      '200 articles · 100,000 cards'
    )
  })
})

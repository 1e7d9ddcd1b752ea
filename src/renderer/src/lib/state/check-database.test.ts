import { describe, expect, it } from 'vitest'
import { describeCheck } from './check-database'

const clean = {
  articles: 200,
  cards: 100_000,
  totalRepaired: false,
  repaired: [],
  removed: 0,
  strayCards: 0
}

describe('describeCheck', () => {
  it('says a healthy library is healthy', () => {
    expect(describeCheck(clean)).toBe(
      'Checked 200 articles and 100,000 cards: every count was right.'
    )
  })

  it('names what it repaired, and what it left alone', () => {
    expect(
      describeCheck({ ...clean, repaired: ['A', 'B', 'C', 'D'], removed: 1, strayCards: 3 })
    ).toBe(
      'Checked 200 articles and 100,000 cards: the card counts of 4 articles were wrong and are repaired (“A”, “B”, “C” and 1 more); 1 count of deleted articles removed. 3 cards belong to no article; they were left as they are.'
    )
  })

  it("says when the library's total was wrong", () => {
    expect(describeCheck({ ...clean, totalRepaired: true })).toBe(
      "Checked 200 articles and 100,000 cards: the library's total card counts were wrong and are repaired."
    )
  })
})

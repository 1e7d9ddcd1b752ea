import { describe, expect, it } from 'vitest'
import { makeCard, makeExtraction } from '../db/test-support'
import { draftsFrom, existingArticleMessage, keptCards, summariseExtraction } from './import-drafts'

const extraction = makeExtraction('a1', 'Tram line approved', [
  makeCard('a1', 'c1', 'Who said it?', 'Helena Sorensen'),
  makeCard('a1', 'c2', 'How long is the line? […]', '14-kilometre')
])

describe('import drafts', () => {
  it('keeps every generated card unless the user drops it', () => {
    const drafts = draftsFrom(extraction.cards)
    expect(keptCards(drafts).map((c) => c.id)).toEqual(['c1', 'c2'])
    drafts[0]!.keep = false
    expect(keptCards(drafts).map((c) => c.id)).toEqual(['c2'])
  })

  it("stores the user's edits, and falls back to the generated text for a blank edit", () => {
    const drafts = draftsFrom(extraction.cards)
    drafts[0]!.back = '  Mayor Sorensen '
    drafts[1]!.front = '   '
    const [first, second] = keptCards(drafts)
    expect(first!.back).toBe('Mayor Sorensen')
    expect(second!.front).toBe('How long is the line? […]')
  })

  it('summarises what was found and says when the article is already in the library', () => {
    const counts = { cards: 2, quotes: 0, reported: 0, facts: 0 }
    expect(summariseExtraction(counts)).toBe(
      '2 cards from 0 quotes, 0 reported statements and 0 facts'
    )
    expect(existingArticleMessage({ id: 'a1', title: 'Tram line approved' }, 'a1')).toMatch(
      /already in your library/
    )
    expect(existingArticleMessage({ id: 'old', title: 'Tram line approved' }, 'a1')).toMatch(
      /already has an article titled/
    )
  })
})

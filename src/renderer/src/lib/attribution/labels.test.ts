import { describe, expect, it } from 'vitest'
import { guessedQuote } from '@core/testing/builders'
import {
  checkLabels,
  checkLabelsForCard,
  checkLabelsForStoredCard,
  shortQuote,
  speakerName
} from './labels'

const unsure = { speaker: true, where: false, when: true }

describe('attribution labels', () => {
  it('names what to check, in reading order', () => {
    expect(checkLabels(unsure)).toEqual(['check the speaker', 'check the time'])
    expect(checkLabels({ speaker: false, where: false, when: false })).toEqual([])
  })

  it("marks a quote's card only for the part it asks about", () => {
    const byQuote = new Map([['q1', unsure]])
    expect(checkLabelsForCard({ kind: 'quote-who', quoteId: 'q1' }, byQuote)).toEqual([
      'check the speaker'
    ])
    expect(checkLabelsForCard({ kind: 'quote-where', quoteId: 'q1' }, byQuote)).toEqual([])
    expect(checkLabelsForCard({ kind: 'quote-when', quoteId: 'q1' }, byQuote)).toEqual([
      'check the time'
    ])
    expect(checkLabelsForCard({ kind: 'fact-cloze', quoteId: null }, byQuote)).toEqual([])
  })

  it("marks a stored card while its quote's answer is unsure and unchecked, not after", () => {
    const quote = guessedQuote()
    const who = { kind: 'quote-who', quoteId: 'q1' } as const
    expect(checkLabelsForStoredCard(who, [quote])).toEqual(['check the speaker'])
    expect(checkLabelsForStoredCard(who, [{ ...quote, confirmed: true }])).toEqual([])
    // A card the user edited carries their own answer.
    expect(checkLabelsForStoredCard({ ...who, edited: true }, [quote])).toEqual([])
    expect(checkLabelsForStoredCard({ kind: 'quote-who', quoteId: 'gone' }, [quote])).toEqual([])
    expect(checkLabelsForStoredCard({ kind: 'fact-cloze', quoteId: null }, [quote])).toEqual([])
  })

  it('names a missing speaker and cuts a long quote at a word', () => {
    expect(speakerName({ speaker: null })).toBe('Speaker not found')
    expect(shortQuote('one two three four', 9)).toBe('one two…')
    expect(shortQuote(' short ')).toBe('short')
  })
})

import { describe, expect, it } from 'vitest'
import { nameForms, placePhrase, promptFor } from './question'
import { lab } from './fixtures/many-speakers'

describe('nameForms', () => {
  it('offers the surname, and the first word only when the article uses it alone', () => {
    expect(nameForms('Cres Eastman', 'Professor Eastman said.')).toEqual(['eastman'])
    expect(nameForms('Xi Jinping', 'Xi said during the visit.')).toEqual(['jinping', 'xi'])
    expect(nameForms('Claudio De Vincenti', 'He said.')).toEqual(['de vincenti', 'vincenti'])
  })

  it('gives organisations and one-word names no short form', () => {
    expect(nameForms('Korean Central News Agency', 'the agency said')).toEqual([])
    expect(nameForms('one poster', 'one poster wrote')).toEqual([])
    expect(nameForms('Toccafondi', 'Toccafondi said')).toEqual([])
  })
})

describe('placePhrase', () => {
  it('fits the preposition to the kind of place', () => {
    expect(placePhrase('a statement')).toBe('in a statement')
    expect(placePhrase('LA Weekly')).toBe('in LA Weekly')
    expect(placePhrase('inspection tour in Liaoning Province')).toBe(
      'during inspection tour in Liaoning Province'
    )
    expect(placePhrase('Rizhao Port, Shandong Province')).toBe('at Rizhao Port, Shandong Province')
    expect(placePhrase('as quoted by Yonhap news agency')).toBe('as quoted by Yonhap news agency')
  })

  it('fits the place phrases an extractor writes as verbs', () => {
    expect(placePhrase('told LA Weekly')).toBe('to LA Weekly')
    expect(placePhrase('visiting Yangquan Valve Co., Ltd.')).toBe(
      'while visiting Yangquan Valve Co., Ltd.'
    )
    expect(placePhrase('visited Shandong Province and commended Rizhao Port')).toBe(
      '(visited Shandong Province and commended Rizhao Port)'
    )
  })
})

describe('promptFor', () => {
  const quote = lab[0]!

  it('quotes direct speech and not a paraphrase', () => {
    expect(promptFor('who', quote)).toBe(`Who said this? “${quote.text}”`)
    // A reported statement is asked as one question in the article's own verb.
    const reported = {
      ...quote,
      paraphrase: true,
      verb: 'warned',
      text: 'iodine levels were falling'
    }
    expect(promptFor('who', reported)).toBe('Who warned iodine levels were falling?')
    expect(promptFor('when', reported)).toBe(
      'When did Professor Cres Eastman warn iodine levels were falling?'
    )
    expect(promptFor('where', { ...reported, verb: 'said that' })).toBe(
      'Where did Professor Cres Eastman say that iodine levels were falling?'
    )
  })

  it('names no one for an unattributed quote', () => {
    expect(promptFor('where', { ...quote, speaker: null })).toBe(
      `Where was this said? “${quote.text}”`
    )
  })
})

import { describe, expect, it } from 'vitest'
import type { Extraction } from '../model'
import { quizQuotesOf } from './quiz-quotes'

const extraction: Omit<Extraction, 'cards'> = {
  article: {
    id: 'art',
    title: 'Harbour city approves tram',
    published: '2025-07-11',
    dateline: null,
    byline: null,
    captions: [],
    footer: null,
    paragraphs: ['p'],
    sentences: [
      { index: 0, paragraph: 0, text: '"It is big," Mayor Helena Sorensen said.', caption: false },
      { index: 1, paragraph: 0, text: 'Dunmore urged the council to wait.', caption: false }
    ]
  },
  quotes: [
    {
      id: 'q1',
      text: 'It is big,',
      speaker: 'Helena Sorensen',
      where: 'the town hall',
      when: null,
      sentenceIndex: 0,
      partial: false
    }
  ],
  reported: [
    {
      id: 'r1',
      text: 'the council to wait',
      speaker: 'Mark Dunmore',
      where: null,
      when: null,
      sentenceIndex: 1
    }
  ],
  terms: [],
  facts: []
}

describe('quizQuotesOf', () => {
  it('gives each quote its sentence, article and the cards a mistake goes to', () => {
    const quotes = quizQuotesOf(extraction, [
      { id: 'c-who', kind: 'quote-who', quoteId: 'q1' },
      { id: 'c-where', kind: 'quote-where', quoteId: 'q1' },
      { id: 'c-fact', kind: 'fact-cloze', quoteId: null },
      { id: 'c-rep', kind: 'reported-who', quoteId: 'r1' }
    ])
    expect(quotes).toHaveLength(2)
    expect(quotes[0]).toMatchObject({
      id: 'q1',
      articleTitle: 'Harbour city approves tram',
      sentence: '"It is big," Mayor Helena Sorensen said.',
      cardIds: { who: 'c-who', where: 'c-where', when: 'c-who' }
    })
    expect(quotes[1]).toMatchObject({
      id: 'r1',
      paraphrase: true,
      cardIds: { who: 'c-rep', where: 'c-rep', when: 'c-rep' }
    })
  })

  it('leaves out cards the user did not keep', () => {
    const [quote] = quizQuotesOf(extraction, [])
    expect(quote!.cardIds).toEqual({})
  })
})

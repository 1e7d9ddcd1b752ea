import { describe, expect, it } from 'vitest'
import { generateFromText } from '../generate'
import type { CardContent, Extraction } from '../model'
import { auditCard, auditExtraction, failureShare } from './audit'
import { balanceMarks } from './build-cards'

const x = generateFromText(
  [
    'date 2025-03-14 Teachers rally at the Statehouse',
    'Several thousand teachers surrounded the Statehouse on Tuesday.',
    '"The crisis is now," union president Keith Gambill said on the lawn.',
    'The union said more than 15,000 people registered for the rally.'
  ].join('\n\n')
)
const card = (over: Partial<CardContent>): CardContent => ({ ...x.cards[0]!, ...over })
const checks = (c: CardContent, ex: Extraction = x): string[] =>
  auditCard(c, ex).map((f) => f.check)

describe('the card audit', () => {
  it("passes the generator's own cards on a clean article", () => {
    const result = auditExtraction(x)
    expect(result.findings).toEqual([])
    expect(failureShare([result])).toBe(0)
  })

  it('flags a blank that splits a name or a figure, a stray mark, furniture and a long answer', () => {
    const withSentence = (text: string): Extraction => ({
      ...x,
      article: { ...x.article, sentences: [{ index: 0, paragraph: 0, text, caption: false }] }
    })
    const split = withSentence('The Indiana State Teachers Association called the rally.')
    expect(
      checks(
        card({
          kind: 'fact-cloze',
          sentenceIndex: 0,
          answerSpan: { start: 4, end: 17 },
          front: 'The […] Teachers Association called the rally.',
          back: 'Indiana State'
        }),
        split
      )
    ).toContain('blank-splits-name')
    const grouped = withSentence('Miners were offered R4 500 each, and 2 000 MW was shed.')
    const figure = (start: number, end: number): string[] =>
      checks(card({ kind: 'fact-cloze', sentenceIndex: 0, answerSpan: { start, end } }), grouped)
    expect(figure(23, 26)).toContain('blank-splits-figure') // "R4 […]"
    expect(figure(37, 38)).toContain('blank-splits-figure') // "[…] 000 MW"
    expect(figure(39, 45)).toContain('blank-splits-figure') // "2 […]"
    expect(figure(20, 26)).not.toContain('blank-splits-figure') // "R4 500"
    expect(figure(37, 45)).not.toContain('blank-splits-figure') // "2 000 MW"
    expect(
      checks(
        card({
          kind: 'fact-cloze',
          front: '"We waited [….',
          back: 'long',
          answerSpan: { start: 0, end: 1 }
        })
      )
    ).toContain('stray-mark')
    const furniture = withSentence('(China Daily 07/10/2019 page11)')
    expect(checks(card({ sentenceIndex: 0 }), furniture)).toContain('page-furniture')
    expect(
      checks(
        card({
          kind: 'quote-where',
          back: 'visited Shandong Province and commended Rizhao Port for its work'
        })
      )
    ).toContain('long-answer')
    expect(
      checks(card({ kind: 'reported-who', front: 'Who said and the rest?', back: 'X' }))
    ).toContain('fragment-prompt')
  })

  it('counts a stated place or time with no card, and repeated cards', () => {
    const result = auditExtraction(
      { ...x, cards: [...x.cards, x.cards[0]!] },
      { quotes: [{ text: 'The crisis is now', where: 'on the lawn', when: 'Tuesday' }] }
    )
    const found = result.findings.map((f) => f.check)
    expect(found).toContain('duplicate')
    expect(result.stated).toBe(2)
  })

  it('balances a quotation mark a sentence cut from a quotation leaves open', () => {
    expect(balanceMarks('"We waited [….')).toBe('We waited [….')
    expect(balanceMarks('He said, "We waited [….')).toBe('He said, "We waited [….\u201d')
    expect(balanceMarks('He said "yes" to [….')).toBe('He said "yes" to [….')
  })
})

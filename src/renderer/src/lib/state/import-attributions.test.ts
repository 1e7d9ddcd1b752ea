import { describe, expect, it } from 'vitest'
import { generateFromText } from '@core/generate'
import { quoteKey } from '@core/library/corrections'
import {
  applyChoice,
  checksFor,
  checkView,
  choose,
  withLibraryCorrections
} from './import-attributions'
import { draftsFrom, redraftQuote } from './import-drafts'

const x = generateFromText(
  [
    'date 2025-03-14 Students queue for the Warhol show',
    'Mayor Ana Duarte opened the exhibition at the city museum in Boston on Thursday.',
    '"We have waited ten years for this," Duarte said.',
    'Kiara Perkins, a student, skipped class with her teacher, Maya Lin. Why did they go? "It is Warhol."'
  ].join('\n\n')
)
const warhol = x.quotes.find((q) => q.text.startsWith('It is Warhol'))!
const duarte = x.quotes.find((q) => q.text.startsWith('We have waited'))!

describe('import attribution checks', () => {
  it('asks about the quotes the generator was unsure of, and only the unsure parts', () => {
    expect(checksFor(x)).toMatchObject([
      { quoteId: duarte.id, fields: ['where', 'when'] },
      { quoteId: warhol.id, fields: ['speaker'] }
    ])
  })

  it('asks once about the same words quoted twice', () => {
    const twice = { ...x, quotes: [...x.quotes, { ...warhol, id: 'again', sentenceIndex: 1 }] }
    expect(checksFor(twice).map((c) => c.quoteId)).toEqual([duarte.id, warhol.id])
  })

  it('shows a check with its choices and the sentence before the quote', () => {
    const check = checksFor(x)[1]!
    const view = checkView(x, check)!
    expect(view.choices.speakers.slice(0, 2)).toEqual(['Kiara Perkins', 'Maya Lin'])
    expect(view.context).toMatch(/^Why did they go\? "It is Warhol\."$/)
    expect(view.unsure.speaker).toBe(true)
    expect(checkView(x, { ...check, quoteId: 'gone' })).toBeNull()
  })

  it('a choice rewrites the quote’s cards and records the correction', () => {
    const { extraction, corrections } = applyChoice(x, {}, warhol.id, { speaker: 'Maya Lin' })
    expect(corrections).toEqual({ [quoteKey(warhol.text)]: { speaker: 'Maya Lin' } })
    const who = extraction.cards.find((c) => c.quoteId === warhol.id && c.kind === 'quote-who')!
    expect(who.back).toBe('Maya Lin')
    const view = checkView(extraction, checksFor(x)[1]!)!
    expect(view.unsure.speaker).toBe(false)
    // The choices stay where they were: the one picked does not jump to the front.
    expect(view.choices.speakers.slice(0, 2)).toEqual(['Kiara Perkins', 'Maya Lin'])
    // A second choice for another part of the same quote keeps the first.
    const again = applyChoice(extraction, corrections, duarte.id, { where: null })
    expect(Object.keys(again.corrections)).toHaveLength(2)
    // The guessed place is still offered after "not stated", to take it back in one click.
    const first = checksFor(x)[0]!
    expect(first.choices.places[0]).toBe(duarte.where)
    expect(checkView(again.extraction, first)!.choices.places[0]).toBe(duarte.where)
  })

  it('applies the library’s corrections first, and counts them', () => {
    const { extraction, checks, preview } = withLibraryCorrections(x, {
      [quoteKey(warhol.text)]: { speaker: 'Maya Lin' }
    })
    expect(extraction.quotes.find((q) => q.id === warhol.id)!.speaker).toBe('Maya Lin')
    expect(checks.map((c) => c.quoteId)).toEqual([duarte.id])
    expect(preview).toMatchObject({ reapplied: 1, dates: { published: '2025-03-14' } })
    expect(preview.checks[0]!.quote.id).toBe(duarte.id)
    expect(withLibraryCorrections(x, {}).preview.reapplied).toBe(0)
  })

  it("sends the page the check as it now stands and the quote's cards alone", () => {
    const check = checksFor(x)[1]!
    const { update, corrections } = choose(x, {}, check, { speaker: 'Maya Lin' })
    expect(corrections[quoteKey(warhol.text)]).toEqual({ speaker: 'Maya Lin' })
    expect(update.quoteIds).toEqual([warhol.id])
    expect(update.cards.map((c) => [c.kind, c.back])).toEqual([['quote-who', 'Maya Lin']])
    expect(update.view.unsure.speaker).toBe(false)
  })

  it("redraws only the quote's drafts, keeping the others' edits and every keep", () => {
    const drafts = draftsFrom(x.cards)
    const who = drafts.findIndex((d) => d.card.quoteId === warhol.id)
    const other = drafts.findIndex((d) => d.card.kind === 'fact-cloze')
    drafts[who] = { ...drafts[who]!, keep: false, back: 'typed by hand' }
    drafts[other] = { ...drafts[other]!, front: 'my own question' }
    const check = checksFor(x)[1]!
    const first = choose(x, {}, check, { speaker: 'Maya Lin' })
    const next = redraftQuote(drafts, first.update.quoteIds, first.update.cards)
    expect(next).toHaveLength(drafts.length)
    expect(next[who]).toMatchObject({ keep: false, back: 'Maya Lin' })
    expect(next[other]).toBe(drafts[other])

    // A place stated anew adds its card, kept, beside the quote's other card.
    const placed = choose(first.extraction, first.corrections, check, { where: 'the city museum' })
    const withWhere = redraftQuote(next, placed.update.quoteIds, placed.update.cards)
    expect(withWhere).toHaveLength(next.length + 1)
    expect(withWhere[who + 1]).toMatchObject({ keep: true, back: 'the city museum' })
    expect(withWhere[who]).toBe(next[who])
    // "Not stated" takes it away again.
    const unplaced = choose(placed.extraction, placed.corrections, check, { where: null })
    expect(redraftQuote(withWhere, unplaced.update.quoteIds, unplaced.update.cards)).toEqual(next)
  })
})

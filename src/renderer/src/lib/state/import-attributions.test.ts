import { describe, expect, it } from 'vitest'
import { generateFromText } from '@core/generate'
import { quoteKey } from '@core/library/corrections'
import { applyChoice, checksFor, checkView, redraft } from './import-attributions'
import { draftsFrom } from './import-drafts'

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

  it("redraws only the drafts a choice changed, keeping the others' edits and every keep", () => {
    const drafts = draftsFrom(x.cards)
    const who = drafts.findIndex((d) => d.card.quoteId === warhol.id)
    const other = drafts.findIndex((d) => d.card.kind === 'fact-cloze')
    drafts[who] = { ...drafts[who]!, keep: false, back: 'typed by hand' }
    drafts[other] = { ...drafts[other]!, front: 'my own question' }
    const { extraction } = applyChoice(x, {}, warhol.id, { speaker: 'Maya Lin' })
    const next = redraft(drafts, extraction.cards)
    expect(next[who]).toMatchObject({ keep: false, back: 'Maya Lin' })
    expect(next[other]).toBe(drafts[other])

    // A place stated anew adds its card, kept; "not stated" takes it away.
    const placed = applyChoice(extraction, {}, warhol.id, { where: 'the city museum' }).extraction
    const withWhere = redraft(next, placed.cards)
    expect(withWhere).toHaveLength(next.length + 1)
    expect(
      withWhere.find((d) => d.card.kind === 'quote-where' && d.card.quoteId === warhol.id)
    ).toMatchObject({
      keep: true,
      back: 'the city museum'
    })
    const unplaced = applyChoice(placed, {}, warhol.id, { where: null }).extraction
    expect(redraft(withWhere, unplaced.cards)).toHaveLength(next.length)
  })
})

import { describe, expect, it } from 'vitest'
import { generateFromText } from '../generate'
import { guessedQuote } from '../testing/builders'
import {
  applyCorrections,
  correctedQuote,
  quoteKey,
  unsureOf,
  withCorrection,
  type Corrections
} from './corrections'

const article = [
  'date 2025-03-14 Council votes on the dam',
  'Mayor Ana Duarte spoke at a town hall meeting on Thursday.',
  '"We have run out of time," Duarte said.',
  'Kiara Perkins, a farmer, walked out. Why did she leave? "It is a mistake."'
].join('\n\n')

describe('corrections', () => {
  const x = generateFromText(article)
  const guessed = x.quotes.find((q) => q.text.startsWith('It is a mistake'))!

  it('marks what the generator is unsure of', () => {
    expect(unsureOf(guessed).speaker).toBe(true)
    const sure = x.quotes.find((q) => q.text.startsWith('We have run out'))!
    expect(unsureOf(sure).speaker).toBe(false)
    expect(unsureOf({ ...guessed, confirmed: true }).speaker).toBe(false)
  })

  it('asks the user to check a time carried from a statement paragraphs back', () => {
    const carried = generateFromText(
      [
        'Title',
        'All pupils will now receive daily meals, the Department of Schooling said in a statement on Monday.',
        'The policy is an improvement on the previous one.',
        'The initiative may benefit over three million pupils, the department said.',
        'The agency said the programme will help.',
        '“This shift is informed by clear results,” the agency said in a statement.'
      ].join('\n\n')
    ).quotes[0]!
    expect(carried.basis?.whenSieve).toBe('same-medium')
    expect(unsureOf(carried).when).toBe(true)
  })

  it("rebuilds the corrected quotation's cards under the same ids, and confirms it", () => {
    // The generator placed her at the town hall meeting on Thursday, from the lede; the user
    // settles all three.
    const corrections: Corrections = withCorrection({}, guessed, {
      speaker: 'Raj Patel',
      where: null,
      when: null
    })
    const y = applyCorrections(x, corrections)
    const q = y.quotes.find((k) => k.id === guessed.id)!
    expect(q).toMatchObject({ speaker: 'Raj Patel', where: null, confirmed: true })
    const before = x.cards.filter((c) => c.quoteId === guessed.id)
    const after = y.cards.filter((c) => c.quoteId === guessed.id)
    const who = after.find((c) => c.kind === 'quote-who')!
    expect(who.back).toBe('Raj Patel')
    expect(who.id).toBe(before.find((c) => c.kind === 'quote-who')!.id)
    expect(after.some((c) => c.kind === 'quote-where' || c.kind === 'quote-when')).toBe(false)
    // Everything else is untouched.
    expect(y.cards.filter((c) => c.quoteId !== guessed.id)).toEqual(
      x.cards.filter((c) => c.quoteId !== guessed.id)
    )
  })

  it('finds its quotation again after the article is edited and re-imported', () => {
    const corrections = withCorrection({}, guessed, { speaker: 'Raj Patel' })
    const edited = generateFromText(article.replace('walked out.', 'walked out early.'))
    expect(edited.article.id).not.toBe(x.article.id)
    const y = applyCorrections(edited, corrections)
    expect(y.quotes.find((q) => quoteKey(q.text) === quoteKey(guessed.text))?.speaker).toBe(
      'Raj Patel'
    )
  })

  it('merges corrections of one quotation field by field', () => {
    const c = withCorrection(withCorrection({}, guessed, { speaker: 'A' }), guessed, { where: 'B' })
    expect(c[quoteKey(guessed.text)]).toEqual({ speaker: 'A', where: 'B' })
  })

  it('settles only what a correction touches: an unsure place stays to check', () => {
    const guess = guessedQuote()
    const q = guessedQuote({
      text: 'We will win.',
      where: 'the rally',
      basis: {
        ...guess.basis!,
        candidates: ['Kiara Perkins', 'Raj Patel'],
        whereSieve: 'speaker-scene'
      }
    })
    expect(unsureOf(q)).toEqual({ speaker: true, where: true, when: false })
    const named = correctedQuote(q, { speaker: 'Raj Patel' })
    expect(unsureOf(named)).toEqual({ speaker: false, where: true, when: false })
    expect(named.confirmed).toBeUndefined()
    // The candidates stay, so the choice can be changed again.
    expect(named.basis).toMatchObject({
      sieve: 'user',
      confidence: 1,
      candidates: q.basis!.candidates
    })
    const placed = correctedQuote(named, { where: null })
    expect(placed).toMatchObject({ speaker: 'Raj Patel', where: null, confirmed: true })
    expect(unsureOf(placed)).toEqual({ speaker: false, where: false, when: false })
  })
})

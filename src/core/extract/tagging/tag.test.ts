import { describe, expect, it } from 'vitest'
import { slice, tag, tokenAt } from './tag'

describe('tagging', () => {
  const text =
    '“We take this seriously,” the party’s health spokeswoman Jane Doe said on Friday, March 3, 2023.'

  it('gives every token its own characters of the text', () => {
    const { tokens } = tag(text)
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(tokens.find((t) => t.text === 'said')).toMatchObject({ pos: 'VERB', lemma: 'say' })
    expect(tokens.find((t) => t.text === 'spokeswoman')?.pos).toBe('NOUN')
    expect(tokens.find((t) => t.text === 'Doe')?.pos).toBe('PROPN')
  })

  it('reads a capitalised participle that opens a sentence as a verb, a name before a verb as a name', () => {
    const pos = (sentence: string, word: string): string | undefined =>
      tag(sentence).tokens.find((t) => t.text === word)?.pos
    expect(pos('Briefing the council, Ana Roe said the talks went well.', 'Briefing')).toBe('VERB')
    expect(pos('Briefing reporters, Ana Roe said the talks went well.', 'Briefing')).toBe('VERB')
    expect(pos('Fleming said the talks went well.', 'Fleming')).toBe('PROPN')
  })

  it('reads a word in -s between a name and a subject pronoun with its verb as a verb', () => {
    const pos = (sentence: string, word: string): string | undefined =>
      tag(sentence).tokens.find((t) => t.text === word)?.pos
    expect(pos('While Acme claims it has reached a deal, others doubt it.', 'claims')).toBe('VERB')
    // A plural noun after a name stays one.
    expect(pos('The Acme claims were rejected by the court.', 'claims')).toBe('NOUN')
  })

  it('finds the dates, counts and ordinals facts are made of', () => {
    const { entities } = tag(
      'Twenty working days later, the second-largest firm filed a 131-page report on Friday, March 3, 2023.'
    )
    const types = entities.map((e) => [e.type, e.text])
    expect(types).toContainEqual(['DATE', 'March 3, 2023'])
    expect(types.some(([t, v]) => t === 'ORDINAL' && v === 'second')).toBe(true)
    expect(types.some(([t, v]) => t === 'CARDINAL' && v === '131')).toBe(true)
  })

  it('re-bases a slice and looks tokens up by offset', () => {
    const all = tag(text)
    const at = text.indexOf('Jane')
    const part = slice(all, at, text.length)
    expect(part.tokens[0]).toMatchObject({ text: 'Jane', start: 0 })
    expect(tokenAt(all.tokens, at + 2)?.text).toBe('Jane')
    expect(tokenAt(all.tokens, text.indexOf(' said'))).toBeUndefined()
  })
})

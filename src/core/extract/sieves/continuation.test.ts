import { describe, expect, it } from 'vitest'
import { attributeQuotes } from '../attribute'
import { viewOf } from '../test-helpers'

/** Speaker and sieve of each quotation of the body. */
const who = (...paragraphs: string[]): Array<[string | null, string | null]> =>
  attributeQuotes(viewOf(...paragraphs)).quotes.map((q) => [
    q.resolution?.ref.name ?? null,
    q.sieve
  ])

describe('quote-to-quote sieves', () => {
  it('same-sentence: the second half of a split quotation', () => {
    expect(who('Mayor Elena Ortiz said "never", then paused: "not once."')[1]).toEqual([
      'Elena Ortiz',
      'same-sentence'
    ])
  })
  it('paragraph-continuation: a later quotation in the paragraph, with no other speaker between', () => {
    expect(who('"We need teachers," Angela Cooper said. "They leave for better pay."')[1]).toEqual([
      'Angela Cooper',
      'paragraph-continuation'
    ])
  })
  it('next-paragraph: a paragraph that opens with a quotation after one that closed with it', () => {
    expect(
      who('"The crisis is now," Keith Gambill said.', '"The state has the money."')[1]
    ).toEqual(['Keith Gambill', 'next-paragraph'])
  })
  it('recent-speaker: a quotation paragraph after narration that quotes nobody', () => {
    const body = [
      '"We prepared well," coach Scott Roberts said.',
      'It was a relief after ten days together.',
      '"There are a lot of firsts for this group."'
    ]
    expect(who(...body)[1]).toEqual(['Scott Roberts', 'recent-speaker'])
    // Anyone said to have said something in between is a speaker too: no guess.
    expect(
      who(body[0]!, 'Ana Diaz said it was a relief.', 'The bus left at noon.', body[2]!)[1]
    ).toEqual([null, null])
    expect(who(body[0]!, 'The bus left at noon.', 'It rained.', body[2]!)[1]).toEqual([
      'Scott Roberts',
      'recent-speaker'
    ])
    // Too far back to be the same thread.
    expect(who(body[0]!, 'One.', 'Two.', 'Three.', body[2]!)[1]).toEqual([null, null])
  })
  it('runs-on: a quotation over paragraphs attributed only at its end', () => {
    expect(
      who('"It began in the spring.', '"It ended in the autumn," said Omar Haddad.')[0]
    ).toEqual(['Omar Haddad', 'runs-on'])
  })
  it('echo: a heading that repeats words quoted with a speaker', () => {
    expect(
      who(
        '"Not some irregular channel"',
        'Kurt Volker told lawmakers, "My role was not some irregular channel, but the official one."'
      )[0]
    ).toEqual(['Kurt Volker', 'echo'])
  })
  it('paragraph-subject: the person the sentences before are about, asked to be checked', () => {
    const result = attributeQuotes(
      viewOf(
        'Kiara Perkins, a student, skipped class to attend the show. Why did she go? "It is Warhol."'
      )
    )
    expect(result.quotes[0]).toMatchObject({
      sieve: 'paragraph-subject',
      resolution: { ref: { name: 'Kiara Perkins' } }
    })
    expect(result.quotes[0]!.resolution!.confidence).toBeLessThan(0.7)
  })
})

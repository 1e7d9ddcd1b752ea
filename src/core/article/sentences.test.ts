import { describe, expect, it } from 'vitest'
import { splitSentences } from './sentences'

const split = (paragraph: string): string[] =>
  splitSentences(paragraph).map((r) => paragraph.slice(r.start, r.end).trim())

describe('splitting a paragraph into sentences', () => {
  it('ends one where a page lost the space after the full stop', () => {
    expect(split('They sent 427 tons of food aid.The convoy crossed the bridge.')).toEqual([
      'They sent 427 tons of food aid.',
      'The convoy crossed the bridge.'
    ])
    expect(split('Ali Musa said in a statement."The convoy is ready," he said.')).toEqual([
      'Ali Musa said in a statement.',
      '"The convoy is ready," he said.'
    ])
    // Not after an initial or a short form, nor in a web address.
    expect(
      split('Aid reached the U.S.Army base and Acme Inc.Ltd said so. Visit acme.com now.')
    ).toEqual(['Aid reached the U.S.Army base and Acme Inc.Ltd said so.', 'Visit acme.com now.'])
  })
  it('does not end a sentence at a title written short before a name', () => {
    expect(split('The motion was moved by Coun. Skylar Franke. She spoke for an hour.')).toEqual([
      'The motion was moved by Coun. Skylar Franke.',
      'She spoke for an hour.'
    ])
    expect(split('It was signed by Insp. Tracey Croucher. Nobody objected.')).toHaveLength(2)
    // "Rep." is a representative, though a sales rep is a person too.
    expect(split('The bill was filed by Rep. Ana Ruiz (D-Calif.) on Monday.')).toHaveLength(1)
  })

  it('ends one after an acronym or a word for a person, which are no abbreviations', () => {
    expect(split('The firm hired a new CEO. The shares rose.')).toHaveLength(2)
    expect(split('He spoke to the mayor. The mayor said nothing.')).toHaveLength(2)
  })

  it('reads a full stop after a word written short by where that word stands', () => {
    // Before a name or a number, the stop ends nothing.
    expect(
      split('The talk was given by Dr. Ada Holm of St. Louis. She spoke for an hour.')
    ).toEqual(['The talk was given by Dr. Ada Holm of St. Louis.', 'She spoke for an hour.'])
    expect(split('The seed was No. 3 in the draw.')).toHaveLength(1)
    // "no" before a word is the answer, not "number".
    expect(split('Asked if he would resign, he said no. Then he left.')).toHaveLength(2)
    // After a name's last word or a clock time, the stop ends the sentence when one opens.
    expect(split('The deal was signed by Acme Inc. The shares rose.')).toHaveLength(2)
    expect(split('The vote closes at 9 p.m. The count starts at once.')).toHaveLength(2)
    expect(split('He met Martin Luther King Jr. Day organisers.')).toHaveLength(1)
  })
})

import { describe, expect, it } from 'vitest'
import { splitSentences } from './sentences'

const split = (paragraph: string): string[] =>
  splitSentences(paragraph).map((r) => paragraph.slice(r.start, r.end).trim())

describe('splitting a paragraph into sentences', () => {
  it('does not end a sentence at a title written short before a name', () => {
    expect(split('The motion was moved by Coun. Skylar Franke. She spoke for an hour.')).toEqual([
      'The motion was moved by Coun. Skylar Franke.',
      'She spoke for an hour.'
    ])
    expect(split('It was signed by Insp. Tracey Croucher. Nobody objected.')).toHaveLength(2)
  })

  it('ends one after an acronym or a word for a person, which are no abbreviations', () => {
    expect(split('The firm hired a new CEO. The shares rose.')).toHaveLength(2)
    expect(split('He spoke to the mayor. The mayor said nothing.')).toHaveLength(2)
  })
})

import { describe, expect, it } from 'vitest'
import { generateFromText } from '../../generate'
import { acronymsByInitials, acronymsIn, withOrgTail } from './org-names'

describe('acronyms an article uses', () => {
  it('reads an acronym defined in brackets', () => {
    expect(acronymsIn('The Korean Central News Agency (KCNA) said')).toContainEqual([
      'KCNA',
      'Korean Central News Agency'
    ])
  })
  it('links an undefined acronym to the one name whose initials spell it', () => {
    const texts = [
      'The inquiry followed a National Institutes of Health review.',
      'NIH leaders said they would act.'
    ]
    expect(acronymsByInitials(texts)).toEqual([['NIH', 'National Institutes of Health']])
  })
  it('finds the name after the words that open its run, and the parts of a hyphened word', () => {
    expect(
      acronymsByInitials([
        'According to the Independent Investigations Office, the incident began at night.',
        'The IIO said the man tried to flee.'
      ])
    ).toEqual([['IIO', 'Independent Investigations Office']])
    expect(
      acronymsByInitials([
        'Officers of the Counter-Terrorism Department arrested four men.',
        'The CTD said they were armed.'
      ])
    ).toEqual([['CTD', 'Counter-Terrorism Department']])
  })
  it('leaves an acronym alone when two names share its initials, or when it is short', () => {
    expect(
      acronymsByInitials([
        'The Public Health Service met the Park Hotel Society.',
        'PHS said nothing.'
      ])
    ).toEqual([])
    expect(acronymsByInitials(['The United Nations met.', 'UN staff left.'])).toEqual([])
  })
  it('credits the organisation by its full name', () => {
    const x = generateFromText(
      'Title\n\nThe review was prompted by a National Institutes of Health inquiry.\n\n' +
        'NIH said the grants "were not disclosed in full".'
    )
    expect(x.quotes[0]?.speaker).toBe('National Institutes of Health')
  })

  it('reads a name with two "of" tails whole', () => {
    expect(withOrgTail('National Union', ' of Teachers of the Marl Islands said it.')).toBe(
      'National Union of Teachers of the Marl Islands'
    )
    expect(withOrgTail('Springfield Chamber', ' of Commerce said it.')).toBe(
      'Springfield Chamber of Commerce'
    )
  })
})

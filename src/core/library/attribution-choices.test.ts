import { describe, expect, it } from 'vitest'
import { generateFromText } from '../generate'
import type { Quote } from '../model'
import { parseWrittenDate } from '../article/dates'
import { choicesFor, mergeChoices, sameTimeChoice, typedTime } from './attribution-choices'

const article = [
  'date 2025-03-14 Art students flock to the museum',
  'Mayor Ana Duarte spoke at the museum in Boston on Thursday.',
  '"We have run out of time," Duarte said.',
  'Kiara Perkins, a student, skipped class for the show. Why did she go? "It is Warhol."'
].join('\n\n')

describe('choicesFor', () => {
  const x = generateFromText(article)
  const guessed = x.quotes.find((q) => q.text.startsWith('It is Warhol'))!

  it("offers the generator's choice first, then the article's other speakers once each", () => {
    const { speakers } = choicesFor(guessed, x)
    expect(speakers[0]).toBe(guessed.speaker)
    // "Duarte" and "Ana Duarte" are one person: offered once.
    expect(speakers.filter((s) => s.includes('Duarte'))).toHaveLength(1)
  })

  it("offers the article's places and times, the quotation's own first", () => {
    const sure = x.quotes.find((q) => q.text.startsWith('We have run out'))!
    const { places, times } = choicesFor(sure, x)
    expect(places[0]).toBe(sure.where)
    expect(times[0]).toEqual(sure.when)
    // The guessed quote has no place of its own but may take the article's.
    expect(choicesFor(guessed, x).places).toEqual([sure.where])
  })

  it('offers no speaker twice and never more than six', () => {
    const many: Quote = {
      ...guessed,
      basis: {
        ...guessed.basis!,
        candidates: ['A One', 'a one', 'B Two', 'C Three', 'D Four', 'E Five', 'F Six', 'G Seven']
      }
    }
    const { speakers } = choicesFor(many, x)
    expect(speakers).toHaveLength(6)
    expect(new Set(speakers.map((s) => s.toLowerCase())).size).toBe(6)
  })
})

describe('mergeChoices', () => {
  it('keeps the first order and adds what is new at the end', () => {
    const t = (label: string) => ({ phrase: label, resolved: null, label })
    expect(
      mergeChoices(
        { speakers: ['A B', 'C D'], places: ['the hall'], times: [t('Monday')] },
        { speakers: ['C D', 'E F', 'a b'], places: [], times: [t('monday'), t('Friday')] }
      )
    ).toEqual({
      speakers: ['A B', 'C D', 'E F'],
      places: ['the hall'],
      times: [t('Monday'), t('Friday')]
    })
  })
})

describe('mergeChoices keeps a typed answer', () => {
  it('shows it after six first offered', () => {
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map((l) => `${l} Name`)
    const merged = mergeChoices(
      { speakers: six, places: [], times: [] },
      { speakers: ['Typed Person', ...six], places: [], times: [] }
    )
    expect(merged.speakers).toEqual([...six, 'Typed Person'])
  })
})

describe('typedTime', () => {
  const article = { published: '2025-03-14', dateline: null }
  it("resolves a typed phrase against the article's date", () => {
    expect(typedTime('on Thursday', article)).toEqual({
      phrase: 'on Thursday',
      resolved: '2025-03-13',
      label: '13 March 2025'
    })
    expect(typedTime('14 March 2025', article).resolved).toBe('2025-03-14')
    expect(typedTime('March 3', article).resolved).toBe('2025-03-03')
    expect(typedTime('2024', article).resolved).toBe('2024')
    // A month and year is the month, never the 20th of it.
    expect(typedTime('March 2024', article).resolved).toBe('2024-03')
    expect(parseWrittenDate('March 2024', 2025)).toBeNull()
  })
  it('keeps anything else as written', () => {
    expect(typedTime('  at the end of  the war ', article)).toEqual({
      phrase: 'at the end of the war',
      resolved: null,
      label: 'at the end of the war'
    })
  })
  it('compares choices by what they read', () => {
    const a = typedTime('Thursday', article)
    expect(sameTimeChoice(a, typedTime('on Thursday', article))).toBe(true)
    expect(sameTimeChoice(a, null)).toBe(false)
    expect(sameTimeChoice(null, null)).toBe(true)
  })
})

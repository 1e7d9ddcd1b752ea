import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { card, reviewCard, at, DAY } from '../review/test-helpers'
import { CARD_CSV_FIELDS, cardsToCsv } from './cards-csv'
import { reviewLogToCsv, REVIEW_LOG_CSV_FIELDS } from './review-log-csv'
import { logEntry } from './sample-library'

const titles = new Map([['article-1', 'Bloom, "anew"']])

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
}

describe('cardsToCsv', () => {
  it('writes a header and one row per card with state and due as ISO', () => {
    const due = Date.UTC(2025, 0, 18, 9)
    const rows = parse(
      cardsToCsv(
        [
          card('c1', { due: 0 }),
          reviewCard('c2', due, {
            suspended: true,
            front: 'Line 1\nline 2, “quoted”',
            tags: ['leech', 'trade']
          })
        ],
        titles
      )
    )
    expect(rows[0]).toEqual([...CARD_CSV_FIELDS])
    expect(rows).toHaveLength(3)
    expect(rows[1]?.slice(0, 3)).toEqual(['c1', 'Bloom, "anew"', 'quote-who'])
    expect(rows[1]?.[5]).toBe('new')
    expect(rows[2]?.[3]).toBe('Line 1\nline 2, “quoted”')
    expect(rows[2]?.slice(5)).toEqual([
      'review',
      '2025-01-18T09:00:00.000Z',
      '10',
      '5',
      '3',
      '0',
      'yes',
      'leech trade'
    ])
    expect(rows[1]?.at(-1)).toBe('')
  })

  it('keeps spreadsheet formulas in card text from running', () => {
    const rows = parse(cardsToCsv([card('c1', {}, { front: '=HYPERLINK("x")' })], titles))
    expect(rows[1]?.[3]).toBe(`'=HYPERLINK("x")`)
  })

  it('leaves the title empty for a card whose article is unknown', () => {
    expect(parse(cardsToCsv([card('c1', {}, { articleId: 'gone' })], titles))[1]?.[1]).toBe('')
  })
})

describe('reviewLogToCsv', () => {
  it('names grades and measures the interval to the new due time', () => {
    const t = at(2025, 1, 15)
    const long = { ...logEntry(2, 4, t), after: { ...logEntry(2, 4, t).after, due: t + 3 * DAY } }
    const rows = parse(reviewLogToCsv([logEntry(1, 1, t), long], titles))
    expect(rows[0]).toEqual([...REVIEW_LOG_CSV_FIELDS])
    expect(rows[1]).toEqual([
      'c1',
      'Bloom, "anew"',
      new Date(t).toISOString(),
      '2025-01-15',
      'again',
      '0.0069',
      '4.2'
    ])
    expect(rows[2]?.[4]).toBe('easy')
    expect(rows[2]?.[5]).toBe('3')
  })

  it('is just the header for an empty log', () => {
    expect(parse(reviewLogToCsv([], titles))).toHaveLength(1)
  })
})

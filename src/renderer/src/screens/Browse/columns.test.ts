import { describe, expect, it } from 'vitest'
import { browseRow, type BrowseRow } from '@core/search'
import { storedCard } from '@core/testing/builders'
import { COLUMNS, columnOf, sortRows } from './columns'

function row(id: string, s: Parameters<typeof storedCard>[1], extra: Partial<BrowseRow> = {}) {
  return { ...browseRow(storedCard(id, s), undefined, () => null), ...extra }
}

const rows = [
  row('new', {}, { front: 'beta' }),
  row(
    'soon',
    { phase: 2, due: 100, scheduledDays: 3, lapses: 2 },
    { front: 'Alpha', retrievability: 0.7 }
  ),
  row(
    'late',
    { phase: 2, due: 500, scheduledDays: 30, lapses: 0 },
    { front: 'gamma', retrievability: 0.95 }
  )
]

const ids = (list: BrowseRow[]) => list.map((r) => r.id)

describe('columns', () => {
  it('has the issue’s twelve columns', () => {
    expect(COLUMNS.map((c) => c.key)).toEqual([
      'question',
      'answer',
      'kind',
      'article',
      'speaker',
      'due',
      'interval',
      'stability',
      'difficulty',
      'retrievability',
      'lapses',
      'reviews'
    ])
  })

  it('sorts text without regard to case', () => {
    expect(ids(sortRows(rows, { column: 'question', descending: false }))).toEqual([
      'soon',
      'new',
      'late'
    ])
    expect(ids(sortRows(rows, { column: 'question', descending: true }))).toEqual([
      'late',
      'new',
      'soon'
    ])
  })

  it('puts new cards after studied ones by due date, and empty values last both ways', () => {
    expect(ids(sortRows(rows, { column: 'due', descending: false }))).toEqual([
      'soon',
      'late',
      'new'
    ])
    expect(ids(sortRows(rows, { column: 'interval', descending: true }))).toEqual([
      'late',
      'soon',
      'new'
    ])
    expect(ids(sortRows(rows, { column: 'retrievability', descending: false }))).toEqual([
      'soon',
      'late',
      'new'
    ])
  })

  it('keeps ties in their current order', () => {
    expect(ids(sortRows(rows, { column: 'reviews', descending: false }))).toEqual([
      'new',
      'soon',
      'late'
    ])
  })

  it('shows values a person reads', () => {
    expect(columnOf('due').text(rows[0]!)).toBe('New')
    expect(columnOf('interval').text(rows[2]!)).toBe('30d')
    expect(columnOf('retrievability').text(rows[1]!)).toBe('70%')
    expect(columnOf('kind').text(rows[0]!)).toBe('Who said it')
  })
})

/**
 * The browser's columns: what each shows of a row and what it sorts by. Sorting reads a key made
 * once per row, so re-sorting 100,000 rows compares numbers and plain strings, not dates.
 */
import { fold, type BrowseRow } from '@core/search'
import { CARD_KIND_LABEL } from '../../lib/components/card-kinds'

export type ColumnKey =
  | 'question'
  | 'answer'
  | 'kind'
  | 'article'
  | 'speaker'
  | 'due'
  | 'interval'
  | 'stability'
  | 'difficulty'
  | 'retrievability'
  | 'lapses'
  | 'reviews'

export interface Column {
  key: ColumnKey
  label: string
  /** Numbers are right-aligned and sort numerically. */
  numeric: boolean
  /** Narrowest the column gets, in rem; text columns share what is left over by `grow`. */
  min: number
  grow: number
  text(row: BrowseRow): string
  /** What sorting compares; null sorts last in either direction. */
  sortKey(row: BrowseRow): string | number | null
}

const SHORT_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric'
})

const studied = (row: BrowseRow): boolean => row.sched.phase !== 0

/** A text column that grows with the window; empty text sorts last. */
function textColumn(
  key: ColumnKey,
  label: string,
  [min, grow]: [number, number],
  text: (row: BrowseRow) => string | null
): Column {
  return {
    key,
    label,
    numeric: false,
    min,
    grow,
    text: (r) => text(r) ?? '',
    sortKey: (r) => {
      const t = text(r)
      return t === null ? null : fold(t)
    }
  }
}

/** A fixed-width number column; cards without the value (new ones) show nothing, sort last. */
function numberColumn(
  key: ColumnKey,
  label: string,
  value: (row: BrowseRow) => number | null,
  show: (n: number) => string
): Column {
  return {
    key,
    label,
    numeric: true,
    min: key === 'lapses' || key === 'reviews' ? 5 : key === 'retrievability' ? 6.5 : 5.5,
    grow: 0,
    text: (r) => {
      const n = value(r)
      return n === null ? '' : show(n)
    },
    sortKey: value
  }
}

const ifStudied =
  (value: (row: BrowseRow) => number) =>
  (r: BrowseRow): number | null =>
    studied(r) ? value(r) : null

export const COLUMNS: readonly Column[] = [
  textColumn('question', 'Question', [12, 3], (r) => r.front),
  textColumn('answer', 'Answer', [7, 1.5], (r) => r.back),
  textColumn('kind', 'Kind', [7, 1], (r) => CARD_KIND_LABEL[r.kind]),
  textColumn('article', 'Article', [9, 2], (r) => r.article),
  textColumn('speaker', 'Speaker', [7, 1], (r) => r.speaker),
  {
    key: 'due',
    label: 'Due',
    numeric: false,
    min: 7,
    grow: 0,
    text: (r) => (studied(r) ? SHORT_DATE.format(r.sched.due) : 'New'),
    // New cards after every studied one, in the order the queue takes them.
    sortKey: (r) => (studied(r) ? r.sched.due : Number.MAX_SAFE_INTEGER / 2 + r.sched.due)
  },
  numberColumn(
    'interval',
    'Interval',
    ifStudied((r) => r.sched.scheduledDays),
    (n) => `${n}d`
  ),
  numberColumn(
    'stability',
    'Stability',
    ifStudied((r) => r.sched.stability),
    (n) => `${n.toFixed(1)}d`
  ),
  numberColumn(
    'difficulty',
    'Difficulty',
    ifStudied((r) => r.sched.difficulty),
    (n) => n.toFixed(1)
  ),
  numberColumn(
    'retrievability',
    'Recall now',
    (r) => r.retrievability,
    (n) => `${Math.round(n * 100)}%`
  ),
  numberColumn('lapses', 'Lapses', (r) => r.sched.lapses, String),
  numberColumn('reviews', 'Reviews', (r) => r.sched.reps, String)
]

/** What fits a 1280 px window without scrolling sideways; the chooser adds the rest. */
export const DEFAULT_COLUMNS: ColumnKey[] = [
  'question',
  'answer',
  'speaker',
  'due',
  'interval',
  'retrievability',
  'lapses'
]

/** Column keys read back from storage: unknown names dropped, the defaults if none is left. */
export function knownColumns(names: readonly string[]): ColumnKey[] {
  const keys = COLUMNS.map((c) => c.key).filter((k) => names.includes(k))
  return keys.length ? keys : [...DEFAULT_COLUMNS]
}

export function isColumnKey(name: string): name is ColumnKey {
  return COLUMNS.some((c) => c.key === name)
}

/** The grid's column template and the width below which it scrolls sideways. */
export function gridLayout(columns: readonly Column[]): { template: string; minWidth: string } {
  const template = columns
    .map((c) => (c.grow ? `minmax(${c.min}rem, ${c.grow}fr)` : `${c.min}rem`))
    .join(' ')
  return { template, minWidth: `${columns.reduce((sum, c) => sum + c.min, 0)}rem` }
}

export function columnOf(key: ColumnKey): Column {
  // Every key has a column: COLUMNS is the list the type was written from.
  return COLUMNS.find((c) => c.key === key)!
}

export interface SortOrder {
  column: ColumnKey
  descending: boolean
}

/**
 * The rows in `order`, ties kept in their current order (so a second sort refines the first).
 * Rows without a value go last whichever the direction.
 */
export function sortRows(rows: readonly BrowseRow[], order: SortOrder): BrowseRow[] {
  const column = columnOf(order.column)
  const keyed = rows.map((row, i) => ({ row, i, key: column.sortKey(row) }))
  const sign = order.descending ? -1 : 1
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key === b.key) return a.i - b.i
      return a.key === null ? 1 : -1
    }
    if (a.key < b.key) return -sign
    if (a.key > b.key) return sign
    return a.i - b.i
  })
  return keyed.map((k) => k.row)
}

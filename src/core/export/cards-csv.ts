/**
 * The cards as a spreadsheet: one row per card with its content and where it stands in FSRS.
 * Pure: the caller passes the cards and a title for each article id.
 */
import Papa from 'papaparse'
import type { StoredCard } from '../model'
import { PHASE_NAME } from '../review/phase'

export const CARD_CSV_FIELDS = [
  'id',
  'article',
  'kind',
  'front',
  'back',
  'state',
  'due',
  'stability',
  'difficulty',
  'reps',
  'lapses',
  'suspended',
  'tags'
] as const

/**
 * Excel reads a UTF-8 file without a byte-order mark as the local code page, which garbles the
 * curly quotes every news quote has; spreadsheet apps and papaparse all skip the mark.
 */
export const CSV_BOM = '\uFEFF'

/** Shared unparse options: formula escaping because card text is copied from the web. */
export const CSV_OPTIONS = { newline: '\r\n', escapeFormulae: true } as const

/** Four decimals are more than FSRS's own precision and keep the file readable. */
export function round(n: number, places = 4): number {
  const f = 10 ** places
  return Math.round(n * f) / f
}

export function cardsToCsv(
  cards: readonly StoredCard[],
  titles: ReadonlyMap<string, string>
): string {
  const rows = cards.map((c) => [
    c.id,
    titles.get(c.articleId) ?? '',
    c.kind,
    c.front,
    c.back,
    PHASE_NAME[c.sched.phase],
    new Date(c.sched.due).toISOString(),
    round(c.sched.stability),
    round(c.sched.difficulty),
    c.sched.reps,
    c.sched.lapses,
    c.suspended ? 'yes' : 'no',
    // Space-separated, as Anki writes them; a tag never holds a space.
    (c.tags ?? []).join(' ')
  ])
  return (
    CSV_BOM +
    Papa.unparse({ fields: [...CARD_CSV_FIELDS], data: rows }, CSV_OPTIONS) +
    CSV_OPTIONS.newline
  )
}

/**
 * The review history as a spreadsheet. Built in chunks so storage can stream the log page by
 * page instead of holding every entry (each with two scheduling states) in memory at once.
 */
import Papa from 'papaparse'
import type { Grade, ReviewLogEntry } from '../model'
import { DAY_MS } from '../calendar'
import { CSV_BOM, CSV_OPTIONS, round } from './cards-csv'

export const GRADE_NAMES: Record<Grade, 'again' | 'hard' | 'good' | 'easy'> = {
  1: 'again',
  2: 'hard',
  3: 'good',
  4: 'easy'
}

export const REVIEW_LOG_CSV_FIELDS = [
  'card id',
  'article',
  'reviewed at',
  'study day',
  'grade',
  'interval days',
  'duration s'
] as const

/** The header line, starting the file. */
export function reviewLogCsvHeader(): string {
  return CSV_BOM + Papa.unparse([[...REVIEW_LOG_CSV_FIELDS]], CSV_OPTIONS) + CSV_OPTIONS.newline
}

/**
 * Rows for some entries, each line ended. The interval is measured from the answer to the new
 * due time rather than taken from `scheduledDays`, which FSRS leaves at 0 for learning steps;
 * this way a 10-minute step shows as 0.0069 days instead of looking like no interval at all.
 */
export function reviewLogCsvRows(
  entries: readonly ReviewLogEntry[],
  titles: ReadonlyMap<string, string>
): string {
  if (entries.length === 0) return ''
  const rows = entries.map((e) => [
    e.cardId,
    titles.get(e.articleId) ?? '',
    new Date(e.reviewedAt).toISOString(),
    e.day,
    GRADE_NAMES[e.grade],
    round(Math.max(0, e.after.due - e.reviewedAt) / DAY_MS),
    round(e.durationMs / 1000, 1)
  ])
  return Papa.unparse(rows, CSV_OPTIONS) + CSV_OPTIONS.newline
}

/** The file as chunks, one per page of entries, so a long log never sits in memory at once. */
export async function* reviewLogCsvChunks(
  pages: AsyncIterable<readonly ReviewLogEntry[]>,
  titles: ReadonlyMap<string, string>
): AsyncGenerator<string> {
  yield reviewLogCsvHeader()
  for await (const page of pages) if (page.length > 0) yield reviewLogCsvRows(page, titles)
}

/** The whole file for entries already in memory (tests, small logs). */
export function reviewLogToCsv(
  entries: readonly ReviewLogEntry[],
  titles: ReadonlyMap<string, string>
): string {
  return reviewLogCsvHeader() + reviewLogCsvRows(entries, titles)
}

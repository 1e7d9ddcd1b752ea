/**
 * Reads a review history exported from Anki, so that a new user can fit FSRS on years of past
 * reviews from the first day. Two shapes are accepted, told apart by their header:
 *
 * - the FSRS tools' revlog CSV (fsrs4anki, fsrs-rs, the optimizer binding):
 *   `card_id,review_time,review_rating,review_state[,review_duration]`, times in epoch ms,
 *   states 0 new, 1 learning, 2 review, 3 relearning;
 * - Anki's own `revlog` table saved as CSV (e.g. `sqlite3 -csv -header collection.anki2
 *   "select * from revlog"`): `id,cid,…,ease,…,type`, where `id` is the time in epoch ms and
 *   `type` is 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled.
 *
 * Manual and rescheduling entries (rating 0, types 4 and 5) are not answers and are skipped,
 * as fsrs-rs skips them.
 */
import Papa from 'papaparse'
import { UserFacingError } from '../errors'
import type { Grade } from '../model'
import { studyDay } from '../review/study-day'
import type { HistoryReview } from './types'

export class RevlogFormatError extends UserFacingError {}

export type RevlogFormat = 'fsrs' | 'anki'

export interface RevlogImport {
  format: RevlogFormat
  reviews: HistoryReview[]
  /** Rows that were not answers (manual, rescheduled) or could not be read. */
  skipped: number
  cards: number
}

interface Columns {
  format: RevlogFormat
  card: number
  time: number
  rating: number
  kind: number
}

function columnsOf(header: readonly string[]): Columns {
  const names = header.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/^\ufeff/, '')
  )
  const at = (name: string): number => names.indexOf(name)
  if (at('card_id') >= 0 && at('review_time') >= 0 && at('review_rating') >= 0) {
    return {
      format: 'fsrs',
      card: at('card_id'),
      time: at('review_time'),
      rating: at('review_rating'),
      kind: at('review_state')
    }
  }
  if (at('id') >= 0 && at('cid') >= 0 && at('ease') >= 0 && at('type') >= 0) {
    return { format: 'anki', card: at('cid'), time: at('id'), rating: at('ease'), kind: at('type') }
  }
  throw new RevlogFormatError(
    'revlog-header',
    'This is not a review history Newsdeck can read. Export the revlog as CSV with the columns ' +
      'card_id, review_time, review_rating and review_state (the FSRS tools), or Anki’s revlog ' +
      'table with its column names (id, cid, ease, type).'
  )
}

/** Whether a row's kind marks learning (a new card's first steps), or null for a non-answer. */
function learningOf(format: RevlogFormat, kind: number): boolean | null {
  if (format === 'fsrs') return kind >= 0 && kind <= 3 ? kind <= 1 : null
  if (kind === 0) return true
  return kind >= 1 && kind <= 3 ? false : null
}

/** With no state column, each card's earliest answer is taken as the start of its learning. */
function markFirstAnswers(reviews: HistoryReview[]): void {
  const first = new Map<string, HistoryReview>()
  for (const review of reviews) {
    const seen = first.get(review.cardKey)
    if (!seen || review.at < seen.at) first.set(review.cardKey, review)
  }
  for (const review of first.values()) review.fromNew = true
}

export function parseRevlogCsv(text: string, dayStartHour: number): RevlogImport {
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true })
  const [header, ...rows] = parsed.data
  if (!header) throw new RevlogFormatError('revlog-empty', 'The file is empty.')
  const columns = columnsOf(header)
  const reviews: HistoryReview[] = []
  const cards = new Set<string>()
  let skipped = 0
  for (const row of rows) {
    const card = row[columns.card]?.trim()
    const at = Number(row[columns.time])
    const rating = Number(row[columns.rating])
    // Without a state column every answer counts as a review; learning is then unknown.
    const learning =
      columns.kind >= 0 ? learningOf(columns.format, Number(row[columns.kind])) : false
    if (
      !card ||
      !Number.isFinite(at) ||
      at <= 0 ||
      ![1, 2, 3, 4].includes(rating) ||
      learning === null
    ) {
      skipped++
      continue
    }
    const cardKey = `anki:${card}`
    cards.add(cardKey)
    reviews.push({
      cardKey,
      at,
      day: studyDay(at, dayStartHour),
      grade: rating as Grade,
      fromNew: learning
    })
  }
  if (columns.kind < 0) markFirstAnswers(reviews)
  if (reviews.length === 0) {
    throw new RevlogFormatError('revlog-no-reviews', 'The file has no reviews Newsdeck can use.')
  }
  return { format: columns.format, reviews, skipped, cards: cards.size }
}

/**
 * The review history in the CSV the FSRS tools read (the optimizer, fsrs-rs, srs-benchmark):
 * `card_id,review_time,review_rating,review_state,review_duration`, one answer a row, times and
 * durations in milliseconds, the state the card was in when answered (0 new, 1 learning,
 * 2 review, 3 relearning). Written a page of answers at a time, so a million answers never sit
 * in memory as one string.
 */
import { hash53 } from '../hash'
import type { ReviewLogEntry } from '../model'

export const FSRS_REVLOG_HEADER = 'card_id,review_time,review_rating,review_state,review_duration\n'

/**
 * The tools want a whole-number card id; ours are strings. A 53-bit hash of the id (cyrb53) is
 * the same in every export, so two exports of one library line up, and fits a double exactly.
 */
export function numericCardId(id: string): number {
  // Never 0: some tools read 0 as "no card".
  return hash53(id) || 1
}

/**
 * Rows for a page of answers, each line ended. Every field is a number, so nothing needs
 * quoting; a plain join is what papaparse would write, at a fraction of the cost.
 */
export function fsrsRevlogRows(entries: readonly ReviewLogEntry[]): string {
  let out = ''
  for (const e of entries) {
    out += `${numericCardId(e.cardId)},${e.reviewedAt},${e.grade},${e.before.phase},${Math.round(e.durationMs)}\n`
  }
  return out
}

/** The whole file as chunks: the header, then one chunk per page of answers read. */
export async function* fsrsRevlogCsv(
  pages: AsyncIterable<readonly ReviewLogEntry[]>
): AsyncGenerator<string> {
  yield FSRS_REVLOG_HEADER
  for await (const page of pages) {
    if (page.length > 0) yield fsrsRevlogRows(page)
  }
}

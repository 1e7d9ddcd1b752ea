/**
 * A quotation's confidence, checked against how often attributions like it were right. Each
 * sieve and mention rule sets a confidence by hand; `calibration.json` counts how often each
 * pair (for example "leading-verb" with "unnamed-source") named the right speaker on the
 * annotated tuning articles, written by `npx tsx bench/calibrate.ts`. Where a pair was right
 * less often than its hand value says, the confidence comes down to that rate, blended with the
 * hand value as a prior worth a few attributions, so a pair seen rarely moves little. It never
 * goes up: the rules were written against those same articles, so their rates there are a best
 * case, good evidence that a pair is worse than claimed and poor evidence that it is better.
 * No speaker changes, only how sure the app says it is: which quotations it asks the user to
 * check, and leaves out of the quiz.
 */
import table from './calibration.json'

export interface CalibrationTable {
  /** What the counts were measured on. */
  source: string
  /** By "sieve/rule": attributions that named the right speaker, and all that named one. */
  counts: Record<string, readonly number[]>
}

/** How many attributions the hand-set confidence counts as, against the measured ones. */
export const PRIOR_WEIGHT = 4

export const calibrationKey = (sieve: string, rule: string | null): string => `${sieve}/${rule}`

/** The confidence of an attribution by `sieve` and `rule` whose code set it to `raw`. */
export function calibrated(
  sieve: string,
  rule: string | null,
  raw: number,
  counts: CalibrationTable['counts'] = table.counts
): number {
  const seen = counts[calibrationKey(sieve, rule)]
  if (!seen) return raw
  const [right = 0, total = 0] = seen
  return Math.min(raw, (right + PRIOR_WEIGHT * raw) / (total + PRIOR_WEIGHT))
}

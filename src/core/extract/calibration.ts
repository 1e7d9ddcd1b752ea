/**
 * A quotation's confidence, set by how often attributions like it were right on news the
 * generator had never seen. Each sieve and mention rule sets a confidence by hand;
 * `calibration.json` counts, for each pair (for example "leading-verb" with "unnamed-source"),
 * how often it named the right speaker in the first look at each tuning batch (the batch as the
 * code of the commit that added it read it, before any rule was written against it; written by
 * `npx tsx bench/first-look.ts`, then `npx tsx bench/calibrate.ts`) and the hand values it gave
 * there. The pair's hand values are then moved, on the log-odds scale, by as much as they missed
 * its measured rate, and that rate is blended with the hand values as a prior worth a few
 * attributions, so a pair seen rarely moves little. Within a pair the hand order stays (a guess
 * its code trusted less stays below one it trusted more), and the pair as a whole goes down or
 * up as the record says: counted on text no rule had been fitted to, its rate is no best case.
 * No speaker changes, only how sure the app says it is: which quotations it asks the user to
 * check, and leaves out of the quiz.
 */
import table from './calibration.json'

export interface CalibrationTable {
  /** What the counts were measured on. */
  source: string
  /**
   * By "sieve/rule": attributions that named the right speaker, all that named one, and the sum
   * of the confidences their code set by hand.
   */
  counts: Record<string, readonly number[]>
}

/** How many attributions the hand-set confidence counts as, against the measured ones. */
export const PRIOR_WEIGHT = 4

export const calibrationKey = (sieve: string, rule: string | null): string => `${sieve}/${rule}`

/** Log-odds, kept finite: a hand value of 1 is "very sure", not "certain". */
const logit = (p: number): number => {
  const q = Math.min(0.995, Math.max(0.005, p))
  return Math.log(q / (1 - q))
}

/** The confidence of an attribution by `sieve` and `rule` whose code set it to `raw`. */
export function calibrated(
  sieve: string,
  rule: string | null,
  raw: number,
  counts: CalibrationTable['counts'] = table.counts
): number {
  const seen = counts[calibrationKey(sieve, rule)]
  const [right = 0, total = 0, rawSum = 0] = seen ?? []
  if (total === 0) return raw
  const claimed = rawSum / total
  const rate = (right + PRIOR_WEIGHT * claimed) / (total + PRIOR_WEIGHT)
  return 1 / (1 + Math.exp(-(logit(raw) + logit(rate) - logit(claimed))))
}

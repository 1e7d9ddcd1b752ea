/**
 * The optimizer's data: review histories as FSRS sees them, fits and their metrics. Pure data,
 * like core/model.ts; kept here so the scheduler's types stay apart from the fitting's.
 */
import type { Grade } from '../model'

/** FSRS-6 has 21 parameters (w0–w20). */
export type Parameters = number[]

/** One answer as the optimizer needs it, from Newsdeck's own log or an imported revlog. */
export interface HistoryReview {
  /** Which card: Newsdeck's card id, or `anki:<cid>` for an imported one. */
  cardKey: string
  /** When it was answered (epoch ms): orders reviews and splits the history in time. */
  at: number
  /** The study day it counts for (`YYYY-MM-DD`): FSRS measures intervals in whole days. */
  day: string
  grade: Grade
  /** True for the answer to a card that was new (the start of its learning). */
  fromNew: boolean
}

/**
 * Every card's reviews, flattened: card c's reviews are `ratings[starts[c]] …
 * ratings[starts[c + 1] - 1]`, with `deltas` the days since the card's previous review (0 for
 * its first, and for another review the same day). `items` are the reviews FSRS learns from —
 * each review on a later day than the one before — as indexes into the flat arrays, oldest
 * first; `itemTimes` holds when each was answered.
 */
export interface TrainingSet {
  ratings: Uint8Array
  deltas: Uint32Array
  starts: Uint32Array
  items: Uint32Array
  itemTimes: Float64Array
  /** How many answers went in (own and imported), for the fit's record. */
  reviewCount: number
}

export interface Metrics {
  /** Binary cross-entropy of recall predictions; lower is better. */
  logLoss: number
  /** fsrs-rs's RMSE over bins of interval, review count and lapses; lower is better. */
  rmse: number
  /** How many predictions were scored. */
  count: number
}

/**
 * How much history there is decides what is fitted: nothing below fsrs-rs's minimum, then only
 * the four initial stabilities, then every parameter.
 */
export type FitStage = 'defaults' | 'initial' | 'full'

/**
 * What to fit for how much history. fsrs-rs returns its defaults below 8 training items and
 * only the four initial stabilities below 64; Newsdeck keeps to the initial stabilities until
 * about 1,000 reviews, the amount Anki long asked for before fitting everything, because the
 * other seventeen parameters are poorly determined by a few hundred reviews.
 */
import { default_w } from 'ts-fsrs'
import type { FitStage, Parameters } from './types'

/** fsrs-rs's minimum: with fewer training items it returns the defaults. */
export const MIN_TRAINING_ITEMS = 8
/** From this many reviews on, every parameter is fitted. */
export const FULL_FIT_REVIEWS = 1000
/** How many leading parameters the initial stage fits (the initial stabilities w0–w3). */
export const INITIAL_PARAMETERS = 4

export const DEFAULT_PARAMETERS: readonly number[] = Object.freeze([...default_w])

export function fitStage(trainingItems: number, reviews: number): FitStage {
  if (trainingItems < MIN_TRAINING_ITEMS) return 'defaults'
  return reviews < FULL_FIT_REVIEWS ? 'initial' : 'full'
}

/**
 * The parameters a stage keeps from a fit: none, the initial stabilities over the defaults, or
 * all of them.
 */
export function staged(stage: FitStage, fitted: readonly number[]): Parameters {
  if (stage === 'defaults') return [...DEFAULT_PARAMETERS]
  if (stage === 'initial') {
    return [...fitted.slice(0, INITIAL_PARAMETERS), ...DEFAULT_PARAMETERS.slice(INITIAL_PARAMETERS)]
  }
  return [...fitted]
}

/** A stored parameter list that ts-fsrs can use: 21 finite numbers. */
export function isParameters(value: unknown): value is Parameters {
  return (
    Array.isArray(value) &&
    value.length === DEFAULT_PARAMETERS.length &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v))
  )
}

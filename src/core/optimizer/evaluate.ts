/**
 * How well a set of parameters predicts recall, measured the way fsrs-rs and srs-benchmark
 * measure it: log loss over every predicted review, and RMSE over bins of interval, number of
 * reviews and lapses. The model is ts-fsrs's own, so what is scored is what the scheduler
 * would do with these parameters.
 */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs'
import type { Metrics, Parameters, TrainingSet } from './types'
import { lastAtOrBefore } from '../sorted'

/** ts-fsrs's model for `params`, with same-day reviews handled by the short-term parameters. */
export function fsrsModel(params: Parameters, desiredRetention = 0.9): FSRSAlgorithm {
  return new FSRSAlgorithm(
    generatorParameters({ w: params, enable_short_term: true, request_retention: desiredRetention })
  )
}

/** One scored review: the predicted chance of recall and what happened. */
export interface Prediction {
  /** Flat index of the review in the training set. */
  index: number
  p: number
  recalled: boolean
}

/**
 * Predicts every item of `set` with `params`. Each card's history is replayed once, so the cost
 * is one model step per review, whatever the number of items.
 */
export function predict(set: TrainingSet, params: Parameters): Prediction[] {
  const model = fsrsModel(params)
  const scored = new Uint8Array(set.ratings.length)
  for (const i of set.items) scored[i] = 1
  const byIndex = new Map<number, Prediction>()
  for (let c = 0; c + 1 < set.starts.length; c++) {
    const start = set.starts[c]!
    const end = set.starts[c + 1]!
    let state: FSRSState | null = null
    for (let k = start; k < end; k++) {
      const delta = set.deltas[k]!
      const rating = set.ratings[k]!
      if (scored[k] && state) {
        const p = model.forgetting_curve(delta, state.stability)
        byIndex.set(k, { index: k, p, recalled: rating > 1 })
      }
      state = model.next_state(state, k === start ? 0 : delta, rating)
    }
  }
  // In the items' (time) order.
  const predictions: Prediction[] = []
  for (const i of set.items) {
    const prediction = byIndex.get(i)
    if (prediction) predictions.push(prediction)
  }
  return predictions
}

const EPS = 1e-7

export function logLoss(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return Number.NaN
  let sum = 0
  for (const { p, recalled } of predictions) {
    const q = Math.min(1 - EPS, Math.max(EPS, p))
    sum -= recalled ? Math.log(q) : Math.log(1 - q)
  }
  return sum / predictions.length
}

/** fsrs-rs's bin for a review: interval, number of long-term reviews, lapses (dataset.rs). */
export function binOf(set: TrainingSet, index: number, start: number): string {
  const delta = set.deltas[index]!
  const deltaBin = Math.round(2.48 * 3.62 ** Math.floor(Math.log(delta) / Math.log(3.62)) * 100)
  let longTerm = 0
  let lapses = 0
  for (let k = start; k <= index; k++) {
    if (set.deltas[k]! > 0) {
      longTerm++
      if (k < index && set.ratings[k] === 1) lapses++
    }
  }
  const length = longTerm + 1
  const lengthBin = Math.round(1.99 * 1.89 ** Math.floor(Math.log(length) / Math.log(1.89)))
  const lapseBin =
    lapses === 0 ? 0 : Math.round(1.65 * 1.73 ** Math.floor(Math.log(lapses) / Math.log(1.73)))
  return `${deltaBin}/${lengthBin}/${lapseBin}`
}

/** RMSE between mean prediction and mean outcome per bin, weighted by each bin's size. */
export function rmseBins(set: TrainingSet, predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return Number.NaN
  const cardStart = startsByReview(set)
  const bins = new Map<string, { p: number; y: number; n: number }>()
  for (const { index, p, recalled } of predictions) {
    const key = binOf(set, index, cardStart(index))
    const bin = bins.get(key) ?? { p: 0, y: 0, n: 0 }
    bin.p += p
    bin.y += recalled ? 1 : 0
    bin.n += 1
    bins.set(key, bin)
  }
  let sum = 0
  let weight = 0
  for (const { p, y, n } of bins.values()) {
    sum += (p / n - y / n) ** 2 * n
    weight += n
  }
  return Math.sqrt(sum / weight)
}

function startsByReview(set: TrainingSet): (index: number) => number {
  const { starts } = set
  // The card whose range holds `index` (the last start is the end of the last card's).
  return (index) => starts[lastAtOrBefore(starts, index, starts.length - 1)]!
}

export function evaluate(set: TrainingSet, params: Parameters): Metrics {
  const predictions = predict(set, params)
  return {
    logLoss: logLoss(predictions),
    rmse: rmseBins(set, predictions),
    count: predictions.length
  }
}

/**
 * Review histories made from known parameters with the scheduler's own model: the test that a
 * fit recovers what generated the data, and the benchmarks' 100,000 reviews. Each card is
 * learned on some day (an Again is followed by a same-day Good, as a learning step would), then
 * reviewed at about the interval FSRS gives, recalled with the model's probability.
 */
import { addDays } from '../calendar'
import type { Grade } from '../model'
import { createRandom, type Random } from '../quiz/random'
import { fsrsModel } from './evaluate'
import type { HistoryReview, Parameters } from './types'

export interface SyntheticOptions {
  params: Parameters
  /** Total answers to make. */
  reviews: number
  seed: number
  /** The first study day (`YYYY-MM-DD`); new cards start on it and the days after. */
  firstDay?: string
  /** New cards a day. */
  newPerDay?: number
}

function pick(random: Random, weights: readonly number[]): Grade {
  let r = random.next() * weights.reduce((a, b) => a + b, 0)
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!
    if (r < 0) return (i + 1) as Grade
  }
  return weights.length as Grade
}

/** Shares of Again, Hard, Good, Easy for a first answer, and of Hard, Good, Easy on recall. */
const FIRST = [0.25, 0.1, 0.55, 0.1]
const ON_RECALL = [0, 0.12, 0.78, 0.1]

export function syntheticHistory(options: SyntheticOptions): HistoryReview[] {
  const { params, reviews, seed, firstDay = '2024-01-01', newPerDay = 20 } = options
  const model = fsrsModel(params)
  const random = createRandom(seed)
  const noon = (day: string, minute: number): number => {
    const [y, m, d] = day.split('-').map(Number)
    return Date.UTC(y!, m! - 1, d!, 12) + minute * 60_000
  }
  const out: HistoryReview[] = []
  for (let card = 0; out.length < reviews; card++) {
    const cardKey = `synthetic-${card}`
    let day = addDays(firstDay, Math.floor(card / newPerDay))
    const first = pick(random, FIRST)
    out.push({ cardKey, at: noon(day, card % 600), day, grade: first, fromNew: true })
    let state = model.next_state(null, 0, first)
    if (first === 1 && out.length < reviews) {
      out.push({ cardKey, at: noon(day, (card % 600) + 10), day, grade: 3, fromNew: true })
      state = model.next_state(state, 0, 3)
    }
    const length = 3 + Math.floor(random.next() * 12)
    for (let i = 0; i < length && out.length < reviews; i++) {
      // Answered a little early or late, as people do: intervals vary, so the curve is visible.
      const ideal = model.next_interval(state.stability, 0)
      const interval = Math.max(1, Math.round(ideal * (0.7 + 0.6 * random.next())))
      const recalled = random.next() < model.forgetting_curve(interval, state.stability)
      const grade: Grade = recalled ? pick(random, ON_RECALL) : 1
      day = addDays(day, interval)
      out.push({ cardKey, at: noon(day, card % 600), day, grade, fromNew: false })
      state = model.next_state(state, interval, grade)
    }
  }
  return out
}

/** Parameters unlike the defaults, for a fit to find: faster first learning, steeper decay. */
export const SYNTHETIC_TRUTH: readonly number[] = Object.freeze([
  0.6, 2.4, 5.2, 14.0, 6.0, 0.7, 2.6, 0.01, 1.6, 0.12, 1.1, 1.6, 0.07, 0.3, 1.5, 0.5, 2.2, 0.5, 0.1,
  0.06, 0.35
])

/**
 * The workload simulator: a year of study with given parameters, desired retention and limits,
 * day by day. Each due card is answered (up to the day's review limit; the rest wait a day),
 * recalled with the model's probability, and rescheduled at the interval FSRS gives; new cards
 * come in at the day's new-card limit. ts-fsrs has no simulator, so this is Newsdeck's own,
 * pure and seeded: the same input and seed give the same year.
 */
import type { Grade } from '../model'
import { createRandom, type Random } from '../quiz/random'
import { fsrsModel } from './evaluate'
import type { Parameters, TrainingSet } from './types'

/** A studied card as the simulator starts it, in days relative to the first simulated day. */
export interface SimCard {
  stability: number
  difficulty: number
  /** The day of its last review (0 or earlier). */
  lastDay: number
  /** The day it comes due (may be before 0: overdue). */
  dueDay: number
}

/** How answers are spread: first answers over Again–Easy, answers on recall over Hard–Easy. */
export interface RatingShares {
  first: readonly [number, number, number, number]
  onRecall: readonly [number, number, number]
}

export const DEFAULT_RATING_SHARES: RatingShares = {
  first: [0.2, 0.1, 0.6, 0.1],
  onRecall: [0.12, 0.78, 0.1]
}

export interface SimulationInput {
  params: Parameters
  desiredRetention: number
  days: number
  newCardsPerDay: number
  reviewsPerDay: number
  maximumIntervalDays: number
  cards: readonly SimCard[]
  /** Cards not studied yet. */
  newCards: number
  seed: number
  ratings?: RatingShares
}

export interface SimulationResult {
  desiredRetention: number
  /** Reviews of studied cards, per day. */
  reviews: number[]
  /** New cards learned, per day. */
  learned: number[]
  /** Cards you would remember if asked at the end of each day: the sum of their recall chances. */
  remembered: number[]
  totalReviews: number
}

/** Table steps per unit of elapsed time over stability, and the table's reach. */
const STEPS = 64
const REACH = 64

/**
 * The forgetting curve R = (1 + factor·t/S)^decay as a function of t/S, read from a table with
 * linear interpolation (within 1e-5 of the formula; beyond the table, the formula). Summing
 * recall chances for every card on every day is the simulator's inner loop: 36.5 million terms
 * for a year of 100,000 cards.
 */
export function recallTable(decay: number, factor: number): (x: number) => number {
  const table = new Float64Array(STEPS * REACH + 2)
  for (let k = 0; k < table.length; k++) table[k] = (1 + (factor * k) / STEPS) ** decay
  return (x) => {
    const at = x * STEPS
    const k = at | 0
    if (k >= STEPS * REACH) return (1 + factor * x) ** decay
    const low = table[k]!
    return low + (at - k) * (table[k + 1]! - low)
  }
}

function pick(random: Random, shares: readonly number[], first: Grade): Grade {
  let r = random.next() * shares.reduce((a, b) => a + b, 0)
  for (let i = 0; i < shares.length; i++) {
    r -= shares[i]!
    if (r < 0) return (first + i) as Grade
  }
  return (first + shares.length - 1) as Grade
}

export function simulate(input: SimulationInput): SimulationResult {
  const { days, params, seed } = input
  const ratings = input.ratings ?? DEFAULT_RATING_SHARES
  const model = fsrsModel(params, input.desiredRetention)
  const random = createRandom(seed)
  const decay = -(params[20] ?? 0.1542)
  const factor = 0.9 ** (1 / decay) - 1
  const maxIvl = Math.max(1, input.maximumIntervalDays)
  const newTotal = Math.min(input.newCards, input.newCardsPerDay * days)
  const size = input.cards.length + newTotal
  const stability = new Float64Array(size)
  const difficulty = new Float64Array(size)
  const last = new Int32Array(size)
  /** Days before this one already counted in `remembered` for the card. */
  const counted = new Int32Array(size)
  const due: number[][] = Array.from({ length: days }, () => [])
  const reviews = new Array<number>(days).fill(0)
  const learned = new Array<number>(days).fill(0)
  const remembered = new Float64Array(days)

  const recallAt = recallTable(decay, factor)
  // Adds the card's chance of recall to every day from `counted` up to (not including) `until`.
  const countUntil = (i: number, until: number): void => {
    const end = Math.min(until, days)
    const from = counted[i]!
    if (end <= from) return
    const step = 1 / stability[i]!
    let x = (from - last[i]!) * step
    for (let d = from; d < end; d++, x += step) remembered[d]! += recallAt(x)
    counted[i] = end
  }
  const schedule = (i: number, day: number): void => {
    const interval = Math.min(maxIvl, Math.max(1, model.next_interval(stability[i]!, 0)))
    countUntil(i, day + interval)
    if (day + interval < days) due[day + interval]!.push(i)
  }

  input.cards.forEach((card, i) => {
    stability[i] = Math.max(0.001, card.stability)
    difficulty[i] = Math.min(10, Math.max(1, card.difficulty))
    last[i] = card.lastDay
    counted[i] = 0
    countUntil(i, card.dueDay)
    if (card.dueDay < days) due[Math.max(0, card.dueDay)]!.push(i)
  })

  let next = input.cards.length
  for (let day = 0; day < days; day++) {
    const today = due[day]!
    const answered = Math.min(today.length, input.reviewsPerDay)
    for (let k = 0; k < today.length; k++) {
      const i = today[k]!
      if (k >= answered) {
        // Over the limit: it waits until tomorrow, forgetting a little more meanwhile.
        countUntil(i, day + 1)
        if (day + 1 < days) due[day + 1]!.push(i)
        continue
      }
      const elapsed = day - last[i]!
      const recall = model.forgetting_curve(elapsed, stability[i]!)
      const grade = random.next() < recall ? pick(random, ratings.onRecall, 2) : 1
      const state = model.next_state(
        { stability: stability[i]!, difficulty: difficulty[i]! },
        elapsed,
        grade
      )
      stability[i] = state.stability
      difficulty[i] = state.difficulty
      last[i] = day
      counted[i] = day
      schedule(i, day)
    }
    reviews[day] = answered
    for (let k = 0; k < input.newCardsPerDay && next < size; k++, next++) {
      const first = pick(random, ratings.first, 1)
      let state = model.next_state(null, 0, first)
      // Again or Hard on a new card is followed by a learning step answered Good the same day.
      if (first <= 2) state = model.next_state(state, 0, 3)
      stability[next] = state.stability
      difficulty[next] = state.difficulty
      last[next] = day
      counted[next] = day
      schedule(next, day)
      learned[day]!++
    }
  }
  return {
    desiredRetention: input.desiredRetention,
    reviews,
    learned,
    remembered: Array.from(remembered),
    totalReviews: reviews.reduce((a, b) => a + b, 0)
  }
}

/** The learner's own spread of answers, from their history; the defaults when it is empty. */
export function ratingShares(set: TrainingSet): RatingShares {
  const first = [0, 0, 0, 0]
  const onRecall = [0, 0, 0]
  for (let c = 0; c + 1 < set.starts.length; c++) first[set.ratings[set.starts[c]!]! - 1]!++
  for (const i of set.items) {
    const r = set.ratings[i]!
    if (r > 1) onRecall[r - 2]!++
  }
  const firstTotal = first.reduce((a, b) => a + b, 0)
  const recallTotal = onRecall.reduce((a, b) => a + b, 0)
  // A handful of answers says little about anyone's habits.
  if (firstTotal < 20 || recallTotal < 20) return DEFAULT_RATING_SHARES
  return {
    first: first.map((n) => n / firstTotal) as unknown as RatingShares['first'],
    onRecall: onRecall.map((n) => n / recallTotal) as unknown as RatingShares['onRecall']
  }
}

/**
 * Review histories into FSRS's training shape, as fsrs-rs's own revlog conversion does it:
 * reviews grouped by card in time order, the history before a card's last fresh start dropped,
 * intervals in whole study days, and one training item per review on a later day than the
 * review before it (same-day reviews stay in the history, where the short-term parameters use
 * them, but are not predicted).
 */
import { DAY_MS } from '../calendar'
import type { HistoryReview, TrainingSet } from './types'

/** A `YYYY-MM-DD` study day as a whole number of days, so intervals are plain differences. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS)
}

/**
 * The reviews from the last time the card was learned from new: a card that was reset starts
 * over, and a card whose learning is not in the log (studied before the log began) has no
 * usable history and gives nothing.
 */
export function fromLastLearning(reviews: readonly HistoryReview[]): HistoryReview[] {
  for (let i = reviews.length - 1; i >= 0; i--) {
    if (reviews[i]!.fromNew && !(i > 0 && reviews[i - 1]!.fromNew)) return reviews.slice(i)
  }
  return []
}

function groupByCard(reviews: Iterable<HistoryReview>): HistoryReview[][] {
  const byCard = new Map<string, HistoryReview[]>()
  for (const review of reviews) {
    const list = byCard.get(review.cardKey)
    if (list) list.push(review)
    else byCard.set(review.cardKey, [review])
  }
  const cards: HistoryReview[][] = []
  for (const list of byCard.values()) {
    list.sort((a, b) => a.at - b.at)
    const kept = fromLastLearning(list)
    if (kept.length > 0) cards.push(kept)
  }
  return cards
}

export function buildTrainingSet(reviews: Iterable<HistoryReview>): TrainingSet {
  const cards = groupByCard(reviews)
  const total = cards.reduce((n, c) => n + c.length, 0)
  const ratings = new Uint8Array(total)
  const deltas = new Uint32Array(total)
  const starts = new Uint32Array(cards.length + 1)
  const itemIndexes: number[] = []
  const itemAt: number[] = []
  let k = 0
  cards.forEach((card, c) => {
    starts[c] = k
    let previous = dayNumber(card[0]!.day)
    card.forEach((review, i) => {
      const day = dayNumber(review.day)
      ratings[k] = review.grade
      // A clock set back can date a review before the one it follows; count it as the same day.
      deltas[k] = i === 0 ? 0 : Math.max(0, day - previous)
      if (i > 0 && deltas[k]! > 0) {
        itemIndexes.push(k)
        itemAt.push(review.at)
      }
      previous = day
      k++
    })
  })
  starts[cards.length] = k
  const order = itemIndexes.map((_, i) => i).sort((a, b) => itemAt[a]! - itemAt[b]!)
  return {
    ratings,
    deltas,
    starts,
    items: Uint32Array.from(order, (i) => itemIndexes[i]!),
    itemTimes: Float64Array.from(order, (i) => itemAt[i]!),
    reviewCount: total
  }
}

/** The card each flat review index belongs to (the inverse of `starts`). */
export function cardOfReview(set: Pick<TrainingSet, 'starts'>): Uint32Array {
  const n = set.starts[set.starts.length - 1] ?? 0
  const owner = new Uint32Array(n)
  for (let c = 0; c + 1 < set.starts.length; c++) {
    owner.fill(c, set.starts[c], set.starts[c + 1])
  }
  return owner
}

/** A subset of the items, keeping the histories: what a time-series split hands the fitter. */
export function withItems(set: TrainingSet, from: number, to: number): TrainingSet {
  return {
    ...set,
    items: set.items.slice(from, to),
    itemTimes: set.itemTimes.slice(from, to)
  }
}

/**
 * The items as fsrs-browser's `computeParameters` takes them: each item's full history up to
 * and including the review it predicts, concatenated, with each item's length.
 */
export function flattenItems(set: TrainingSet): {
  ratings: Uint32Array
  deltas: Uint32Array
  lengths: Uint32Array
} {
  const owner = cardOfReview(set)
  let size = 0
  const lengths = new Uint32Array(set.items.length)
  set.items.forEach((end, i) => {
    lengths[i] = end - set.starts[owner[end]!]! + 1
    size += lengths[i]!
  })
  const ratings = new Uint32Array(size)
  const deltas = new Uint32Array(size)
  let k = 0
  set.items.forEach((end, i) => {
    const start = end + 1 - lengths[i]!
    ratings.set(set.ratings.subarray(start, end + 1), k)
    deltas.set(set.deltas.subarray(start, end + 1), k)
    k += lengths[i]!
  })
  return { ratings, deltas, lengths }
}

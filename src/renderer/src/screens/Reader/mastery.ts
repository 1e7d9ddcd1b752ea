import type { StoredCard } from '@core/model'
import { cardMemory, mastery, type Mastery } from '@core/stats/memory'
import type { MemoryModel } from '../../lib/db/progress-repo'

/** The article's mastery: the share of its cards at or above the desired retention at `now`. */
export function readerMastery(
  cards: readonly StoredCard[],
  model: MemoryModel,
  now: number
): Mastery {
  return mastery(
    cards.map((c) => cardMemory(c, null)),
    new Map(),
    model.desiredRetention,
    now,
    model.weights
  ).overall
}

/**
 * Cards and a context for search tests: a card builder with every field the search reads, and a
 * context whose answers come from a plain list, so tests state the review history directly.
 */
import type { Grade } from '../model'
import { retrievability } from '../review/scheduler'
import type { SearchableCard, SearchContext } from './types'

export interface Answer {
  cardId: string
  at: number
  grade: Grade
}

export function searchCard(id: string, overrides: Partial<SearchableCard> = {}): SearchableCard {
  return {
    id,
    kind: 'quote-who',
    front: `Who said ${id}?`,
    back: 'Someone',
    article: 'Trade talks resume',
    speaker: null,
    tags: [],
    suspended: false,
    buriedUntil: null,
    createdAt: 0,
    ...overrides,
    sched: {
      phase: 0,
      due: 0,
      stability: 0,
      difficulty: 0,
      scheduledDays: 0,
      reps: 0,
      lapses: 0,
      lastReview: null,
      ...overrides.sched
    }
  }
}

export function searchContext(
  now: number,
  answers: Answer[] = [],
  dayStartHour = 4
): SearchContext {
  return {
    now,
    dayStartHour,
    retrievability: (card) => retrievability(card.sched, now),
    answeredSince: (since, grade) =>
      new Set(
        answers
          .filter((a) => a.at >= since && (grade === null || a.grade === grade))
          .map((a) => a.cardId)
      )
  }
}

/**
 * Builders for tests across core, the renderer and benchmarks: one place that knows what a
 * complete card, schedule and extraction look like, so a new field is added once. Nothing in the
 * app imports this module.
 */
import type { CardContent, Extraction, Quote, SchedulingState, StoredCard } from '../model'
import type { CardMemory } from '../stats/memory'

import { PHASE } from '../review/phase'

export { MINUTE_MS as MINUTE, HOUR_MS as HOUR, DAY_MS as DAY } from '../calendar'

/** Local time; January avoids daylight-saving changes in every zone the tests may run in. */
export function at(y: number, month: number, d: number, h = 12, min = 0): number {
  return new Date(y, month - 1, d, h, min).getTime()
}

/** A never-studied schedule, with any fields overridden. */
export function sched(overrides: Partial<SchedulingState> = {}): SchedulingState {
  return {
    due: 0,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    phase: PHASE.new,
    lastReview: null,
    ...overrides
  }
}

export function cardContent(id: string, overrides: Partial<CardContent> = {}): CardContent {
  return {
    id,
    articleId: 'article-1',
    kind: 'quote-who',
    front: `Who said ${id}?`,
    back: 'Someone',
    sentenceIndex: 0,
    answerSpan: null,
    quoteId: null,
    ...overrides
  }
}

export function storedCard(
  id: string,
  s: Partial<SchedulingState> = {},
  extra: Partial<StoredCard> = {}
): StoredCard {
  return {
    ...cardContent(id),
    sched: sched(s),
    suspended: false,
    buriedUntil: null,
    edited: false,
    createdAt: 0,
    ...extra
  }
}

/**
 * A quotation whose speaker the generator guessed from the paragraph's subject, a confidence the
 * app asks the user to check; `overrides` replaces any field, `basis` as a whole.
 */
export function guessedQuote(overrides: Partial<Quote> = {}): Quote {
  return {
    id: 'q1',
    text: 'It is Warhol.',
    speaker: 'Kiara Perkins',
    where: null,
    when: null,
    sentenceIndex: 0,
    partial: false,
    basis: {
      sieve: 'paragraph-subject',
      rule: 'full-name',
      confidence: 0.5,
      candidates: ['Kiara Perkins', 'Maya Lin'],
      whereSieve: null,
      whenSieve: null
    },
    ...overrides
  }
}

/** A one-sentence article's extraction holding the given cards. */
export function extraction(
  id = 'article-1',
  title = 'Traditional industries bloom',
  cards: CardContent[] = []
): Extraction {
  const text = 'A sentence about 80 percent.'
  return {
    article: {
      id,
      title,
      published: '2025-07-11',
      dateline: null,
      byline: null,
      captions: [],
      footer: null,
      paragraphs: [text],
      sentences: [{ index: 0, paragraph: 0, text, caption: false }]
    },
    quotes: [],
    reported: [],
    terms: [],
    facts: [],
    cards
  }
}

/** A card's memory state as the statistics read it: a review card answered at `lastReview`. */
export function cardMemoryOf(
  id: string,
  lastReview: number,
  overrides: Partial<CardMemory> = {}
): CardMemory {
  return {
    cardId: id,
    articleId: 'a1',
    speaker: null,
    phase: 2,
    stability: 10,
    difficulty: 5,
    lastReview,
    lapses: 0,
    ...overrides
  }
}

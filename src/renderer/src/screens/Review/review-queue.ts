import type { StoredCard, StudySettings } from '@core/model'
import { doneToday } from '@core/review/day-summary'
import {
  afterAnswer,
  afterUndo,
  buildQueueState,
  candidateQuery,
  nextCard,
  queueCounts,
  queuedCards,
  removeFromQueue,
  type QueueCounts,
  type QueueOptions,
  type QueueState
} from '@core/review/queue'
import { createScheduler, type Scheduler } from '@core/review/scheduler'
import { siblingsToBury } from '@core/review/siblings'
import { nextDayStart, possibleStudyDays, studyDay } from '@core/review/study-day'
import { dayAggregates, fetchCandidates } from '../../lib/db/review-repo'
import { loadParameters } from '../../lib/db/optimizer-repo'
import { loadStudySettings } from '../../lib/db/settings-repo'
import { distinctArticleIds } from './logic'

/** What a loaded queue works with: the settings it was built under and their scheduler. */
export interface Loaded {
  settings: StudySettings
  scheduler: Scheduler
}

/**
 * Today's queue for one session. Storage is asked once, for candidates, when the queue loads;
 * after that each answer, undo or set-aside card moves the queue in memory (core/review/queue).
 */
export class ReviewQueue {
  #state: QueueState | null = null
  #loaded: Loaded | null = null
  #options: QueueOptions = {}

  /** Settings and scheduler once loaded; null before. */
  get loaded(): Loaded | null {
    return this.#loaded
  }

  /** Reads today's candidates; options add to those of earlier loads (learn more, study ahead). */
  async load(now: number, options: QueueOptions = {}): Promise<void> {
    this.#options = { ...this.#options, ...options }
    // The parameters fitted to this learner's reviews (or FSRS's defaults before any fit) and
    // today's totals are read beside the settings, not after them: which study day it is
    // depends on the settings' day-start hour, so both days it can be are read.
    const [settings, parameters, days] = await Promise.all([
      loadStudySettings(),
      loadParameters(),
      dayAggregates(possibleStudyDays(now))
    ])
    const scheduler = createScheduler(settings, parameters)
    const today = studyDay(now, settings.dayStartHour)
    const done = doneToday(days.find((d) => d?.day === today))
    const dayEnd = nextDayStart(now, settings.dayStartHour)
    const query = candidateQuery(now, settings, done, this.#options)
    const candidates = await fetchCandidates(query, now, dayEnd)
    this.#state = buildQueueState({
      now,
      settings,
      doneToday: done,
      ...this.#options,
      ...candidates
    })
    this.#loaded = { settings, scheduler }
  }

  /** The card to show at `now` in this queue, or in `state` (a queue not adopted yet). */
  next(now: number, state = this.#state): { card: StoredCard | null; waitUntil: number | null } {
    return state ? nextCard(state, now) : { card: null, waitUntil: null }
  }

  counts(state = this.#state): QueueCounts {
    return state ? queueCounts(state) : { new: 0, learning: 0, review: 0 }
  }

  /**
   * The queue as it will be once `card`'s answer is stored, leaving this one as it is: the
   * next card can be made ready while the answer commits, and nothing moves if it fails.
   */
  peekAnswered(card: StoredCard, buried: readonly string[] = []): QueueState | null {
    if (!this.#state) return null
    let state = afterAnswer(this.#state, card)
    for (const id of buried) state = removeFromQueue(state, id)
    return state
  }

  /** Moves to a queue `peekAnswered` gave. */
  adopt(state: QueueState | null): void {
    if (state) this.#state = state
  }

  /** The articles of every card still queued, each once, in queue order. */
  articleIds(now: number): string[] {
    return this.#state ? distinctArticleIds(queuedCards(this.#state, now)) : []
  }

  answered(card: StoredCard): void {
    if (this.#state) this.#state = afterAnswer(this.#state, card)
  }

  undone(restored: StoredCard): void {
    if (this.#state) this.#state = afterUndo(this.#state, restored)
  }

  /** The queued siblings of `card` that its answer buries (same quote or sentence). */
  siblingsOf(card: StoredCard, now: number): string[] {
    if (!this.#state) return []
    return siblingsToBury(card, queuedCards(this.#state, now), now, this.#state.dayEnd).map(
      (c) => c.id
    )
  }

  remove(cardId: string): void {
    if (this.#state) this.#state = removeFromQueue(this.#state, cardId)
  }
}

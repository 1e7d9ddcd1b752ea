import type { Grade, ReviewLogEntry, StoredCard, StudySettings } from '@core/model'
import { answerCard } from '@core/review/review-log'
import type { GradePreview } from '@core/review/scheduler'
import { nextDayStart } from '@core/review/study-day'
import {
  recordAnswer,
  undoRecordedAnswer,
  updateCard,
  type AnswerSideEffects,
  type CardChanges,
  type SiblingBurial
} from '../../lib/db/review-repo'
import { pendingWrites, type PendingWrites } from '../../lib/state/pending-writes'

/** A graded card, its log entry and what else the answer changes, before they are stored. */
export interface ScheduledAnswer {
  card: StoredCard
  log: ReviewLogEntry
  /** The answer makes the card a leech. */
  leech: boolean
  /** The card's tags and suspension before a leech changed them, for undo. */
  flags: Pick<StoredCard, 'tags' | 'suspended'> | null
  /** Siblings from today's queue to bury with the answer, when the settings say so. */
  bury: SiblingBurial | null
}

/** An answer as stored, with what its undo needs. */
export interface StoredAnswer {
  card: StoredCard
  logId: number
  /** The answer made the card a leech. */
  leech: boolean
  effects: AnswerSideEffects
}

/**
 * A session's writes: scheduling an answer and storing it, undoing one, setting a card aside or
 * editing it. They run one after another in the order asked (an edit made while an answer is
 * being stored lands after it), and each is tracked app-wide until it commits, so a closing
 * window waits for it. Every method resolves only once its transaction has committed: the caller
 * shows the next card then, never before.
 */
export class AnswerWriter {
  #chain: Promise<unknown> = Promise.resolve()

  constructor(private readonly tracker: PendingWrites = pendingWrites) {}

  /**
   * Grades `card` with the state `preview` offered for `grade` and stores, in one transaction,
   * card, log and day totals, a leech's tag (and suspension), and its `siblings` (from today's
   * queue) buried until the next study day when the settings say so. Resolves with the card as stored, its log id and
   * what undo must put back besides.
   */
  answer(
    card: StoredCard,
    preview: GradePreview,
    grade: Grade,
    settings: StudySettings,
    durationMs: number,
    siblings: readonly string[] = []
  ): Promise<StoredAnswer> {
    return this.store(this.schedule(card, preview, grade, settings, durationMs, siblings))
  }

  /**
   * The card's state after `grade`, as `preview` showed it, its log entry, a leech's flags and
   * the siblings to bury: known at once, so the screen can make the next card ready while
   * `store` commits.
   */
  schedule(
    card: StoredCard,
    preview: GradePreview,
    grade: Grade,
    settings: StudySettings,
    durationMs: number,
    siblings: readonly string[] = []
  ): ScheduledAnswer {
    const result = answerCard(card, preview, grade, settings, durationMs)
    const bury =
      settings.burySiblings && siblings.length
        ? { ids: siblings, until: nextDayStart(preview.now, settings.dayStartHour) }
        : null
    const flags = result.leech ? { tags: card.tags, suspended: card.suspended } : null
    return { ...result, flags, bury }
  }

  /**
   * Stores card, log, day totals, kept counts and buried siblings in one transaction; resolves
   * with the log id and what undo must put back besides.
   */
  store(answer: ScheduledAnswer): Promise<StoredAnswer> {
    return this.#run(async () => {
      const stored = await recordAnswer(answer.card, answer.log, answer.bury)
      return {
        card: answer.card,
        logId: stored.id,
        leech: answer.leech,
        effects: { unbury: stored.buried, flags: answer.flags }
      }
    })
  }

  /** Undoes a stored answer; resolves with the card as it was before, or null if it is gone. */
  undo(logId: number, effects?: AnswerSideEffects): Promise<StoredCard | null> {
    return this.#run(() => undoRecordedAnswer(logId, effects))
  }

  update(cardId: string, changes: CardChanges): Promise<void> {
    return this.#run(() => updateCard(cardId, changes))
  }

  #run<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#chain.then(work)
    // A failed write does not block the ones after it; its caller hears of the failure.
    this.#chain = run.catch(() => undefined)
    return this.tracker.track(run)
  }
}

import type { Grade, ReviewLogEntry, StoredCard, StudySettings } from '@core/model'
import { answerCard } from '@core/review/review-log'
import type { GradePreview } from '@core/review/scheduler'
import {
  recordAnswer,
  undoRecordedAnswer,
  updateCard,
  type CardChanges
} from '../../lib/db/review-repo'
import { pendingWrites, type PendingWrites } from '../../lib/state/pending-writes'

/** A graded card and its log entry, before they are stored. */
export interface ScheduledAnswer {
  card: StoredCard
  log: ReviewLogEntry
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
   * Grades `card` with the state `preview` offered for `grade` and stores card, log and day
   * totals in one transaction. Resolves with the card as stored and its log id for undo.
   */
  answer(
    card: StoredCard,
    preview: GradePreview,
    grade: Grade,
    settings: StudySettings,
    durationMs: number
  ): Promise<{ card: StoredCard; logId: number }> {
    const answer = this.schedule(card, preview, grade, settings, durationMs)
    return this.store(answer).then((logId) => ({ card: answer.card, logId }))
  }

  /**
   * The card's state after `grade`, as `preview` showed it, and its log entry: known at once,
   * so the screen can make the next card ready while `store` commits.
   */
  schedule(
    card: StoredCard,
    preview: GradePreview,
    grade: Grade,
    settings: StudySettings,
    durationMs: number
  ): ScheduledAnswer {
    return answerCard(card, preview, grade, settings, durationMs)
  }

  /** Stores card, log, day totals and kept counts in one transaction; resolves with the log id. */
  store(answer: ScheduledAnswer): Promise<number> {
    return this.#run(() => recordAnswer(answer.card, answer.log))
  }

  /** Undoes a stored answer; resolves with the card as it was before, or null if it is gone. */
  undo(logId: number): Promise<StoredCard | null> {
    return this.#run(() => undoRecordedAnswer(logId))
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

import type { Grade, StoredCard, StudySettings } from '@core/model'
import { answerCard } from '@core/review/review-log'
import type { GradePreview } from '@core/review/scheduler'
import { recordAnswer, undoRecordedAnswer, updateCard } from '../../lib/db/review-repo'
import { pendingWrites, type PendingWrites } from '../../lib/state/pending-writes'

type CardChanges = Parameters<typeof updateCard>[1]

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
    const result = answerCard(card, preview, grade, settings, durationMs)
    return this.#run(async () => ({
      card: result.card,
      logId: await recordAnswer(result.card, result.log)
    }))
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

/**
 * Log entries and the card update that goes with them: everything the grading transaction
 * writes, and everything undo needs to put back.
 */
import type { Grade, ReviewLogEntry, SchedulingState, StoredCard, StudySettings } from '../model'
import { choose, undoGrade, type GradePreview } from './scheduler'
import { isLeechLapse, markLeech } from './leech'
import { studyDay } from './study-day'

export function makeLogEntry(
  card: Pick<StoredCard, 'id' | 'articleId'>,
  grade: Grade,
  before: SchedulingState,
  after: SchedulingState,
  now: number,
  settings: Pick<StudySettings, 'dayStartHour'>,
  durationMs: number
): ReviewLogEntry {
  return {
    cardId: card.id,
    articleId: card.articleId,
    grade,
    reviewedAt: now,
    day: studyDay(now, settings.dayStartHour),
    before: { ...before },
    after: { ...after },
    durationMs: Math.max(0, Math.round(durationMs))
  }
}

/**
 * Grades `card` with the state its preview showed. Write the returned card and log, and the
 * aggregate from applyToAggregate(log), in one transaction.
 */
export function answerCard(
  card: StoredCard,
  preview: GradePreview,
  grade: Grade,
  settings: Pick<StudySettings, 'dayStartHour'> &
    Partial<Pick<StudySettings, 'leechLapses' | 'leechSuspend'>>,
  durationMs: number
): { card: StoredCard; log: ReviewLogEntry; leech: boolean } {
  // A preview made for an older state of the card would write a schedule the user never saw.
  if (card.sched.reps !== preview.before.reps || card.sched.due !== preview.before.due) {
    throw new Error(`Preview for card ${card.id} is stale`)
  }
  const { after } = choose(preview, grade)
  const log = makeLogEntry(card, grade, preview.before, after, preview.now, settings, durationMs)
  const answered = { ...card, sched: after }
  // The lapse that makes a leech is flagged in the same write as the answer.
  const leech = isLeechLapse(preview.before, after, settings.leechLapses ?? 0)
  const leechSettings = { leechSuspend: settings.leechSuspend ?? false }
  return { card: leech ? markLeech(answered, leechSettings) : answered, log, leech }
}

/**
 * The card as it was before `log`'s answer. Only the scheduling state changes: flags set since
 * (suspend, bury, edits) are the user's later decisions and stay.
 */
export function undoAnswer(card: StoredCard, log: ReviewLogEntry): StoredCard {
  if (card.id !== log.cardId) {
    throw new Error(`Undo of ${log.cardId} applied to card ${card.id}`)
  }
  return { ...card, sched: undoGrade(log) }
}

import { answerCard } from '@core/review/review-log'
import { createScheduler, previewGrades } from '@core/review/scheduler'
import { getCard, recordAnswer } from '../db/review-repo'
import { loadStudySettings } from '../db/settings-repo'
import { loadParameters } from '../db/optimizer-repo'

/**
 * Grades a card Again, as if it had been missed in review: it goes back to (re)learning and
 * shows up in today's queue. Used for quiz mistakes. Returns false when the card is gone.
 */
export async function gradeAgain(cardId: string, now: number): Promise<boolean> {
  const [settings, card, weights] = await Promise.all([
    loadStudySettings(),
    getCard(cardId),
    loadParameters()
  ])
  if (!card) return false
  const preview = previewGrades(createScheduler(settings, weights), card.sched, now)
  const { card: after, log } = answerCard(card, preview, 1, settings, 0)
  await recordAnswer(after, log)
  return true
}

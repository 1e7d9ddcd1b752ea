/**
 * Leeches, as Anki has them: a card that lapses `threshold` times is tagged `leech` (and, by a
 * setting, suspended), and again every half threshold after, so a card that keeps failing keeps
 * being flagged.
 */
import type { SchedulingState, StoredCard, StudySettings } from '../model'

export const LEECH_TAG = 'leech'

/** Whether the answer from `before` to `after` was the lapse that makes the card a leech. */
export function isLeechLapse(
  before: Pick<SchedulingState, 'lapses'>,
  after: Pick<SchedulingState, 'lapses'>,
  threshold: number
): boolean {
  if (threshold <= 0 || after.lapses <= before.lapses || after.lapses < threshold) return false
  const every = Math.max(1, Math.floor(threshold / 2))
  return (after.lapses - threshold) % every === 0
}

/** The card tagged as a leech, and suspended when the settings say so. */
export function markLeech(
  card: StoredCard,
  settings: Pick<StudySettings, 'leechSuspend'>
): StoredCard {
  const tags = card.tags ?? []
  return {
    ...card,
    tags: tags.includes(LEECH_TAG) ? tags : [...tags, LEECH_TAG],
    suspended: card.suspended || settings.leechSuspend
  }
}

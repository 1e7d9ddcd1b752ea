/** Builders shared by the review tests. Times are local wall-clock times, like the app's days. */
import type { StoredCard } from '../model'
import { PHASE } from './phase'
import { DEFAULT_SETTINGS } from './settings'
import type { StudySettings } from '../model'

export { at, DAY, HOUR, MINUTE as MIN, sched, storedCard as card } from '../testing/builders'
import { DAY, MINUTE as MIN, storedCard as card } from '../testing/builders'

export function settings(overrides: Partial<StudySettings> = {}): StudySettings {
  return {
    ...DEFAULT_SETTINGS,
    learningStepsMinutes: [...DEFAULT_SETTINGS.learningStepsMinutes],
    relearningStepsMinutes: [...DEFAULT_SETTINGS.relearningStepsMinutes],
    ...overrides
  }
}

/** A review card due at `due`. */
export function reviewCard(id: string, due: number, extra: Partial<StoredCard> = {}): StoredCard {
  return card(
    id,
    {
      phase: PHASE.review,
      due,
      stability: 10,
      difficulty: 5,
      scheduledDays: 10,
      reps: 3,
      lastReview: due - 10 * DAY
    },
    extra
  )
}

export function learningCard(
  id: string,
  due: number,
  phase: typeof PHASE.learning | typeof PHASE.relearning = PHASE.learning
): StoredCard {
  return card(id, { phase, due, stability: 1, difficulty: 5, reps: 1, lastReview: due - 10 * MIN })
}

export function newCard(
  id: string,
  createdAt: number,
  extra: Partial<StoredCard> = {}
): StoredCard {
  return card(id, { phase: PHASE.new, due: createdAt }, { createdAt, ...extra })
}

/** Small deterministic PRNG so "many card states" tests are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

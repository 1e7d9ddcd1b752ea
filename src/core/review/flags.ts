/** Suspend and bury, as the card's own flags; the queue reads them through `isAvailable`. */
import type { StoredCard } from '../model'
import { nextDayStart } from './study-day'

/** Hidden until the next study day starts (not midnight: the configured day-start hour). */
export function bury(card: StoredCard, now: number, dayStartHour: number): StoredCard {
  return { ...card, buriedUntil: nextDayStart(now, dayStartHour) }
}

export function unbury(card: StoredCard): StoredCard {
  return { ...card, buriedUntil: null }
}

/** Out of every queue until unsuspended; its schedule is kept, so it resumes where it was. */
export function suspend(card: StoredCard): StoredCard {
  return { ...card, suspended: true }
}

export function unsuspend(card: StoredCard): StoredCard {
  return { ...card, suspended: false }
}

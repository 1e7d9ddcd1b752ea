/**
 * What the card browser's bulk actions do to one card, as pure functions: the storage layer runs
 * one of these over every selected card in a single transaction and keeps the cards as they were
 * for undo.
 */
import type { StoredCard } from '../model'
import { newSchedulingState } from '../review/scheduler'
import { dayStart, nextDayStart } from '../review/study-day'
import { bury, suspend, unbury, unsuspend } from '../review/flags'

export type BulkAction =
  | { type: 'suspend' }
  | { type: 'unsuspend' }
  | { type: 'bury' }
  | { type: 'unbury' }
  /** Forget the schedule: new again, in its original place among the new cards. */
  | { type: 'reset' }
  /** Due at the start of the study day `days` from today (0: today). Studied cards only. */
  | { type: 'set-due'; days: number }
  | { type: 'tag'; tags: string[] }
  | { type: 'untag'; tags: string[] }

/** Longest a due date may be set ahead: the same century as the maximum interval. */
export const MAX_DUE_DAYS = 36500

/**
 * The card after `action`, or null when the action leaves it as it is (already suspended, a new
 * card's due date), so nothing is written for it and undo has nothing to put back.
 */
export function applyBulkAction(
  card: StoredCard,
  action: BulkAction,
  now: number,
  dayStartHour: number
): StoredCard | null {
  switch (action.type) {
    case 'suspend':
      return card.suspended ? null : suspend(card)
    case 'unsuspend':
      return card.suspended ? unsuspend(card) : null
    case 'bury': {
      const until = nextDayStart(now, dayStartHour)
      return card.buriedUntil === until ? null : bury(card, now, dayStartHour)
    }
    case 'unbury':
      return card.buriedUntil === null ? null : unbury(card)
    case 'reset':
      if (card.sched.phase === 0 && card.sched.reps === 0) return null
      // Due at its creation time: the queue takes new cards by due, so it goes back to its place.
      return { ...card, sched: { ...newSchedulingState(card.createdAt), due: card.createdAt } }
    case 'set-due': {
      if (card.sched.phase === 0) return null
      const today = new Date(dayStart(now, dayStartHour))
      const due = new Date(
        today.getFullYear(),
        today.getMonth(),
        today.getDate() + action.days,
        dayStartHour
      ).getTime()
      return card.sched.due === due ? null : { ...card, sched: { ...card.sched, due } }
    }
    case 'tag': {
      const tags = card.tags ?? []
      const added = action.tags.filter((t) => !tags.includes(t))
      return added.length === 0 ? null : { ...card, tags: [...tags, ...added] }
    }
    case 'untag': {
      const tags = card.tags ?? []
      const kept = tags.filter((t) => !action.tags.includes(t))
      return kept.length === tags.length ? null : { ...card, tags: kept }
    }
  }
}

export type TagsResult = { ok: true; tags: string[] } | { ok: false; message: string }

/** Tags as typed: separated by spaces or commas, lower-cased, each once. */
export function readTags(text: string): TagsResult {
  const tags = [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((t) => t.trim().toLowerCase())
        .filter((t) => t.length > 0)
    )
  ]
  if (tags.length === 0) return { ok: false, message: 'Type a tag, such as trade or to-check.' }
  const bad = tags.find((t) => /["()*:]/.test(t) || t.startsWith('-'))
  if (bad !== undefined) {
    return {
      ok: false,
      message: `“${bad}” cannot be a tag: a tag may not start with - or hold " ( ) * or :, so that tag:${bad} can find it.`
    }
  }
  return { ok: true, tags }
}

/** Days from today for "set due date": a whole number from 0 (today) to MAX_DUE_DAYS. */
export function readDueDays(
  text: string
): { ok: true; days: number } | { ok: false; message: string } {
  const trimmed = text.trim()
  const days = Number(trimmed)
  if (!/^\d+$/.test(trimmed) || days > MAX_DUE_DAYS)
    return {
      ok: false,
      message: `Type a whole number of days from 0 (today) to ${MAX_DUE_DAYS}: 1 is tomorrow.`
    }
  return { ok: true, days }
}

/** The past tense a notice uses: "Suspended 12 cards." */
export function actionDone(action: BulkAction, count: number): string {
  const cards = count === 1 ? '1 card' : `${count.toLocaleString('en')} cards`
  switch (action.type) {
    case 'suspend':
      return `Suspended ${cards}.`
    case 'unsuspend':
      return `Unsuspended ${cards}.`
    case 'bury':
      return `Buried ${cards} until tomorrow.`
    case 'unbury':
      return `Unburied ${cards}.`
    case 'reset':
      return `Reset ${cards} to new.`
    case 'set-due':
      return `Set ${cards} due ${action.days === 0 ? 'today' : action.days === 1 ? 'tomorrow' : `in ${action.days} days`}.`
    case 'tag':
      return `Tagged ${cards} ${action.tags.join(', ')}.`
    case 'untag':
      return `Took ${action.tags.join(', ')} off ${cards}.`
  }
}

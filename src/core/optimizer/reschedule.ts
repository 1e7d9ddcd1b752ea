/**
 * Rescheduling with new parameters, as Anki does it: each studied card's memory state is
 * replayed from its own history with the new model, and a card in review gets the interval
 * FSRS now gives, counted from its last review. Cards still in (re)learning keep their step
 * and get the new memory state; new cards, and cards with no history in the log, are left
 * alone. No fuzz, so the preview shows exactly what applying writes.
 */
import { DAY_MS } from '../calendar'
import type { SchedulingState, StudySettings } from '../model'
import { PHASE } from '../review/phase'
import { fsrsModel } from './evaluate'
import { dayNumber, fromLastLearning } from './history'
import type { HistoryReview, Parameters } from './types'

export interface CardChange {
  cardId: string
  before: SchedulingState
  after: SchedulingState
}

/** The memory state the model gives after a card's answers, or null with no usable history. */
export function replayMemory(
  reviews: readonly HistoryReview[],
  params: Parameters
): { stability: number; difficulty: number } | null {
  const kept = fromLastLearning([...reviews].sort((a, b) => a.at - b.at))
  if (kept.length === 0) return null
  const model = fsrsModel(params)
  let state: { stability: number; difficulty: number } | null = null
  let previous = dayNumber(kept[0]!.day)
  for (const review of kept) {
    const day = dayNumber(review.day)
    state = model.next_state(state, state ? Math.max(0, day - previous) : 0, review.grade)
    previous = day
  }
  return state
}

export function rescheduleCard(
  sched: SchedulingState,
  reviews: readonly HistoryReview[],
  params: Parameters,
  settings: Pick<StudySettings, 'desiredRetention' | 'maximumIntervalDays'>
): SchedulingState | null {
  if (sched.phase === PHASE.new || sched.lastReview === null) return null
  const memory = replayMemory(reviews, params)
  if (!memory) return null
  const after: SchedulingState = { ...sched, ...memory }
  if (sched.phase === PHASE.review) {
    const model = fsrsModel(params, settings.desiredRetention)
    const interval = Math.min(
      settings.maximumIntervalDays,
      Math.max(1, model.next_interval(memory.stability, 0))
    )
    after.scheduledDays = interval
    after.due = sched.lastReview + interval * DAY_MS
  }
  return after
}

export interface ShiftSummary {
  cards: number
  /** Cards whose due date moves, by how far: earlier > 7 d, earlier 1–7 d, under a day either way, later 1–7 d, later > 7 d. */
  buckets: { label: string; count: number }[]
  /** The median move in days (negative: earlier). */
  medianShiftDays: number
  dueBefore: number
  dueAfter: number
}

export const SHIFT_LABELS = [
  'more than a week earlier',
  '1–7 days earlier',
  'within a day',
  '1–7 days later',
  'more than a week later'
] as const

/** How the due dates move, for the preview; `dueBy` counts cards due by then before and after. */
export function summariseShifts(changes: readonly CardChange[], dueBy: number): ShiftSummary {
  const counts = [0, 0, 0, 0, 0]
  const shifts: number[] = []
  let dueBefore = 0
  let dueAfter = 0
  for (const { before, after } of changes) {
    const days = (after.due - before.due) / DAY_MS
    shifts.push(days)
    const bucket = days < -7 ? 0 : days <= -1 ? 1 : days < 1 ? 2 : days <= 7 ? 3 : 4
    counts[bucket]!++
    if (before.due <= dueBy) dueBefore++
    if (after.due <= dueBy) dueAfter++
  }
  shifts.sort((a, b) => a - b)
  const mid = shifts.length >> 1
  const median =
    shifts.length === 0
      ? 0
      : shifts.length % 2
        ? shifts[mid]!
        : (shifts[mid - 1]! + shifts[mid]!) / 2
  return {
    cards: changes.length,
    buckets: SHIFT_LABELS.map((label, i) => ({ label, count: counts[i]! })),
    medianShiftDays: median,
    dueBefore,
    dueAfter
  }
}

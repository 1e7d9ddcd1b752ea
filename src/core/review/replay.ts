/**
 * One card's history replayed through the scheduler: the merge of a backup and sync both settle
 * a card answered on more than one machine this way, so two libraries that hold the same answers
 * (and the same rescheduling events) hold the same state.
 */
import type { ReviewLogEntry, SchedulingState } from '../model'
import { applyGrade, type Scheduler } from './scheduler'

/**
 * The optimizer's "reschedule all cards", as it reached one card: the state it found and the
 * state it gave. Replayed at its time, it sets the memory state and due date, and only to the history it was computed from (the
 * same last review); a card answered elsewhere in between has moved on, and keeps its answers'
 * state until the next rescheduling.
 */
export interface RescheduleEvent {
  cardId: string
  at: number
  before: SchedulingState
  after: SchedulingState
}

/** Answers in the order they were given (ties settled the same way on every machine). */
export const byTime = (a: ReviewLogEntry, b: ReviewLogEntry): number =>
  a.reviewedAt - b.reviewedAt || a.grade - b.grade || (a.id ?? 0) - (b.id ?? 0)

const eventOrder = (a: RescheduleEvent, b: RescheduleEvent): number => {
  if (a.at !== b.at) return a.at - b.at
  const [x, y] = [JSON.stringify(a.after), JSON.stringify(b.after)]
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * Replays a card's answers in time order from the state before the first, giving each entry the
 * state it met and left with; rescheduling events take their place in the same timeline. A
 * history that starts mid-way (imported, or its first answers deleted) starts from its own first
 * `before`.
 */
export function replay<L extends ReviewLogEntry>(
  scheduler: Scheduler,
  logs: readonly L[],
  reschedules: readonly RescheduleEvent[] = []
): { state: SchedulingState | null; logs: L[] } {
  const ordered = [...logs].sort(byTime)
  const events = [...reschedules].sort(eventOrder)
  const first = ordered[0]
  if (!first) return { state: null, logs: [] }
  let state: SchedulingState = first.before
  let next = 0
  const catchUp = (until: number): void => {
    for (; next < events.length && events[next]!.at <= until; next++) {
      const event = events[next]!
      if (event.before.lastReview !== state.lastReview) continue
      // Rescheduling moves the memory state and the due date; counts stay the answers'.
      const { stability, difficulty, due, scheduledDays } = event.after
      state = { ...state, stability, difficulty, due, scheduledDays }
    }
  }
  const out = ordered.map((log) => {
    catchUp(log.reviewedAt - 1)
    const { after } = applyGrade(scheduler, state, log.grade, log.reviewedAt)
    const entry = { ...log, before: state, after }
    state = after
    return entry
  })
  catchUp(Infinity)
  return { state, logs: out }
}

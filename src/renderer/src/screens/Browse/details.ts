/** What the card details show: each answer in words, and the points of the forgetting curve. */
import { DAY_MS } from '@core/calendar'
import type { Grade, ReviewLogEntry, SchedulingState } from '@core/model'
import { formatInterval, retrievability } from '@core/review/scheduler'

export const GRADE_NAME: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' }

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit'
})

export interface AnswerLine {
  when: string
  grade: string
  /** The interval the answer gave, as the grade buttons write it. */
  interval: string
  /** How long the card was shown before the answer. */
  time: string
}

export function answerLines(answers: readonly ReviewLogEntry[]): AnswerLine[] {
  return answers.map((a) => ({
    when: WHEN.format(a.reviewedAt),
    grade: GRADE_NAME[a.grade],
    interval: formatInterval(a.after.due - a.reviewedAt),
    time: `${(a.durationMs / 1000).toFixed(1)} s`
  }))
}

export interface CurvePoint {
  /** Days since the last review. */
  day: number
  /** Retrievability, 0–100. */
  percent: number
}

/**
 * The card's forgetting curve from its last review: far enough to show its due date and now,
 * and at least a week. Empty for a card never studied.
 */
export function curvePoints(
  sched: SchedulingState,
  now: number,
  weights?: readonly number[],
  samples = 48
): CurvePoint[] {
  const last = sched.lastReview
  if (last === null || sched.phase === 0) return []
  const horizon = Math.max(7, ((Math.max(sched.due, now) - last) / DAY_MS) * 1.5)
  return Array.from({ length: samples + 1 }, (_, i) => {
    const day = (horizon * i) / samples
    const r = retrievability(sched, last + day * DAY_MS, weights) ?? 0
    return { day: Math.round(day * 10) / 10, percent: Math.round(r * 1000) / 10 }
  })
}

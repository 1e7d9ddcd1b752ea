/**
 * Review core timings against issue 4's limits: answering a card (preview + grade) must not
 * delay the next card, and building today's queue must be instant even with a large backlog.
 */
import type { BenchResult } from './bench-result'
import { percentile, timeRuns } from './bench-result'
import { DAY_MS as DAY, MINUTE_MS as MIN } from '../src/core/calendar'
import type { StoredCard } from '../src/core/model'
import {
  DEFAULT_SETTINGS,
  applyGrade,
  buildQueue,
  createScheduler,
  newSchedulingState,
  previewGrades
} from '../src/core/review'

const NOW = new Date(2026, 0, 20, 10).getTime()
const settings = { ...DEFAULT_SETTINGS, newCardsPerDay: 1000, reviewsPerDay: 200 }

function card(id: string, sched: Partial<StoredCard['sched']>, createdAt = 0): StoredCard {
  return {
    id,
    articleId: 'a',
    kind: 'quote-who',
    front: '',
    back: '',
    sentenceIndex: 0,
    answerSpan: null,
    quoteId: null,
    sched: { ...newSchedulingState(createdAt), ...sched },
    suspended: false,
    buriedUntil: null,
    edited: false,
    createdAt
  }
}

export default async (): Promise<BenchResult[]> => {
  const scheduler = createScheduler(settings)

  // A spread of realistic states: new, learning and reviews of growing stability.
  const states = [newSchedulingState(NOW - DAY)]
  let s = states[0]!
  let t = NOW - 400 * DAY
  for (let i = 0; i < 30; i++) {
    s = applyGrade(scheduler, s, i % 7 === 6 ? 1 : 3, t).after
    states.push(s)
    t = Math.max(t + MIN, s.due)
  }
  let k = 0
  const answer = timeRuns(
    () => {
      const state = states[k++ % states.length]!
      // Answered when due, as in a real session.
      previewGrades(scheduler, state, state.due)
      applyGrade(scheduler, state, 3, state.due)
    },
    2000,
    50
  )

  const reviews = Array.from({ length: 200 }, (_, i) =>
    card(`r${i}`, { phase: 2, due: NOW - ((i * 7919) % 200) * DAY, stability: 10, reps: 4 })
  )
  const learning = Array.from({ length: 100 }, (_, i) =>
    card(`l${i}`, { phase: i % 2 ? 1 : 3, due: NOW + ((i * 37) % 120) * MIN - 60 * MIN, reps: 1 })
  )
  const fresh = Array.from({ length: 1000 }, (_, i) => card(`n${i}`, { phase: 0 }, i))
  const queue = timeRuns(
    () => {
      buildQueue({
        now: NOW,
        settings,
        doneToday: { newCards: 0, reviews: 0 },
        learning,
        dueReviews: reviews,
        newCards: fresh
      })
    },
    500,
    20
  )

  return [
    {
      name: 'previewGrades + applyGrade (p95)',
      value: percentile(answer, 95),
      unit: 'ms',
      limit: 1,
      detail: `${answer.length} runs over ${states.length} card states, fuzz on`
    },
    {
      name: 'buildQueue 200 due + 100 learning + 1000 new (p95)',
      value: percentile(queue, 95),
      unit: 'ms',
      limit: 5,
      detail: `${queue.length} runs`
    }
  ]
}

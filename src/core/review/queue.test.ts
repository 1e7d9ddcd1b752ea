import { describe, expect, it } from 'vitest'
import type { StoredCard } from '../model'
import {
  LEARN_AHEAD_MS,
  afterAnswer,
  afterUndo,
  buildQueue,
  candidateQuery,
  nextCard,
  queueCounts,
  remainingLimits,
  removeFromQueue,
  type QueueInput
} from './queue'
import { applyGrade, createScheduler } from './scheduler'
import { at, DAY, HOUR, MIN, learningCard, newCard, reviewCard, settings } from './test-helpers'

const NOW = at(2026, 1, 20, 10) // day runs until 21 Jan 04:00
const DAY_END = at(2026, 1, 21, 4)

function input(over: Partial<QueueInput> = {}): QueueInput {
  return {
    now: NOW,
    settings: settings(),
    doneToday: { newCards: 0, reviews: 0 },
    learning: [],
    dueReviews: [],
    newCards: [],
    ...over
  }
}

const ids = (cards: StoredCard[]): string[] => cards.map((c) => c.id)
const reviews = (n: number, prefix = 'r'): StoredCard[] =>
  Array.from({ length: n }, (_, i) => reviewCard(`${prefix}${i}`, NOW - (i + 1) * HOUR))
const fresh = (n: number): StoredCard[] =>
  Array.from({ length: n }, (_, i) => newCard(`n${i}`, at(2026, 1, 1) + i))

describe('daily limits', () => {
  it('subtracts what was done today and adds extra new cards, never below zero', () => {
    const s = settings({ newCardsPerDay: 20, reviewsPerDay: 200 })
    expect(remainingLimits(s, { newCards: 5, reviews: 150 })).toEqual({ newCards: 15, reviews: 50 })
    expect(remainingLimits(s, { newCards: 5, reviews: 150 }, 10)).toEqual({
      newCards: 25,
      reviews: 50
    })
    expect(remainingLimits(s, { newCards: 30, reviews: 250 })).toEqual({ newCards: 0, reviews: 0 })
  })

  it('caps new cards, oldest first, and lets the user learn more on purpose', () => {
    const q = buildQueue(input({ newCards: fresh(40), doneToday: { newCards: 5, reviews: 0 } }))
    expect(q.counts.new).toBe(15)
    expect(ids(q.cards).slice(0, 3)).toEqual(['n0', 'n1', 'n2'])
    const more = buildQueue(
      input({ newCards: fresh(40), doneToday: { newCards: 20, reviews: 0 }, extraNew: 10 })
    )
    expect(more.counts.new).toBe(10)
  })

  it('caps reviews and keeps the most overdue ones', () => {
    const due = reviews(250).reverse() // hand them over in the wrong order on purpose
    const q = buildQueue(input({ dueReviews: due, doneToday: { newCards: 0, reviews: 150 } }))
    expect(q.counts.review).toBe(50)
    expect(q.cards[0]!.id).toBe('r249')
    expect(q.cards.every((c) => Number(c.id.slice(1)) >= 200)).toBe(true)
  })

  it('shows nothing new when the new-card limit is 0', () => {
    const q = buildQueue(input({ newCards: fresh(5), settings: settings({ newCardsPerDay: 0 }) }))
    expect(q.cards).toEqual([])
  })
})

describe('order', () => {
  it('puts due learning cards first, then reviews with new cards spread among them', () => {
    const q = buildQueue(
      input({
        learning: [learningCard('l2', NOW - 1 * MIN), learningCard('l1', NOW - 5 * MIN, 3)],
        dueReviews: reviews(6),
        newCards: fresh(3)
      })
    )
    expect(ids(q.cards)).toEqual(['l1', 'l2', 'r5', 'r4', 'n0', 'r3', 'r2', 'n1', 'r1', 'r0', 'n2'])
    expect(q.counts).toEqual({ new: 3, learning: 2, review: 6 })
  })

  it('puts leftover new cards at the end when there are fewer reviews', () => {
    const q = buildQueue(input({ dueReviews: reviews(2), newCards: fresh(4) }))
    expect(ids(q.cards)).toEqual(['r1', 'n0', 'r0', 'n1', 'n2', 'n3'])
  })

  it('leaves out suspended and buried cards, but not cards whose burial has ended', () => {
    const q = buildQueue(
      input({
        dueReviews: [
          reviewCard('suspended', NOW - DAY, { suspended: true }),
          reviewCard('buried', NOW - DAY, { buriedUntil: DAY_END }),
          reviewCard('unburied', NOW - DAY, { buriedUntil: NOW - MIN })
        ],
        newCards: [newCard('new-buried', 0, { buriedUntil: DAY_END })]
      })
    )
    expect(ids(q.cards)).toEqual(['unburied'])
  })

  it('ignores reviews due after today unless studying ahead', () => {
    const dueReviews = [
      reviewCard('today', NOW + HOUR),
      reviewCard('tomorrow', DAY_END + HOUR),
      reviewCard('in3days', DAY_END + 2 * DAY + HOUR)
    ]
    expect(ids(buildQueue(input({ dueReviews })).cards)).toEqual(['today'])
    const ahead = buildQueue(input({ dueReviews, studyAheadDays: 1 }))
    expect(ids(ahead.cards)).toEqual(['today', 'tomorrow'])
  })

  it('studies ahead even when today’s review limit is used up', () => {
    const dueReviews = [reviewCard('today', NOW - HOUR), reviewCard('tomorrow', DAY_END + HOUR)]
    const q = buildQueue(
      input({ dueReviews, studyAheadDays: 2, doneToday: { newCards: 0, reviews: 200 } })
    )
    expect(ids(q.cards)).toEqual(['tomorrow'])
  })
})

describe('nextCard during a session', () => {
  it('waits for a learning card until it is due while other cards remain', () => {
    const { state } = buildQueue(
      input({ learning: [learningCard('l', NOW + 5 * MIN)], dueReviews: reviews(1) })
    )
    expect(nextCard(state, NOW).card?.id).toBe('r0')
    expect(nextCard(state, NOW + 5 * MIN).card?.id).toBe('l')
  })

  it('shows learning cards up to 20 minutes early when nothing else is left', () => {
    const { state } = buildQueue(input({ learning: [learningCard('l', NOW + LEARN_AHEAD_MS)] }))
    expect(nextCard(state, NOW).card?.id).toBe('l')
    const later = buildQueue(input({ learning: [learningCard('l', NOW + 30 * MIN)] })).state
    expect(nextCard(later, NOW)).toEqual({ card: null, waitUntil: NOW + 30 * MIN })
    expect(nextCard(later, NOW + 10 * MIN).card?.id).toBe('l')
  })

  it('says done for today when nothing is left', () => {
    expect(nextCard(buildQueue(input()).state, NOW)).toEqual({ card: null, waitUntil: null })
  })

  it('brings a new card answered Good back after 10 minutes, and retires a graduated one', () => {
    const scheduler = createScheduler(settings())
    let q = buildQueue(input({ dueReviews: reviews(3), newCards: fresh(1) })).state
    const order: string[] = []
    let now = NOW
    for (let i = 0; i < 10; i++) {
      const { card, waitUntil } = nextCard(q, now)
      if (!card) {
        if (waitUntil === null) break
        now = waitUntil
        continue
      }
      order.push(`${card.id}@${Math.round((now - NOW) / MIN)}m`)
      const { after } = applyGrade(scheduler, card.sched, 3, now)
      q = afterAnswer(q, { ...card, sched: after })
      now += MIN
    }
    // n0 first seen at minute 3 (after r2, r1, r0 — interleaving puts it after 3 reviews),
    // learning step 10m → back at minute 13, shown early at 4m via learn-ahead, then graduates.
    expect(order).toEqual(['r2@0m', 'r1@1m', 'r0@2m', 'n0@3m', 'n0@4m'])
    expect(nextCard(q, now)).toEqual({ card: null, waitUntil: null })
  })

  it('sends a lapsed review to relearning and brings it back in 10 minutes', () => {
    const scheduler = createScheduler(settings())
    const lapsing = reviewCard('r', NOW - DAY)
    let q = buildQueue(input({ dueReviews: [lapsing], newCards: fresh(1) })).state
    const { after } = applyGrade(scheduler, lapsing.sched, 1, NOW)
    q = afterAnswer(q, { ...lapsing, sched: after })
    expect(queueCounts(q)).toEqual({ new: 1, learning: 1, review: 0 })
    expect(nextCard(q, NOW).card?.id).toBe('n0')
    expect(nextCard(q, NOW + 10 * MIN).card?.id).toBe('r')
  })

  it('drops learning cards whose next step falls after the day ends', () => {
    let q = buildQueue(input({ learning: [learningCard('l', NOW)] })).state
    const l = learningCard('l', DAY_END + MIN)
    q = afterAnswer(q, l)
    expect(nextCard(q, DAY_END - 1)).toEqual({ card: null, waitUntil: null })
  })

  it('removes a card buried or suspended mid-session, and shows an undone card next', () => {
    const { state } = buildQueue(input({ dueReviews: reviews(3) }))
    const removed = removeFromQueue(state, 'r2')
    expect(nextCard(removed, NOW).card?.id).toBe('r1')
    const restored = reviewCard('r2', NOW - 3 * HOUR)
    const undone = afterUndo(afterAnswer(state, reviewCard('r2', NOW + 5 * DAY)), restored)
    expect(nextCard(undone, NOW).card).toBe(restored)
    expect(queueCounts(undone).review).toBe(3)
  })
})

describe('candidateQuery', () => {
  it('tells storage what to fetch', () => {
    const s = settings({ newCardsPerDay: 20, reviewsPerDay: 200 })
    expect(candidateQuery(NOW, s, { newCards: 3, reviews: 10 }, { extraNew: 5 })).toEqual({
      learningDueBefore: DAY_END,
      reviewDueBefore: DAY_END,
      reviewLimit: 190,
      newLimit: 22
    })
    expect(
      candidateQuery(NOW, s, { newCards: 0, reviews: 0 }, { studyAheadDays: 3 })
    ).toMatchObject({ reviewDueBefore: DAY_END + 3 * DAY })
  })
})

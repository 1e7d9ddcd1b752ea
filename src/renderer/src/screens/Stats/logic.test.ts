import { describe, expect, it } from 'vitest'
import { at } from '@core/export/sample-library'
import { packDue } from '@core/library/due-days'
import type { StatsSnapshot } from '../../lib/db/stats-repo'
import {
  answerSeries,
  describeAnswers,
  describeForecast,
  describeStates,
  percent,
  shortDay,
  statsView
} from './logic'

const NOW = at(2025, 1, 15, 12)

function snapshot(overrides: Partial<StatsSnapshot> = {}): StatsSnapshot {
  return {
    counts: {
      new: 10,
      learning: 2,
      review: 5,
      relearning: 1,
      suspended: 0,
      due: packDue({ '2025-01-14': 1, '2025-01-17': 1, '2025-03-01': 4 })
    },
    days: [
      {
        day: '2025-01-14',
        reviews: 2,
        newCards: 1,
        again: 1,
        hard: 0,
        good: 2,
        easy: 0,
        durationMs: 0
      },
      {
        day: '2025-01-15',
        reviews: 0,
        newCards: 3,
        again: 0,
        hard: 1,
        good: 1,
        easy: 1,
        durationMs: 0
      }
    ],
    dayStartHour: 4,
    desiredRetention: 0.9,
    ...overrides
  }
}

describe('statsView', () => {
  it('gives the headline numbers for the study day of now', () => {
    const view = statsView(snapshot(), NOW)
    expect(view.today).toBe('2025-01-15')
    expect(view.answersToday).toBe(3)
    expect(view.streak).toBe(2)
    expect(view.retention).toEqual({ answers: 6, rate: 5 / 6 })
    expect(view.states.total).toBe(18)
    expect(view.perDay).toHaveLength(30)
    expect(view.perDay.at(-1)).toMatchObject({
      day: '2025-01-15',
      hard: 1,
      good: 1,
      easy: 1,
      total: 3
    })
    expect(view.forecast[0]).toEqual({ day: '2025-01-15', due: 1 })
    expect(view.forecast[2]).toEqual({ day: '2025-01-17', due: 1 })
  })

  it('counts 2 am as the day before, as the review queue does', () => {
    const view = statsView(snapshot(), at(2025, 1, 16, 2))
    expect(view.today).toBe('2025-01-15')
    expect(view.answersToday).toBe(3)
  })

  it('shows zeros and no retention for an untouched library', () => {
    const view = statsView(
      snapshot({ days: [], counts: { ...snapshot().counts, due: packDue({}) } }),
      NOW
    )
    expect([view.answersToday, view.streak, view.retention.rate]).toEqual([0, 0, null])
    expect(describeAnswers(view.perDay)).toBe('No answers in the last 30 days.')
    expect(describeForecast(view.forecast)).toBe('No cards due in the next 30 days.')
  })
})

describe('words', () => {
  it('describes each chart in one sentence', () => {
    const view = statsView(snapshot(), NOW)
    expect(describeAnswers(view.perDay)).toBe(
      '6 answers on 2 days of the last 30; the most, 3, on 14 Jan.'
    )
    expect(describeForecast(view.forecast)).toBe(
      '2 cards due in the next 30 days, 1 of them today.'
    )
    expect(describeStates(view.states)).toBe(
      '18 cards: 10 new, 2 learning, 5 in review, 1 relearning.'
    )
  })

  it('groups a heavy library’s thousands in every number it reads out', () => {
    const states = { ...statsView(snapshot(), NOW).states }
    Object.assign(states, { total: 100_000, new: 60_000, learning: 4_000, review: 35_000 })
    Object.assign(states, { relearning: 1_000, suspended: 2_500 })
    expect(describeStates(states)).toBe(
      '100,000 cards (2,500 of them suspended): 60,000 new, 4,000 learning, 35,000 in review, 1,000 relearning.'
    )
  })

  it('formats small things', () => {
    expect([percent(null), percent(0.876)]).toEqual(['—', '88%'])
    expect(shortDay('2025-12-03')).toBe('3 Dec')
  })

  it('stacks the grades in Again, Hard, Good, Easy order', () => {
    const series = answerSeries(statsView(snapshot(), NOW).perDay)
    expect(series.map((s) => s.label)).toEqual(['Again', 'Hard', 'Good', 'Easy'])
    expect(series[0]?.data.at(-2)).toBe(1)
  })
})

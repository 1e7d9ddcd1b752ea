import { default_w } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import { DAY_MS } from '../calendar'
import { emptyAggregate } from '../review/day-summary'
import { cardMemoryOf, storedCard } from '../testing/builders'
import type { CardMemory } from './memory'
import { hardestCards, mastery } from './memory'
import { progressReport, withCardText } from './report'

const NOW = Date.UTC(2026, 1, 10, 12)

const memory = (id: string, over: Partial<CardMemory>): CardMemory => cardMemoryOf(id, NOW, over)

describe('progress report', () => {
  it('gathers the streak, retention, mastery and hardest cards, with their words', () => {
    const days = ['2026-02-08', '2026-02-09', '2026-02-10'].map((day) => ({
      ...emptyAggregate(day),
      good: 5,
      recall: { youngPassed: 4, youngFailed: 1, maturePassed: 0, matureFailed: 0 }
    }))
    const cards = [
      memory('c1', { speaker: 'Ana', lapses: 2 }),
      memory('c2', { speaker: 'Ana', lastReview: NOW - 40 * DAY_MS }),
      memory('c3', { articleId: 'a2', phase: 0, lastReview: null, stability: 0 })
    ]
    const titles = new Map([
      ['a1', 'Harbour'],
      ['a2', 'Museum']
    ])
    const report = progressReport({
      today: '2026-02-10',
      days,
      mastery: mastery(cards, titles, 0.9, NOW, [...default_w]),
      hardest: hardestCards(cards, NOW, [...default_w]),
      titles,
      desiredRetention: 0.9
    })
    expect(report.streaks).toEqual({ current: 3, longest: 3 })
    expect(report.retention.find((r) => r.period === 'week')?.young).toEqual({
      passed: 12,
      failed: 3,
      rate: 0.8
    })
    expect(report.overall).toMatchObject({ cards: 3, mastered: 1 })
    expect(report.articles.map((a) => [a.label, a.mastered, a.cards])).toEqual([
      ['Museum', 0, 1],
      ['Harbour', 1, 2]
    ])
    expect(report.speakers).toMatchObject([{ label: 'Ana', mastered: 1, cards: 2, share: 0.5 }])
    expect(report.hardestIds).toEqual(['c1', 'c2'])
    const filled = withCardText(report, [
      storedCard('c1', {}, { front: 'Who said x?', back: 'Ana' }),
      undefined
    ])
    expect(filled.hardest[0]).toMatchObject({
      front: 'Who said x?',
      back: 'Ana',
      article: 'Harbour',
      lapses: 2
    })
    expect(filled.hardest[1]?.front).toBe('')
  })
})

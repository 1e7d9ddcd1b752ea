import { default_w } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import { cardMemoryOf } from '../testing/builders'
import { DAY_MS } from '../calendar'
import type { CardMemory } from './memory'
import { distributions, hardestCards, mastery, retrievability, speakersByQuote } from './memory'

const NOW = Date.UTC(2026, 1, 10)
const W = [...default_w]

const card = (id: string, over: Partial<CardMemory> = {}): CardMemory => cardMemoryOf(id, NOW, over)

describe('memory statistics', () => {
  it('follows the forgetting curve: 90% after `stability` days, none for a new card', () => {
    expect(retrievability(card('x'), NOW, W)).toBeCloseTo(1, 6)
    expect(retrievability(card('x', { lastReview: NOW - 10 * DAY_MS }), NOW, W)).toBeCloseTo(0.9, 6)
    expect(
      retrievability(card('x', { phase: 0, lastReview: null, stability: 0 }), NOW, W)
    ).toBeNull()
  })

  it('gives mastery per article and speaker, weakest first, new cards counting against', () => {
    const cards = [
      card('1', { speaker: 'Ana' }), // R 1
      card('2', { speaker: 'Ana', lastReview: NOW - 30 * DAY_MS }), // R < 0.9
      card('3', { speaker: 'Ben', articleId: 'a2' }),
      card('4', { phase: 0, lastReview: null, stability: 0, articleId: 'a2' }),
      card('5', { lastReview: NOW - 10 * DAY_MS }) // R 0.9 exactly: at the desired retention counts
    ]
    const report = mastery(
      cards,
      new Map([
        ['a1', 'First'],
        ['a2', 'Second']
      ]),
      0.9,
      NOW,
      W
    )
    expect(report.speakers.map((s) => [s.label, s.mastered, s.cards])).toEqual([
      ['Ana', 1, 2],
      ['Ben', 1, 1]
    ])
    expect(report.articles.map((a) => [a.label, a.mastered, a.cards, a.share])).toEqual([
      ['Second', 1, 2, 0.5],
      ['First', 2, 3, 2 / 3]
    ])
    expect(report.overall).toMatchObject({ cards: 5, mastered: 3, share: 0.6 })
  })

  it('spreads studied cards over retrievability, stability and difficulty bands', () => {
    const cards = [
      card('1', { stability: 0.5, difficulty: 1 }),
      card('2', { stability: 400, difficulty: 10, lastReview: NOW - 800 * DAY_MS }),
      card('3', { phase: 0, lastReview: null })
    ]
    const d = distributions(cards, NOW, W)
    expect(d.studied).toBe(2)
    expect(d.retrievability[9]?.cards).toBe(1)
    expect(d.retrievability[8]?.cards).toBe(1)
    expect(d.stability[0]).toEqual({ label: 'under 1 day', cards: 1 })
    expect(d.stability.at(-1)).toEqual({ label: '365 days or more', cards: 1 })
    expect(d.difficulty[0]?.cards).toBe(1)
    expect(d.difficulty[8]?.cards).toBe(1)
  })

  it('lists the most forgotten cards first, then the hardest', () => {
    const cards = [
      card('a', { lapses: 1 }),
      card('b', { lapses: 3 }),
      card('c', { lapses: 1, difficulty: 9 })
    ]
    expect(hardestCards(cards, NOW, W, 2).map((c) => c.cardId)).toEqual(['b', 'c'])
  })

  it('finds the speaker of quotations and reported statements', () => {
    const map = speakersByQuote({
      quotes: [
        { id: 'q1', speaker: 'Ana' },
        { id: 'q2', speaker: null }
      ],
      reported: [{ id: 'r1', speaker: 'Ben' }]
    })
    expect([...map]).toEqual([
      ['q1', 'Ana'],
      ['r1', 'Ben']
    ])
  })
})

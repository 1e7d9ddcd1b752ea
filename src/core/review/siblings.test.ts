import { describe, expect, it } from 'vitest'
import { isSibling, siblingsToBury } from './siblings'
import { at, DAY, HOUR, storedCard } from '../testing/builders'

const NOW = at(2026, 1, 20, 10)
const DAY_END = at(2026, 1, 21, 4)
const card = (id: string, where: { quoteId?: string | null; sentenceIndex?: number }, s = {}) =>
  storedCard(id, s, { quoteId: where.quoteId ?? null, sentenceIndex: where.sentenceIndex ?? 0 })

describe('siblings', () => {
  const who = card('who', { quoteId: 'q1', sentenceIndex: 3 })

  it('are the cards of one quote, or of one sentence, of one article', () => {
    expect(isSibling(who, card('where', { quoteId: 'q1', sentenceIndex: 4 }))).toBe(true)
    expect(isSibling(who, card('fact', { sentenceIndex: 3 }))).toBe(true)
    expect(isSibling(who, card('other', { quoteId: 'q2', sentenceIndex: 5 }))).toBe(false)
    expect(isSibling(who, who)).toBe(false)
    expect(isSibling(who, { ...card('x', { sentenceIndex: 3 }), articleId: 'a2' })).toBe(false)
  })

  it('buries those today could show, until the next study day', () => {
    const cards = [
      who,
      card('new', { quoteId: 'q1' }),
      card('due', { sentenceIndex: 3 }, { phase: 2, due: NOW + HOUR }),
      card('later', { sentenceIndex: 3 }, { phase: 2, due: NOW + 3 * DAY }),
      card('learning', { quoteId: 'q1' }, { phase: 1, due: NOW + HOUR }),
      { ...card('suspended', { quoteId: 'q1' }), suspended: true },
      { ...card('buried', { quoteId: 'q1' }), buriedUntil: DAY_END },
      card('stranger', { quoteId: 'q9', sentenceIndex: 9 })
    ]
    const buried = siblingsToBury(who, cards, NOW, DAY_END)
    expect(buried.map((c) => c.id)).toEqual(['new', 'due'])
    expect(buried.every((c) => c.buriedUntil === DAY_END)).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { at, DAY, HOUR } from '../testing/builders'
import { filterCards } from './evaluate'
import { parseQuery } from './parse'
import { searchCard, searchContext, type Answer } from './test-library'
import type { SearchableCard, SearchContext } from './types'

const NOW = at(2026, 1, 15, 12)

function ids(query: string, cards: SearchableCard[], ctx: SearchContext = searchContext(NOW)) {
  const parsed = parseQuery(query)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return filterCards(cards, parsed.query, ctx).map((c) => c.id)
}

const review = (overrides: Partial<SearchableCard['sched']> = {}) => ({
  phase: 2 as const,
  due: NOW + 3 * DAY,
  stability: 10,
  difficulty: 5,
  scheduledDays: 10,
  reps: 4,
  lapses: 0,
  lastReview: NOW - 7 * DAY,
  ...overrides
})

describe('free text and fields', () => {
  const cards = [
    searchCard('a', {
      front: 'Who said “tariffs hurt”?',
      back: 'Xi Jinping',
      speaker: 'Xi Jinping'
    }),
    searchCard('b', { front: 'Where?', back: 'São Paulo', article: 'Brazil votes' }),
    searchCard('c', { kind: 'fact-cloze', front: 'Exports rose ___', back: '8 percent' })
  ]

  it('matches front or back, case and accents folded', () => {
    expect(ids('TARIFFS', cards)).toEqual(['a'])
    expect(ids('sao', cards)).toEqual(['b'])
    expect(ids('"8 percent"', cards)).toEqual(['c'])
    expect(ids('exp*rose', cards)).toEqual(['c'])
  })

  it('matches article titles and speakers', () => {
    expect(ids('article:brazil', cards)).toEqual(['b'])
    expect(ids('article:"brazil votes"', cards)).toEqual(['b'])
    expect(ids('speaker:xi', cards)).toEqual(['a'])
    expect(ids('speaker:*', cards)).toEqual(['a'])
  })

  it('matches kinds by their names', () => {
    const kinds = [
      searchCard('who', { kind: 'quote-who' }),
      searchCard('rep', { kind: 'reported-who' }),
      searchCard('where', { kind: 'quote-where' }),
      searchCard('when', { kind: 'quote-when' }),
      searchCard('fact', { kind: 'fact-cloze' }),
      searchCard('term', { kind: 'term-meaning' })
    ]
    expect(ids('kind:who', kinds)).toEqual(['who', 'rep'])
    expect(ids('kind:where', kinds)).toEqual(['where'])
    expect(ids('kind:when', kinds)).toEqual(['when'])
    expect(ids('kind:fact', kinds)).toEqual(['fact'])
    expect(ids('kind:term', kinds)).toEqual(['term'])
  })

  it('matches whole tags, with * for any run', () => {
    const tagged = [
      searchCard('x', { tags: ['leech', 'trade'] }),
      searchCard('y', { tags: ['leeches'] })
    ]
    expect(ids('tag:leech', tagged)).toEqual(['x'])
    expect(ids('tag:leech*', tagged)).toEqual(['x', 'y'])
    expect(ids('is:leech', tagged)).toEqual(['x'])
  })
})

describe('is:', () => {
  const cards = [
    searchCard('new'),
    searchCard('learn', { sched: review({ phase: 1, due: NOW + HOUR }) }),
    searchCard('relearn', { sched: review({ phase: 3, due: NOW - HOUR }) }),
    searchCard('due', { sched: review({ due: NOW - DAY }) }),
    searchCard('later', { sched: review({ due: NOW + 5 * DAY }) }),
    searchCard('suspended', { suspended: true, sched: review({ due: NOW - DAY }) }),
    searchCard('buried', { buriedUntil: NOW + HOUR, sched: review({ due: NOW - DAY }) }),
    searchCard('unburied', { buriedUntil: NOW - HOUR })
  ]

  it('tells phases apart as Anki does (relearning is both learn and review)', () => {
    expect(ids('is:new', cards)).toEqual(['new', 'unburied'])
    expect(ids('is:learn', cards)).toEqual(['learn', 'relearn'])
    expect(ids('is:review', cards)).toEqual(['relearn', 'due', 'later', 'suspended', 'buried'])
  })

  it('finds due cards as the queue sees them: before the study day ends, not set aside', () => {
    expect(ids('is:due', cards)).toEqual(['learn', 'relearn', 'due'])
  })

  it('finds suspended and (still) buried cards', () => {
    expect(ids('is:suspended', cards)).toEqual(['suspended'])
    expect(ids('is:buried', cards)).toEqual(['buried'])
  })
})

describe('prop:', () => {
  const cards = [
    searchCard('new'),
    searchCard('fresh', { sched: review({ lastReview: NOW, stability: 10 }) }),
    searchCard('faded', {
      sched: review({ lastReview: NOW - 100 * DAY, stability: 2, lapses: 4 })
    }),
    searchCard('long', { sched: review({ scheduledDays: 45, reps: 9, due: NOW - 2 * DAY }) })
  ]

  it('compares retrievability now, leaving out cards never studied', () => {
    expect(ids('prop:r<0.8', cards)).toEqual(['faded'])
    expect(ids('prop:r>=0.8', cards)).toEqual(['fresh', 'long'])
    expect(ids('-prop:r<0.8', cards)).toEqual(['new', 'fresh', 'long'])
  })

  it('compares interval, lapses, reps, stability and difficulty', () => {
    expect(ids('prop:ivl>=30', cards)).toEqual(['long'])
    expect(ids('prop:ivl=10', cards)).toEqual(['fresh', 'faded'])
    expect(ids('prop:lapses>3', cards)).toEqual(['faded'])
    expect(ids('prop:lapses!=4', cards)).toEqual(['new', 'fresh', 'long'])
    expect(ids('prop:reps<=4', cards)).toEqual(['new', 'fresh', 'faded'])
    expect(ids('prop:s<5', cards)).toEqual(['faded'])
    expect(ids('prop:d=5', cards)).toEqual(['fresh', 'faded', 'long'])
  })

  it('counts prop:due in days from today', () => {
    expect(ids('prop:due<0', cards)).toEqual(['long'])
    expect(ids('prop:due=3', cards)).toEqual(['fresh', 'faded'])
  })
})

describe('rated: and added:', () => {
  const cards = ['a', 'b', 'c', 'd'].map((id, i) =>
    searchCard(id, { createdAt: NOW - i * 3 * DAY })
  )
  const answers: Answer[] = [
    { cardId: 'a', at: NOW - HOUR, grade: 3 },
    { cardId: 'b', at: NOW - 2 * DAY, grade: 1 },
    { cardId: 'c', at: NOW - 10 * DAY, grade: 1 }
  ]
  const ctx = searchContext(NOW, answers)

  it('counts rated:1 as today and rated:N as the last N study days', () => {
    expect(ids('rated:1', cards, ctx)).toEqual(['a'])
    expect(ids('rated:3', cards, ctx)).toEqual(['a', 'b'])
    expect(ids('rated:30', cards, ctx)).toEqual(['a', 'b', 'c'])
  })

  it('narrows rated: to one grade', () => {
    expect(ids('rated:30:1', cards, ctx)).toEqual(['b', 'c'])
    expect(ids('rated:7:1', cards, ctx)).toEqual(['b'])
  })

  it('counts a study day from the day-start hour', () => {
    // 02:00 belongs to yesterday's study day when days start at 04:00.
    const early = searchContext(at(2026, 1, 15, 2), [
      { cardId: 'a', at: at(2026, 1, 14, 5), grade: 3 }
    ])
    expect(ids('rated:1', cards, early)).toEqual(['a'])
  })

  it('finds cards added in the last N days', () => {
    expect(ids('added:1', cards)).toEqual(['a'])
    expect(ids('added:4', cards)).toEqual(['a', 'b'])
  })
})

describe('combinations', () => {
  const cards = [
    searchCard('xi-new', { speaker: 'Xi Jinping' }),
    searchCard('xi-sus', { speaker: 'Xi Jinping', suspended: true }),
    searchCard('li-new', { speaker: 'Li Qiang' }),
    searchCard('fact', { kind: 'fact-cloze' })
  ]

  it('ands, ors, negates and groups', () => {
    expect(ids('speaker:xi -is:suspended', cards)).toEqual(['xi-new'])
    expect(ids('speaker:li or is:suspended', cards)).toEqual(['xi-sus', 'li-new'])
    expect(ids('kind:who (speaker:li or is:suspended)', cards)).toEqual(['xi-sus', 'li-new'])
    expect(ids('kind:fact or speaker:xi is:suspended', cards)).toEqual(['xi-sus', 'fact'])
    expect(ids('-(kind:fact or speaker:xi)', cards)).toEqual(['li-new'])
    expect(ids('', cards)).toHaveLength(4)
  })
})

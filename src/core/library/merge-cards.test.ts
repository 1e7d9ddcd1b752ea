import { describe, expect, it } from 'vitest'
import type { CardContent, SchedulingState, StoredCard } from '../model'
import { planCardMerge } from './merge-cards'
import { cardContent, sched } from '../testing/builders'
import { PHASE } from '../review/phase'

const NOW = Date.UTC(2025, 6, 20, 9, 0, 0)
const fresh = (due: number): SchedulingState => sched({ due })
const content = (id: string, front: string, back = 'answer'): CardContent =>
  cardContent(id, { articleId: 'a1', kind: 'fact-cloze', front, back })
const studied = (card: CardContent, edited = false): StoredCard => ({
  ...card,
  sched: { ...fresh(NOW + 86_400_000), phase: PHASE.review, reps: 3, stability: 4.2 },
  suspended: false,
  buriedUntil: null,
  edited,
  createdAt: NOW - 10_000
})

describe('planCardMerge', () => {
  it('adds every card of a new article as new, in article order', () => {
    const plan = planCardMerge({
      stored: [],
      incoming: [content('c1', 'one'), content('c2', 'two')],
      reviewed: new Set(),
      articleId: 'a1',
      now: NOW,
      newState: fresh
    })
    expect(plan.added).toBe(2)
    expect(plan.put.map((c) => c.id)).toEqual(['c1', 'c2'])
    expect(plan.put[0]!.sched.due).toBeLessThan(plan.put[1]!.sched.due)
    expect(plan.remove).toEqual([])
  })

  it('re-importing the same cards adds nothing and keeps their schedules', () => {
    const stored = [studied(content('c1', 'one'))]
    const plan = planCardMerge({
      stored,
      incoming: [content('c1', 'one')],
      reviewed: new Set(['c1']),
      articleId: 'a1',
      now: NOW,
      newState: fresh
    })
    expect(plan.added).toBe(0)
    expect(plan.put).toHaveLength(1)
    expect(plan.put[0]!.sched).toEqual(stored[0]!.sched)
  })

  it('keeps the tags, leech among them', () => {
    const stored = [{ ...studied(content('c1', 'one')), tags: ['leech', 'trade'] }]
    const plan = planCardMerge({
      stored,
      incoming: [content('c1', 'one')],
      reviewed: new Set(['c1']),
      articleId: 'a1',
      now: NOW,
      newState: fresh
    })
    expect(plan.put[0]!.tags).toEqual(['leech', 'trade'])
  })

  it("keeps the user's edited text over the regenerated text", () => {
    const stored = [{ ...studied(content('c1', 'my question', 'my answer'), true) }]
    const plan = planCardMerge({
      stored,
      incoming: [content('c1', 'generated question')],
      reviewed: new Set(),
      articleId: 'a1',
      now: NOW,
      newState: fresh
    })
    expect(plan.put[0]).toMatchObject({ front: 'my question', back: 'my answer', edited: true })
  })

  it('moves history to the new id when an edited article changes a card id', () => {
    const stored = [studied(content('old', 'Who said it?'))]
    const plan = planCardMerge({
      stored,
      incoming: [content('new', 'Who said it?')],
      reviewed: new Set(['old']),
      articleId: 'a2',
      now: NOW,
      newState: fresh
    })
    expect(plan.relink).toEqual([{ from: 'old', to: 'new' }])
    expect(plan.remove).toEqual(['old'])
    expect(plan.put[0]).toMatchObject({ id: 'new', articleId: 'a2', sched: stored[0]!.sched })
  })

  it('drops unreviewed cards no longer generated but keeps reviewed ones', () => {
    const stored = [studied(content('gone', 'x')), studied(content('kept', 'y'))]
    const plan = planCardMerge({
      stored,
      incoming: [],
      reviewed: new Set(['kept']),
      articleId: 'a1',
      now: NOW,
      newState: fresh
    })
    expect(plan.remove).toEqual(['gone'])
    expect(plan.keptWithHistory).toBe(1)
  })

  it('takes back, by id only, a card a later version carried over, keeping its schedule', () => {
    const carried = { ...studied(content('c1', 'one')), articleId: 'a2' }
    const plan = planCardMerge({
      stored: [],
      claimed: [carried],
      // c2 reads like the carried card and comes first: it must not take the card's history.
      incoming: [content('c2', 'one'), content('c1', 'one')],
      reviewed: new Set(['c1']),
      articleId: 'a1',
      now: NOW,
      newState: fresh
    })
    expect(plan.put.map((c) => [c.id, c.articleId])).toEqual([
      ['c2', 'a1'],
      ['c1', 'a1']
    ])
    expect(plan.put[1]!.sched).toEqual(carried.sched)
    expect(plan.remove).toEqual([])
    expect(plan.relink).toEqual([])
    expect(plan.added).toBe(1)
  })
})

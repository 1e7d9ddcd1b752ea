import { describe, expect, it } from 'vitest'
import { article } from '../export/sample-library'
import { answerKey } from '../library/merge-library'
import { makeLogEntry } from '../review/review-log'
import { newSchedulingState } from '../review/scheduler'
import { at, storedCard } from '../testing/builders'
import { makeChunk, type Change } from './chunk'
import { touched as touchedBy } from './scope'
import { applyChunks, emptySyncState } from './sync-state'

const T = at(2026, 3, 1, 9)
const card = (id: string, articleId: string) => ({
  ...storedCard(id, {}, { createdAt: T, articleId }),
  sched: newSchedulingState(T)
})
const state = applyChunks(emptySyncState(), [
  makeChunk('desktop-00000002', 1, T, [
    { type: 'article', at: T, article: article('a1') },
    { type: 'article', at: T, article: article('a2') },
    { type: 'card', at: T, card: card('c1', 'a1') },
    { type: 'card', at: T, card: card('c2', 'a1') },
    { type: 'card', at: T, card: card('c3', 'a2') }
  ])
])
const touched = (changes: Change[]) => {
  const scope = touchedBy(state, changes)
  return scope && [...scope.cards].sort()
}

describe('the cards a sync touches', () => {
  it('are the cards answered, undone, edited or rescheduled, and an article’s cards', () => {
    const c3 = card('c3', 'a2')
    const log = makeLogEntry(c3, 3, c3.sched, c3.sched, T + 60_000, { dayStartHour: 4 }, 900)
    expect(touched([{ type: 'answer', log }])).toEqual(['c3'])
    expect(touched([{ type: 'delete', at: T, table: 'answer', id: answerKey(log) }])).toEqual([
      'c3'
    ])
    expect(touched([{ type: 'card', at: T, card: card('c2', 'a1') }])).toEqual(['c2'])
    const { before, after } = log
    expect(touched([{ type: 'reschedule', at: T, cardId: 'c1', before, after }])).toEqual(['c1'])
    const deleted: Change = { type: 'delete', at: T, table: 'article', id: 'a1' }
    expect(touched([deleted])).toEqual(['c1', 'c2'])
    expect(touchedBy(state, [deleted])?.articles).toEqual(new Set(['a1']))
    expect(touched([])).toEqual([])
  })

  it('are every card when a shared setting changes', () => {
    const setting = { key: 'study', value: { newCardsPerDay: 3 } }
    expect(touched([{ type: 'setting', at: T, setting }])).toBeNull()
    expect(touched([{ type: 'delete', at: T, table: 'setting', id: 'study' }])).toBeNull()
  })
})

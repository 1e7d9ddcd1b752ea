import { describe, expect, it } from 'vitest'
import { article } from '../export/sample-library'
import { answerKey } from '../library/merge-library'
import { makeLogEntry } from '../review/review-log'
import { newSchedulingState } from '../review/scheduler'
import { at, storedCard } from '../testing/builders'
import { makeChunk, type Change } from './chunk'
import { localChanges, type LocalLibrary } from './local-changes'
import { applyChunks, emptySyncState, rescheduleKey } from './sync-state'

const T = at(2026, 2, 2, 9)
const NOW = T + 3_600_000
const ME = 'laptop-000000001'
const card = (id: string) => ({
  ...storedCard(id, {}, { createdAt: T, articleId: 'article-1' }),
  sched: newSchedulingState(T)
})
const shared = makeChunk('desktop-00000002', 1, T, [
  { type: 'article', at: T, article: article('article-1') },
  { type: 'card', at: T, card: card('c1') },
  { type: 'card', at: T, card: card('c2') },
  { type: 'setting', at: T, setting: { key: 'study', value: { newCardsPerDay: 5 } } }
])
const library = (over: Partial<LocalLibrary> = {}): LocalLibrary => ({
  articles: [article('article-1')],
  cards: [card('c1'), card('c2')],
  reviewLogs: [],
  settings: [{ key: 'study', value: { newCardsPerDay: 5 } }],
  reschedules: [],
  ...over
})
const kinds = (changes: Change[]) =>
  changes.map((c) => `${c.type}${'id' in c ? ` ${c.id}` : ''}${'card' in c ? ` ${c.card.id}` : ''}`)

describe('what this device changed since its last sync', () => {
  const known = applyChunks(emptySyncState(), [shared])

  it('is nothing when the library is what the chunks say', () => {
    expect(localChanges(known, known, library(), ME, NOW)).toEqual([])
  })

  it('is each new answer, each edited or deleted card, and each changed shared setting', () => {
    const c1 = card('c1')
    const log = makeLogEntry(c1, 3, c1.sched, c1.sched, T + 60_000, { dayStartHour: 4 }, 900)
    const changes = localChanges(
      known,
      known,
      library({
        cards: [{ ...c1, front: 'Mine now', edited: true }],
        reviewLogs: [{ ...log, id: 7 }],
        settings: [
          { key: 'study', value: { newCardsPerDay: 9 } },
          { key: 'browse-view', value: 1 }
        ]
      }),
      ME,
      NOW
    )
    expect(kinds(changes)).toEqual(['answer', 'card c1', 'delete c2', 'setting'])
    expect(changes.find((c) => c.type === 'answer')).toEqual({ type: 'answer', log })
    expect(changes.filter((c) => c.type !== 'answer').every((c) => 'at' in c && c.at === NOW)).toBe(
      true
    )
  })

  it('undoes an answer it sent and no longer holds, but not the answers of a card put back', () => {
    const c1 = card('c1')
    const log = makeLogEntry(c1, 3, c1.sched, c1.sched, T + 60_000, { dayStartHour: 4 }, 900)
    const sent = applyChunks(known, [makeChunk(ME, 1, T, [{ type: 'answer', log }])])
    const undone = localChanges(sent, sent, library(), ME, NOW)
    expect(undone).toEqual([{ type: 'delete', at: NOW, table: 'answer', id: answerKey(log) }])
    // c1 was deleted elsewhere and this device made it again: its old answers are not undone.
    const deleted = applyChunks(sent, [
      makeChunk('desktop-00000002', 2, T, [{ type: 'delete', at: T, table: 'card', id: 'c1' }])
    ])
    expect(kinds(localChanges(deleted, deleted, library(), ME, NOW))).toEqual(['card c1'])
  })

  it('undoes a rescheduling of its own it sent and no longer holds, and no other device’s', () => {
    const c1 = card('c1')
    const event = {
      cardId: 'c1',
      at: T + 60_000,
      before: c1.sched,
      after: { ...c1.sched, due: NOW }
    }
    const sent = applyChunks(known, [
      makeChunk(ME, 1, T, [{ type: 'reschedule', ...event }]),
      makeChunk('desktop-00000002', 2, T, [{ type: 'reschedule', ...event }])
    ])
    // Still held: nothing to send.
    expect(localChanges(sent, sent, library({ reschedules: [event] }), ME, NOW)).toEqual([])
    const undone = localChanges(sent, sent, library(), ME, NOW)
    expect(undone).toEqual([
      { type: 'delete', at: NOW, table: 'reschedule', id: rescheduleKey(event, ME) }
    ])
    // Once the undo is read back, it is not sent again.
    const read = applyChunks(sent, [makeChunk(ME, 3, NOW, undone)])
    expect(localChanges(read, read, library(), ME, NOW)).toEqual([])
  })

  it('on a first sync, sends untouched copies of shared records as of when they were made', () => {
    const changes = localChanges(
      emptySyncState(),
      known,
      library({
        cards: [card('c1'), { ...card('c2'), suspended: true }],
        settings: [{ key: 'study', value: { newCardsPerDay: 50 } }]
      }),
      ME,
      NOW
    )
    const stamp = (id: string) =>
      changes.find((c) => c.type === 'card' && c.card.id === id) as { at: number } | undefined
    expect(stamp('c1')?.at).toBe(T) // loses to any edit another device made
    expect(stamp('c2')?.at).toBe(NOW) // the user suspended it here: that is an edit
    expect(changes.some((c) => c.type === 'setting')).toBe(false)
  })
})

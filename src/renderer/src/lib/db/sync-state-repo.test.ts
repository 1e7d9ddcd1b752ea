import { describe, expect, it } from 'vitest'
import { answerKey } from '@core/library/merge-library'
import { makeLogEntry } from '@core/review/review-log'
import { makeChunk, type Chunk } from '@core/sync/chunk'
import { applyChunks, emptySyncState, type SyncAnswer, type SyncState } from '@core/sync/sync-state'
import { card, DEVICES, genesis, T0 } from '@core/sync/test-support'
import type { SyncStateRecord } from './records'
import { changedStateRecords, loadSyncState } from './sync-state-repo'
import { freshDatabase } from './test-support'

const MINUTE = 60_000

/** `count` answers to card `c`, one a minute from `from`, in one chunk of device 1. */
function answers(seq: number, c: number, count: number, from: number): Chunk {
  const changes = Array.from({ length: count }, (_, i) => {
    const log = makeLogEntry(
      card(c),
      3,
      card(c).sched,
      card(c).sched,
      T0 + (from + i) * MINUTE,
      { dayStartHour: 4 },
      2000
    )
    return { type: 'answer' as const, log }
  })
  return makeChunk(DEVICES[1], seq, T0, changes)
}

const seenOf = (s: SyncState) => Object.fromEntries([...s.seen].map(([d, q]) => [d, [...q]]))

describe('the kept sync state', () => {
  it('keeps a card’s answers in one row of JSON text, and reads back the state it was written from', async () => {
    const db = await freshDatabase()
    const state = applyChunks(emptySyncState(), [genesis, answers(1, 0, 5, 1), answers(2, 1, 3, 9)])
    const rows = changedStateRecords(emptySyncState(), state)
    const answerRows = rows.filter((r) => r.kind === 'answers-json')
    expect(answerRows.map((r) => r.key).sort()).toEqual(['answers:c0', 'answers:c1'])
    expect(answerRows.every((r) => typeof r.json === 'string')).toBe(true)
    await db.syncState.bulkPut(rows)
    expect(await loadSyncState(seenOf(state))).toEqual(state)
  })

  it('still reads a card’s answers kept as objects, as syncs wrote them before, and a new row replaces the old', async () => {
    const db = await freshDatabase()
    const before = applyChunks(emptySyncState(), [genesis, answers(1, 0, 4, 1)])
    const asObjects: SyncStateRecord[] = changedStateRecords(emptySyncState(), before).map((row) =>
      row.kind === 'answers-json'
        ? { key: row.key, kind: 'answers', cardId: row.cardId, answers: JSON.parse(row.json) }
        : row
    )
    await db.syncState.bulkPut(asObjects)
    const kept = await loadSyncState(seenOf(before))
    expect(kept).toEqual(before)
    const after = applyChunks(kept, [answers(2, 0, 2, 20)])
    await db.syncState.bulkPut(changedStateRecords(kept, after))
    expect(await db.syncState.get('answers:c0')).toMatchObject({ kind: 'answers-json' })
    const read = await loadSyncState(seenOf(after))
    expect(read).toEqual(after)
    expect(read.answers.size).toBe(6)
  })

  it('still reads rows of one answer each, written before, and a card’s later row stands over them', async () => {
    const db = await freshDatabase()
    const before = applyChunks(emptySyncState(), [genesis, answers(1, 0, 4, 1)])
    const legacy: SyncStateRecord[] = changedStateRecords(emptySyncState(), before).flatMap(
      (row) =>
        row.kind === 'answers-json'
          ? (JSON.parse(row.json) as SyncAnswer[]).map((answer) => ({
              key: `answer:${answerKey(answer)}`,
              kind: 'answer' as const,
              cardId: answer.cardId,
              answer
            }))
          : [row]
    )
    await db.syncState.bulkPut(legacy)
    const kept = await loadSyncState(seenOf(before))
    expect(kept).toEqual(before)
    const after = applyChunks(kept, [answers(2, 0, 2, 20)])
    await db.syncState.bulkPut(changedStateRecords(kept, after))
    const read = await loadSyncState(seenOf(after))
    expect(read).toEqual(after)
    expect(read.answers.size).toBe(6)
  })
})

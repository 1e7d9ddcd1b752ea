import { describe, expect, it } from 'vitest'
import { makeLogEntry } from '../review/review-log'
import { newSchedulingState } from '../review/scheduler'
import { at, storedCard } from '../testing/builders'
import {
  CHUNK_VERSION,
  chunkFileName,
  chunkSeqOf,
  deviceIdFrom,
  isDeviceId,
  makeChunk,
  parseChunk,
  serialiseChunk,
  SyncChunkError
} from './chunk'

const T = at(2026, 3, 2, 10)
const device = deviceIdFrom(new Uint8Array(16).map((_, i) => i * 17))
const card = { ...storedCard('c1', {}, { createdAt: T }), sched: newSchedulingState(T) }
const chunk = makeChunk(device, 7, T, [
  { type: 'card', at: T, card },
  {
    type: 'answer',
    log: makeLogEntry(card, 3, card.sched, card.sched, T, { dayStartHour: 4 }, 900)
  },
  { type: 'delete', at: T, table: 'article', id: 'a-gone' }
])
const where = { device, seq: 7 }

function messageOf(text: string, at = where): string {
  try {
    parseChunk(text, at)
  } catch (error) {
    expect(error).toBeInstanceOf(SyncChunkError)
    return (error as Error).message
  }
  throw new Error('parsed')
}

describe('sync chunks', () => {
  it('read back exactly what was written', () => {
    expect(isDeviceId(device)).toBe(true)
    expect(parseChunk(serialiseChunk(chunk), where)).toEqual(chunk)
  })

  it('are named so a listing sorts them, and temporary uploads are not chunks', () => {
    expect(chunkFileName(7)).toBe('00000007.json')
    expect(chunkSeqOf('00000007.json')).toBe(7)
    expect(chunkSeqOf('.upload-00000007-x.json')).toBeNull()
  })

  it('refuse a damaged chunk with one sentence saying what is wrong', () => {
    expect(messageOf(serialiseChunk(chunk).slice(0, 80))).toBe(
      `Chunk 7 from device ${device.slice(0, 8)} is damaged: it is not complete JSON.`
    )
    const bad = structuredClone(chunk)
    if (bad.changes[1]?.type === 'answer') bad.changes[1].log.reviewedAt = 5
    expect(messageOf(serialiseChunk(bad))).toBe(
      `Chunk 7 from device ${device.slice(0, 8)} is damaged: change 2 of 3 has a review date outside 2000–2100.`
    )
    expect(messageOf(serialiseChunk({ ...chunk, seq: 8 }))).toMatch(/it says it is chunk 8 of/)
    expect(messageOf(serialiseChunk({ ...chunk, version: CHUNK_VERSION + 1 }))).toMatch(
      /newer Newsdeck/
    )
    expect(messageOf(JSON.stringify({ ...chunk, changes: [{ type: 'rename' }] }))).toMatch(
      /change 1 of 1 has/
    )
  })
})

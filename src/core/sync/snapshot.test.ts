import fc from 'fast-check'
import { gzipSync } from 'fflate'
import { describe, expect, it, vi } from 'vitest'
import { makeLogEntry } from '../review/review-log'
import {
  applySnapshots,
  compactChunks,
  deviceFolderOf,
  encodeSnapshot,
  parseSnapshot,
  snapshotFileName,
  snapshotState,
  snapshotUpToOf,
  type Snapshot
} from './snapshot'
import { makeChunk, SyncChunkError, type Chunk } from './chunk'
import { mergeSyncStates, type SyncState } from './sync-state'
import { card, DEVICES, genesis, stateOf, T0, view, worldArb } from './test-support'

/** One device's chunks up to a cut folded into a snapshot (written and read back), and the rest. */
function compacted(all: readonly Chunk[], device: string, cut: number) {
  const own = all.filter((c) => c.device === device && c.seq <= cut)
  const rest = all.filter((c) => !own.includes(c))
  if (own.length === 0) return null
  const snap = compactChunks(device, null, own, T0)
  const read = parseSnapshot(encodeSnapshot(snap), { device, upTo: snap.upTo })
  return { snap: read, rest }
}

/** Everything a state says, comparable: its library, its raw maps, the chunks it stands for. */
const whole = (s: SyncState) => ({
  library: view(s),
  answers: new Map([...s.answers].sort(([a], [b]) => (a < b ? -1 : 1))),
  undone: [...s.undone].sort(),
  seen: new Map([...s.seen].map(([d, q]) => [d, [...q].sort((a, b) => a - b)]))
})

const cutArb = worldArb.chain((world) =>
  fc.tuple(fc.constant(world), fc.constantFrom(...DEVICES), fc.integer({ min: 1, max: 8 }))
)

describe('a device’s snapshot', () => {
  it('stands for exactly its chunks: snapshot + the chunks after it = every chunk', () => {
    fc.assert(
      fc.property(cutArb, ([[all], device, cut]) => {
        const c = compacted(all, device, cut)
        if (!c) return
        const fromSnapshot = applySnapshots(stateOf(c.rest), [c.snap])
        expect(whole(fromSnapshot)).toEqual(whole(stateOf(all)))
      }),
      { numRuns: 150 }
    )
  })

  it('builds the same from the last snapshot and the chunks after it as from every chunk', () => {
    fc.assert(
      fc.property(cutArb, ([[all], device, cut]) => {
        const own = all.filter((c) => c.device === device)
        const early = own.filter((c) => c.seq <= cut)
        if (early.length === 0 || early.length === own.length) return
        const late = own.filter((c) => c.seq > cut)
        const stepwise = compactChunks(device, compactChunks(device, null, early, T0), late, T0)
        expect(stepwise).toEqual(compactChunks(device, null, own, T0))
      }),
      { numRuns: 100 }
    )
  })

  it('doubles nothing for a device that already read chunks it holds, or the snapshot itself', () => {
    fc.assert(
      fc.property(cutArb, ([[all, some], device, cut]) => {
        const c = compacted(all, device, cut)
        if (!c) return
        const already = stateOf(some)
        const once = applySnapshots(already, [c.snap])
        expect(whole(applySnapshots(once, [c.snap]))).toEqual(whole(once))
        expect(whole(applySnapshots(stateOf(all), [c.snap]))).toEqual(whole(stateOf(all)))
      }),
      { numRuns: 100 }
    )
  })

  it('keeps merging commutative, associative and idempotent with snapshots in play', () => {
    fc.assert(
      fc.property(cutArb, ([[all, a, b], device, cut]) => {
        const c = compacted(all, device, cut)
        if (!c) return
        const [sa, sb, ss] = [stateOf(a), stateOf(b), snapshotState(c.snap)]
        const m = (x: SyncState, y: SyncState) => whole(mergeSyncStates(x, y))
        expect(m(sa, ss)).toEqual(m(ss, sa))
        expect(whole(mergeSyncStates(mergeSyncStates(sa, sb), ss))).toEqual(
          whole(mergeSyncStates(sa, mergeSyncStates(sb, ss)))
        )
        expect(m(ss, ss)).toEqual(whole(ss))
      }),
      { numRuns: 100 }
    )
  })
})

describe('a snapshot file', () => {
  const device = DEVICES[1]
  const snap = (): Snapshot => {
    const made = compacted(
      [
        {
          format: 'newsdeck-sync-chunk',
          version: 1,
          device,
          seq: 1,
          createdAt: T0,
          changes: [{ type: 'delete', at: T0, table: 'card', id: 'c9' }]
        }
      ],
      device,
      1
    )
    return made!.snap
  }
  const messageOf = (bytes: Uint8Array, upTo = 1): string => {
    try {
      parseSnapshot(bytes, { device, upTo })
    } catch (error) {
      expect(error).toBeInstanceOf(SyncChunkError)
      return (error as Error).message
    }
    throw new Error('parsed')
  }
  const gz = (value: unknown) => gzipSync(new TextEncoder().encode(JSON.stringify(value)))

  it('is named by the last chunk it folds, and nothing else parses as one', () => {
    expect(snapshotFileName(42)).toBe('snapshot-00000042.json.gz')
    expect(snapshotUpToOf('snapshot-00000042.json.gz')).toBe(42)
    expect(snapshotUpToOf('.upload-snapshot-42-x.json.gz')).toBeNull()
    expect(snapshotUpToOf('00000042.json')).toBeNull()
    expect(
      deviceFolderOf([
        'snapshot-00000016.json.gz',
        '00000017.json',
        '.upload-00000018.json-ab12',
        '00000002.json',
        'notes.txt'
      ])
    ).toEqual({ chunks: [2, 17], snapshots: [16] })
  })

  it('says in one sentence what is wrong with a damaged one', () => {
    const name = 'The snapshot of device desktop- up to chunk 1'
    const bytes = encodeSnapshot(snap())
    expect(messageOf(bytes.subarray(0, bytes.length - 9))).toBe(
      `${name} is damaged: it is cut short or not a snapshot at all.`
    )
    expect(messageOf(new TextEncoder().encode('{"format":'))).toBe(
      `${name} is damaged: it is cut short or not a snapshot at all.`
    )
    expect(messageOf(bytes, 2)).toMatch(/is damaged: it says it is device desktop-’s up to chunk 1/)
    const answer = { cardId: 'c1', reviewedAt: 5 }
    expect(messageOf(gz({ ...snap(), answers: [answer] }))).toMatch(
      /^The snapshot of device desktop- up to chunk 1 is damaged: answer 1 of 1 has /
    )
  })

  it('is written and read a page of records at a time, never as one string of JSON', () => {
    // A device's million answers are about 500 MB of JSON, past the longest string V8 builds:
    // here 1,200 answers in pages of 100 stand for them.
    const c = card(0)
    const answers = Array.from({ length: 1200 }, (_, i) => ({
      type: 'answer' as const,
      log: makeLogEntry(c, 3, c.sched, c.sched, T0 + (i + 1) * 60_000, { dayStartHour: 4 }, 3000)
    }))
    const mine = [
      { ...genesis, device },
      makeChunk(device, 2, T0 + 1, answers.slice(0, 600)),
      makeChunk(device, 3, T0 + 2, answers.slice(600))
    ]
    const made = compactChunks(device, null, mine, T0)
    const whole = JSON.stringify(made).length
    const paged = { page: 100, wholeUnder: 0 }
    const encode = vi.spyOn(TextEncoder.prototype, 'encode')
    const parse = vi.spyOn(JSON, 'parse')
    try {
      const bytes = encodeSnapshot(made, 100)
      const read = parseSnapshot(bytes, { device, upTo: 3 }, paged)
      expect(read.answers).toHaveLength(1200)
      expect(read).toEqual(made)
      const longest = (calls: unknown[][]) =>
        Math.max(...calls.map(([x]) => (typeof x === 'string' ? x.length : 0)))
      expect(longest(encode.mock.calls)).toBeLessThan(whole / 5)
      expect(longest(parse.mock.calls)).toBeLessThan(whole / 5)
      // Read that way, a damaged one is still named in one sentence.
      const cut = gzipSync(new TextEncoder().encode(JSON.stringify(made).slice(0, -40)))
      expect(() => parseSnapshot(cut, { device, upTo: 3 }, paged)).toThrow(
        'The snapshot of device desktop- up to chunk 3 is damaged: it is cut short or not a snapshot at all.'
      )
    } finally {
      encode.mockRestore()
      parse.mockRestore()
    }
  })

  it('tells a device it is too old for a newer format, rather than calling it damaged', () => {
    expect(messageOf(gz({ ...snap(), version: 9, answers: 'new shape' }))).toBe(
      'The snapshot of device desktop- up to chunk 1 was written by a newer Newsdeck (format 9); update this one to read it (its chunks are read meanwhile).'
    )
  })
})

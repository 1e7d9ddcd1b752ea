// The three-device world the sync properties draw from: a genesis chunk, random study on each
// device (answers, undos, edits, deletions, settings, reschedulings) cut into chunks.
import fc from 'fast-check'
import { article } from '../export/sample-library'
import { answerKey } from '../library/merge-library'
import { makeLogEntry } from '../review/review-log'
import { createScheduler, newSchedulingState } from '../review/scheduler'
import { DEFAULT_SETTINGS } from '../review/settings'
import { PHASE } from '../review/phase'
import { at, MINUTE, sched, storedCard } from '../testing/builders'
import { makeChunk, type Change, type Chunk } from './chunk'
import {
  applyChunks,
  emptySyncState,
  materialise,
  rescheduleKey,
  type SyncState
} from './sync-state'

export const scheduler = createScheduler({ ...DEFAULT_SETTINGS })
export const T0 = at(2026, 1, 5, 9)
export const CARDS = 4
export const DEVICES = ['laptop-0001', 'desktop-002', 'tablet-0003'] as const
export const card = (i: number) => ({
  ...storedCard(`c${i}`, {}, { createdAt: T0 }),
  sched: newSchedulingState(T0)
})

/** The library every device starts from: device 0's first chunk. */
export const genesis = makeChunk(DEVICES[0], 1, T0, [
  { type: 'article', at: T0, article: article('article-1') },
  ...Array.from({ length: CARDS }, (_, i): Change => ({ type: 'card', at: T0, card: card(i) }))
])

type Op =
  | { kind: 'answer'; card: number; grade: 1 | 2 | 3 | 4 }
  | { kind: 'edit'; card: number; front: string }
  | { kind: 'suspend'; card: number; on: boolean }
  | { kind: 'delete'; card: number }
  | { kind: 'setting'; value: number }
  | { kind: 'reschedule'; card: number; stability: number }
  | { kind: 'undo'; card: number }
  | { kind: 'unreschedule'; card: number }
type Step = { op: Op; gapMinutes: number }

const cardIx = fc.integer({ min: 0, max: CARDS - 1 })
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      card: cardIx,
      grade: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4)
    })
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      card: cardIx,
      front: fc.constantFrom('A?', 'B?', 'C?')
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('suspend' as const), card: cardIx, on: fc.boolean() })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), card: cardIx }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), card: cardIx }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('unreschedule' as const), card: cardIx })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('setting' as const),
      value: fc.integer({ min: 1, max: 9 })
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reschedule' as const),
      card: cardIx,
      stability: fc.integer({ min: 1, max: 50 })
    })
  }
)
const stepsArb = fc.array(
  fc.record({ op: opArb, gapMinutes: fc.integer({ min: 0, max: 2 * 24 * 60 }) }),
  {
    maxLength: 14
  }
)
/** A device's steps, cut into chunks of 1–5 changes. */
const deviceArb = fc.record({ steps: stepsArb, chunkSize: fc.integer({ min: 1, max: 5 }) })

/** One device's study written as chunks (numbered after the genesis chunk for device 0). */
function deviceChunks(d: number, steps: readonly Step[], chunkSize: number): Chunk[] {
  const device = DEVICES[d]!
  const changes: Change[] = []
  const lastAnswer = new Map<number, number>()
  const lastKey = new Map<number, string>()
  const lastEvent = new Map<number, string>()
  let time = T0
  for (const { op, gapMinutes } of steps) {
    time += gapMinutes * MINUTE + MINUTE
    const c = card('card' in op ? op.card : 0)
    switch (op.kind) {
      case 'answer': {
        const log = makeLogEntry(c, op.grade, c.sched, c.sched, time, { dayStartHour: 4 }, 3000)
        changes.push({ type: 'answer', log })
        lastAnswer.set(op.card, time)
        lastKey.set(op.card, answerKey(log))
        break
      }
      case 'undo': {
        const key = lastKey.get(op.card)
        if (key) changes.push({ type: 'delete', at: time, table: 'answer', id: key })
        break
      }
      case 'unreschedule': {
        const key = lastEvent.get(op.card)
        if (key) changes.push({ type: 'delete', at: time, table: 'reschedule', id: key })
        break
      }
      case 'edit':
        changes.push({ type: 'card', at: time, card: { ...c, front: op.front, edited: true } })
        break
      case 'suspend':
        changes.push({ type: 'card', at: time, card: { ...c, suspended: op.on } })
        break
      case 'delete':
        changes.push({ type: 'delete', at: time, table: 'card', id: c.id })
        break
      case 'setting':
        changes.push({ type: 'setting', at: time, setting: { key: 'sync-test', value: op.value } })
        break
      case 'reschedule': {
        const before = sched({
          // A due date a chunk's check accepts (the snapshot tests read chunks back).
          due: time,
          phase: PHASE.review,
          stability: 3,
          difficulty: 5,
          lastReview: lastAnswer.get(op.card) ?? null
        })
        const after = { ...before, stability: op.stability, due: time + op.stability * 86_400_000 }
        changes.push({ type: 'reschedule', at: time, cardId: c.id, before, after })
        lastEvent.set(op.card, rescheduleKey({ cardId: c.id, at: time, before, after }, device))
        break
      }
    }
  }
  const chunks: Chunk[] = []
  const first = d === 0 ? 2 : 1
  for (let i = 0; i < changes.length; i += chunkSize) {
    chunks.push(makeChunk(device, first + chunks.length, time, changes.slice(i, i + chunkSize)))
  }
  return chunks
}

export const stateOf = (chunks: readonly Chunk[]): SyncState =>
  applyChunks(emptySyncState(), chunks)
export const view = (s: SyncState) => materialise(s, scheduler)

/** Three devices' chunks, and three states each holding a random subset of them. */
export const worldArb = fc.tuple(deviceArb, deviceArb, deviceArb).chain((devices) => {
  const all = [genesis, ...devices.flatMap((dv, d) => deviceChunks(d, dv.steps, dv.chunkSize))]
  const subset = fc.subarray(all)
  return fc.tuple(fc.constant(all), subset, subset, subset)
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
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
  mergeSyncStates,
  rescheduleKey,
  type SyncState
} from './sync-state'

const scheduler = createScheduler({ ...DEFAULT_SETTINGS })
const T0 = at(2026, 1, 5, 9)
const CARDS = 4
const DEVICES = ['laptop-0001', 'desktop-002', 'tablet-0003'] as const
const card = (i: number) => ({
  ...storedCard(`c${i}`, {}, { createdAt: T0 }),
  sched: newSchedulingState(T0)
})

/** The library every device starts from: device 0's first chunk. */
const genesis = makeChunk(DEVICES[0], 1, T0, [
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

const stateOf = (chunks: readonly Chunk[]): SyncState => applyChunks(emptySyncState(), chunks)
const view = (s: SyncState) => materialise(s, scheduler)

/** Three devices' chunks, and three states each holding a random subset of them. */
const worldArb = fc.tuple(deviceArb, deviceArb, deviceArb).chain((devices) => {
  const all = [genesis, ...devices.flatMap((dv, d) => deviceChunks(d, dv.steps, dv.chunkSize))]
  const subset = fc.subarray(all)
  return fc.tuple(fc.constant(all), subset, subset, subset)
})

describe('merging sync states', () => {
  it('is commutative, associative and idempotent over three devices’ chunks', () => {
    fc.assert(
      fc.property(worldArb, ([, a, b, c]) => {
        const [sa, sb, sc] = [stateOf(a), stateOf(b), stateOf(c)]
        expect(view(mergeSyncStates(sa, sb))).toEqual(view(mergeSyncStates(sb, sa)))
        expect(view(mergeSyncStates(mergeSyncStates(sa, sb), sc))).toEqual(
          view(mergeSyncStates(sa, mergeSyncStates(sb, sc)))
        )
        expect(view(mergeSyncStates(sa, sa))).toEqual(view(sa))
        // Merging two states is the same as reading both states' chunks.
        expect(view(mergeSyncStates(sa, sb))).toEqual(view(stateOf([...a, ...b])))
      }),
      { numRuns: 120 }
    )
  })

  it('gives two devices that read the same chunks, in any order and batches, the same library', () => {
    fc.assert(
      fc.property(
        worldArb.chain(([all]) =>
          fc.tuple(
            fc.constant(all),
            fc.shuffledSubarray(all, { minLength: all.length }),
            fc.integer({ min: 1, max: 4 })
          )
        ),
        ([all, shuffled, batch]) => {
          let stepwise = emptySyncState()
          for (let i = 0; i < shuffled.length; i += batch) {
            stepwise = applyChunks(stepwise, shuffled.slice(i, i + batch))
          }
          // Reading a chunk again changes nothing.
          stepwise = applyChunks(stepwise, shuffled.slice(0, 2))
          expect(view(stepwise)).toEqual(view(stateOf(all)))
        }
      ),
      { numRuns: 120 }
    )
  })

  it('keeps every answer of every device, each card’s history replayed in time order', () => {
    fc.assert(
      fc.property(worldArb, ([all]) => {
        const state = stateOf(all)
        const answers = all.flatMap((c) => c.changes.filter((ch) => ch.type === 'answer'))
        const keys = new Set(
          answers.map((a) => `${a.log.cardId} ${a.log.reviewedAt} ${a.log.grade}`)
        )
        expect(state.answers.size).toBe(keys.size)
        const library = view(state)
        // Every answer not undone is in the library, if its card is; none undone is.
        const live = new Set(library.cards.map((c) => c.id))
        const kept = [...state.answers].filter(
          ([k, a]) => !state.undone.has(k) && live.has(a.cardId)
        )
        expect(library.reviewLogs).toHaveLength(kept.length)
        for (const c of library.cards) {
          const logs = library.reviewLogs.filter((l) => l.cardId === c.id)
          if (logs.length === 0) continue
          expect(logs.map((l) => l.reviewedAt)).toEqual(
            [...logs.map((l) => l.reviewedAt)].sort((x, y) => x - y)
          )
          expect(c.sched.reps).toBeGreaterThanOrEqual(logs.length)
          // Each answer met the state the one before left (a rescheduling between moves only its
          // memory and due date).
          for (let i = 1; i < logs.length; i++) {
            const { reps, lapses, lastReview } = logs[i - 1]!.after
            expect(logs[i]!.before).toMatchObject({ reps, lapses, lastReview })
          }
        }
      }),
      { numRuns: 80 }
    )
  })
})

describe('what a merge decides', () => {
  const answer = (device: number, seq: number, minute: number, grade: 1 | 2 | 3 | 4): Chunk => {
    const c = card(0)
    const log = makeLogEntry(
      c,
      grade,
      c.sched,
      c.sched,
      T0 + minute * MINUTE,
      { dayStartHour: 4 },
      2000
    )
    return makeChunk(DEVICES[device]!, seq, T0, [{ type: 'answer', log }])
  }

  it('replays a card answered on two devices through the scheduler, in time order', () => {
    const library = view(stateOf([genesis, answer(1, 1, 60, 1), answer(2, 1, 10, 3)]))
    const logs = library.reviewLogs.filter((l) => l.cardId === 'c0')
    expect(logs.map((l) => l.grade)).toEqual([3, 1])
    expect(logs[1]!.before).toEqual(logs[0]!.after)
    const c0 = library.cards.find((c) => c.id === 'c0')!
    expect(c0.sched).toEqual(logs[1]!.after)
    expect(c0.sched.reps).toBe(2)
    expect(library.days[0]).toMatchObject({ again: 1, good: 1 })
  })

  it('takes the later edit by time, and the device id when the times are equal', () => {
    const edit = (device: number, minute: number, front: string): Chunk =>
      makeChunk(DEVICES[device]!, 1, T0, [
        { type: 'card', at: T0 + minute * MINUTE, card: { ...card(1), front } }
      ])
    const later = view(stateOf([genesis, edit(1, 5, 'From desktop'), edit(2, 3, 'From tablet')]))
    expect(later.cards.find((c) => c.id === 'c1')?.front).toBe('From desktop')
    const tie = view(stateOf([genesis, edit(2, 5, 'From tablet'), edit(1, 5, 'From desktop')]))
    expect(tie.cards.find((c) => c.id === 'c1')?.front).toBe('From tablet') // 'tablet-…' > 'desktop…'
  })

  it('lets a deletion win over an older edit, and keeps the deleted card’s answers', () => {
    const state = stateOf([
      genesis,
      answer(1, 1, 5, 3),
      makeChunk(DEVICES[2], 1, T0, [
        { type: 'delete', at: T0 + 10 * MINUTE, table: 'card', id: 'c0' }
      ])
    ])
    expect(view(state).cards.map((c) => c.id)).not.toContain('c0')
    expect(state.answers.size).toBe(1)
  })

  it('takes an undone answer out, whichever device reads the undo first', () => {
    const given = answer(1, 1, 5, 3)
    const key = answerKey((given.changes[0] as { log: Parameters<typeof answerKey>[0] }).log)
    const undo = makeChunk(DEVICES[1], 2, T0, [
      { type: 'delete', at: T0 + 6 * MINUTE, table: 'answer', id: key }
    ])
    expect(undo.version).toBe(2)
    expect(given.version).toBe(1)
    for (const order of [
      [genesis, given, undo],
      [undo, genesis, given]
    ]) {
      const library = view(stateOf(order))
      expect(library.reviewLogs).toEqual([])
      expect(library.cards.find((c) => c.id === 'c0')?.sched).toEqual(card(0).sched)
    }
  })

  it('applies a rescheduling made from the same history, and not one the card has moved past', () => {
    const base = stateOf([genesis, answer(1, 1, 5, 3)])
    const answered = view(base).cards.find((c) => c.id === 'c0')!.sched
    const after = { ...answered, stability: 42, due: answered.due + 86_400_000 }
    const reschedule = (seq: number, beforeLast: number | null): Chunk =>
      makeChunk(DEVICES[1], seq, T0, [
        {
          type: 'reschedule',
          at: T0 + 30 * MINUTE,
          cardId: 'c0',
          before: { ...answered, lastReview: beforeLast },
          after
        }
      ])
    const fresh = view(applyChunks(base, [reschedule(2, answered.lastReview)]))
    expect(fresh.cards.find((c) => c.id === 'c0')?.sched.stability).toBe(42)
    const stale = view(applyChunks(base, [reschedule(2, T0)]))
    expect(stale.cards.find((c) => c.id === 'c0')?.sched).toEqual(answered)
  })

  it('leaves an undone rescheduling out, whichever device reads the undo first', () => {
    const base = [genesis, answer(1, 1, 5, 3)]
    const answered = view(stateOf(base)).cards.find((c) => c.id === 'c0')!.sched
    const event = {
      cardId: 'c0',
      at: T0 + 30 * MINUTE,
      before: answered,
      after: { ...answered, stability: 42, due: answered.due + 86_400_000 }
    }
    const rescheduled = makeChunk(DEVICES[1], 2, T0, [{ type: 'reschedule', ...event }])
    const undo = makeChunk(DEVICES[1], 3, T0, [
      {
        type: 'delete',
        at: T0 + 40 * MINUTE,
        table: 'reschedule',
        id: rescheduleKey(event, DEVICES[1])
      }
    ])
    expect(undo.version).toBe(3)
    expect(
      view(stateOf([...base, rescheduled])).cards.find((c) => c.id === 'c0')?.sched.stability
    ).toBe(42)
    for (const order of [
      [...base, rescheduled, undo],
      [undo, ...base, rescheduled]
    ]) {
      const state = stateOf(order)
      expect(state.reschedules.size).toBe(1) // kept, like an undone answer, but not replayed
      expect(view(state).cards.find((c) => c.id === 'c0')?.sched).toEqual(answered)
    }
    const merged = mergeSyncStates(stateOf([...base, rescheduled]), stateOf([undo]))
    expect(view(merged).cards.find((c) => c.id === 'c0')?.sched).toEqual(answered)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answerKey } from '../library/merge-library'
import { makeLogEntry } from '../review/review-log'
import { MINUTE } from '../testing/builders'
import { makeChunk, type Chunk } from './chunk'
import { applyChunks, emptySyncState, mergeSyncStates, rescheduleKey } from './sync-state'
import { card, DEVICES, genesis, stateOf, T0, view, worldArb } from './test-support'

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

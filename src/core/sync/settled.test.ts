import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Grade } from '../model'
import { makeLogEntry } from '../review/review-log'
import { applyGrade, createScheduler } from '../review/scheduler'
import { DEFAULT_SETTINGS } from '../review/settings'
import { makeChunk, type Change, type Chunk } from './chunk'
import { settleCards, trustedCards } from './settled'
import { applySnapshots, compactChunks, encodeSnapshot, parseSnapshot } from './snapshot'
import { materialiseCards } from './sync-state'
import { card, DEVICES, genesis, scheduler, stateOf, T0, worldArb } from './test-support'

const [LAPTOP, DESKTOP] = DEVICES
const HOUR = 3_600_000

/** Answers given on a device as the app gives them: each with the states its scheduler gave. */
function studied(device: string, seq: number, plan: Array<[number, Grade, number]>): Chunk {
  const states = new Map<number, ReturnType<typeof card>['sched']>()
  const changes: Change[] = plan.map(([i, grade, hours]) => {
    const c = card(i)
    const before = states.get(i) ?? c.sched
    const now = T0 + hours * HOUR
    const { after } = applyGrade(scheduler, before, grade, now)
    states.set(i, after)
    return {
      type: 'answer',
      log: makeLogEntry(c, grade, before, after, now, { dayStartHour: 4 }, 2000)
    }
  })
  return makeChunk(device, seq, T0 + 1000 * HOUR, changes)
}

/** A snapshot as a new device reads it: written by `device` with what it knew, and read back. */
function snapshotFrom(device: string, own: Chunk[], known: Chunk[], by = scheduler) {
  const snap = compactChunks(device, null, own, T0, { full: stateOf(known), scheduler: by })
  return parseSnapshot(encodeSnapshot(snap), { device, upTo: snap.upTo })
}

describe('a snapshot vouching for its replays', () => {
  const laptop = studied(LAPTOP, 2, [
    [0, 3, 1],
    [0, 3, 30],
    [1, 1, 2],
    [1, 3, 3],
    [2, 4, 5]
  ])
  const desktop = studied(DESKTOP, 1, [[2, 3, 50]])
  const all = [genesis, laptop, desktop]

  it('vouches for the cards only its device answered, whose replay gives the states they carry', () => {
    const snap = snapshotFrom(LAPTOP, [genesis, laptop], all)
    // Card 2 was answered on the desktop too: its replay mixes both devices' answers.
    expect(Object.keys(snap.settled!.cards).sort()).toEqual(['c0', 'c1'])
  })

  it('lets a new device take those cards as they are and gives the library a full replay gives', () => {
    const snap = snapshotFrom(LAPTOP, [genesis, laptop], all)
    const state = applySnapshots(stateOf([desktop]), [snap])
    const trusted = trustedCards([snap], scheduler)
    expect(trusted.size).toBe(2)
    expect(materialiseCards(state, scheduler, null, trusted)).toEqual(
      materialiseCards(state, scheduler, null)
    )
  })

  it('vouches for nothing under another scheduler, nor for answers whose states it would not give', () => {
    const snap = snapshotFrom(LAPTOP, [genesis, laptop], all)
    const stricter = createScheduler({ ...DEFAULT_SETTINGS, desiredRetention: 0.95 })
    expect(trustedCards([snap], stricter).size).toBe(0)
    // Replayed under the stricter scheduler, card 0's second answer (a review a day later)
    // would be scheduled sooner than the states it carries say: it is not vouched for. (Card
    // 1's answers, learning steps only, replay alike under both.)
    const cards = settleCards(stateOf(all), stateOf([genesis, laptop]), stricter).cards
    expect(Object.keys(cards)).not.toContain('c0')
    expect(Object.keys(cards)).toContain('c1')
  })

  it('replays a card whose answers are not the ones vouched for', () => {
    const snap = snapshotFrom(LAPTOP, [genesis, laptop], all)
    // The desktop answered card 0 between the laptop's two answers, after the snapshot was
    // written: the laptop's second answer now follows it, and its states must be replayed.
    const between = studied(DESKTOP, 2, [[0, 1, 10]])
    const state = applySnapshots(stateOf([desktop, between]), [snap])
    const trusted = trustedCards([snap], scheduler)
    expect(trusted.has('c0')).toBe(true)
    const got = materialiseCards(state, scheduler, null, trusted)
    expect(got).toEqual(materialiseCards(state, scheduler, null))
    const c0 = got.reviewLogs.filter((l) => l.cardId === 'c0')
    expect(c0.map((l) => l.before.reps)).toEqual([0, 1, 2])
  })

  it('changes nothing in any library, whatever the devices did (properties)', () => {
    // Answers with the states the app gives, on two devices, in any order.
    const plan = fc.array(
      fc.tuple(
        fc.constantFrom(0, 1),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<Grade>(1, 2, 3, 4)
      ),
      { maxLength: 16 }
    )
    fc.assert(
      fc.property(plan, fc.boolean(), (steps, seesDesktop) => {
        const mine = (d: number): Array<[number, Grade, number]> =>
          steps.flatMap(([dev, i, g], k) =>
            dev === d ? [[i, g, 1 + 7 * k] as [number, Grade, number]] : []
          )
        const laptopChunk = studied(LAPTOP, 2, mine(0))
        const desktopChunk = studied(DESKTOP, 1, mine(1))
        const snap = snapshotFrom(
          LAPTOP,
          [genesis, laptopChunk],
          [genesis, laptopChunk, desktopChunk]
        )
        const state = applySnapshots(stateOf(seesDesktop ? [desktopChunk] : []), [snap])
        const trusted = trustedCards([snap], scheduler)
        expect(materialiseCards(state, scheduler, null, trusted)).toEqual(
          materialiseCards(state, scheduler, null)
        )
      }),
      { numRuns: 150 }
    )
    // Undos, edits, deletions and reschedulings from three devices.
    fc.assert(
      fc.property(worldArb, ([chunks, seen]) => {
        for (const device of DEVICES) {
          const own = chunks.filter((c) => c.device === device)
          if (own.length === 0) continue
          const snap = compactChunks(device, null, own, T0, { full: stateOf(chunks), scheduler })
          const state = applySnapshots(stateOf(seen), [snap])
          const trusted = trustedCards([snap], scheduler)
          expect(materialiseCards(state, scheduler, null, trusted)).toEqual(
            materialiseCards(state, scheduler, null)
          )
        }
      }),
      { numRuns: 100 }
    )
  })
})

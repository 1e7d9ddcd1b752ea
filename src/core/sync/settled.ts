/**
 * Replays a snapshot can vouch for, so a new device need not run them again.
 *
 * A device's first sync replays every card's answers through the scheduler: a fifth of its time
 * at 100,000 answers. Most cards were only ever answered on one device, and that device
 * already replayed them when it compacted its chunks. When it did, and found that the replay
 * gives each of a card's answers exactly the states the answer carries, its snapshot records the
 * card as settled: under which scheduler (a fingerprint of ts-fsrs's version, its parameters and
 * the study settings), and a digest of those answers with their states. A device that reads the
 * snapshot and holds exactly those answers for the card (nothing from another device, nothing
 * undone, no rescheduling), under the same scheduler, may take the card's states from the
 * answers as they are: the replay would give the same. Anything else is replayed, so a settled
 * card can only ever save time, never change a state.
 *
 * Pure: no clock, no I/O.
 */
import { FSRSVersion } from 'ts-fsrs'
import { sameJson } from '../library/merge-library'
import type { SchedulingState } from '../model'
import { byTime, replay } from '../review/replay'
import type { Scheduler } from '../review/scheduler'
import type { SyncAnswer, SyncState } from './sync-state'

/** What a snapshot vouches for: each settled card's answer digest, under one scheduler. */
export interface Settled {
  scheduler: string
  /** Card id → `answersDigest` of its answers in time order. */
  cards: Record<string, string>
}

/** The scheduler, as far as a replay depends on it: ts-fsrs's version, parameters, settings. */
export function schedulerFingerprint(scheduler: Scheduler): string {
  return digest(
    JSON.stringify([FSRSVersion, scheduler.fsrs.parameters, scheduler.settings]),
    0x811c9dc5
  )
}

/**
 * A card's answers in time order, each with its grade, time, day, duration and the states it
 * carries: two lists with the same digest replay alike and give the same entries. Two FNV-1a
 * hashes with different seeds over the numbers' bits (64 bits in all), as hex; no text is
 * built, so 100,000 answers take milliseconds.
 */
export function answersDigest(ordered: readonly SyncAnswer[]): string {
  hash[0] = 0x811c9dc5
  hash[1] = 0x5bd1e995
  for (const a of ordered) {
    number(a.reviewedAt)
    number(a.grade)
    number(a.durationMs)
    for (let i = 0; i < a.day.length; i++) word(a.day.charCodeAt(i))
    state(a.before)
    state(a.after)
  }
  return [...hash].map((x) => x.toString(16).padStart(8, '0')).join('')
}

/** The two hashes being built (one digest at a time: pure, synchronous). */
const hash = new Uint32Array(2)
function word(x: number): void {
  hash[0] = Math.imul(hash[0]! ^ x, 0x01000193)
  hash[1] = Math.imul(hash[1]! ^ x, 0x01000193)
}
function number(n: number): void {
  bits[0] = n
  word(words[0]!)
  word(words[1]!)
}
function state(s: SchedulingState): void {
  number(s.due)
  number(s.stability)
  number(s.difficulty)
  number(s.elapsedDays)
  number(s.scheduledDays)
  number(s.learningSteps)
  number(s.reps)
  number(s.lapses)
  number(s.phase)
  number(s.lastReview ?? -1)
}

const bits = new Float64Array(1)
const words = new Uint32Array(bits.buffer)
const mix = (h: number, x: number): number => Math.imul(h ^ x, 0x01000193) >>> 0

function digest(text: string, seed: number): string {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i))
  return h.toString(16).padStart(8, '0')
}

/** Each card's answers that count (not undone), in time order. */
export function answersByCard(state: SyncState): Map<string, SyncAnswer[]> {
  const out = new Map<string, SyncAnswer[]>()
  for (const [key, answer] of state.answers) {
    if (state.undone.has(key)) continue
    const list = out.get(answer.cardId)
    if (list) list.push(answer)
    else out.set(answer.cardId, [answer])
  }
  for (const list of out.values()) list.sort(byTime)
  return out
}

/** The cards with a rescheduling that counts: their replay is never vouched for. */
function rescheduled(state: SyncState): Set<string> {
  const out = new Set<string>()
  for (const [key, event] of state.reschedules)
    if (!state.unrescheduled.has(key)) out.add(event.cardId)
  return out
}

/**
 * The cards of `own` (a snapshot's part of the state) that the owner can vouch for: in `full`
 * (everything the owner knows) the card has exactly `own`'s answers and no rescheduling, and
 * replaying them with `scheduler` gives every answer the states it carries. A card `previous`
 * vouched for under the same scheduler with the same digest keeps it without a replay.
 */
export function settleCards(
  full: SyncState,
  own: SyncState,
  scheduler: Scheduler,
  previous?: Settled
): Settled {
  const fingerprint = schedulerFingerprint(scheduler)
  const known = previous?.scheduler === fingerprint ? previous.cards : {}
  const everyone = answersByCard(full)
  const moved = rescheduled(full)
  const cards: Record<string, string> = {}
  for (const [cardId, mine] of answersByCard(own)) {
    const all = everyone.get(cardId)
    if (moved.has(cardId) || !all || all.length !== mine.length) continue
    const d = answersDigest(mine)
    if (answersDigest(all) !== d) continue
    if (known[cardId] === d || replaysAsCarried(scheduler, mine)) cards[cardId] = d
  }
  return { scheduler: fingerprint, cards }
}

function replaysAsCarried(scheduler: Scheduler, ordered: readonly SyncAnswer[]): boolean {
  const { logs } = replay(scheduler, ordered)
  return logs.every((log, i) => {
    const carried = ordered[i]!
    return sameJson(log.before, carried.before) && sameJson(log.after, carried.after)
  })
}

/** The cards the snapshots vouch for under `scheduler`, with their digests. */
export function trustedCards(
  snapshots: ReadonlyArray<{ settled?: Settled | undefined }>,
  scheduler: Scheduler
): Map<string, string> {
  const fingerprint = schedulerFingerprint(scheduler)
  const out = new Map<string, string>()
  for (const snap of snapshots) {
    if (snap.settled?.scheduler !== fingerprint) continue
    for (const [cardId, d] of Object.entries(snap.settled.cards)) out.set(cardId, d)
  }
  return out
}

/**
 * What a device knows from every chunk it has read, and the library that follows from it.
 *
 * The state is a join of its chunks: answers are a union (by answerKey), less the union of those
 * undone; each card, article and setting holds its last write by (time, device, chunk, place in chunk) — a deletion is a write
 * too — and rescheduling events are a union, less the union of those undone. Reading chunks in any order, any number of times,
 * in any grouping gives the same state, so two devices that have read the same chunks hold the
 * same library. Card schedules are never taken from a chunk: `materialise` replays each card's
 * answers and reschedulings through the scheduler (the one replay, shared with backup merging),
 * except where a snapshot vouched that the replay gives exactly the states the answers carry
 * (settled.ts), which it then checks by digest.
 *
 * Pure: no clock, no I/O.
 */
import type { BackupArticle } from '../export/backup-schema'
import { answerKey, stableJson } from '../library/merge-library'
import type { DayAggregate, ReviewLogEntry, StoredCard } from '../model'
import { applyToAggregate } from '../review/day-summary'
import { byTime, replay, type RescheduleEvent } from '../review/replay'
import type { Scheduler } from '../review/scheduler'
import type { Change, Chunk } from './chunk'
import { answersDigest } from './settled'

/** Who wrote a change, and when: later stamps win. */
export interface Stamp {
  at: number
  device: string
  seq: number
  index: number
}

/** A record's last write; `value` null is a tombstone. */
export interface Versioned<T> {
  stamp: Stamp
  value: T | null
}

/** An answer as chunks carry it: log ids are per machine. */
export type SyncAnswer = Omit<ReviewLogEntry, 'id'>
type Answer = SyncAnswer

export interface SyncState {
  /** Chunk numbers read, by device. */
  seen: ReadonlyMap<string, ReadonlySet<number>>
  answers: ReadonlyMap<string, Answer>
  /** Answers undone (by answerKey): an undo anywhere takes the answer out everywhere. */
  undone: ReadonlySet<string>
  cards: ReadonlyMap<string, Versioned<StoredCard>>
  articles: ReadonlyMap<string, Versioned<BackupArticle>>
  settings: ReadonlyMap<string, Versioned<unknown>>
  reschedules: ReadonlyMap<string, RescheduleEvent>
  /** Reschedulings undone (by rescheduleKey): left out of every card's replay, everywhere. */
  unrescheduled: ReadonlySet<string>
}

export function emptySyncState(): SyncState {
  return {
    seen: new Map(),
    answers: new Map(),
    undone: new Set(),
    cards: new Map(),
    articles: new Map(),
    settings: new Map(),
    reschedules: new Map(),
    unrescheduled: new Set()
  }
}

export function compareStamps(a: Stamp, b: Stamp): number {
  return (
    a.at - b.at ||
    (a.device < b.device ? -1 : a.device > b.device ? 1 : 0) ||
    a.seq - b.seq ||
    a.index - b.index
  )
}

/** Of two copies of one answer (same key), the one every device keeps. */
function pickAnswer(a: Answer, b: Answer): Answer {
  return stableJson(a) <= stableJson(b) ? a : b
}

interface Mutable {
  seen: Map<string, Set<number>>
  answers: Map<string, Answer>
  undone: Set<string>
  cards: Map<string, Versioned<StoredCard>>
  articles: Map<string, Versioned<BackupArticle>>
  settings: Map<string, Versioned<unknown>>
  reschedules: Map<string, RescheduleEvent>
  unrescheduled: Set<string>
}

function copy(state: SyncState): Mutable {
  return {
    seen: new Map([...state.seen].map(([d, s]) => [d, new Set(s)])),
    answers: new Map(state.answers),
    undone: new Set(state.undone),
    cards: new Map(state.cards),
    articles: new Map(state.articles),
    settings: new Map(state.settings),
    reschedules: new Map(state.reschedules),
    unrescheduled: new Set(state.unrescheduled)
  }
}

function write<T>(map: Map<string, Versioned<T>>, key: string, next: Versioned<T>): void {
  const current = map.get(key)
  if (!current || compareStamps(next.stamp, current.stamp) > 0) map.set(key, next)
}

function addAnswer(s: Mutable, answer: Answer): void {
  const key = answerKey(answer)
  const current = s.answers.get(key)
  s.answers.set(key, current ? pickAnswer(current, answer) : answer)
}

/** A rescheduling event's key: one card, one time, one device. */
export const rescheduleKey = (e: RescheduleEvent, device: string): string =>
  `${e.cardId}\u0000${e.at}\u0000${device}`

function applyChange(s: Mutable, change: Change, stamp: Stamp): void {
  switch (change.type) {
    case 'answer':
      return addAnswer(s, change.log)
    case 'card':
      return write(s.cards, change.card.id, { stamp, value: change.card })
    case 'article':
      return write(s.articles, change.article.id, { stamp, value: change.article })
    case 'setting':
      return write(s.settings, change.setting.key, { stamp, value: change.setting.value })
    case 'delete': {
      if (change.table === 'answer') {
        s.undone.add(change.id)
        return
      }
      if (change.table === 'reschedule') {
        s.unrescheduled.add(change.id)
        return
      }
      const table = { card: s.cards, article: s.articles, setting: s.settings }[change.table]
      return write<unknown>(table, change.id, { stamp, value: null })
    }
    case 'reschedule': {
      const { cardId, at, before, after } = change
      const event = { cardId, at, before, after }
      s.reschedules.set(rescheduleKey(event, stamp.device), event)
      return
    }
  }
}

/** The state after also reading `chunks`; chunks already read are skipped. */
export function applyChunks(state: SyncState, chunks: readonly Chunk[]): SyncState {
  const s = copy(state)
  for (const chunk of chunks) {
    let seen = s.seen.get(chunk.device)
    if (!seen) s.seen.set(chunk.device, (seen = new Set()))
    if (seen.has(chunk.seq)) continue
    seen.add(chunk.seq)
    chunk.changes.forEach((change, index) => {
      const at = change.type === 'answer' ? change.log.reviewedAt : change.at
      applyChange(s, change, { at, device: chunk.device, seq: chunk.seq, index })
    })
  }
  return s
}

/** Everything either state has read: the same as reading both states' chunks. */
export function mergeSyncStates(a: SyncState, b: SyncState): SyncState {
  const s = copy(a)
  for (const [device, seqs] of b.seen) {
    const seen = s.seen.get(device) ?? new Set()
    for (const seq of seqs) seen.add(seq)
    s.seen.set(device, seen)
  }
  for (const answer of b.answers.values()) addAnswer(s, answer)
  for (const key of b.undone) s.undone.add(key)
  for (const [k, v] of b.cards) write(s.cards, k, v)
  for (const [k, v] of b.articles) write(s.articles, k, v)
  for (const [k, v] of b.settings) write(s.settings, k, v)
  for (const [k, v] of b.reschedules) s.reschedules.set(k, v)
  for (const key of b.unrescheduled) s.unrescheduled.add(key)
  return s
}

export interface SyncedLibrary {
  articles: BackupArticle[]
  cards: StoredCard[]
  /** Every answer to a card in the library, in time order, with the states its replay gave. */
  reviewLogs: Answer[]
  days: DayAggregate[]
  settings: { key: string; value: unknown }[]
}

const byKey = <T>(m: ReadonlyMap<string, Versioned<T>>): [string, T][] =>
  [...m]
    .filter((e): e is [string, Versioned<T> & { value: T }] => e[1].value !== null)
    .map(([k, v]): [string, T] => [k, v.value])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

/** Each card's entries, for the cards in `only` (all of them when absent). */
function byCard<T extends { cardId: string }>(
  entries: Iterable<[string, T]>,
  skip: (key: string) => boolean,
  only: ReadonlySet<string> | null
): Map<string, T[]> {
  const grouped = new Map<string, T[]>()
  for (const [key, entry] of entries) {
    if (skip(key) || (only && !only.has(entry.cardId))) continue
    const list = grouped.get(entry.cardId)
    if (list) list.push(entry)
    else grouped.set(entry.cardId, [entry])
  }
  return grouped
}

/** Part of the library the state stands for: every article and setting, the cards in `only`. */
export type SyncedPart = Omit<SyncedLibrary, 'days'>

/**
 * The library the state stands for, restricted to the cards in `only` (every card when null):
 * what a sync that touched only those cards must write. The state needs every card, article
 * and setting, and every answer, undo and rescheduling of the cards in `only`.
 */
export function materialiseCards(
  state: SyncState,
  scheduler: Scheduler,
  only: ReadonlySet<string> | null,
  trusted: ReadonlyMap<string, string> = new Map()
): SyncedPart {
  const articles = byKey(state.articles).map(([, a]) => a)
  const articleIds = new Set(articles.map((a) => a.id))
  const answersByCard = byCard(state.answers, (k) => state.undone.has(k), only)
  const eventsByCard = byCard(state.reschedules, (k) => state.unrescheduled.has(k), only)
  const cards: StoredCard[] = []
  const reviewLogs: Answer[] = []
  for (const [cardId, card] of byKey(state.cards)) {
    if (!articleIds.has(card.articleId) || (only && !only.has(cardId))) continue
    const answers = answersByCard.get(cardId) ?? []
    const events = eventsByCard.get(cardId) ?? []
    const { state: sched, logs } =
      vouched(trusted.get(cardId), answers, events) ?? replay(scheduler, answers, events)
    cards.push(sched ? { ...card, sched } : card)
    reviewLogs.push(...logs)
  }
  reviewLogs.sort((a, b) => byTime(a, b) || (a.cardId < b.cardId ? -1 : 1))
  return {
    articles,
    cards,
    reviewLogs,
    settings: byKey(state.settings).map(([key, value]) => ({ key, value }))
  }
}

/**
 * A card's answers as they are, when a snapshot vouched for their replay under this scheduler
 * (see settled.ts) and they are exactly the answers it vouched for: the replay would give each
 * the states it carries. Null when the card must be replayed.
 */
function vouched(
  digest: string | undefined,
  answers: readonly Answer[],
  events: readonly RescheduleEvent[]
): { state: Answer['after'] | null; logs: Answer[] } | null {
  if (digest === undefined || events.length > 0 || answers.length === 0) return null
  const ordered = [...answers].sort(byTime)
  if (answersDigest(ordered) !== digest) return null
  return { state: ordered.at(-1)!.after, logs: ordered }
}

/** Each day's totals, recounted from its answers in time order. */
export function dayTotals(reviewLogs: readonly Answer[]): DayAggregate[] {
  const days = new Map<string, DayAggregate>()
  for (const log of reviewLogs) days.set(log.day, applyToAggregate(days.get(log.day), log))
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1))
}

/**
 * The library the state stands for. A card goes with its article: an article deleted on one
 * device takes its cards on every device. Answers to cards not in the library stay in the
 * state (nothing is ever lost), so a card put back later gets its history back. An undone answer
 * or rescheduling is left out.
 */
export function materialise(state: SyncState, scheduler: Scheduler): SyncedLibrary {
  const part = materialiseCards(state, scheduler, null)
  return { ...part, days: dayTotals(part.reviewLogs) }
}

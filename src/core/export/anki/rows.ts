/**
 * Newsdeck's cards and answers as Anki's rows: a note and a card for each card (Newsdeck cards
 * stand alone, so one note each), and a revlog row for each answer. The FSRS memory state goes
 * where Anki 23.10 and later keep it (`cards.data`: stability `s`, difficulty `d`, desired
 * retention `dr`, last review `lrt`), so Anki's FSRS carries on the schedule.
 */
import { DAY_MS } from '../../calendar'
import { hash53 } from '../../hash'
import type { ReviewLogEntry, SchedulingState, StoredCard } from '../../model'
import { deckId, MODEL_ID } from './collection'
import { sha1Hex } from './sha1'

const FIELD_SEPARATOR = '\x1f'

/** Anki's ids are whole milliseconds; hashing our ids keeps them stable and apart. */
export function ankiCardId(cardId: string): number {
  return (hash53(`card:${cardId}`) % 2 ** 52) + 1
}

export function ankiNoteId(cardId: string): number {
  return (hash53(`note:${cardId}`) % 2 ** 52) + 1
}

/** Anki's sort field is the first field as text, and its checksum the first 8 hex digits of its SHA-1. */
function stripHtml(text: string): string {
  return text.replace(/<[^>]*>/g, '')
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

export interface NoteContext {
  articleTitle: string
  sentence: string
}

/** A note's row: id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data. */
export function noteRow(card: StoredCard, ctx: NoteContext, nowMs: number): Array<number | string> {
  const fields = [card.front, card.back, ctx.articleTitle, ctx.sentence].map(escapeHtml)
  const sortField = stripHtml(fields[0] ?? '')
  return [
    ankiNoteId(card.id),
    // Our own id as the guid, so importing a later export updates these notes instead of doubling them.
    card.id,
    MODEL_ID,
    Math.floor(nowMs / 1000),
    -1,
    ` newsdeck ${card.kind} `,
    fields.join(FIELD_SEPARATOR),
    sortField,
    parseInt(sha1Hex(sortField).slice(0, 8), 16),
    0,
    ''
  ]
}

export interface CardContext {
  /** Collection creation (epoch s): a review card's due is a day number counted from it. */
  crtSeconds: number
  /** A new card's place in the new queue. */
  position: number
  desiredRetention: number
  nowMs: number
}

/** Anki's card type and queue for a phase; suspended and buried cards keep their type. */
function typeAndQueue(card: StoredCard, nowMs: number): [number, number] {
  const type = card.sched.phase
  const queue = type === 3 ? 1 : type
  if (card.suspended) return [type, -1]
  if (card.buriedUntil !== null && card.buriedUntil > nowMs) return [type, -3]
  return [type, queue]
}

function dueOf(s: SchedulingState, ctx: CardContext): number {
  if (s.phase === 0) return ctx.position
  // Learning steps are due at a time (epoch s), reviews on a day counted from the collection's start.
  if (s.phase === 1 || s.phase === 3) return Math.floor(s.due / 1000)
  return Math.max(0, Math.floor((s.due - ctx.crtSeconds * 1000) / DAY_MS))
}

function memoryData(s: SchedulingState, desiredRetention: number): string {
  if (s.phase === 0 || s.stability <= 0 || s.lastReview === null) return ''
  return JSON.stringify({
    s: Math.round(s.stability * 10000) / 10000,
    d: Math.round(s.difficulty * 1000) / 1000,
    dr: desiredRetention,
    lrt: Math.floor(s.lastReview / 1000)
  })
}

/** A card's row: id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data. */
export function cardRow(card: StoredCard, ctx: CardContext): Array<number | string> {
  const s = card.sched
  const [type, queue] = typeAndQueue(card, ctx.nowMs)
  return [
    ankiCardId(card.id),
    ankiNoteId(card.id),
    deckId(card.articleId),
    0,
    Math.floor(ctx.nowMs / 1000),
    -1,
    type,
    queue,
    dueOf(s, ctx),
    s.phase === 2 ? Math.max(1, Math.round(s.scheduledDays)) : 0,
    s.phase === 0 ? 0 : 2500,
    s.reps,
    s.lapses,
    s.phase === 1 || s.phase === 3 ? 1 : 0,
    0,
    0,
    0,
    memoryData(s, ctx.desiredRetention)
  ]
}

/** An interval as the revlog keeps it: days when positive, seconds when negative (learning steps). */
function revlogInterval(s: SchedulingState, from: number): number {
  if (s.phase === 2) return Math.max(1, Math.round(s.scheduledDays))
  if (s.phase === 0) return 0
  return -Math.max(1, Math.round((s.due - from) / 1000))
}

/** Revlog type by the state answered in: 0 learning (new cards too), 1 review, 2 relearning. */
const REVLOG_TYPE = { 0: 0, 1: 0, 2: 1, 3: 2 } as const

/**
 * An answer's row: id, cid, usn, ease, ivl, lastIvl, factor, time, type. `id` is the answer's
 * time in ms and must be unique, so the caller passes the time already made unique.
 */
export function revlogRow(entry: ReviewLogEntry, idMs: number): number[] {
  const lastFrom = entry.before.lastReview ?? entry.reviewedAt
  return [
    idMs,
    ankiCardId(entry.cardId),
    -1,
    entry.grade,
    revlogInterval(entry.after, entry.reviewedAt),
    revlogInterval(entry.before, lastFrom),
    entry.after.phase === 0 ? 0 : 2500,
    // Anki caps an answer's time at a minute by default; it keeps whole milliseconds.
    Math.min(60_000, Math.max(0, Math.round(entry.durationMs))),
    REVLOG_TYPE[entry.before.phase]
  ]
}

/** Answer times made unique for revlog ids: a later answer in the same ms moves up by one. */
export class RevlogIds {
  #last = -Infinity
  next(reviewedAt: number): number {
    this.#last = Math.max(reviewedAt, this.#last + 1)
    return this.#last
  }
}

/**
 * Merging a backup from another machine into this library, the way sync will (it reuses this):
 *
 * - every answer from either side is kept; an answer is the same answer on both sides when its
 *   card, time and grade agree (log ids are per machine and mean nothing across them);
 * - a card answered on both machines since they parted gets its state by replaying all of its
 *   answers in time order through the scheduler; a card whose answers on one side include all of
 *   the other's simply takes that side's state;
 * - edits (card text, flags, an article and its corrections) go to the later version;
 * - a day's totals are recounted from its answers when the merge added any;
 * - merging the same backup again changes nothing.
 *
 * Pure: the scheduler comes in as an argument, and nothing here reads the clock.
 */
import type { BackupTables } from '../export/backup-schema'
import type { DayAggregate, ReviewLogEntry, StoredCard } from '../model'
import { applyToAggregate } from '../review/day-summary'
import { byTime, replay } from '../review/replay'
import type { Scheduler } from '../review/scheduler'

export type LibraryTables = Pick<
  BackupTables,
  'articles' | 'cards' | 'reviewLogs' | 'days' | 'settings' | 'quizResults'
>
type Log = LibraryTables['reviewLogs'][number]
type Article = LibraryTables['articles'][number]

/** What makes two log entries the same answer. */
export function answerKey(log: Pick<ReviewLogEntry, 'cardId' | 'reviewedAt' | 'grade'>): string {
  return `${log.cardId}\u0000${log.reviewedAt}\u0000${log.grade}`
}

/** The card an answerKey belongs to. */
export const cardOfAnswerKey = (key: string): string => key.slice(0, key.indexOf('\u0000'))

/**
 * A card's last change: its last answer, else when it was made. Equal times are settled by the
 * content itself, so both machines pick the same version whichever merges into which.
 */
function laterCard(a: StoredCard, b: StoredCard): StoredCard {
  const time = (c: StoredCard): number => Math.max(c.sched.lastReview ?? 0, c.createdAt)
  if (time(a) !== time(b)) return time(a) > time(b) ? a : b
  // The schedule is settled by the answers, not here: compare what the user can edit.
  const edits = (c: StoredCard): string => stableJson({ ...c, sched: null })
  return edits(a) >= edits(b) ? a : b
}

function laterArticle(a: Article, b: Article): Article {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b
  return stableJson(a) >= stableJson(b) ? a : b
}

/** Whether two records hold the same values, whatever order their keys were written in. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return a === b || stableJson(a) === stableJson(b)
}

/** JSON with keys sorted, so equal records compare equal whichever way they were built. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v
  )
}

/** Equal as stableJson would find them (keys in any order, undefined ones absent), faster. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    // In an array, JSON writes undefined as null.
    return a.every((x, i) => sameJson(x ?? null, b[i] ?? null))
  }
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = Object.keys(x).filter((k) => x[k] !== undefined)
  const count = Object.keys(y).filter((k) => y[k] !== undefined).length
  return keys.length === count && keys.every((k) => sameJson(x[k], y[k]))
}

export interface MergeSummary {
  articlesAdded: number
  articlesUpdated: number
  cardsAdded: number
  cardsUpdated: number
  answersAdded: number
  /** Cards answered on both machines, whose state was replayed. */
  cardsReplayed: number
}

export interface MergeResult {
  tables: LibraryTables
  summary: MergeSummary
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]))
}

export function mergeLibraries(
  local: LibraryTables,
  incoming: LibraryTables,
  scheduler: Scheduler
): MergeResult {
  const summary: MergeSummary = {
    articlesAdded: 0,
    articlesUpdated: 0,
    cardsAdded: 0,
    cardsUpdated: 0,
    answersAdded: 0,
    cardsReplayed: 0
  }

  const articles = byId(local.articles)
  for (const theirs of incoming.articles) {
    const mine = articles.get(theirs.id)
    const chosen = mine ? laterArticle(mine, theirs) : theirs
    if (!mine) summary.articlesAdded++
    else if (chosen !== mine && stableJson(chosen) !== stableJson(mine)) summary.articlesUpdated++
    articles.set(theirs.id, chosen)
  }

  // Answers: ours, then theirs that we lack, each new one numbered after our last.
  const logsByCard = new Map<string, { mine: Log[]; theirs: Log[] }>()
  const side = (cardId: string) => {
    let s = logsByCard.get(cardId)
    if (!s) logsByCard.set(cardId, (s = { mine: [], theirs: [] }))
    return s
  }
  for (const log of local.reviewLogs) side(log.cardId).mine.push(log)
  for (const log of incoming.reviewLogs) side(log.cardId).theirs.push(log)
  let nextId = local.reviewLogs.reduce((max, l) => Math.max(max, l.id), 0) + 1
  const changedDays = new Set<string>()

  const cards = byId(local.cards)
  const theirCards = byId(incoming.cards)
  const mergedLogs: Log[] = []
  const added: Log[] = []
  for (const [cardId, { mine, theirs }] of logsByCard) {
    const mineKeys = new Set(mine.map(answerKey))
    const theirKeys = new Set(theirs.map(answerKey))
    const fresh = theirs.filter((l) => !mineKeys.has(answerKey(l))).sort(byTime)
    const oursOnly = mine.some((l) => !theirKeys.has(answerKey(l)))
    const withNew = [...mine, ...fresh.map((l) => ({ ...l, id: nextId++ }))]
    for (const l of fresh) changedDays.add(l.day)
    summary.answersAdded += fresh.length
    added.push(...withNew.slice(mine.length))
    if (fresh.length > 0 && oursOnly) {
      // Answered on both machines: one history, replayed.
      const { state, logs } = replay(scheduler, withNew)
      mergedLogs.push(...logs)
      const card = cards.get(cardId) ?? theirCards.get(cardId)
      if (card && state) {
        const base =
          theirCards.get(cardId) && cards.get(cardId)
            ? laterCard(cards.get(cardId)!, theirCards.get(cardId)!)
            : card
        cards.set(cardId, { ...base, sched: state })
        summary.cardsReplayed++
      }
      for (const l of mine) changedDays.add(l.day)
    } else {
      mergedLogs.push(...withNew)
    }
  }

  for (const theirs of incoming.cards) {
    const mine = cards.get(theirs.id)
    const { mine: ours = [], theirs: their = [] } = logsByCard.get(theirs.id) ?? {}
    if (!mine) {
      cards.set(theirs.id, theirs)
      summary.cardsAdded++
      continue
    }
    const ourKeys = new Set(ours.map(answerKey))
    const theirKeys = new Set(their.map(answerKey))
    const theirsAhead = their.some((l) => !ourKeys.has(answerKey(l)))
    const oursAhead = ours.some((l) => !theirKeys.has(answerKey(l)))
    if (theirsAhead && oursAhead) continue // replayed above
    let chosen: StoredCard
    if (theirsAhead) chosen = { ...laterCard(mine, theirs), sched: theirs.sched }
    else if (oursAhead) chosen = { ...laterCard(mine, theirs), sched: mine.sched }
    else chosen = laterCard(mine, theirs)
    if (stableJson(chosen) !== stableJson(mine)) summary.cardsUpdated++
    cards.set(theirs.id, chosen)
  }

  // Replayed entries keep their ids, so a replayed card's entries replace its old ones.
  const logs = mergedLogs.sort((a, b) => a.id - b.id)
  const days = mergeDays(local.days, incoming.days, logs, changedDays)
  const quiz = new Map(local.quizResults.map((q) => [q.id, q]))
  for (const q of incoming.quizResults) if (!quiz.has(q.id)) quiz.set(q.id, q)

  return {
    tables: {
      articles: [...articles.values()],
      cards: [...cards.values()],
      reviewLogs: logs,
      days,
      settings: local.settings,
      quizResults: [...quiz.values()]
    },
    summary
  }
}

/** Days the merge added answers to are recounted from those answers; others keep their row. */
function mergeDays(
  mine: readonly DayAggregate[],
  theirs: readonly DayAggregate[],
  logs: readonly Log[],
  changed: ReadonlySet<string>
): DayAggregate[] {
  const days = new Map(mine.map((d) => [d.day, d]))
  for (const d of theirs) if (!days.has(d.day)) days.set(d.day, d)
  const recounted = new Map<string, DayAggregate | undefined>()
  for (const log of logs) {
    if (!changed.has(log.day)) continue
    recounted.set(log.day, applyToAggregate(recounted.get(log.day), log))
  }
  for (const [day, agg] of recounted) if (agg) days.set(day, agg)
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
}

/**
 * What restoring a backup would do, shown before anything is written: what the backup holds,
 * and what changes if it replaces the library or is merged into it. The merge's numbers come
 * from the merge itself (run without writing), so the preview cannot disagree with it.
 *
 * Pure: the scheduler comes in as an argument, and nothing here reads the clock.
 */
import type { Scheduler } from '../review/scheduler'
import {
  answerKey,
  mergeLibraries,
  sameRecord,
  type LibraryTables,
  type MergeSummary
} from './merge-library'

export interface BackupHoldings {
  exportedAt: string
  articles: number
  cards: number
  answers: number
}

/** A replace: the library becomes the backup, so what only this library has is lost. */
export interface ReplaceChanges {
  articlesAdded: number
  articlesUpdated: number
  articlesRemoved: number
  cardsAdded: number
  cardsUpdated: number
  cardsRemoved: number
  answersAdded: number
  answersRemoved: number
}

export interface RestorePreview {
  holds: BackupHoldings
  replace: ReplaceChanges
  merge: MergeSummary
}

interface Counted {
  added: number
  updated: number
  removed: number
}

/** Rows matched by key: in the backup only, in both but different, in the library only. */
function compare<T>(
  local: readonly T[],
  incoming: readonly T[],
  key: (row: T) => string,
  same: (a: T, b: T) => boolean = () => true
): Counted {
  const mine = new Map(local.map((row) => [key(row), row]))
  let added = 0
  let updated = 0
  let kept = 0
  for (const row of incoming) {
    const ours = mine.get(key(row))
    if (ours === undefined) added++
    else {
      kept++
      if (!same(ours, row)) updated++
    }
  }
  return { added, updated, removed: mine.size - kept }
}

type Card = LibraryTables['cards'][number]
type Article = LibraryTables['articles'][number]

/**
 * What a person would call a change to a card: its text, flags, tags or schedule. The same
 * article read on two machines makes the same cards at different times, so when each was made
 * (and a never-answered card's schedule, which only says that) is not counted.
 */
function sameCard(a: Card, b: Card): boolean {
  const seen = (c: Card) => ({ ...c, createdAt: 0, sched: c.sched.reps === 0 ? null : c.sched })
  return sameRecord(seen(a), seen(b))
}

/** Likewise an article: its text, extraction and corrections, not when it was imported. */
function sameArticle(a: Article, b: Article): boolean {
  const seen = (x: Article) => ({ ...x, importedAt: 0, updatedAt: 0 })
  return sameRecord(seen(a), seen(b))
}

/** What replacing `local` with `incoming` adds, changes and removes. */
export function replaceChanges(local: LibraryTables, incoming: LibraryTables): ReplaceChanges {
  const articles = compare(local.articles, incoming.articles, (a) => a.id, sameArticle)
  const cards = compare(local.cards, incoming.cards, (c) => c.id, sameCard)
  // Log ids are per machine: an answer is the same answer by its card, time and grade.
  const answers = compare(local.reviewLogs, incoming.reviewLogs, answerKey)
  return {
    articlesAdded: articles.added,
    articlesUpdated: articles.updated,
    articlesRemoved: articles.removed,
    cardsAdded: cards.added,
    cardsUpdated: cards.updated,
    cardsRemoved: cards.removed,
    answersAdded: answers.added,
    answersRemoved: answers.removed
  }
}

export function previewRestore(
  local: LibraryTables,
  incoming: LibraryTables & { exportedAt: string },
  scheduler: Scheduler
): RestorePreview {
  return {
    holds: {
      exportedAt: incoming.exportedAt,
      articles: incoming.articles.length,
      cards: incoming.cards.length,
      answers: incoming.reviewLogs.length
    },
    replace: replaceChanges(local, incoming),
    merge: mergeLibraries(local, incoming, scheduler).summary
  }
}

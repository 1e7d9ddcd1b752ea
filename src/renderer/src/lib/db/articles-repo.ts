import type { CardContent, Extraction } from '@core/model'
import { planCardMerge } from '@core/library/merge-cards'
import { cardTotal, dueBy } from '@core/library/card-counts'
import { newSchedulingState } from '@core/review/scheduler'
import { studyDay } from '@core/review/study-day'
import { database } from './database'
import { recountArticles, tableSet } from './kept-counts'
import type { ArticleRecord, ArticleSource, CardRecord } from './records'

/** An article as the Library lists it: read from its kept counts, never from its cards. */
export interface ArticleSummary {
  id: string
  title: string
  published: string | null
  cards: number
  /** Cards never studied. */
  fresh: number
  /** Cards in (re)learning. */
  learning: number
  /** Cards graduated to review. */
  review: number
  suspended: number
  /** Studied, unsuspended cards due today or overdue. */
  dueToday: number
}

export interface SaveArticleInput {
  extraction: Extraction
  /** The cards the user kept, possibly edited. */
  cards: CardContent[]
  text: string
  source: ArticleSource
  fileName: string | null
  /** An article already in the library that this import updates (same text or same title). */
  replaces: string | null
  now: number
}

export interface SaveArticleResult {
  articleId: string
  added: number
  updated: number
  removed: number
  keptWithHistory: number
}

/**
 * Every article with its counts, oldest import first: one small record per article (no article
 * text, no card), so the cost grows with the number of articles, not of cards.
 */
export async function listArticleSummaries(now: number): Promise<ArticleSummary[]> {
  const records = await database().articleCounts.orderBy('importedAt').toArray()
  return records.map((r) => ({
    id: r.articleId,
    title: r.title,
    published: r.published,
    cards: cardTotal(r),
    fresh: r.new,
    learning: r.learning + r.relearning,
    review: r.review,
    suspended: r.suspended,
    dueToday: dueBy(r, studyDay(now, r.dayStartHour))
  }))
}

export function getArticle(id: string): Promise<ArticleRecord | undefined> {
  return database().articles.get(id)
}

export async function getArticles(ids: string[]): Promise<ArticleRecord[]> {
  return (await database().articles.bulkGet(ids)).filter((a): a is ArticleRecord => !!a)
}

export function cardsOfArticle(id: string): Promise<CardRecord[]> {
  return database().cards.where('articleId').equals(id).toArray()
}

/** The stored article an import would update: the same text, else the same title. */
export async function findExistingArticle(
  extraction: Extraction
): Promise<ArticleRecord | undefined> {
  const db = database()
  const same = await db.articles.get(extraction.article.id)
  if (same) return same
  const title = extraction.article.title.trim().toLowerCase()
  return db.articles.filter((a) => a.title.trim().toLowerCase() === title).first()
}

/**
 * Adds an article and its kept cards, or updates one already stored, in one transaction:
 * either all of it lands or none of it does. Review history always survives an update.
 */
export async function saveArticle(input: SaveArticleInput): Promise<SaveArticleResult> {
  const db = database()
  const { extraction, now } = input
  const articleId = extraction.article.id
  const tables = [db.articles, db.cards, db.reviewLogs, db.articleCounts, db.settings]
  return db.transaction('rw', tables, async () => {
    const previousIds = [...new Set([articleId, input.replaces].filter((x): x is string => !!x))]
    const previous = (await db.articles.bulkGet(previousIds)).filter((a): a is ArticleRecord => !!a)
    const stored = await db.cards.where('articleId').anyOf(previousIds).toArray()
    const reviewedKeys = await db.reviewLogs
      .where('cardId')
      .anyOf(stored.map((c) => c.id))
      .keys()
    const plan = planCardMerge({
      stored,
      incoming: input.cards,
      reviewed: new Set(reviewedKeys.map(String)),
      articleId,
      now,
      newState: newSchedulingState
    })
    const { cards: _cards, ...withoutCards } = extraction
    await db.articles.bulkDelete(previous.map((a) => a.id).filter((id) => id !== articleId))
    await db.articles.put({
      id: articleId,
      title: extraction.article.title,
      published: extraction.article.published,
      source: input.source,
      fileName: input.fileName,
      text: input.text,
      importedAt: previous[0]?.importedAt ?? now,
      updatedAt: now,
      extraction: withoutCards
    })
    await db.cards.bulkDelete(plan.remove)
    await db.cards.bulkPut(plan.put)
    for (const { from, to } of plan.relink) {
      await db.reviewLogs.where('cardId').equals(from).modify({ cardId: to })
    }
    // An import writes up to thousands of cards: recounting the article is simpler than a
    // change per card, and as cheap. A replaced article's record goes with it.
    await recountArticles(tableSet(db), [...new Set([articleId, ...previousIds])])
    return {
      articleId,
      added: plan.added,
      updated: plan.put.length - plan.added,
      removed: plan.remove.length - plan.relink.length,
      keptWithHistory: plan.keptWithHistory
    }
  })
}

/** Deletes an article, its cards and their review history. */
export async function deleteArticle(id: string): Promise<void> {
  const db = database()
  await db.transaction('rw', db.articles, db.cards, db.reviewLogs, db.articleCounts, async () => {
    const cardIds = await db.cards.where('articleId').equals(id).primaryKeys()
    await db.reviewLogs.where('cardId').anyOf(cardIds).delete()
    await db.cards.bulkDelete(cardIds)
    await db.articles.delete(id)
    await db.articleCounts.delete(id)
  })
}

import type { CardContent, Extraction } from '@core/model'
import { planCardMerge } from '@core/library/merge-cards'
import { newSchedulingState } from '@core/review/scheduler'
import { database } from './database'
import type { ArticleRecord, ArticleSource, CardRecord } from './records'

export interface ArticleSummary {
  article: ArticleRecord
  cards: number
  /** Cards never studied. */
  fresh: number
  /** Cards in (re)learning. */
  learning: number
  /** Cards graduated to review. */
  review: number
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

export async function listArticleSummaries(): Promise<ArticleSummary[]> {
  const db = database()
  return db.transaction('r', db.articles, db.cards, async () => {
    const [articles, keys] = await Promise.all([
      db.articles.orderBy('importedAt').toArray(),
      // One read of the (article, phase) index's keys: counts for every article without
      // reading a single card, and one request instead of one per article and phase.
      db.cards.orderBy('[articleId+sched.phase]').keys()
    ])
    const counts = countByArticleAndPhase(keys as unknown as Array<[string, number]>)
    return articles.map((article) => {
      const [fresh = 0, learning = 0, review = 0, relearning = 0] = counts.get(article.id) ?? []
      return {
        article,
        cards: fresh + learning + review + relearning,
        fresh,
        learning: learning + relearning,
        review
      }
    })
  })
}

function countByArticleAndPhase(keys: Array<[string, number]>): Map<string, number[]> {
  const counts = new Map<string, number[]>()
  for (const [articleId, phase] of keys) {
    const row = counts.get(articleId) ?? [0, 0, 0, 0]
    row[phase] = (row[phase] ?? 0) + 1
    counts.set(articleId, row)
  }
  return counts
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
  return db.transaction('rw', db.articles, db.cards, db.reviewLogs, async () => {
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
  await db.transaction('rw', db.articles, db.cards, db.reviewLogs, async () => {
    const cardIds = await db.cards.where('articleId').equals(id).primaryKeys()
    await db.reviewLogs.where('cardId').anyOf(cardIds).delete()
    await db.cards.bulkDelete(cardIds)
    await db.articles.delete(id)
  })
}

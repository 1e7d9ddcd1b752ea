import type { CardContent, CardKind, Extraction, Quote } from '@core/model'
import {
  applyCorrections,
  quoteKey,
  withCorrection,
  type AttributionCorrection,
  type Corrections
} from '@core/library/corrections'
import { planCardMerge, type CardMergePlan } from '@core/library/merge-cards'
import { newSchedulingState } from '@core/review/scheduler'
import { database } from './database'
import { recountArticles, replaceCounts } from './count-changes'
import { tableSet, totalsIn } from './kept-counts'
import type { ArticleRecord, ArticleSource, CardRecord } from './records'

export interface SaveArticleInput {
  extraction: Extraction
  /** The cards the user kept, possibly edited. */
  cards: CardContent[]
  text: string
  source: ArticleSource
  fileName: string | null
  /** An article already in the library that this import updates (same text or same title). */
  replaces: string | null
  /** The user's corrections, already applied to `extraction`; stored to apply again on re-import. */
  corrections?: Corrections
  now: number
}

export interface SaveArticleResult {
  articleId: string
  added: number
  updated: number
  removed: number
  keptWithHistory: number
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

/** What saving or correcting an article writes: the article, its cards and logs, and the counts. */
function articleWriteTables() {
  const db = database()
  // Settings for the day-start hour the counts are kept under.
  return [db.articles, db.cards, db.reviewLogs, db.articleCounts, db.libraryCounts, db.settings]
}

/**
 * Adds an article and its kept cards, or updates one already stored, in one transaction:
 * either all of it lands or none of it does. Review history always survives an update.
 */
export async function saveArticle(input: SaveArticleInput): Promise<SaveArticleResult> {
  const db = database()
  const { extraction, now } = input
  const articleId = extraction.article.id
  const tables = articleWriteTables()
  return db.transaction('rw', tables, async () => {
    const previousIds = [...new Set([articleId, input.replaces].filter((x): x is string => !!x))]
    const previous = (await db.articles.bulkGet(previousIds)).filter((a): a is ArticleRecord => !!a)
    const stored = await db.cards.where('articleId').anyOf(previousIds).toArray()
    const claimed = (await db.cards.bulkGet(input.cards.map((c) => c.id))).filter(
      (c): c is CardRecord => !!c && !previousIds.includes(c.articleId)
    )
    const plan = planCardMerge({
      stored,
      claimed,
      incoming: input.cards,
      reviewed: await reviewedAmong(stored),
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
      extraction: withoutCards,
      corrections: input.corrections ?? {}
    })
    await writeCardMerge(plan)
    // An import writes up to thousands of cards: recounting the article is simpler than a
    // change per card, and as cheap. A replaced article's record goes with it.
    const losers = claimed.map((c) => c.articleId)
    await recountArticles(tableSet(db), [...new Set([articleId, ...previousIds, ...losers])])
    return {
      articleId,
      added: plan.added,
      updated: plan.put.length - plan.added,
      removed: plan.remove.length - plan.relink.length,
      keptWithHistory: plan.keptWithHistory
    }
  })
}

/** The ids among `cards` that have at least one review log. Call inside a transaction. */
async function reviewedAmong(cards: ReadonlyArray<{ id: string }>): Promise<Set<string>> {
  const keys = await database()
    .reviewLogs.where('cardId')
    .anyOf(cards.map((c) => c.id))
    .keys()
  return new Set(keys.map(String))
}

/** Writes a card merge: removals, puts, and review logs moved to renamed cards. */
async function writeCardMerge(plan: CardMergePlan): Promise<void> {
  const db = database()
  await db.cards.bulkDelete(plan.remove)
  await db.cards.bulkPut(plan.put)
  for (const { from, to } of plan.relink) {
    await db.reviewLogs.where('cardId').equals(from).modify({ cardId: to })
  }
}

export interface CorrectionInput {
  articleId: string
  quoteId: string
  change: AttributionCorrection
  now: number
}

export interface CorrectionResult {
  /** The quotation as now stored. */
  quote: Quote
  /** Cards rewritten under their own ids, schedule and history kept. */
  updated: number
  /** Cards added for what the correction newly states (a place where there was none). */
  added: number
  /** Never-reviewed cards whose answer the correction took away ("not stated"). */
  removed: number
  /** Reviewed cards whose answer the correction took away: suspended, history kept. */
  suspended: number
}

const QUOTE_CARD_FIELD: Partial<Record<CardKind, keyof AttributionCorrection>> = {
  'quote-who': 'speaker',
  'quote-where': 'where',
  'quote-when': 'when'
}

/**
 * Applies the user's word on one quotation of a stored article, in one transaction: the article's
 * extraction and corrections, and the quotation's cards, rewritten under the same ids with their
 * schedule, flags and the user's own edits kept (as a re-import keeps them). A card for what the
 * correction newly states is added; one whose answer it takes away is deleted, or suspended when
 * it has history. Either all of it lands or none of it does.
 */
export async function correctAttribution(input: CorrectionInput): Promise<CorrectionResult> {
  const db = database()
  const { articleId, quoteId, change, now } = input
  const tables = articleWriteTables()
  return db.transaction('rw', tables, async () => {
    const article = await db.articles.get(articleId)
    const quote = article?.extraction.quotes.find((q) => q.id === quoteId)
    if (!article || !quote) throw new Error('This quote is no longer in the library.')
    const corrections = withCorrection(article.corrections ?? {}, quote, change)
    const key = quoteKey(quote.text)
    // The stored extraction has the earlier corrections already: apply this quotation's alone.
    const { cards: rebuilt, ...extraction } = applyCorrections(
      { ...article.extraction, cards: [] },
      { [key]: corrections[key]! }
    )
    const quoteIds = new Set(
      article.extraction.quotes.filter((q) => quoteKey(q.text) === key).map((q) => q.id)
    )
    const stored = (await db.cards.where('articleId').equals(articleId).toArray()).filter(
      (c) => c.quoteId !== null && quoteIds.has(c.quoteId) && QUOTE_CARD_FIELD[c.kind]
    )
    // The cards the user kept for this quotation, and the card for whatever this change states.
    const kept = new Set(stored.map((c) => c.kind))
    const states = (kind: CardKind): boolean => {
      const field = QUOTE_CARD_FIELD[kind]
      return field !== undefined && change[field] !== undefined && change[field] !== null
    }
    const incoming = [...new Map(rebuilt.map((c) => [c.id, c])).values()].filter(
      (c) => kept.has(c.kind) || states(c.kind)
    )
    const reviewed = await reviewedAmong(stored)
    const plan = planCardMerge({
      stored,
      incoming,
      reviewed,
      articleId,
      now,
      newState: newSchedulingState
    })
    const taken = stored.filter((c) => reviewed.has(c.id) && !incoming.some((n) => n.id === c.id))
    await db.articles.put({ ...article, extraction, corrections, updatedAt: now })
    await writeCardMerge({
      ...plan,
      put: [...plan.put, ...taken.map((c) => ({ ...c, suspended: true }))]
    })
    // Cards added, deleted and suspended: the article's kept counts follow, in this transaction.
    await recountArticles(tableSet(db), [articleId])
    return {
      quote: extraction.quotes.find((q) => q.id === quoteId)!,
      updated: plan.put.length - plan.added,
      added: plan.added,
      removed: plan.remove.length - plan.relink.length,
      suspended: taken.length
    }
  })
}

/** Deletes an article, its cards and their review history. */
export async function deleteArticle(id: string): Promise<void> {
  const db = database()
  const tables = [db.articles, db.cards, db.reviewLogs, db.articleCounts, db.libraryCounts]
  await db.transaction('rw', tables, async () => {
    const cardIds = await db.cards.where('articleId').equals(id).primaryKeys()
    await db.reviewLogs.where('cardId').anyOf(cardIds).delete()
    await db.cards.bulkDelete(cardIds)
    await db.articles.delete(id)
    await replaceCounts(totalsIn(db), [], [id])
  })
}

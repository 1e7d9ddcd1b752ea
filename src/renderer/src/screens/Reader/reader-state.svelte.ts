import { updateCard } from '../../lib/db/review-repo'
import type { AttributionCorrection } from '@core/library/corrections'
import { cardsOfArticle, correctAttribution, getArticle } from '../../lib/db/articles-repo'
import type { ArticleRecord, CardRecord } from '../../lib/db/records'
import { memoryModel, type MemoryModel } from '../../lib/db/progress-repo'
import { LiveValue } from '../../lib/state/live.svelte'

export interface ReaderData {
  article: ArticleRecord | null
  cards: CardRecord[]
  /** For the article's mastery bar; null until read. */
  model: MemoryModel | null
}

/** One article and its cards, live, for the reader. */
export function readerData(articleId: string): LiveValue<ReaderData> {
  return new LiveValue<ReaderData>(
    async () => {
      const [article, cards, model] = await Promise.all([
        getArticle(articleId),
        cardsOfArticle(articleId),
        memoryModel()
      ])
      return {
        article: article ?? null,
        cards: cards.sort((a, b) => a.createdAt - b.createdAt),
        model
      }
    },
    { article: null, cards: [], model: null }
  )
}

export { deleteArticle } from '../../lib/db/articles-repo'

/** Suspends a card (out of every queue) or brings it back. */
export function setSuspended(cardId: string, suspended: boolean): Promise<void> {
  return updateCard(cardId, { suspended })
}

/** Saves the user's word on who said a quote, where or when, with its cards, in one go. */
export async function correctQuote(
  articleId: string,
  quoteId: string,
  change: AttributionCorrection
): Promise<void> {
  // A snapshot: a time chosen from the live article is a Svelte proxy, which IndexedDB cannot clone.
  const plain = $state.snapshot(change) as AttributionCorrection
  await correctAttribution({ articleId, quoteId, change: plain, now: Date.now() })
}

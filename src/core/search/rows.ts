/**
 * A card as the browser lists and searches it: the stored card joined with its article's title
 * and the speaker of the quote it asks about, and its retrievability when it was read.
 */
import type { Extraction, SchedulingState, StoredCard } from '../model'
import type { SearchableCard } from './types'

export interface BrowseRow extends SearchableCard {
  articleId: string
  sentenceIndex: number
  quoteId: string | null
  edited: boolean
  sched: SchedulingState
  /** Retrievability (0–1) at the time the row was made; null for a card never studied. */
  retrievability: number | null
}

/** What a row needs of its article. */
export interface ArticleFacts {
  title: string
  /** Speaker by quote or reported-statement id. */
  speakers: ReadonlyMap<string, string | null>
}

export function articleFacts(
  title: string,
  extraction: Pick<Omit<Extraction, 'cards'>, 'quotes' | 'reported'>
): ArticleFacts {
  const speakers = new Map<string, string | null>()
  for (const q of extraction.quotes) speakers.set(q.id, q.speaker)
  for (const r of extraction.reported) speakers.set(r.id, r.speaker)
  return { title, speakers }
}

export function browseRow(
  card: StoredCard,
  article: ArticleFacts | undefined,
  retrievability: (sched: SchedulingState) => number | null
): BrowseRow {
  return {
    id: card.id,
    articleId: card.articleId,
    kind: card.kind,
    front: card.front,
    back: card.back,
    article: article?.title ?? '',
    speaker: card.quoteId === null ? null : (article?.speakers.get(card.quoteId) ?? null),
    tags: card.tags ?? [],
    suspended: card.suspended,
    buriedUntil: card.buriedUntil,
    createdAt: card.createdAt,
    sentenceIndex: card.sentenceIndex,
    quoteId: card.quoteId,
    edited: card.edited,
    sched: card.sched,
    retrievability: retrievability(card.sched)
  }
}

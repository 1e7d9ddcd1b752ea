import type { CardContent, CardKind } from '@core/model'
import { plural } from '../format'
import type { ImportPreview } from '../generation/import-job'

/** A generated card as the user reviews it before adding: keep or drop, and edit its text. */
export interface CardDraft {
  card: CardContent
  keep: boolean
  front: string
  back: string
}

export function draftsFrom(cards: CardContent[]): CardDraft[] {
  return cards.map((card) => ({ card, keep: true, front: card.front, back: card.back }))
}

/** The cards to store: the kept drafts, with the user's edits, blank edits falling back. */
export function keptCards(drafts: CardDraft[]): CardContent[] {
  return drafts
    .filter((d) => d.keep)
    .map((d) => ({
      ...d.card,
      front: d.front.trim() || d.card.front,
      back: d.back.trim() || d.card.back
    }))
}

export function summariseExtraction({
  quotes,
  facts,
  cards,
  reported
}: ImportPreview['counts']): string {
  const parts = [
    plural(cards, 'card'),
    `from ${plural(quotes, 'quote')}`,
    plural(reported, 'reported statement'),
    plural(facts, 'fact')
  ]
  return `${parts[0]} ${parts[1]}, ${parts[2]} and ${parts[3]}`
}

/** The sentence shown when the imported text matches an article already in the library. */
export function existingArticleMessage(
  existing: { id: string; title: string },
  articleId: string
): string {
  return existing.id === articleId
    ? `“${existing.title}” is already in your library. Updating it keeps every card's review history.`
    : `Your library already has an article titled “${existing.title}”. Updating replaces its text and keeps the review history of every card that is still there.`
}

/** The cards of a quotation: who said it, where and when. */
export const QUOTE_KINDS: ReadonlySet<CardKind> = new Set<CardKind>([
  'quote-who',
  'quote-where',
  'quote-when'
])

const sameContent = (a: CardContent, b: CardContent): boolean =>
  a.front === b.front &&
  a.back === b.back &&
  a.answerSpan?.start === b.answerSpan?.start &&
  a.answerSpan?.end === b.answerSpan?.end

/**
 * The drafts with one quote's who, where and when cards replaced by `cards`, where its first
 * card stood (at the end when it had none): a card that did not change keeps its draft (kept or
 * dropped, and the user's edits); a card the choice rewrote shows its new text, still kept or
 * dropped as it was; a new card is kept; a card no longer generated goes. Every other draft is
 * left as it is.
 */
export function redraftQuote(
  drafts: readonly CardDraft[],
  quoteIds: readonly string[],
  cards: readonly CardContent[]
): CardDraft[] {
  const ids = new Set(quoteIds)
  const isOld = (d: CardDraft): boolean =>
    d.card.quoteId !== null && ids.has(d.card.quoteId) && QUOTE_KINDS.has(d.card.kind)
  const old = new Map(drafts.filter(isOld).map((d) => [d.card.id, d]))
  const fresh = cards.map((card): CardDraft => {
    const draft = old.get(card.id)
    if (draft && sameContent(draft.card, card)) return draft
    return { card, keep: draft?.keep ?? true, front: card.front, back: card.back }
  })
  const first = drafts.findIndex(isOld)
  const rest = drafts.filter((d) => !isOld(d))
  const at = first < 0 ? rest.length : first
  return [...rest.slice(0, at), ...fresh, ...rest.slice(at)]
}

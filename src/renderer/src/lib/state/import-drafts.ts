import type { CardContent, Extraction } from '@core/model'

/** A generated card as the user reviews it before adding: keep or drop, and edit its text. */
export interface CardDraft {
  card: CardContent
  keep: boolean
  front: string
  back: string
}

export function draftsFrom(extraction: Extraction): CardDraft[] {
  return extraction.cards.map((card) => ({ card, keep: true, front: card.front, back: card.back }))
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

export function summariseExtraction(extraction: Extraction): string {
  const { quotes, facts, cards, reported } = extraction
  const parts = [
    plural(cards.length, 'card'),
    `from ${plural(quotes.length, 'quote')}`,
    plural(reported.length, 'reported statement'),
    plural(facts.length, 'fact')
  ]
  return `${parts[0]} ${parts[1]}, ${parts[2]} and ${parts[3]}`
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** The sentence shown when the imported text matches an article already in the library. */
export function existingArticleMessage(
  existing: { id: string; title: string },
  extraction: Extraction
): string {
  return existing.id === extraction.article.id
    ? `“${existing.title}” is already in your library. Updating it keeps every card's review history.`
    : `Your library already has an article titled “${existing.title}”. Updating replaces its text and keeps the review history of every card that is still there.`
}

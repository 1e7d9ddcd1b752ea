import type { CardContent } from '@core/model'
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

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
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

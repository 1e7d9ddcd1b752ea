import type { CardContent, Extraction } from '../model'
import type { CardQuestionKind, QuizQuote } from '../quiz/quiz-source'
import { unsureOf } from './corrections'

const CARD_KIND_TO_QUESTION: Partial<Record<CardContent['kind'], CardQuestionKind>> = {
  'quote-who': 'who',
  'quote-where': 'where',
  'quote-when': 'when',
  'reported-who': 'who'
}

/**
 * The quiz's view of one stored article: each quote and reported statement with the article's
 * title and date, its source sentence, and the flashcards a missed question can send to review.
 */
export function quizQuotesOf(
  extraction: Omit<Extraction, 'cards'>,
  cards: ReadonlyArray<Pick<CardContent, 'id' | 'kind' | 'quoteId'>>
): QuizQuote[] {
  const { article } = extraction
  const cardIds = new Map<string, Partial<Record<CardQuestionKind, string>>>()
  for (const card of cards) {
    const kind = CARD_KIND_TO_QUESTION[card.kind]
    if (!kind || !card.quoteId) continue
    const ids = cardIds.get(card.quoteId) ?? {}
    ids[kind] ??= card.id
    cardIds.set(card.quoteId, ids)
  }
  // A question without a card of its own kind (a reported statement has only a "who" card)
  // sends its mistake to the statement's other card, so every mistake can reach review.
  for (const ids of cardIds.values()) {
    const any = ids.who ?? ids.where ?? ids.when
    if (any) for (const kind of ['who', 'where', 'when'] as const) ids[kind] ??= any
  }
  const sentence = (i: number): string => article.sentences[i]?.text ?? ''
  const base = {
    articleId: article.id,
    articleTitle: article.title,
    articlePublished: article.published
  }
  return [
    ...extraction.quotes.map((q) => ({
      ...base,
      id: q.id,
      text: q.text,
      speaker: q.speaker,
      where: q.where,
      when: q.when,
      sentence: sentence(q.sentenceIndex),
      sentenceIndex: q.sentenceIndex,
      cardIds: cardIds.get(q.id) ?? {},
      unsure: unsureOf(q)
    })),
    ...extraction.reported.map((r) => ({
      ...base,
      id: r.id,
      text: r.text,
      speaker: r.speaker,
      where: r.where,
      when: r.when,
      sentence: sentence(r.sentenceIndex),
      sentenceIndex: r.sentenceIndex,
      cardIds: cardIds.get(r.id) ?? {},
      paraphrase: true,
      ...(r.verb ? { verb: r.verb } : {})
    }))
  ]
}

import type { TimeRef } from '../model'

/** The kinds of question a quiz can ask. */
export type QuestionKind = 'who' | 'where' | 'when' | 'which'

/** The kinds that have a flashcard of their own, so a missed question can go to review. */
export type CardQuestionKind = 'who' | 'where' | 'when'

/**
 * One stored quote as the quiz sees it: the quote with its article's title and date and the
 * source sentence, so a question can show where the answer came from without a second lookup.
 */
export interface QuizQuote {
  id: string
  articleId: string
  articleTitle: string
  /** ISO date of the article, or null when unknown. */
  articlePublished: string | null
  text: string
  speaker: string | null
  where: string | null
  when: TimeRef | null
  /** The sentence the quote comes from, shown after the answer. */
  sentence: string
  sentenceIndex: number
  /** The flashcard ids for this quote, so a mistake can be graded Again on the right card. */
  cardIds: Partial<Record<CardQuestionKind, string>>
  /** True for a reported statement (no quote marks in the article): prompts say so. */
  paraphrase?: boolean
  /** The article's verb for a reported statement ("urged", "said that"), for its prompt. */
  verb?: string
  /**
   * What the generator was unsure of and the user has not confirmed: no question is asked
   * about it, and its answer is no distractor either.
   */
  unsure?: { speaker: boolean; where: boolean; when: boolean }
}

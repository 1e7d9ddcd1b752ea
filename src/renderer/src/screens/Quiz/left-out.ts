import { buildQuiz } from '@core/quiz/build-quiz'
import type { QuestionKind, QuizQuote } from '@core/quiz/quiz-source'

export interface LeftOutArticle {
  articleId: string
  title: string
  /** Quotes of this article the quiz leaves out. */
  count: number
  /** The sentence of its first quote to check, for a link into the reader. */
  sentence: number
}

export interface LeftOut {
  total: number
  articles: LeftOutArticle[]
}

const anyUnsure = (q: QuizQuote): boolean =>
  !!q.unsure && (q.unsure.speaker || q.unsure.where || q.unsure.when)

/**
 * The quotes a quiz of these articles and kinds leaves out because the generator was unsure of
 * their speaker, place or time and nobody has checked it: counted by the quiz builder itself,
 * article by article, so the number shown is the number the quiz will leave out.
 */
export function leftOutOf(
  quotes: readonly QuizQuote[],
  articleIds: readonly string[],
  kinds: readonly QuestionKind[]
): LeftOut {
  const articles: LeftOutArticle[] = []
  if (kinds.length === 0) return { total: 0, articles }
  for (const articleId of articleIds) {
    const unsure = quotes
      .filter((q) => q.articleId === articleId && anyUnsure(q))
      .sort((a, b) => a.sentenceIndex - b.sentenceIndex)
    const first = unsure[0]
    if (!first) continue
    const count = buildQuiz({ quotes, articleIds: [articleId], kinds, length: 0, seed: 0 }).leftOut
    if (count > 0)
      articles.push({ articleId, title: first.articleTitle, count, sentence: first.sentenceIndex })
  }
  return { total: articles.reduce((n, a) => n + a.count, 0), articles }
}

/** "3 quotes left out until you check their speaker, place or time" */
export function leftOutMessage(total: number): string {
  return total === 1
    ? '1 quote left out until you check its speaker, place or time'
    : `${total} quotes left out until you check their speaker, place or time`
}

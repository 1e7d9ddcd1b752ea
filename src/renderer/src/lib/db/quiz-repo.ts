import { quizQuotesOf } from '@core/library/quiz-quotes'
import type { QuizQuote } from '@core/quiz/quiz-source'
import type { QuizResult } from '@core/quiz/session'
import { database } from './database'

/** Every quote and reported statement in the library, as the quiz builds questions from. */
export async function libraryQuizQuotes(): Promise<QuizQuote[]> {
  const db = database()
  return db.transaction('r', db.articles, db.cards, async () => {
    const articles = await db.articles.toArray()
    const perArticle = await Promise.all(
      articles.map(async (a) => {
        const cards = await db.cards
          .where('articleId')
          .equals(a.id)
          .filter((c) => c.quoteId !== null)
          .toArray()
        return quizQuotesOf(a.extraction, cards)
      })
    )
    return perArticle.flat()
  })
}

export async function saveQuizResult(result: QuizResult): Promise<void> {
  await database().quizResults.put(result)
}

/** Finished quizzes, oldest first. */
export function quizResults(): Promise<QuizResult[]> {
  return database().quizResults.orderBy('finishedAt').toArray()
}

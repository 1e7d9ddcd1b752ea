/**
 * The quiz on what the real generator extracts from every fixture article, not only on the
 * hand-written quote lists: whatever the extractor finds, each question must stay honest.
 */
import { describe, expect, it } from 'vitest'
import { loadFixtures } from '../fixtures/load-fixtures'
import { generateFromText } from '../generate'
import { quizQuotesOf } from '../library/quiz-quotes'
import { buildQuiz } from './build-quiz'
import { samePerson } from './equivalence'
import { ALL, expectWellFormed } from './fixtures/quiz-checks'
import type { QuizQuote } from './quiz-source'

function libraryOf(set: 'bundled' | 'wikinews' | 'own'): {
  quotes: QuizQuote[]
  cardIds: Set<string>
} {
  const quotes: QuizQuote[] = []
  const cardIds = new Set<string>()
  for (const fixture of loadFixtures(set)) {
    const extraction = generateFromText(fixture.text)
    quotes.push(...quizQuotesOf(extraction, extraction.cards))
    for (const card of extraction.cards) cardIds.add(card.id)
  }
  return { quotes, cardIds }
}

function distinctSpeakers(quotes: QuizQuote[]): number {
  const seen: string[] = []
  for (const q of quotes)
    if (q.speaker && !seen.some((s) => samePerson(s, q.speaker!))) seen.push(q.speaker)
  return seen.length
}

describe('quizzes on generated quotes', () => {
  const sets = {
    bundled: libraryOf('bundled'),
    wikinews: libraryOf('wikinews'),
    own: libraryOf('own')
  }
  const everything = Object.values(sets).flatMap((s) => s.quotes)

  for (const [name, { quotes, cardIds }] of Object.entries(sets)) {
    it(`asks only one-right-answer questions on the ${name} articles`, () => {
      expect(quotes.length).toBeGreaterThan(0)
      for (let seed = 0; seed < 10; seed++) {
        const quiz = buildQuiz({ quotes, kinds: ALL, length: 15, seed })
        expect(quiz.questions.length).toBeGreaterThan(0)
        expectWellFormed(quiz, quotes)
        for (const q of quiz.questions)
          if (q.cardId !== null) expect(cardIds.has(q.cardId)).toBe(true)
      }
    })
  }

  it('asks "who" on an article only when it quotes two people', () => {
    const articles = new Set(everything.map((q) => q.articleId))
    for (const articleId of articles) {
      const own = everything.filter((q) => q.articleId === articleId)
      const quiz = buildQuiz({ quotes: own, kinds: ['who', 'where'], seed: articleId })
      const asksWho = quiz.questions.some((q) => q.kind === 'who')
      expect(asksWho, own[0]!.articleTitle).toBe(distinctSpeakers(own) >= 2)
    }
  })

  it('asks where and when, and not who, on the bundled single-speaker article', () => {
    const quiz = buildQuiz({
      quotes: sets.bundled.quotes,
      kinds: ['who', 'where', 'when'],
      seed: 'b'
    })
    const kinds = new Set(quiz.questions.map((q) => q.kind))
    expect([...kinds].sort()).toEqual(['when', 'where'])
    expect(quiz.skipped.map((s) => s.kind)).toEqual(['who'])
  })

  it('mixes in other articles for distractors without breaking the rules', () => {
    for (let seed = 0; seed < 5; seed++) {
      const quiz = buildQuiz({
        quotes: everything,
        articleIds: [everything[0]!.articleId],
        kinds: ALL,
        seed
      })
      expectWellFormed(quiz, everything)
    }
  })
})

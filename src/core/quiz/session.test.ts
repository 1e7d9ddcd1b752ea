import { describe, expect, it } from 'vitest'
import { buildQuiz } from './build-quiz'
import {
  answer,
  finish,
  mistakeCardIds,
  nextQuestionIndex,
  scoreHistory,
  startSession
} from './session'
import type { QuizResult } from './session'
import { summit } from './fixtures/many-speakers'

const T0 = 1_750_000_000_000
const quiz = buildQuiz({ quotes: summit, kinds: ['who', 'where'], length: 4, seed: 'session' })
const wrongChoice = (i: number) =>
  (quiz.questions[i]!.correctIndex + 1) % quiz.questions[i]!.options.length

describe('quiz session', () => {
  it('scores right and wrong answers and times the whole quiz', () => {
    let s = startSession(quiz, T0)
    s = answer(s, 0, { choice: quiz.questions[0]!.correctIndex }, T0 + 1000)
    s = answer(s, 1, { choice: wrongChoice(1) }, T0 + 2000)
    s = answer(s, 2, { choice: quiz.questions[2]!.correctIndex }, T0 + 3000)
    s = answer(s, 3, { choice: quiz.questions[3]!.correctIndex }, T0 + 4000)
    const result = finish(s, T0 + 5000)
    expect(result).toMatchObject({
      total: 4,
      answered: 4,
      correct: 3,
      durationMs: 5000,
      startedAt: T0
    })
    expect(result.articleIds).toEqual(['summit'])
    expect(result.kinds).toEqual(['who', 'where'])
  })

  it('lists each mistake with what was given, what was right and the card to review', () => {
    let s = startSession(quiz, T0)
    s = answer(s, 1, { choice: wrongChoice(1) }, T0 + 10)
    const q1 = quiz.questions[1]!
    const result = finish(s, T0 + 20)
    expect(result.answered).toBe(1)
    expect(result.mistakes).toHaveLength(4)
    const missed = result.mistakes.find((m) => m.questionId === q1.id)!
    expect(missed).toMatchObject({
      quoteId: q1.quoteId,
      cardId: `${q1.quoteId}/${q1.kind}`,
      given: q1.options[wrongChoice(1)],
      expected: q1.answer,
      sentence: q1.sentence
    })
    // Unanswered questions count against the score but record no answer.
    expect(result.mistakes.filter((m) => m.given === null)).toHaveLength(3)
    expect(mistakeCardIds([missed, missed])).toEqual([`${q1.quoteId}/${q1.kind}`])
  })

  it('keeps the first answer to a question', () => {
    let s = startSession(quiz, T0)
    s = answer(s, 0, { choice: wrongChoice(0) }, T0 + 1)
    s = answer(s, 0, { choice: quiz.questions[0]!.correctIndex }, T0 + 2)
    expect(s.answers[0]).toMatchObject({ correct: false, answeredAt: T0 + 1 })
  })

  it('checks typed answers, forgiving a surname alone', () => {
    const who = buildQuiz({ quotes: summit, kinds: ['who'], length: 10, seed: 2 })
    const index = who.questions.findIndex((q) => q.answer === 'Angela Merkel')
    expect(index).toBeGreaterThanOrEqual(0)
    const s = answer(startSession(who, T0), index, { typed: 'merkel' }, T0 + 5)
    expect(s.answers[index]).toMatchObject({
      correct: true,
      given: 'merkel',
      note: 'Full name: Angela Merkel'
    })
  })

  it('walks to the next unanswered question and refuses options that do not exist', () => {
    let s = startSession(quiz, T0)
    expect(nextQuestionIndex(s)).toBe(0)
    s = answer(s, 0, { choice: 0 }, T0)
    expect(nextQuestionIndex(s)).toBe(1)
    expect(() => answer(s, 1, { choice: 9 }, T0)).toThrow(RangeError)
    expect(() => answer(s, 99, { choice: 0 }, T0)).toThrow(RangeError)
    for (let i = 1; i < quiz.questions.length; i++) s = answer(s, i, { choice: 0 }, T0)
    expect(nextQuestionIndex(s)).toBeNull()
  })

  it('gives different results of one quiz different ids', () => {
    const a = finish(startSession(quiz, T0), T0 + 1)
    const b = finish(startSession(quiz, T0 + 60_000), T0 + 60_001)
    expect(a.id).not.toBe(b.id)
  })
})

describe('scoreHistory', () => {
  const result = (id: string, finishedAt: number, correct: number, total: number): QuizResult => ({
    id,
    startedAt: finishedAt - 1000,
    finishedAt,
    durationMs: 1000,
    articleIds: [],
    kinds: ['who'],
    seed: id,
    total,
    answered: total,
    correct,
    mistakes: []
  })

  it('charts percent correct, oldest first, leaving out empty quizzes', () => {
    const day = 86_400_000
    const points = scoreHistory([
      result('b', Date.UTC(2025, 0, 3), 3, 4),
      result('a', Date.UTC(2025, 0, 1), 1, 3),
      result('empty', Date.UTC(2025, 0, 2), 0, 0),
      result('c', Date.UTC(2025, 0, 3) + day / 2, 10, 10)
    ])
    expect(points.map((p) => [p.resultId, p.day, p.percent])).toEqual([
      ['a', '2025-01-01', 33.3],
      ['b', '2025-01-03', 75],
      ['c', '2025-01-03', 100]
    ])
  })

  it('uses the given day function for local days', () => {
    const points = scoreHistory([result('a', 0, 1, 1)], () => 'local-day')
    expect(points[0]!.day).toBe('local-day')
  })
})

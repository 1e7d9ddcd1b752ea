/**
 * A quiz being taken, as plain immutable data: each step returns a new session, so the UI can
 * keep it in a store, and the clock is passed in (core never reads it).
 */
import { checkTyped } from './answer'
import type { Quiz } from './build-quiz'
import type { Question } from './question'
import type { QuestionKind } from './quiz-source'
import { hashText } from './random'

/** A choice by option index (the UI maps keys 1–4 and clicks to 0–3), or typed text. */
export type Response = { choice: number } | { typed: string }

export interface AnswerRecord {
  questionId: string
  /** What the user chose or typed, as text. */
  given: string
  correct: boolean
  /** E.g. "Full name: Cres Eastman" after a surname alone. */
  note?: string
  answeredAt: number
}

export interface QuizSession {
  quiz: Quiz
  startedAt: number
  /** One slot per question, null until answered. */
  answers: (AnswerRecord | null)[]
}

export interface QuizMistake {
  questionId: string
  kind: QuestionKind
  prompt: string
  quoteId: string
  articleId: string
  /** The flashcard to grade Again if the user sends this mistake to review; null if none. */
  cardId: string | null
  /** What the user answered; null when the question was left unanswered. */
  given: string | null
  expected: string
  sentence: string
}

/** What is stored per finished quiz: enough for the history chart and the mistakes list. */
export interface QuizResult {
  id: string
  startedAt: number
  finishedAt: number
  durationMs: number
  articleIds: string[]
  kinds: QuestionKind[]
  seed: string | number
  /** Questions in the quiz. */
  total: number
  answered: number
  correct: number
  /** Wrong and unanswered questions, in quiz order. */
  mistakes: QuizMistake[]
}

export interface ScorePoint {
  resultId: string
  /** UTC day of finishing (YYYY-MM-DD) unless a day function is given. */
  day: string
  finishedAt: number
  /** Right answers out of all questions, 0–100. */
  percent: number
  correct: number
  total: number
}

export function startSession(quiz: Quiz, now: number): QuizSession {
  return { quiz, startedAt: now, answers: quiz.questions.map(() => null) }
}

function judge(question: Question, response: Response): Omit<AnswerRecord, 'answeredAt'> {
  if ('choice' in response) {
    const given = question.options[response.choice]
    if (given === undefined) throw new RangeError(`No option ${response.choice} in ${question.id}`)
    return { questionId: question.id, given, correct: response.choice === question.correctIndex }
  }
  const result = checkTyped(question, response.typed)
  const record = { questionId: question.id, given: response.typed, correct: result.correct }
  return result.note === undefined ? record : { ...record, note: result.note }
}

/**
 * Records an answer. A question answered once keeps its first answer: the feedback has been
 * shown, so a second try must not change the score.
 */
export function answer(
  session: QuizSession,
  questionIndex: number,
  response: Response,
  now: number
): QuizSession {
  const question = session.quiz.questions[questionIndex]
  if (question === undefined) throw new RangeError(`No question ${questionIndex}`)
  if (session.answers[questionIndex] !== null) return session
  const answers = session.answers.slice()
  answers[questionIndex] = { ...judge(question, response), answeredAt: now }
  return { ...session, answers }
}

/** The first unanswered question, or null when all are answered. */
export function nextQuestionIndex(session: QuizSession): number | null {
  const index = session.answers.findIndex((a) => a === null)
  return index < 0 ? null : index
}

export function finish(session: QuizSession, now: number): QuizResult {
  const { quiz } = session
  const mistakes: QuizMistake[] = []
  let correct = 0
  let answered = 0
  quiz.questions.forEach((question, i) => {
    const record = session.answers[i] ?? null
    if (record !== null) answered++
    if (record?.correct) {
      correct++
      return
    }
    mistakes.push({
      questionId: question.id,
      kind: question.kind,
      prompt: question.prompt,
      quoteId: question.quoteId,
      articleId: question.articleId,
      cardId: question.cardId,
      given: record?.given ?? null,
      expected: question.answer,
      sentence: question.sentence
    })
  })
  return {
    id: `quiz-${session.startedAt.toString(36)}-${hashText(String(quiz.seed))}`,
    startedAt: session.startedAt,
    finishedAt: now,
    durationMs: Math.max(0, now - session.startedAt),
    articleIds: quiz.articleIds.slice(),
    kinds: quiz.kinds.slice(),
    seed: quiz.seed,
    total: quiz.questions.length,
    answered,
    correct,
    mistakes
  }
}

/** The card ids to grade Again for the chosen mistakes (skipping those without a card). */
export function mistakeCardIds(mistakes: readonly QuizMistake[]): string[] {
  return [...new Set(mistakes.flatMap((m) => (m.cardId === null ? [] : [m.cardId])))]
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Score over time for the history chart, oldest first; empty quizzes are left out. */
export function scoreHistory(
  results: readonly QuizResult[],
  dayOf: (ms: number) => string = utcDay
): ScorePoint[] {
  return results
    .filter((r) => r.total > 0)
    .slice()
    .sort((a, b) => a.finishedAt - b.finishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => ({
      resultId: r.id,
      day: dayOf(r.finishedAt),
      finishedAt: r.finishedAt,
      percent: Math.round((r.correct / r.total) * 1000) / 10,
      correct: r.correct,
      total: r.total
    }))
}

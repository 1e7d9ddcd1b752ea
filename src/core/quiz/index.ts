export type { QuestionKind, CardQuestionKind, QuizQuote } from './quiz-source'
export type { Seed, Random } from './random'
export { createRandom, shuffle, pick, randomInt } from './random'
export {
  normalizeText,
  samePerson,
  samePlace,
  sameTime,
  sameQuoteText,
  placeWords,
  personWords
} from './equivalence'
export type { Question } from './question'
export type { BuildQuizOptions, Quiz, SkippedKind } from './build-quiz'
export { buildQuiz, QUESTION_KINDS } from './build-quiz'
export type { TypedResult } from './answer'
export { checkTyped, parseTypedTime } from './answer'
export type {
  Response,
  AnswerRecord,
  QuizSession,
  QuizMistake,
  QuizResult,
  ScorePoint
} from './session'
export {
  startSession,
  answer,
  nextQuestionIndex,
  finish,
  mistakeCardIds,
  scoreHistory
} from './session'

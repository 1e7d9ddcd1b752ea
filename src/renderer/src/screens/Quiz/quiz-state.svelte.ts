import { localDate } from '@core/calendar'
import { buildQuiz, QUESTION_KINDS, type Quiz } from '@core/quiz/build-quiz'
import type { QuestionKind, QuizQuote } from '@core/quiz/quiz-source'
import {
  answer,
  finish,
  nextQuestionIndex,
  scoreHistory,
  startSession,
  type QuizResult,
  type QuizSession,
  type Response,
  type ScorePoint
} from '@core/quiz/session'
import { libraryQuizQuotes, quizResults, saveQuizResult } from '../../lib/db/quiz-repo'
import { gradeAgain } from '../../lib/state/send-to-review'
import { leftOutOf, type LeftOut } from './left-out'

export type QuizPhase = 'setup' | 'question' | 'feedback' | 'results'
export type AnswerMode = 'choice' | 'typed'

export interface QuizSetup {
  articleIds: string[]
  kinds: QuestionKind[]
  length: number
  mode: AnswerMode
}

/** The quiz screen's state: setup, the questions one by one with feedback, the results. */
export class QuizState {
  phase = $state<QuizPhase>('setup')
  quotes = $state<QuizQuote[]>([])
  setup = $state<QuizSetup>({
    articleIds: [],
    kinds: [...QUESTION_KINDS],
    length: 10,
    mode: 'choice'
  })
  quiz = $state<Quiz | null>(null)
  session = $state<QuizSession | null>(null)
  index = $state(0)
  result = $state<QuizResult | null>(null)
  history = $state<ScorePoint[]>([])
  sent = $state<string[]>([])
  message = $state<string | null>(null)
  /** Quotes the quiz chosen in the setup leaves out until their attribution is checked. */
  leftOut: LeftOut = $derived.by(() =>
    leftOutOf(this.quotes, this.setup.articleIds, this.setup.kinds)
  )

  constructor(private readonly clock: () => number = () => Date.now()) {}

  /** Articles that have quotes, for the setup's article list. */
  get articles(): Array<{ id: string; title: string; quotes: number }> {
    const byId: Record<string, { id: string; title: string; quotes: number }> = {}
    for (const q of this.quotes) {
      const entry = (byId[q.articleId] ??= { id: q.articleId, title: q.articleTitle, quotes: 0 })
      entry.quotes++
    }
    return Object.values(byId)
  }

  get question() {
    return this.quiz?.questions[this.index] ?? null
  }

  get currentAnswer() {
    return this.session?.answers[this.index] ?? null
  }

  async load(): Promise<void> {
    const [quotes, results] = await Promise.all([libraryQuizQuotes(), quizResults()])
    this.quotes = quotes
    this.history = scoreHistory(results, localDate)
    if (this.setup.articleIds.length === 0) this.setup.articleIds = this.articles.map((a) => a.id)
  }

  start(seed: number = this.clock()): void {
    const quiz = buildQuiz({
      quotes: $state.snapshot(this.quotes) as QuizQuote[],
      articleIds: [...this.setup.articleIds],
      kinds: [...this.setup.kinds],
      length: this.setup.length,
      seed
    })
    this.message =
      quiz.questions.length === 0
        ? 'These articles have too few quotes for a quiz of these kinds.'
        : null
    if (quiz.questions.length === 0) return
    this.quiz = quiz
    this.session = startSession(quiz, this.clock())
    this.index = 0
    this.sent = []
    this.result = null
    this.phase = 'question'
  }

  respond(response: Response): void {
    if (this.phase !== 'question' || !this.session) return
    this.session = answer(
      $state.snapshot(this.session) as QuizSession,
      this.index,
      response,
      this.clock()
    )
    this.phase = 'feedback'
  }

  async next(): Promise<void> {
    if (this.phase !== 'feedback' || !this.session) return
    const next = nextQuestionIndex(this.session)
    if (next !== null) {
      this.index = next
      this.phase = 'question'
      return
    }
    const result = finish($state.snapshot(this.session) as QuizSession, this.clock())
    await saveQuizResult(result)
    this.result = result
    this.history = scoreHistory(await quizResults(), localDate)
    this.phase = 'results'
  }

  async sendToReview(cardId: string): Promise<void> {
    if (this.sent.includes(cardId)) return
    if (await gradeAgain(cardId, this.clock())) this.sent = [...this.sent, cardId]
  }

  restart(): void {
    this.phase = 'setup'
    this.quiz = null
    this.session = null
  }
}

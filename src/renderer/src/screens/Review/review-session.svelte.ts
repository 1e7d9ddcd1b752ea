import type { Grade, StoredCard, StudySettings } from '@core/model'
import { doneToday, summariseDay, type DaySummary } from '@core/review/day-summary'
import { answerCard } from '@core/review/review-log'
import { bury, suspend } from '@core/review/flags'
import {
  afterAnswer,
  afterUndo,
  buildQueueState,
  candidateQuery,
  nextCard,
  queueCounts,
  queuedCards,
  removeFromQueue,
  type QueueCounts,
  type QueueOptions,
  type QueueState
} from '@core/review/queue'
import {
  createScheduler,
  previewGrades,
  type GradePreview,
  type Scheduler
} from '@core/review/scheduler'
import { nextDayStart, studyDay } from '@core/review/study-day'
import { getArticle, getArticles } from '../../lib/db/articles-repo'
import type { ArticleRecord } from '../../lib/db/records'
import {
  dayAggregate,
  fetchCandidates,
  nextDueAfter,
  recentDays,
  recordAnswer,
  undoRecordedAnswer,
  updateCard
} from '../../lib/db/review-repo'
import { loadStudySettings } from '../../lib/db/settings-repo'
import { loadParameters } from '../../lib/db/optimizer-repo'
import { optimizer } from '../../lib/state/optimizer.svelte'
import { distinctArticleIds } from './logic'

export type ReviewStatus = 'loading' | 'question' | 'answer' | 'waiting' | 'finishing' | 'done'

/**
 * One review session: today's queue held in memory (storage is asked only for candidates at the
 * start), each answer written in one transaction, undo as in Anki.
 *
 * The next card shows as soon as an answer's transaction is under way rather than after it
 * commits, so grading takes one frame. Writes run one after another on `#writes`; whatever reads
 * storage (undo, the day's summary, a new queue) waits for them first.
 */
export class ReviewSession {
  status = $state<ReviewStatus>('loading')
  card = $state<StoredCard | null>(null)
  article = $state<ArticleRecord | null>(null)
  preview = $state<GradePreview | null>(null)
  counts = $state<QueueCounts>({ new: 0, learning: 0, review: 0 })
  answered = $state(0)
  canUndo = $state(false)
  waitUntil = $state<number | null>(null)
  summary = $state<DaySummary | null>(null)
  error = $state<string | null>(null)
  /** Answers whose transaction has not committed yet (milliseconds, in practice). */
  pendingWrites = $state(0)
  #writes: Promise<unknown> = Promise.resolve()
  #queue: QueueState | null = null
  #settings: StudySettings | null = null
  #scheduler: Scheduler | null = null
  #shownAt = 0
  #undo: Array<Promise<number>> = []
  /** Articles of the cards shown so far, read once each (not reactive state). */
  #articles: Record<string, ArticleRecord | null> = {}
  #options: QueueOptions = {}
  #timer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly clock: () => number = () => Date.now()) {}

  get progress(): number {
    const left = this.counts.new + this.counts.learning + this.counts.review
    const total = this.answered + left
    // Empty while loading; full only when the day is really done.
    if (total === 0) return this.status === 'done' ? 1 : 0
    return this.answered / total
  }

  async start(options: QueueOptions = {}): Promise<void> {
    this.status = 'loading'
    this.#options = { ...this.#options, ...options }
    try {
      await this.#writes
      const now = this.clock()
      const settings = (this.#settings = await loadStudySettings())
      this.#scheduler = createScheduler(settings, await loadParameters())
      const done = doneToday(await dayAggregate(studyDay(now, settings.dayStartHour)))
      const dayEnd = nextDayStart(now, settings.dayStartHour)
      const query = candidateQuery(now, settings, done, this.#options)
      const candidates = await fetchCandidates(query, now, dayEnd)
      this.#queue = buildQueueState({
        now,
        settings,
        doneToday: done,
        ...this.#options,
        ...candidates
      })
      const articleIds = distinctArticleIds(queuedCards(this.#queue, now))
      await this.#showNext()
      // Read the rest of the queue's articles now, so no later card waits for storage.
      void this.#prefetchArticles(articleIds)
    } catch (error) {
      this.error = `Today's cards could not be loaded: ${String(error)}`
    }
  }

  reveal(): void {
    if (this.status === 'question') this.status = 'answer'
  }

  async grade(grade: Grade): Promise<void> {
    const { card, preview } = this
    if (this.status !== 'answer' || !card || !preview || !this.#queue || !this.#settings) return
    const duration = this.clock() - this.#shownAt
    const result = answerCard(
      $state.snapshot(card) as StoredCard,
      $state.snapshot(preview) as GradePreview,
      grade,
      this.#settings,
      duration
    )
    this.#undo.push(this.#write(() => recordAnswer(result.card, result.log)))
    optimizer.noteAnswer()
    this.answered++
    this.#queue = afterAnswer(this.#queue, result.card)
    await this.#showNext()
  }

  async undo(): Promise<void> {
    const logId = this.#undo.pop()
    if (logId === undefined || !this.#queue) return
    const restored = await this.#write(async () => undoRecordedAnswer(await logId))
    if (!restored) return
    this.answered = Math.max(0, this.answered - 1)
    this.#queue = afterUndo(this.#queue, restored)
    await this.#showNext()
  }

  async suspend(): Promise<void> {
    await this.#setAside((card) => suspend(card))
  }

  /** Buried until the next study day starts. */
  async bury(): Promise<void> {
    const hour = this.#settings?.dayStartHour
    if (hour === undefined) return
    await this.#setAside((card) => bury(card, this.clock(), hour))
  }

  async edit(front: string, back: string): Promise<void> {
    const card = this.card
    if (!card || !front.trim() || !back.trim()) return
    // Behind any answer still being written, which puts the whole card.
    await this.#write(() =>
      updateCard(card.id, { front: front.trim(), back: back.trim(), edited: true })
    )
    this.card = { ...card, front: front.trim(), back: back.trim(), edited: true }
  }

  /** Queues a write after the ones before it; a failure stops the session with a message. */
  #write<T>(work: () => Promise<T>): Promise<T> {
    this.pendingWrites++
    const run = this.#writes.then(work)
    this.#writes = run.then(
      () => this.pendingWrites--,
      (error: unknown) => {
        this.pendingWrites--
        this.error = `Your last answer could not be saved (${String(error)}). Reload to continue; answers saved before it are kept.`
      }
    )
    return run
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer)
  }

  async #setAside(flag: (card: StoredCard) => StoredCard): Promise<void> {
    const card = this.card
    if (!card || !this.#queue) return
    const { suspended, buriedUntil } = flag(card)
    await this.#write(() => updateCard(card.id, { suspended, buriedUntil }))
    this.#queue = removeFromQueue(this.#queue, card.id)
    await this.#showNext()
  }

  async #showNext(): Promise<void> {
    if (!this.#queue || !this.#scheduler || !this.#settings) return
    if (this.#timer) clearTimeout(this.#timer)
    const now = this.clock()
    const { card, waitUntil } = nextCard(this.#queue, now)
    this.counts = queueCounts(this.#queue)
    this.canUndo = this.#undo.length > 0
    if (card) {
      this.article = await this.#article(card.articleId)
      this.preview = previewGrades(this.#scheduler, card.sched, now)
      this.card = card
      this.#shownAt = now
      this.status = 'question'
      return
    }
    this.card = null
    this.preview = null
    this.waitUntil = waitUntil
    if (waitUntil !== null) {
      this.status = 'waiting'
      this.#timer = setTimeout(() => void this.#showNext(), Math.max(1000, waitUntil - now))
      return
    }
    // The day's summary reads storage: it must include the answers still being written.
    this.status = 'finishing'
    await this.#writes
    const today = studyDay(now, this.#settings.dayStartHour)
    this.summary = summariseDay(await recentDays(400), today, await nextDueAfter(now))
    this.status = 'done'
  }

  async #prefetchArticles(ids: string[]): Promise<void> {
    const missing = ids.filter((id) => !(id in this.#articles))
    for (const article of await getArticles(missing)) this.#articles[article.id] ??= article
  }

  async #article(id: string): Promise<ArticleRecord | null> {
    if (!(id in this.#articles)) this.#articles[id] = (await getArticle(id)) ?? null
    return this.#articles[id] ?? null
  }
}

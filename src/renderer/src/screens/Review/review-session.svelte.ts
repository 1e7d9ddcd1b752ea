import type { Grade, StoredCard } from '@core/model'
import { summariseDay, type DaySummary } from '@core/review/day-summary'
import { bury, suspend } from '@core/review/flags'
import type { QueueCounts, QueueOptions, QueueState } from '@core/review/queue'
import { previewGrades, type GradePreview } from '@core/review/scheduler'
import { studyDay } from '@core/review/study-day'
import type { ArticleRecord } from '../../lib/db/records'
import { nextDueAfter, recentDays } from '../../lib/db/review-repo'
import { optimizer } from '../../lib/state/optimizer.svelte'
import { ArticleCache } from './article-cache'
import type { AnswerSideEffects } from '../../lib/db/review-repo'
import { AnswerWriter, type StoredAnswer } from './answer-writer'
import { DueTimer } from './due-timer'
import type { ReviewStatus } from './logic'
import { ReviewQueue } from './review-queue'
import { afterNextPaint } from '../../lib/after-paint'

/** What showing a card needs, worked out before it is shown. */
interface NextCard {
  card: StoredCard
  /** Undefined when the article has not been read yet. */
  article: ArticleRecord | null | undefined
  preview: GradePreview
  counts: QueueCounts
  now: number
}

/** Runs `work` once the frame showing the latest change has been painted. */
export type AfterPaint = (work: () => void) => void

/**
 * One review session, as the review screen shows it. The work is done by its parts, each
 * testable alone: the queue (`ReviewQueue`), storing answers in order (`AnswerWriter`), the
 * articles of the cards shown (`ArticleCache`) and the wake-up for learning cards (`DueTimer`).
 *
 * A card on screen means the answer before it is stored: the next card is shown only once the
 * answer's transaction has committed, and nothing else is done with the session meanwhile, so a
 * key pressed twice cannot answer twice. The grade path does only what the next card needs
 * before it paints: while the answer commits, the next card, its article and its grade preview
 * are made ready; once it has, they are shown in one update; the Undo button and reading ahead
 * wait until that frame has been painted.
 */
export class ReviewSession {
  status = $state<ReviewStatus>('loading')
  // Raw: replaced whole, never changed in place, and an article holds its whole extraction.
  card = $state.raw<StoredCard | null>(null)
  article = $state.raw<ArticleRecord | null>(null)
  preview = $state.raw<GradePreview | null>(null)
  counts = $state.raw<QueueCounts>({ new: 0, learning: 0, review: 0 })
  answered = $state(0)
  canUndo = $state(false)
  waitUntil = $state<number | null>(null)
  summary = $state<DaySummary | null>(null)
  error = $state<string | null>(null)
  /**
   * True while an undo, a set-aside card or an edit is being stored and the next card made
   * ready; the card stays as it is and takes no key. An answer holds the session too (`#held`)
   * but shows nothing of it: see `grade`.
   */
  saving = $state(false)
  /** Said once, under the next card, when an answer made a card a leech. */
  leech = $state<string | null>(null)
  readonly #queue = new ReviewQueue()
  readonly #articles: ArticleCache
  readonly #timer = new DueTimer()
  readonly #writer: AnswerWriter
  readonly #afterPaint: AfterPaint
  /** This session's stored answers with what their undo puts back, newest last. */
  #undo: Array<{ logId: number; effects: AnswerSideEffects }> = []
  #shownAt = 0
  /**
   * Held while any write is being stored and the next card made ready: a key pressed meanwhile
   * does nothing. Not rune state, so holding changes nothing on screen.
   */
  #held = false

  constructor(
    private readonly clock: () => number = () => Date.now(),
    parts: { writer?: AnswerWriter; articles?: ArticleCache; afterPaint?: AfterPaint } = {}
  ) {
    this.#writer = parts.writer ?? new AnswerWriter()
    this.#articles = parts.articles ?? new ArticleCache()
    this.#afterPaint = parts.afterPaint ?? afterNextPaint
  }

  get progress(): number {
    const left = this.counts.new + this.counts.learning + this.counts.review
    const total = this.answered + left
    // Empty while loading; full only when the day is really done.
    if (total === 0) return this.status === 'done' ? 1 : 0
    return this.answered / total
  }

  async start(options: QueueOptions = {}): Promise<void> {
    this.status = 'loading'
    try {
      const now = this.clock()
      await this.#queue.load(now, options)
      const articleIds = this.#queue.articleIds(now)
      await this.#showNext()
      // Read the rest of the queue's articles once the first card has painted, so no later card
      // waits for storage: a whole queue's article texts, read before, held that frame back.
      this.#afterPaint(() => void this.#articles.prefetch(articleIds))
    } catch (error) {
      this.error = `Today's cards could not be loaded: ${String(error)}`
    }
  }

  reveal(): void {
    if (this.status === 'question' && !this.#held) this.status = 'answer'
  }

  async grade(grade: Grade): Promise<void> {
    const { card, preview } = this
    const loaded = this.#queue.loaded
    if (this.status !== 'answer' || !card || !preview || !loaded || this.#held) return
    const now = this.clock()
    const { settings } = loaded
    const shown = $state.snapshot(card) as StoredCard
    const siblings = settings.burySiblings ? this.#queue.siblingsOf(shown, preview.now) : []
    const answer = this.#writer.schedule(
      shown,
      $state.snapshot(preview) as GradePreview,
      grade,
      settings,
      now - this.#shownAt,
      siblings
    )
    // Held until the next card is on screen, not only until the answer is stored: the next card
    // may wait for its article to be read, and a key pressed meanwhile would otherwise grade the
    // card just answered a second time.
    // Nothing on screen changes until the next card shows, and the grade key's task asks for no
    // frame: Chromium holds back a page's other tasks, the transaction's callbacks among them,
    // until the frame a key's handling left pending has run (DeferRendererTasksAfterInput),
    // which put a whole frame between the key and the commit being seen.
    this.#held = true
    try {
      const storing = this.#writer.store(answer)
      // While it commits: the queue as it will be (without the siblings it buries), and the next
      // card ready to show.
      const queue = this.#queue.peekAnswered(answer.card, answer.bury?.ids ?? [])
      const next = this.#prepare(queue, now)
      let stored: StoredAnswer
      try {
        stored = await storing
      } catch (error) {
        this.error = FAILED.answer(error)
        return
      }
      this.#queue.adopt(queue)
      this.#undo.push({ logId: stored.logId, effects: stored.effects })
      this.leech = stored.leech ? leechMessage(settings.leechSuspend) : null
      this.answered++
      const article = next?.article
      if (next && article !== undefined) this.#show({ ...next, article })
      else await this.#showNext()
    } catch (error) {
      this.error = NOT_SHOWN(error)
      return
    } finally {
      this.#held = false
    }
    this.#afterPaint(() => {
      this.canUndo = this.#undo.length > 0
      // The optimizer re-fits after enough answers, once answering pauses.
      optimizer.noteAnswer()
      // Read ahead: articles of cards a later load (learn more, study ahead) brought in.
      void this.#articles.prefetch(this.#queue.articleIds(this.clock()))
    })
  }

  async undo(): Promise<void> {
    const last = this.#undo.at(-1)
    if (last === undefined) return
    await this.#store('undo', async () => {
      const restored = await this.#writer.undo(last.logId, last.effects)
      this.#undo.pop()
      this.leech = null
      if (!restored) return
      this.answered = Math.max(0, this.answered - 1)
      // Siblings the answer buried are due again: read the queue anew, then show the card first.
      if (last.effects.unbury.length) await this.#queue.load(this.clock())
      this.#queue.undone(restored)
    })
  }

  async suspend(): Promise<void> {
    await this.#setAside((card) => suspend(card))
  }

  /** Buried until the next study day starts. */
  async bury(): Promise<void> {
    const hour = this.#queue.loaded?.settings.dayStartHour
    if (hour === undefined) return
    await this.#setAside((card) => bury(card, this.clock(), hour))
  }

  async edit(front: string, back: string): Promise<void> {
    const card = this.card
    if (!card || !front.trim() || !back.trim()) return
    const changes = { front: front.trim(), back: back.trim(), edited: true }
    await this.#store(
      'edit',
      async () => {
        await this.#writer.update(card.id, changes)
        this.card = { ...card, ...changes }
      },
      false
    )
  }

  stop(): void {
    this.#timer.stop()
  }

  /**
   * The next card of `queue` (undefined: the queue as it is) at `now`, with its article (if
   * read already) and its grade preview.
   */
  #prepare(queue: QueueState | null | undefined, now: number): NextCard | null {
    const loaded = this.#queue.loaded
    const { card } = this.#queue.next(now, queue)
    if (!card || !loaded) return null
    return {
      card,
      article: this.#articles.peek(card.articleId),
      preview: previewGrades(loaded.scheduler, card.sched, now),
      counts: this.#queue.counts(queue),
      now
    }
  }

  /** Shows a prepared card: every field in one synchronous update, so one frame shows it. */
  #show(next: NextCard & { article: ArticleRecord | null }): void {
    this.#timer.stop()
    this.counts = next.counts
    this.article = next.article
    this.preview = next.preview
    this.card = next.card
    this.#shownAt = next.now
    this.status = 'question'
  }

  async #setAside(flag: (card: StoredCard) => StoredCard): Promise<void> {
    const card = this.card
    if (!card) return
    const { suspended, buriedUntil } = flag(card)
    await this.#store('card', async () => {
      await this.#writer.update(card.id, { suspended, buriedUntil })
      this.#queue.remove(card.id)
    })
  }

  /**
   * Runs one write with the session held: nothing else can start until it has committed and the
   * next card is on screen (unless `next` is false). The hold lasts until then because the next
   * card may wait for its article to be read: a key pressed meanwhile would otherwise grade the
   * card just answered a second time. If the write failed, the same card stays with a message
   * saying what was not saved.
   */
  async #store(what: 'undo' | 'card' | 'edit', write: () => Promise<void>, next = true) {
    if (this.#held) return
    this.#held = this.saving = true
    try {
      try {
        await write()
      } catch (error) {
        this.error = FAILED[what](error)
        return
      }
      if (next) await this.#showNext()
    } catch (error) {
      this.error = NOT_SHOWN(error)
    } finally {
      this.#held = this.saving = false
    }
  }

  async #showNext(): Promise<void> {
    const loaded = this.#queue.loaded
    if (!loaded) return
    this.#timer.stop()
    const now = this.clock()
    const { waitUntil } = this.#queue.next(now)
    this.canUndo = this.#undo.length > 0
    const next = this.#prepare(undefined, now)
    if (next) {
      const article =
        next.article !== undefined ? next.article : await this.#articles.get(next.card.articleId)
      this.#show({ ...next, article })
      return
    }
    this.counts = this.#queue.counts()
    this.card = null
    this.preview = null
    this.waitUntil = waitUntil
    if (waitUntil !== null) {
      this.status = 'waiting'
      this.#timer.wakeAt(waitUntil, now, () => void this.#showNext())
      return
    }
    this.status = 'finishing'
    const today = studyDay(now, loaded.settings.dayStartHour)
    this.summary = summariseDay(await recentDays(400), today, await nextDueAfter(now))
    this.status = 'done'
  }
}

const NOT_SHOWN = (e: unknown): string =>
  `The next card could not be shown (${String(e)}). Reload to continue; your answers are saved.`

function leechMessage(suspended: boolean): string {
  return suspended
    ? 'That card is a leech: it has lapsed too often, so it is tagged leech and suspended. Rewrite it in Browse (is:leech) before you study it again.'
    : 'That card is a leech: it has lapsed too often, so it is tagged leech. Browse finds it with is:leech; rewriting it may help.'
}

const FAILED: Record<'answer' | 'undo' | 'card' | 'edit', (error: unknown) => string> = {
  answer: (e) =>
    `Your last answer could not be saved (${String(e)}). Reload to continue; answers saved before it are kept.`,
  undo: (e) => `The answer could not be undone (${String(e)}). Reload to continue.`,
  card: (e) => `The card could not be set aside (${String(e)}). Reload to continue.`,
  edit: (e) => `Your edit could not be saved (${String(e)}). Reload to continue.`
}

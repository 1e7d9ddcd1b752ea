import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PHASE } from '@core/review/phase'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import type { NewsdeckDatabase } from '../../lib/db/database'
import * as repo from '../../lib/db/review-repo'
import { PendingWrites } from '../../lib/state/pending-writes'
import { AnswerWriter } from './answer-writer'
import { ArticleCache } from './article-cache'
import { ReviewSession } from './review-session.svelte'
import { saveArticle } from '../../lib/db/articles-repo'
import { libraryWithCards, makeCard, makeExtraction } from '../../lib/db/test-support'

const NOW = new Date(2025, 6, 20, 9, 0, 0).getTime()

/** recordAnswer held until the test lets it commit (or fail), as a slow disk would hold it. */
function gatedCommits() {
  const gates: Array<{ open: () => void; fail: (e: Error) => void }> = []
  const real = repo.recordAnswer
  vi.spyOn(repo, 'recordAnswer').mockImplementation(
    (card, log, until) =>
      new Promise((resolve, reject) => {
        gates.push({
          open: () => void real(card, log, until).then(resolve, reject),
          fail: reject
        })
      })
  )
  return gates
}

let db: NewsdeckDatabase
let writes: PendingWrites
let session: ReviewSession
/** Work the session left for after the next frame is painted; `paint()` runs it. */
let afterPaint: Array<() => void>

function paint(): void {
  for (const work of afterPaint.splice(0)) work()
}

beforeEach(async () => {
  vi.restoreAllMocks()
  db = await libraryWithCards(5, NOW)
  writes = new PendingWrites()
  afterPaint = []
  session = new ReviewSession(() => NOW, {
    writer: new AnswerWriter(writes),
    afterPaint: (work) => afterPaint.push(work)
  })
  await session.start()
})

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0))
}

describe('ReviewSession: a card on screen means the answer before it is stored', () => {
  it('keeps the answered card up until its answer has committed, then shows the next', async () => {
    const gates = gatedCommits()
    expect(session.card?.id).toBe('c0')
    session.reveal()
    const graded = session.grade(3)
    await settle()
    // Committing: still the same card, not yet counted, and the write is pending app-wide.
    expect(session.card?.id).toBe('c0')
    expect(session.answered).toBe(0)
    expect(writes.count).toBe(1)
    expect(await db.reviewLogs.count()).toBe(0)

    gates[0]!.open()
    await graded
    expect(await db.reviewLogs.count()).toBe(1)
    expect(session.card?.id).toBe('c1')
    expect(session.answered).toBe(1)
    expect(writes.count).toBe(0)
  })

  it('changes nothing on screen while the answer commits, so the grade key asks for no frame', async () => {
    // Chromium holds back the page's IndexedDB callbacks after a key whose handling left a frame
    // pending, until that frame: a grade that changed the screen at once waited a frame to commit.
    const gates = gatedCommits()
    session.reveal()
    const shown = () => ({
      status: session.status,
      card: session.card,
      article: session.article,
      preview: session.preview,
      counts: session.counts,
      answered: session.answered,
      canUndo: session.canUndo,
      saving: session.saving,
      leech: session.leech,
      error: session.error,
      progress: session.progress
    })
    const before = shown()
    const graded = session.grade(3)
    await settle()
    expect(shown()).toStrictEqual(before)
    expect(writes.count).toBe(1)
    gates[0]!.open()
    await graded
    expect(session.card?.id).toBe('c1')
  })

  it('answers once when the grade key is pressed twice while the first is being stored', async () => {
    const gates = gatedCommits()
    session.reveal()
    const first = session.grade(3)
    const second = session.grade(4)
    await settle()
    expect(gates).toHaveLength(1)
    gates[0]!.open()
    await Promise.all([first, second])
    expect(await db.reviewLogs.count()).toBe(1)
    expect(session.status).toBe('question')
  })

  it('takes no key while the next card is being shown, so a card is never answered twice', async () => {
    // Every card's article comes from a slow read, held by the test.
    const held: Array<() => void> = []
    const release = (): void => held.splice(0).forEach((open) => open())
    class SlowArticles extends ArticleCache {
      // Never read ahead, so the next card always waits for its read.
      override peek() {
        return undefined
      }
      override async get(id: string) {
        await new Promise<void>((resolve) => held.push(resolve))
        return super.get(id)
      }
    }
    const slowArticles = new SlowArticles()
    session = new ReviewSession(() => NOW, {
      writer: new AnswerWriter(writes),
      articles: slowArticles,
      afterPaint: (work) => afterPaint.push(work)
    })
    const started = session.start()
    await settle()
    release()
    await started
    session.reveal()
    const graded = session.grade(4)
    await settle()
    // The answer is stored; the next card is not on screen yet. Space (Good) and Easy again.
    expect(await db.reviewLogs.count()).toBe(1)
    const again = [session.grade(3), session.grade(4)]
    session.reveal()
    await settle()
    release()
    await Promise.all([graded, ...again])
    await settle()
    release()
    expect(await db.reviewLogs.count()).toBe(1)
    expect(session.card?.id).toBe('c1')
    expect(session.status).toBe('question')
  })

  it('a failed commit leaves the card on screen and says the answer was not saved', async () => {
    const gates = gatedCommits()
    session.reveal()
    const graded = session.grade(3)
    await settle()
    gates[0]!.fail(new Error('QuotaExceededError'))
    await graded
    expect(session.card?.id).toBe('c0')
    expect(session.answered).toBe(0)
    expect(session.error).toMatch(/^Your last answer could not be saved \(Error: QuotaExceeded/)
  })

  it('a window going away waits for the answer being stored', async () => {
    const gates = gatedCommits()
    session.reveal()
    void session.grade(3)
    await settle()
    let flushed = false
    void writes.flush().then(() => (flushed = true))
    await settle()
    expect(flushed).toBe(false)
    gates[0]!.open()
    await settle()
    expect(flushed).toBe(true)
    expect(await db.reviewLogs.count()).toBe(1)
  })

  it('shows the next card once committed, and only after that frame enables Undo', async () => {
    session.reveal()
    await session.grade(3)
    expect(session.card?.id).toBe('c1')
    expect(session.status).toBe('question')
    expect(session.preview?.before).toEqual(session.card?.sched)
    expect(session.canUndo).toBe(false)
    paint()
    expect(session.canUndo).toBe(true)
  })

  it('undo restores the last stored answer and shows its card again', async () => {
    session.reveal()
    await session.grade(1)
    // Undo works at once, before the Undo button has caught up.
    expect(session.canUndo).toBe(false)
    await session.undo()
    expect(session.card?.id).toBe('c0')
    expect(session.answered).toBe(0)
    expect(await db.reviewLogs.count()).toBe(0)
    expect(session.canUndo).toBe(false)
  })

  it('finishes the day once every card is answered, with the answers in its summary', async () => {
    for (let i = 0; i < 5; i++) {
      session.reveal()
      await session.grade(4)
      paint()
    }
    expect(session.status).toBe('done')
    expect(session.summary).toMatchObject({ answers: 5, newCards: 5 })
    expect(session.progress).toBe(1)
  })
})

describe('ReviewSession: siblings and leeches', () => {
  it('buries the answered card’s siblings until tomorrow, and undo brings them back', async () => {
    await db.cards.bulkUpdate([
      { key: 'c0', changes: { quoteId: 'q1' } },
      { key: 'c1', changes: { quoteId: 'q1', sentenceIndex: 7 } },
      { key: 'c2', changes: { sentenceIndex: 0 } }
    ])
    session = new ReviewSession(() => NOW, {
      writer: new AnswerWriter(writes),
      afterPaint: (work) => afterPaint.push(work)
    })
    await session.start()
    expect(session.counts.new).toBe(5)
    session.reveal()
    await session.grade(3)
    // c1 (same quote) and c2 (same sentence) wait for tomorrow; c3 is next.
    expect(session.card?.id).toBe('c3')
    expect(session.counts.new).toBe(2)
    const buried = await db.cards.bulkGet(['c1', 'c2', 'c3'])
    expect(buried.map((c) => c?.buriedUntil !== null)).toEqual([true, true, false])

    paint()
    await session.undo()
    expect(session.card?.id).toBe('c0')
    expect((await db.cards.bulkGet(['c1', 'c2'])).map((c) => c?.buriedUntil)).toEqual([null, null])
    expect(session.counts.new).toBe(5)
  })

  it('leaves siblings alone when the setting is off', async () => {
    await db.settings.put({
      key: 'study',
      value: { ...DEFAULT_SETTINGS, burySiblings: false }
    })
    await db.cards.update('c1', { sentenceIndex: 0 })
    session = new ReviewSession(() => NOW, {
      writer: new AnswerWriter(writes),
      afterPaint: (work) => afterPaint.push(work)
    })
    await session.start()
    session.reveal()
    await session.grade(3)
    expect(session.card?.id).toBe('c1')
  })

  it('says so when an answer makes a card a leech, and undo takes the tag off', async () => {
    await db.settings.put({
      key: 'study',
      value: { ...DEFAULT_SETTINGS, leechLapses: 2, leechSuspend: true }
    })
    const card = (await db.cards.get('c0'))!
    const sched = {
      ...card.sched,
      phase: PHASE.review,
      due: NOW - 1000,
      stability: 3,
      difficulty: 5,
      reps: 5,
      lapses: 1,
      scheduledDays: 3,
      lastReview: NOW - 3 * 86_400_000
    }
    await db.cards.update('c0', { sched, tags: ['trade'] })
    session = new ReviewSession(() => NOW, {
      writer: new AnswerWriter(writes),
      afterPaint: (work) => afterPaint.push(work)
    })
    await session.start()
    expect(session.card?.id).toBe('c0')
    session.reveal()
    await session.grade(1)
    expect(session.leech).toMatch(/leech.*suspended/)
    expect(await db.cards.get('c0')).toMatchObject({ tags: ['trade', 'leech'], suspended: true })
    // The Library's kept counts see the suspension the answer made.
    expect((await db.articleCounts.get(card.articleId))?.suspended).toBe(1)
    paint()
    await session.undo()
    expect(session.leech).toBeNull()
    expect(await db.cards.get('c0')).toMatchObject({ tags: ['trade'], suspended: false, sched })
    expect((await db.articleCounts.get(card.articleId))?.suspended).toBe(0)
  })
})

describe('ReviewSession: the first card', () => {
  it('is shown before the rest of the queue’s articles are read, which follow its frame', async () => {
    const db = await libraryWithCards(3, NOW)
    const other = [makeCard('a2', 'd0', 'Q from another article')]
    await saveArticle({
      extraction: makeExtraction('a2', 'Another', other),
      cards: other,
      text: 'y',
      source: 'paste',
      fileName: null,
      replaces: null,
      now: NOW - 500
    })
    const many = vi.fn(async () => [])
    const one = vi.fn(async (id: string) => db.articles.get(id))
    const frames: Array<() => void> = []
    const first = new ReviewSession(() => NOW, {
      writer: new AnswerWriter(new PendingWrites()),
      articles: new ArticleCache({ one, many }),
      afterPaint: (work) => frames.push(work)
    })
    await first.start()
    expect(first.card?.id).toBe('c0')
    expect(first.article?.id).toBe('a1')
    expect(many).not.toHaveBeenCalled()

    for (const work of frames.splice(0)) work()
    expect(many).toHaveBeenCalledWith(['a2'])
  })
})

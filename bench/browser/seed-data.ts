/**
 * Fills the app's IndexedDB with a large synthetic library. Runs inside the page (Playwright
 * serialises `seedInPage`), so everything it needs is defined in its body; the record shapes
 * follow ArticleRecord, StoredCard, ReviewLogEntry and DayAggregate.
 */
import type { IdbDatabase, PageGlobals } from './page-globals'

export interface SeedOptions {
  articles: number
  cards: number
  logs: number
  /** Puts per transaction: big batches amortise the commit, small ones keep memory flat. */
  batch: number
  dayStartHour: number
}

/** What the Library must show for one seeded article. */
export interface SeededArticle {
  title: string
  new: number
  /** Learning and relearning, as the Library counts them. */
  learning: number
  review: number
  /** Studied cards due by the end of today's study day. */
  dueToday: number
}

export interface SeedReport {
  dbVersion: number
  cards: { new: number; learning: number; review: number; relearning: number }
  articles: SeededArticle[]
  logs: number
  days: number
  ms: number
}

export async function seedInPage(o: SeedOptions): Promise<SeedReport> {
  const g = globalThis as unknown as PageGlobals
  const started = g.performance.now()
  const MIN = 60_000
  const HOUR = 3_600_000
  const DAY = 86_400_000
  const now = Date.now()

  // Deterministic, so every seeded profile holds the same library.
  let s = 0x9e3779b9
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) | 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pad = (n: number): string => String(n).padStart(2, '0')
  // Same rule as core/review/study-day: the day starts at dayStartHour, local time.
  const studyDay = (t: number): string => {
    const l = new Date(t)
    const d = new Date(l.getFullYear(), l.getMonth(), l.getDate())
    if (l.getHours() < o.dayStartHour) d.setDate(d.getDate() - 1)
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
  }
  const todayStart = ((): number => {
    const l = new Date(now)
    const d = new Date(l.getFullYear(), l.getMonth(), l.getDate(), o.dayStartHour)
    if (l.getHours() < o.dayStartHour) d.setDate(d.getDate() - 1)
    return d.getTime()
  })()

  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    // No version: use whichever schema version the app created.
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error(`open failed: ${String(req.error)}`))
    req.onblocked = () => reject(new Error('open blocked'))
  })
  const write = (store: string, rows: unknown[]): Promise<void> =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' })
      const os = tx.objectStore(store)
      for (const row of rows) os.put(row)
      tx.oncomplete = () => resolve()
      tx.onerror = tx.onabort = () => reject(new Error(`${store}: ${String(tx.error)}`))
    })

  const SENTENCES = 5
  const SPEAKERS = ['Minister Li', 'Governor Wang', 'Mayor Zhang', 'Director Chen', 'Official Liu']
  const articleIds: string[] = []
  const articles: unknown[] = []
  const expected: SeededArticle[] = []
  for (let a = 0; a < o.articles; a++) {
    const id = `bench-article-${a}`
    articleIds.push(id)
    const title = `Bench article ${a}: regional output rises as new plants open`
    expected.push({ title, new: 0, learning: 0, review: 0, dueToday: 0 })
    const sentences = Array.from({ length: SENTENCES }, (_, i) => ({
      index: i,
      paragraph: 0,
      text: `In sentence ${i} of article ${a}, officials said output grew ${10 + i} percent in ${2020 + (a % 5)}.`,
      caption: false
    }))
    const text = sentences.map((x) => x.text).join(' ')
    const importedAt = now - (o.articles - a) * DAY
    articles.push({
      id,
      title,
      published: `2025-${pad(1 + (a % 12))}-${pad(1 + (a % 28))}`,
      source: 'paste',
      fileName: null,
      text,
      importedAt,
      updatedAt: importedAt,
      extraction: {
        article: {
          id,
          title,
          published: null,
          dateline: null,
          byline: null,
          captions: [],
          footer: null,
          paragraphs: [text],
          sentences
        },
        // One quote a sentence, each with its speaker, for the browser's speaker: searches.
        quotes: sentences.map((x) => ({
          id: `${id}-q${x.index}`,
          text: `output in region ${a} grew faster than planned`,
          speaker: `${SPEAKERS[x.index]} ${a % 40}`,
          where: null,
          when: null,
          sentenceIndex: x.index,
          partial: false
        })),
        reported: [],
        terms: [],
        facts: []
      }
    })
  }
  await write('articles', articles)

  const counts = { new: 0, learning: 0, review: 0, relearning: 0 }
  const studied: { id: string; articleId: string }[] = []
  const perArticle = Math.ceil(o.cards / o.articles)
  let rows: unknown[] = []
  for (let i = 0; i < o.cards; i++) {
    const a = Math.floor(i / perArticle)
    const articleId = articleIds[Math.min(a, articleIds.length - 1)]!
    const createdAt = now - (o.articles - a) * DAY + (i % perArticle)
    const r = rnd()
    let sched
    if (r < 0.6) {
      // Review: due spread over the past 30 days and the next 365.
      const due = now + (-30 + rnd() * 395) * DAY
      const interval = 1 + Math.floor(rnd() * 120)
      sched = {
        due,
        stability: interval * 1.1,
        difficulty: 3 + rnd() * 5,
        elapsedDays: interval,
        scheduledDays: interval,
        learningSteps: 0,
        reps: 3 + Math.floor(rnd() * 10),
        lapses: Math.floor(rnd() * 3),
        phase: 2,
        lastReview: Math.min(now, due - interval * DAY)
      }
      counts.review++
    } else if (r < 0.65) {
      // (Re)learning: a few overdue, most due later today or in the next three days, so a
      // session mixes learning steps with reviews and new cards instead of only learning.
      const relearn = rnd() < 0.2
      const due = now - 30 * MIN + rnd() * 72 * HOUR
      sched = {
        due,
        stability: 0.5 + rnd() * 2,
        difficulty: 5 + rnd() * 3,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: rnd() < 0.5 ? 0 : 1,
        reps: relearn ? 6 : 1,
        lapses: relearn ? 1 : 0,
        phase: relearn ? 3 : 1,
        lastReview: due - 10 * MIN
      }
      if (relearn) counts.relearning++
      else counts.learning++
    } else {
      sched = {
        due: createdAt,
        stability: 0,
        difficulty: 0,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 0,
        lapses: 0,
        phase: 0,
        lastReview: null
      }
      counts.new++
    }
    const id = `bench-card-${i}`
    if (sched.phase !== 0) studied.push({ id, articleId })
    const shown = expected[Math.min(a, expected.length - 1)]!
    if (sched.phase === 0) shown.new++
    else if (sched.phase === 2) shown.review++
    else shown.learning++
    if (sched.phase !== 0 && studyDay(sched.due) <= studyDay(now)) shown.dueToday++
    const quote = i % 3 === 0
    rows.push({
      id,
      articleId,
      kind: quote ? 'quote-who' : 'fact-cloze',
      // Unique fronts: the bench detects the next card by the front text changing.
      front: quote
        ? `Who said "output in region ${i} grew faster than planned"?`
        : `Card ${i}: output grew [...] in the region, officials said.`,
      back: quote ? `Official ${i}` : `${10 + (i % 90)} percent`,
      sentenceIndex: i % SENTENCES,
      answerSpan: null,
      quoteId: quote ? `${articleId}-q${i % SENTENCES}` : null,
      sched,
      suspended: false,
      buriedUntil: null,
      edited: false,
      createdAt
    })
    if (rows.length === o.batch) {
      await write('cards', rows)
      rows = []
    }
  }
  if (rows.length) await write('cards', rows)
  rows = []

  // History over the 365 study days before today (none today, so today's limits are whole).
  // r: true-retention tallies as the app keeps them (young/mature at 21 days, passed/failed).
  const days = new Map<
    string,
    { reviews: number; newCards: number; g: number[]; ms: number; r: number[] }
  >()
  for (let j = 0; j < o.logs; j++) {
    const card = studied[Math.floor(rnd() * studied.length)]!
    const reviewedAt = todayStart - 1 - Math.floor(rnd() * 365 * DAY)
    const day = studyDay(reviewedAt)
    const x = rnd()
    const grade = x < 0.1 ? 1 : x < 0.2 ? 2 : x < 0.85 ? 3 : 4
    const phase = j % 7 === 0 ? 0 : 2
    const interval = 1 + Math.floor(rnd() * 60)
    const state = (p: number, days: number, reps: number): unknown => ({
      due: reviewedAt + days * DAY,
      // A studied state is one FSRS (and a backup's checks) accepts: stability of half a day
      // at least, as after a lapse.
      stability: p === 0 ? 0 : Math.max(0.5, days * 1.1),
      difficulty: 5,
      elapsedDays: days,
      scheduledDays: days,
      learningSteps: 0,
      reps,
      lapses: 0,
      phase: p,
      lastReview: p === 0 ? null : reviewedAt - days * DAY
    })
    const durationMs = 2000 + Math.floor(rnd() * 18_000)
    rows.push({
      cardId: card.id,
      articleId: card.articleId,
      grade,
      reviewedAt,
      day,
      before: state(phase, phase ? interval : 0, phase ? 4 : 0),
      after: state(grade === 1 ? 3 : 2, grade === 1 ? 0 : interval * 2, phase ? 5 : 1),
      durationMs
    })
    const agg = days.get(day) ?? {
      reviews: 0,
      newCards: 0,
      g: [0, 0, 0, 0],
      ms: 0,
      r: [0, 0, 0, 0]
    }
    if (phase === 2) {
      agg.reviews++
      agg.r[(interval >= 21 ? 2 : 0) + (grade === 1 ? 1 : 0)]!++
    } else agg.newCards++
    agg.g[grade - 1]!++
    agg.ms += durationMs
    days.set(day, agg)
    if (rows.length === o.batch) {
      await write('reviewLogs', rows)
      rows = []
    }
  }
  if (rows.length) await write('reviewLogs', rows)
  await write(
    'days',
    [...days].map(([day, a]) => ({
      day,
      reviews: a.reviews,
      newCards: a.newCards,
      again: a.g[0],
      hard: a.g[1],
      good: a.g[2],
      easy: a.g[3],
      durationMs: a.ms,
      recall: {
        youngPassed: a.r[0],
        youngFailed: a.r[1],
        maturePassed: a.r[2],
        matureFailed: a.r[3]
      }
    }))
  )
  const dbVersion = db.version
  db.close()
  return {
    dbVersion,
    cards: counts,
    articles: expected,
    logs: o.logs,
    days: days.size,
    ms: g.performance.now() - started
  }
}

/**
 * Moves every card's schedule forward by `deltaMs`, so a cached library seeded hours or days ago
 * has the same mix of overdue, due and future cards as on the day it was seeded. Logs and day
 * totals keep their dates: nothing the benchmark times reads them.
 */
export async function shiftDuesInPage(deltaMs: number): Promise<number> {
  const g = globalThis as unknown as PageGlobals
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error(`open failed: ${String(req.error)}`))
  })
  // Batches of getAll + put: far faster than updating through a cursor, one record a time.
  let shifted = 0
  let after: unknown = null
  for (;;) {
    const batch = await new Promise<{ id: string }[]>((resolve, reject) => {
      const tx = db.transaction('cards', 'readwrite', { durability: 'relaxed' })
      const store = tx.objectStore('cards')
      const range = after === null ? undefined : g.IDBKeyRange.lowerBound(after, true)
      const req = store.getAll(range, 10_000)
      req.onsuccess = () => {
        const cards = req.result as {
          id: string
          sched: { due: number; lastReview: number | null }
        }[]
        for (const card of cards) {
          card.sched.due += deltaMs
          if (card.sched.lastReview !== null) card.sched.lastReview += deltaMs
          store.put(card)
        }
        tx.oncomplete = () => resolve(cards)
      }
      tx.onerror = tx.onabort = () => reject(new Error(`shift: ${String(tx.error)}`))
    })
    if (batch.length === 0) break
    shifted += batch.length
    after = batch[batch.length - 1]!.id
  }
  db.close()
  return shifted
}

// `npm run bench -- sync` runs this under vitest (bench/sync/vitest.config.mts), for the aliases
// and fake-indexeddb the renderer's code needs under Node; it writes its figures as JSON to
// NEWSDECK_SYNC_BENCH_OUT. Two devices and a third library, each its own IndexedDB, against a
// real apache2 started here.
import { writeFileSync } from 'node:fs'
import { it } from 'vitest'
import { answerCard } from '@core/review/review-log'
import { applyGrade, createScheduler, previewGrades } from '@core/review/scheduler'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { buildBackup, encodeBackup, parseBackup } from '@core/export/backup'
import type { ReviewLogEntry } from '@core/model'
import { startWebDav } from '../../../../../scripts/webdav-server.mjs'
import { saveArticle } from '../db/articles-repo'
import { readLibrary, restoreLibrary } from '../db/backup-repo'
import { useDatabase, type NewsdeckDatabase } from '../db/database'
import { recordAnswer } from '../db/review-repo'
import { freshDatabase, makeCard, makeExtraction } from '../db/test-support'
import { syncNow } from './sync-engine'
import { webDavStore } from './webdav-store'

const SCALE = Number(process.env.NEWSDECK_BENCH_SCALE ?? 1)
const ARTICLES = 50
const CARDS = Math.round(5_000 * SCALE)
const ANSWERS = Math.round(100_000 * SCALE)
const NEW_ANSWERS = 200
const DAY = 86_400_000
const NOW = new Date(2026, 0, 12, 9, 0, 0).getTime()
const settings = { ...DEFAULT_SETTINGS }

/**
 * `CARDS` cards over `ARTICLES` articles, and `ANSWERS` answers spread over two years, each
 * carrying the states the app's scheduler gave it, as a learner's answers do.
 */
async function library(): Promise<NewsdeckDatabase> {
  const db = await freshDatabase()
  const perArticle = Math.ceil(CARDS / ARTICLES)
  for (let a = 0; a < ARTICLES; a++) {
    const id = `article-${a}`
    const cards = Array.from({ length: perArticle }, (_, i) => ({
      ...makeCard(id, `c${a}-${i}`, `Q${i}`),
      sentenceIndex: i
    }))
    await saveArticle({
      extraction: makeExtraction(id, `Article ${a}`, cards),
      cards,
      text: 'x',
      source: 'paste',
      fileName: null,
      replaces: null,
      now: NOW - 800 * DAY
    })
  }
  const cards = await db.cards.toArray()
  const start = NOW - 730 * DAY
  const step = Math.floor((729 * DAY) / ANSWERS)
  const scheduler = createScheduler(settings)
  const states = new Map(cards.map((c) => [c.id, c.sched]))
  const logs: ReviewLogEntry[] = Array.from({ length: ANSWERS }, (_, i) => {
    const card = cards[i % cards.length]!
    const reviewedAt = start + i * step
    const grade = ((i % 4) + 1) as 1 | 2 | 3 | 4
    const before = states.get(card.id)!
    const { after } = applyGrade(scheduler, before, grade, reviewedAt)
    states.set(card.id, after)
    return {
      cardId: card.id,
      articleId: card.articleId,
      grade,
      reviewedAt,
      day: new Date(reviewedAt).toISOString().slice(0, 10),
      before,
      after,
      durationMs: 4000
    }
  })
  await db.reviewLogs.bulkAdd(logs)
  await db.cards.bulkPut(cards.map((c) => ({ ...c, sched: states.get(c.id)! })))
  return db
}

/** `NEW_ANSWERS` answers through the app's own path, each to a different card. */
async function study(db: NewsdeckDatabase, at: number): Promise<void> {
  useDatabase(db)
  const cards = await db.cards.limit(NEW_ANSWERS).toArray()
  for (const [i, card] of cards.entries()) {
    const when = at + i * 20_000
    const preview = previewGrades(createScheduler(settings), card.sched, when)
    const { card: after, log } = answerCard(card, preview, 3, settings, 4000)
    await recordAnswer(after, log)
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now()
  const result = await fn()
  return [performance.now() - t0, result]
}

it('measures sync', async () => {
  const server = await startWebDav()
  try {
    const store = () =>
      webDavStore({ url: server.url, user: server.user, password: server.password })
    const laptop = await library()
    const [firstUpload, uploaded] = await timed(() => syncNow(store(), NOW))

    // The floor for a new device: the same library restored from its backup file into an empty
    // one, as the app's restore does it (read and check the file, then write), without the
    // preview it shows in between; and, for comparison, the write alone.
    useDatabase(laptop)
    const tables = await readLibrary()
    const records = Object.values(tables).reduce((n, rows) => n + rows.length, 0)
    const file = await encodeBackup(buildBackup(tables, NOW))
    await freshDatabase()
    const [restore] = await timed(async () => restoreLibrary(await parseBackup(file)))
    await freshDatabase()
    const [restoreWrite] = await timed(() => restoreLibrary(tables))

    const desktop = await freshDatabase()
    const [firstSync, joined] = await timed(() => syncNow(store(), NOW + 60_000))

    await study(laptop, NOW + DAY)
    const [send, sent] = await timed(() => syncNow(store(), NOW + DAY + 3_600_000))
    useDatabase(desktop)
    const [receive, received] = await timed(() => syncNow(store(), NOW + DAY + 3_700_000))

    // The floor for an incremental sync: the requests it cannot do without, raw: list the
    // folders, list each device's chunks, GET the one new chunk.
    const [requests] = await timed(async () => {
      const s = store()
      for (const device of await s.listDevices()) await s.listChunks(device)
      await s.readChunk(sent.device, sent.sent!.seq)
    })
    const out = process.env.NEWSDECK_SYNC_BENCH_OUT
    const figures = {
      cards: CARDS,
      answers: ANSWERS,
      records,
      firstUpload,
      // The chunk the first device's snapshot folds up to (the new device reads it).
      compacted: uploaded.compacted,
      restore,
      restoreWrite,
      backupBytes: file.length,
      firstSync,
      firstBrought: joined.brought,
      send,
      sentChanges: sent.sent?.changes ?? 0,
      receive,
      brought: received.brought,
      requests
    }
    if (out) writeFileSync(out, JSON.stringify(figures))
    else console.log(figures)
  } finally {
    await server.stop()
  }
}, 3_600_000)

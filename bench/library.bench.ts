/**
 * Issue 10's limits: a heavy user's library (100,000 cards, 1,000,000 review logs) is as quick
 * as a new one. Measured in the web build in Debian's headless Chromium, each beside a floor
 * measured in the same run (the same reads or writes with raw IndexedDB and no app), with the
 * machine's load average: cold start to the Library and to the first review card, grading,
 * Statistics, a full backup and a restore (and the window's longest task meanwhile), and the
 * JS heap after a 200-answer session.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from '@playwright/test'
import type { BenchResult } from './bench-result'
import { load, median, ms, percentile, sorted, stepper } from './bench-result'
import {
  batchedReadFloor,
  floorPage,
  LIBRARY_FLOOR,
  LIBRARY_PAINTED,
  openStats,
  paintProbe,
  rawPutFloor,
  REVIEW_FLOOR,
  statsFloor,
  statsForBackup
} from './browser/library-probes'
import { launch, openLibrary, refreshDues, SEED, seededProfile } from './browser/profile'
import { rawTimings } from './browser/probes'
import { gradeFloor, gradeToNextCard, OPEN_RUNS, openToFirstCard } from './browser/review-runs'
import { BENCH_ORIGIN, inWebBuild } from './browser/server'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const FLOOR_URL = `${BENCH_ORIGIN}/__floor`
/** Records per read: what the backup worker reads at a time (BACKUP_PAGE). */
const PAGE = 5000

const step = stepper()
type Globals = { __painted?: number; __floor?: number; __longTasks?: LongTask[] }
type LongTask = { start: number; duration: number }

/** A fresh page at `url`, timed from navigation start to the frame `probe` waits for. */
async function coldStart(context: BrowserContext, url: string, key: '__painted' | '__floor') {
  const page = await context.newPage()
  if (key === '__painted') await page.addInitScript(paintProbe, LIBRARY_PAINTED)
  await page.goto(url)
  await page.waitForFunction((k) => (globalThis as Globals)[k], key, { timeout: 60_000 })
  const t = await page.evaluate((k) => (globalThis as Globals)[k]!, key)
  await page.close()
  return t
}

/** The floor pages answer at FLOOR_URL/<name>, on the app's origin, with no app code. */
async function serveFloors(context: BrowserContext): Promise<void> {
  const pages: Record<string, string> = {
    library: floorPage(LIBRARY_FLOOR),
    review: floorPage(REVIEW_FLOOR)
  }
  await context.route(`${FLOOR_URL}/*`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: pages[route.request().url().split('/').pop()!] ?? ''
    })
  )
}

/** Cold starts of the app and of its floor, interleaved so a busy moment weighs on both. */
async function coldStarts(context: BrowserContext, app: () => Promise<number>, floor: string) {
  const appRuns: number[] = []
  const floorRuns: number[] = []
  for (let i = 0; i < OPEN_RUNS; i++) {
    appRuns.push(await app())
    floorRuns.push(await coldStart(context, `${FLOOR_URL}/${floor}`, '__floor'))
  }
  return { app: appRuns, floor: floorRuns }
}

async function statistics(page: Page): Promise<{ app: number[]; floor: number[] }> {
  const app: number[] = []
  const floor: number[] = []
  for (let i = 0; i < OPEN_RUNS; i++) {
    await page.goto(`${BENCH_ORIGIN}/#/`)
    await page.getByTestId('library-totals').waitFor({ timeout: 60_000 })
    // The first visit loads the screen's code: a user's first visit after start-up finds it
    // already fetched (the app warms every screen 3 s after start), so wait as long.
    await page.waitForTimeout(3500)
    app.push(await page.evaluate(openStats))
    floor.push(await page.evaluate(statsFloor))
  }
  return { app, floor }
}

/** The longest main-thread task between two page times, and how many went over 50 ms. */
async function longTasks(page: Page, from: number, to: number) {
  const tasks = await page.evaluate(() => (globalThis as Globals).__longTasks ?? [])
  const during = tasks.filter((t) => t.start + t.duration >= from && t.start <= to)
  return {
    longest: Math.max(0, ...during.map((t) => t.duration)),
    count: during.filter((t) => t.duration > 50).length
  }
}

const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now())

interface BackupRuns {
  exportMs: number
  exportTasks: { longest: number; count: number }
  checkMs: number
  safetyCopyMs: number
  restoreMs: number
  restoreTasks: { longest: number; count: number }
  bytes: number
}

/** A full backup from the statistics screen, then a restore of it, as a user does both. */
async function backupAndRestore(context: BrowserContext, dir: string): Promise<BackupRuns> {
  const page = await statsForBackup(context)
  const file = join(dir, 'backup.json.gz')
  let from = await pageNow(page)
  let t0 = Date.now()
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 900_000 }),
    page.getByRole('button', { name: 'Full backup (.json.gz)' }).click()
  ])
  const exportMs = Date.now() - t0
  const exportTasks = await longTasks(page, from, await pageNow(page))
  await download.saveAs(file)
  const bytes = statSync(file).size

  from = await pageNow(page)
  t0 = Date.now()
  await page.getByTestId('restore-input').setInputFiles(file)
  const replace = page.getByRole('button', { name: 'Replace library' })
  const notice = page.getByTestId('export-notice')
  await replace.or(notice).waitFor({ timeout: 900_000 })
  if (await notice.count()) throw new Error(`restore: ${await notice.textContent()}`)
  const checkMs = Date.now() - t0
  // Replace first saves a copy of the library (a download in the web build), then restores:
  // timed apart, so the restore is still set against the raw puts of the same records.
  t0 = Date.now()
  await Promise.all([page.waitForEvent('download', { timeout: 900_000 }), replace.click()])
  const safetyCopyMs = Date.now() - t0
  t0 = Date.now()
  await notice.waitFor({ timeout: 900_000 })
  const restoreMs = Date.now() - t0
  const said = (await notice.textContent()) ?? ''
  if (!said.includes('Library restored')) throw new Error(`restore: ${said}`)
  const restoreTasks = await longTasks(page, from, await pageNow(page))
  await page.close()
  return { exportMs, exportTasks, checkMs, safetyCopyMs, restoreMs, restoreTasks, bytes }
}

/** The page's JS heap after a forced garbage collection, in MB. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return usedSize / 1024 / 1024
}

// A library bench that cannot run fails the bench run, as before, rather than reporting a row.
export default (): Promise<BenchResult[]> =>
  inWebBuild(root, measure, (reason) => {
    throw new Error(reason)
  })

async function measure(): Promise<BenchResult[]> {
  const profile = await seededProfile(root)
  const dir = mkdtempSync(join(tmpdir(), 'newsdeck-bench-backup-'))
  let context: BrowserContext | null = null
  try {
    context = await launch(profile.dir)
    const shifted = await refreshDues(context, profile)
    if (shifted) console.log(`bench: ${shifted}`)
    // First open: lets the app finish any start-up work before anything is timed.
    const first = await openLibrary(context)
    await first.page.close()
    await serveFloors(context)
    const ctx = context

    step('cold starts of the Library')
    const loadBefore = load()
    const library = await coldStarts(
      ctx,
      () => coldStart(ctx, `${BENCH_ORIGIN}/`, '__painted'),
      'library'
    )
    step('cold starts at Review')
    const review = await coldStarts(
      ctx,
      async () => (await openToFirstCard(ctx, 1))[0]!.card,
      'review'
    )
    step('Statistics')
    const statsPage = await ctx.newPage()
    const stats = await statistics(statsPage)
    await statsPage.close()

    step('a session of answers')
    const reviewPage = await ctx.newPage()
    const answers = await gradeToNextCard(reviewPage)
    const heap = await heapMb(reviewPage)
    await reviewPage.close()
    const loadAfterAnswers = load()
    // The floor writes to the library (a day no study has): after the app's answers.
    const gradeFloorRuns = sorted((await gradeFloor(ctx)).map((a) => a.painted))
    // Raw timings write to the library: after the app's own runs. A light screen meanwhile.
    const rawPage = await ctx.newPage()
    await rawPage.goto(`${BENCH_ORIGIN}/#/settings`)
    const raw = await rawPage.evaluate(rawTimings, { answers: 200, queries: 1 })

    step('a full backup, then a restore')
    const loadBeforeBackup = load()
    const backup = await backupAndRestore(ctx, dir)
    step('the backup floors')
    const readFloor = await rawPage.evaluate(batchedReadFloor, PAGE)
    const putFloor = await rawPage.evaluate(rawPutFloor)
    await rawPage.close()

    const painted = sorted(answers.map((a) => a.painted))
    const strictP95 = percentile(sorted(raw.strictTx), 95)
    const size = `${SEED.cards.toLocaleString('en-GB')} cards, ${SEED.logs.toLocaleString('en-GB')} logs`
    const runs = (xs: number[]): string => xs.map(ms).join(', ')
    return [
      {
        name: `cold start to the Library painted (median of ${OPEN_RUNS})`,
        value: median(library.app),
        unit: 'ms',
        limit: 300,
        floor: {
          name: 'a page with no app code reading the kept counts and painting them',
          value: median(library.floor)
        },
        detail: `runs ${runs(library.app)}; floor runs ${runs(library.floor)}; ${size}; ${loadBefore} before`
      },
      {
        name: `cold start to the first review card painted (median of ${OPEN_RUNS})`,
        value: median(review.app),
        unit: 'ms',
        limit: 500,
        floor: {
          name: 'a page with no app code reading settings, 200 due cards and an article',
          value: median(review.floor)
        },
        detail: `runs ${runs(review.app)}; floor runs ${runs(review.floor)}`
      },
      {
        name: `grade to next card painted (p95 of ${answers.length})`,
        value: percentile(painted, 95),
        unit: 'ms',
        limit: 16,
        floor: {
          name: 'the same keys on a page with no app code, the answer transaction then a text swap, p95',
          value: percentile(gradeFloorRuns, 95)
        },
        detail: `median ${ms(median(painted))}, max ${ms(painted.at(-1) ?? Number.NaN)}; floor median ${ms(median(gradeFloorRuns))}; the raw strict answer transaction alone p95 ${ms(strictP95)}; ${loadAfterAnswers} after the session`
      },
      {
        name: `Statistics opened to its numbers painted (median of ${OPEN_RUNS})`,
        value: median(stats.app),
        unit: 'ms',
        limit: 100,
        floor: {
          name: 'raw read of the settings, the kept total and 365 day totals',
          value: median(stats.floor)
        },
        detail: `runs ${runs(stats.app)}`
      },
      {
        name: 'full backup export, click to file',
        value: backup.exportMs,
        unit: 'ms',
        limit: 1.3 * readFloor.ms,
        floor: { name: `batched read (${PAGE} a page) of the same records`, value: readFloor.ms },
        detail: `${readFloor.records.toLocaleString('en-GB')} records, ${(backup.bytes / 1024 / 1024).toFixed(1)} MB gzip'd; limit is 1.3× the floor; ${loadBeforeBackup} before`
      },
      {
        name: 'restore, Replace to restored',
        value: backup.restoreMs,
        unit: 'ms',
        limit: 1.3 * putFloor.ms,
        floor: {
          name: 'raw puts of the same records in one strict transaction',
          value: putFloor.ms
        },
        detail: `limit is 1.3× the floor; reading, checking and previewing the file before that took ${ms(backup.checkMs)}, saving the copy of the library first ${ms(backup.safetyCopyMs)}; ${load()} after`
      },
      {
        name: 'longest main-thread task during a backup and a restore',
        value: Math.max(backup.exportTasks.longest, backup.restoreTasks.longest),
        unit: 'ms',
        limit: 50,
        detail: `export: longest ${ms(backup.exportTasks.longest)}, ${backup.exportTasks.count} over 50 ms; check and restore: longest ${ms(backup.restoreTasks.longest)}, ${backup.restoreTasks.count} over 50 ms (Long Tasks API)`
      },
      {
        name: `JS heap after a ${answers.length}-answer session`,
        value: heap,
        unit: 'MB',
        limit: Number.POSITIVE_INFINITY,
        detail: 'after a forced garbage collection (reported, no limit)'
      }
    ]
  } finally {
    await context?.close().catch(() => undefined)
    rmSync(dir, { recursive: true, force: true })
    profile.dispose()
  }
}

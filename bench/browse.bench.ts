/**
 * Issue 11's speed limits for the card browser, in the real web build in Debian's headless
 * Chromium on the seeded 100,000-card library: typing a query to its first rows painted (for
 * speaker:, is:due and prop:r<0.8), the work of each frame while scrolling the whole list, and a
 * bulk action on 10,000 cards. Each is printed beside a floor measured in the same run.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from '@playwright/test'
import type { BenchResult } from './bench-result'
import { load, median, ms, percentile, sorted } from './bench-result'
import {
  bulkFloor,
  clickAndWaitForNotice,
  queryFloor,
  scrollFloor,
  scrollGrid,
  typeQuery
} from './browser/browse-probes'
import { launch, openLibrary, refreshDues, seededProfile } from './browser/profile'
import { BENCH_ORIGIN, inWebBuild } from './browser/server'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const QUERIES = ['speaker:wang', 'is:due', 'prop:r<0.8']
const QUERY_RUNS = 7
const SCROLL_STEPS = 300
const BULK = 10_000

function unavailable(reason: string): BenchResult[] {
  return [
    ...QUERIES.map((q) => ({
      name: `browse: "${q}" typed to first rows painted (median)`,
      value: Number.NaN,
      unit: 'ms',
      limit: 100,
      detail: reason
    })),
    {
      name: 'browse: scroll frame work (p95)',
      value: Number.NaN,
      unit: 'ms',
      limit: 16,
      detail: reason
    },
    {
      name: `browse: suspend ${BULK} cards`,
      value: Number.NaN,
      unit: 'ms',
      limit: 2000,
      detail: reason
    }
  ]
}

export default (): Promise<BenchResult[]> => inWebBuild(root, measure, unavailable)

async function openBrowse(context: BrowserContext): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage()
  const t0 = Date.now()
  await page.goto(`${BENCH_ORIGIN}/#/browse`)
  await page.getByTestId('card-table').waitFor({ timeout: 180_000 })
  return { page, ms: Date.now() - t0 }
}

/** Each query typed `QUERY_RUNS` times, after its negation so the first rows always change. */
async function queries(page: Page): Promise<Map<string, { painted: number[]; count: string }>> {
  const out = new Map<string, { painted: number[]; count: string }>()
  for (const q of QUERIES) {
    const painted: number[] = []
    let count = ''
    for (let i = 0; i < QUERY_RUNS; i++) {
      await page.evaluate(typeQuery, `-(${q})`)
      const run = await page.evaluate(typeQuery, q)
      painted.push(run.painted)
      count = run.count
    }
    out.set(q, { painted, count })
  }
  return out
}

/** Selects the first `count` rows of the list: a click on the first, Shift+click on the last. */
async function selectFirst(page: Page, count: number): Promise<void> {
  const grid = page.getByTestId('card-table')
  await grid.evaluate((el) => (el.scrollTop = 0))
  await page.locator('[data-testid="card-table"] [aria-rowindex="2"]').click()
  await grid.evaluate((el, n) => (el.scrollTop = (n - 5) * 36), count)
  const last = page.locator(`[data-testid="card-table"] [aria-rowindex="${count + 1}"]`)
  await last.click({ modifiers: ['Shift'] })
}

async function measure(): Promise<BenchResult[]> {
  const profile = await seededProfile(root)
  let context: BrowserContext | null = null
  try {
    context = await launch(profile.dir)
    const shifted = await refreshDues(context, profile)
    if (shifted) console.log(`bench: ${shifted}`)
    const library = await openLibrary(context)
    await library.page.close()

    const loadBefore = load()
    const { page, ms: opened } = await openBrowse(context)
    const found = await queries(page)
    const queryFloors: number[] = []
    for (let i = 0; i < QUERY_RUNS; i++) queryFloors.push(await page.evaluate(queryFloor))

    await page.evaluate(typeQuery, '')
    const scroll = await page.evaluate(scrollGrid, SCROLL_STEPS)
    const height = await page.getByTestId('card-table').evaluate((el) => el.scrollHeight)
    const floorFrames = await page.evaluate(scrollFloor, { steps: SCROLL_STEPS, height })

    await page.evaluate(typeQuery, '-is:new')
    await selectFirst(page, BULK)
    const selected = (await page.getByTestId('browse-count').textContent()) ?? ''
    const suspend = await page.evaluate(clickAndWaitForNotice, 'Suspend')
    const undo = await page.evaluate(clickAndWaitForNotice, 'Undo')
    const floor = await page.evaluate(bulkFloor, BULK)
    await page.close()

    const frames = sorted(scroll.frames)
    const floorSorted = sorted(floorFrames)
    const queryFloor_ = median(queryFloors)
    return [
      ...QUERIES.map((q): BenchResult => {
        const run = found.get(q)!
        return {
          name: `browse: "${q}" typed to first rows painted (median of ${run.painted.length})`,
          value: median(run.painted),
          unit: 'ms',
          limit: 100,
          detail: `max ${ms(Math.max(...run.painted))}; found ${run.count}; the screen read the library in ${opened} ms; ${loadBefore}`,
          floor: { name: 'bare filter of 100,000 objects and a frame', value: queryFloor_ }
        }
      }),
      {
        name: `browse: scroll the whole list, work per frame (p95 of ${frames.length})`,
        value: percentile(frames, 95),
        unit: 'ms',
        limit: 16,
        detail: `median ${ms(median(frames))}, max ${ms(frames.at(-1) ?? Number.NaN)}; ${scroll.late} steps drew late; ${scroll.rows.toLocaleString('en')} rows; floor p95 ${ms(percentile(floorSorted, 95))}`,
        floor: { name: 'plain scroll box moving 30 rows (median)', value: median(floorSorted) }
      },
      {
        name: `browse: suspend ${BULK.toLocaleString('en')} cards, click to done`,
        value: suspend.ms,
        unit: 'ms',
        limit: 2000,
        detail: `"${suspend.notice}" (${selected.trim()}); undo took ${ms(undo.ms)}; ${load()}`,
        floor: { name: `raw IndexedDB get+put of ${BULK.toLocaleString('en')} cards`, value: floor }
      }
    ]
  } finally {
    await context?.close().catch(() => undefined)
    profile.dispose()
  }
}

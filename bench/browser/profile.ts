/**
 * A Chromium profile holding the seeded library. Seeding a million logs takes a while, so the
 * profile is built once and cached under node_modules/.cache; each run works on its own copy so
 * answers given in one run never change what the next run sees.
 */
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../../playwright.config'
import { NAME_SHIM } from './page-globals'
import { checkDatabaseInApp } from './recount'
import { seedInPage, shiftDuesInPage, type SeedOptions, type SeedReport } from './seed-data'
import { BENCH_ORIGIN, BENCH_PORT } from './server'

/** Bump when seed-data.ts changes what it writes, so stale caches are not reused. */
// 5: the kept counts (issue 10), the day totals' recall tally (issue 9), tags (issue 11).
const SEED_FORMAT = 5

/**
 * NEWSDECK_BENCH_SCALE (say 0.1) seeds a smaller library of the same shape, for trying a bench
 * out quickly; the issues' limits are set for the full size.
 */
const SCALE = Number(process.env.NEWSDECK_BENCH_SCALE ?? 1)

export const SEED: SeedOptions = {
  articles: 200,
  cards: Math.round(100_000 * SCALE),
  logs: Math.round(1_000_000 * SCALE),
  batch: 10_000,
  dayStartHour: 4
}

export const BUNDLED_TITLE = "Traditional industries bloom anew in China's modernization push"

export async function launch(profileDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    ...chromiumLaunchOptions,
    viewport: { width: 1280, height: 800 }
  })
  await context.addInitScript(NAME_SHIM)
  return context
}

/** Opens the library and waits until the first launch's import of the bundled article is done. */
export async function openLibrary(context: BrowserContext): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage()
  const t0 = Date.now()
  await page.goto(`${BENCH_ORIGIN}/`)
  await page.getByRole('heading', { name: BUNDLED_TITLE, level: 2 }).waitFor({ timeout: 120_000 })
  await page
    .getByText(/Reading the bundled article/)
    .waitFor({ state: 'detached', timeout: 60_000 })
  return { page, ms: Date.now() - t0 }
}

export interface SeededProfile {
  dir: string
  seed: SeedReport
  /** True when this run seeded (and cached) the profile rather than copying the cache. */
  fresh: boolean
  /** How long ago the library was seeded: its due dates are relative to that moment. */
  ageMs: number
  dispose(): void
}

/**
 * The cache key covers the seed format, the port (part of the IndexedDB origin) and the schema
 * file: a schema change re-seeds, so indexes are built as the app builds them, and the timings
 * never include a one-off upgrade of 100k cards.
 */
function cacheDir(root: string): string {
  const schema = readFileSync(join(root, 'src/renderer/src/lib/db/database.ts'))
  const hash = createHash('sha256').update(schema).digest('hex').slice(0, 10)
  return join(
    root,
    'node_modules/.cache/newsdeck-bench',
    `profile-s${SEED_FORMAT}-p${BENCH_PORT}-${hash}${SCALE === 1 ? '' : `-x${SCALE}`}`
  )
}

const MARKER = 'bench-seed.json'

function copyProfile(from: string, to: string): void {
  // Lock files of a closed browser would only confuse the next launch.
  cpSync(from, to, {
    recursive: true,
    filter: (src) => !/Singleton(Lock|Socket|Cookie)$/.test(src)
  })
}

export async function seededProfile(root: string): Promise<SeededProfile> {
  const cache = cacheDir(root)
  const dir = mkdtempSync(join(tmpdir(), 'newsdeck-bench-'))
  const dispose = (): void => rmSync(dir, { recursive: true, force: true })
  try {
    if (existsSync(join(cache, MARKER))) {
      copyProfile(cache, dir)
      return {
        dir,
        seed: JSON.parse(readFileSync(join(cache, MARKER), 'utf8')) as SeedReport,
        fresh: false,
        ageMs: Date.now() - statSync(join(cache, MARKER)).mtimeMs,
        dispose
      }
    }
    const context = await launch(dir)
    let seed: SeedReport
    try {
      const { page } = await openLibrary(context)
      seed = await page.evaluate(seedInPage, SEED)
      // The seeder writes past the kept counts: the app counts what it wrote, once, from a
      // fresh page (the one that seeded holds a million records' garbage).
      await page.close()
      const fresh = await context.newPage()
      await fresh.goto(`${BENCH_ORIGIN}/`)
      await checkDatabaseInApp(fresh)
    } finally {
      await context.close()
    }
    writeFileSync(join(dir, MARKER), JSON.stringify(seed))
    // Copy next to the cache, then rename, so an interrupted run never leaves half a cache.
    const staging = `${cache}.tmp-${process.pid}`
    rmSync(staging, { recursive: true, force: true })
    mkdirSync(join(cache, '..'), { recursive: true })
    copyProfile(dir, staging)
    rmSync(cache, { recursive: true, force: true })
    renameSync(staging, cache)
    return { dir, seed, fresh: true, ageMs: 0, dispose }
  } catch (error) {
    dispose()
    throw error
  }
}

/** Past this age a cached library's learning cards would all be overdue: shift them back. */
const STALE_MS = 12 * 3_600_000

/** Brings a cached library's due dates up to now; returns a note for the report, or null. */
export async function refreshDues(
  context: BrowserContext,
  profile: SeededProfile
): Promise<string | null> {
  if (profile.ageMs < STALE_MS) return null
  const page = await context.newPage()
  await page.goto(`${BENCH_ORIGIN}/`)
  const t0 = Date.now()
  const shifted = await page.evaluate(shiftDuesInPage, profile.ageMs)
  // Due dates moved past the kept counts: the app recounts the days they fall on.
  await checkDatabaseInApp(page)
  await page.close()
  const hours = (profile.ageMs / 3_600_000).toFixed(1)
  return `cache seeded ${hours} h ago: ${shifted} due dates moved forward and recounted in ${Date.now() - t0} ms`
}

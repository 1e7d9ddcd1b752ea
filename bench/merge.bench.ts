/**
 * Issue 9's merge limit: merging a 100,000-card backup (and its 1,000,000 answers) takes at
 * most 1.5× the time of putting those records raw, measured in the same run. The backup is the
 * seeded library's own full backup, made from Statistics; it is merged into another profile's
 * library (the bundled article only), so every one of its records is written, through the app:
 * Restore, the preview, Merge (whose copy of the library as it was is timed apart), the notice.
 * The floor is the raw put of the same records in one strict transaction (library-probes).
 * `npm run bench -- merge`; NEWSDECK_BENCH_SCALE=0.1 tries it on a tenth of the size.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../playwright.config'
import type { BenchResult } from './bench-result'
import { load, ms } from './bench-result'
import { rawPutFloor } from './browser/library-probes'
import { launch, openLibrary, SEED, seededProfile } from './browser/profile'
import { BENCH_ORIGIN, ensureWebBuild, startPreview } from './browser/server'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const LONG = { timeout: 1_800_000 }

const started = Date.now()
const step = (what: string): void =>
  console.log(`bench: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`)

async function statsPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${BENCH_ORIGIN}/#/stats`)
  await page.getByTestId('card-states').waitFor({ timeout: 120_000 })
  return page
}

/** The seeded library's full backup, saved to `file`, as a user makes one. */
async function exportBackup(context: BrowserContext, file: string): Promise<void> {
  const page = await statsPage(context)
  const [download] = await Promise.all([
    page.waitForEvent('download', LONG),
    page.getByRole('button', { name: 'Full backup (.json.gz)' }).click()
  ])
  await download.saveAs(file)
  await page.close()
}

interface MergeRun {
  previewMs: number
  copyMs: number
  mergeMs: number
  said: string
}

/** Restore › the preview › Merge, timed from the click on Merge (after the copy) to the notice. */
async function mergeIn(context: BrowserContext, file: string): Promise<MergeRun> {
  const page = await statsPage(context)
  let t0 = Date.now()
  await page.getByTestId('restore-input').setInputFiles(file)
  const merge = page.getByRole('button', { name: 'Merge' })
  const notice = page.getByTestId('export-notice')
  await merge.or(notice).waitFor(LONG)
  if (await notice.count()) throw new Error(`merge: ${await notice.textContent()}`)
  const previewMs = Date.now() - t0
  t0 = Date.now()
  await Promise.all([page.waitForEvent('download', LONG), merge.click()])
  const copyMs = Date.now() - t0
  t0 = Date.now()
  await notice.waitFor(LONG)
  const mergeMs = Date.now() - t0
  const said = (await notice.textContent()) ?? ''
  await page.close()
  if (!said.startsWith('Backup merged')) throw new Error(`merge: ${said}`)
  return { previewMs, copyMs, mergeMs, said }
}

export default async (): Promise<BenchResult[]> => {
  if (!existsSync(chromiumLaunchOptions.executablePath)) {
    throw new Error(`not measured: ${chromiumLaunchOptions.executablePath} is missing`)
  }
  ensureWebBuild(root)
  const server = await startPreview(root)
  const profile = await seededProfile(root)
  const other = mkdtempSync(join(tmpdir(), 'newsdeck-bench-other-'))
  const file = join(other, '..', `${other.split('/').pop()}-backup.json.gz`)
  try {
    step('the seeded library’s full backup')
    const seeded = await launch(profile.dir)
    await exportBackup(seeded, file)
    step('the floor: raw puts of the same records')
    const floorPage = await statsPage(seeded)
    const floor = await floorPage.evaluate(rawPutFloor)
    await seeded.close()

    step('merging it into another profile’s library')
    const elsewhere = await launch(other)
    await (await openLibrary(elsewhere)).page.close()
    const loadBefore = load()
    const run = await mergeIn(elsewhere, file)
    await elsewhere.close()
    return [
      {
        name: `merge a ${SEED.cards.toLocaleString('en-GB')}-card backup, Merge to merged`,
        value: run.mergeMs,
        unit: 'ms',
        limit: 1.5 * floor.ms,
        floor: { name: 'raw puts of the same records in one strict transaction', value: floor.ms },
        detail: `${floor.records.toLocaleString('en-GB')} records; limit is 1.5× the floor; reading, checking and previewing the file took ${ms(run.previewMs)}, the copy of the library first ${ms(run.copyMs)}; ${loadBefore} before, ${load()} after; said “${run.said.split('. ')[0]}”`
      }
    ]
  } finally {
    profile.dispose()
    rmSync(other, { recursive: true, force: true })
    rmSync(file, { force: true })
    server.stop()
  }
}

/**
 * Issue 14's first-sync limit at the issue's own size: a new device's first sync from a library
 * of 1,000,000 answers (100,000 cards in 200 articles, the seeded bench library) takes at most
 * 2× restoring the same data from a backup. Measured in the web build in Debian's Chromium,
 * each device its own profile, against a real apache2 (mod_dav) on 127.0.0.1 started here:
 *
 * - the floor: the seeded library's full backup (made from Statistics) restored into a new
 *   profile with Replace, as a user does it: the file read and checked until the preview shows,
 *   then the write until the notice (the copy of the library the app saves first is left out,
 *   as a first sync makes none);
 * - the seeded profile's own first sync (uploading it all, then its snapshot), reported;
 * - a new profile's first "Sync now", from the click until Settings says what it brought.
 *
 * sync.bench.ts times the incremental syncs, and the same first sync at 100,000 answers under
 * Node. `npm run bench -- sync`; NEWSDECK_BENCH_SCALE=0.1 tries it on a tenth of the size.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext } from '@playwright/test'
import { chromiumLaunchOptions } from '../playwright.config'
import { startWebDav, webDavUnavailable, type WebDavServer } from '../scripts/webdav-server.mjs'
import type { BenchResult } from './bench-result'
import { load, ms, stepper } from './bench-result'
import { firstLaunch, LONG, restoreFile, seededWithBackup } from './browser/backup-runs'
import type { PageGlobals } from './browser/page-globals'
import { SEED } from './browser/profile'
import { BENCH_ORIGIN } from './browser/server'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const step = stepper()

const NAME = 'first sync of a new device, in Chromium'

/**
 * Settings › Sync filled in and "Sync now" clicked; resolves when the status says what the sync
 * brought (or throws with the alert it showed instead), with the time from the click.
 */
async function syncNow(
  context: BrowserContext,
  server: WebDavServer
): Promise<{ ms: number; said: string }> {
  const page = await context.newPage()
  await page.goto(`${BENCH_ORIGIN}/#/settings`)
  await page.getByLabel('WebDAV folder address').fill(server.url)
  await page.getByLabel('User name').fill(server.user)
  await page.getByLabel('Password').fill(server.password)
  const button = page.getByRole('button', { name: 'Sync now' })
  const status = page.getByTestId('sync-status')
  const alert = page.getByRole('alert')
  await button.waitFor()
  // Settings reads the last sync as it opens: let it, so the new one is told apart.
  await page.waitForFunction(
    () =>
      !(globalThis as unknown as PageGlobals).document
        .querySelector('button[disabled]')
        ?.textContent?.includes('Sync now'),
    undefined,
    { timeout: 60_000 }
  )
  const before = (await status.count()) ? await status.textContent() : null
  const t0 = Date.now()
  await button.click()
  await page.waitForFunction(
    (prior) => {
      const { document } = globalThis as unknown as PageGlobals
      const alerted = document.querySelector('[role="alert"]')
      const said = document.querySelector('[data-testid="sync-status"]')?.textContent ?? null
      return alerted !== null || (said !== null && said !== prior)
    },
    before,
    { ...LONG, polling: 250 }
  )
  const ms = Date.now() - t0
  if (await alert.count()) throw new Error(`sync: ${await alert.first().textContent()}`)
  const said = ((await status.textContent()) ?? '').replace(/\s+/g, ' ').trim()
  await page.close()
  return { ms, said }
}

export default async (): Promise<BenchResult[]> => {
  const unavailable = webDavUnavailable()
  const missing = existsSync(chromiumLaunchOptions.executablePath)
    ? unavailable
    : `${chromiumLaunchOptions.executablePath} is missing`
  if (missing) {
    return [
      {
        name: NAME,
        value: Number.NaN,
        unit: 'ms',
        limit: Number.NaN,
        detail: `not measured: ${missing}`
      }
    ]
  }
  const restored = mkdtempSync(join(tmpdir(), 'newsdeck-bench-restored-'))
  const joining = mkdtempSync(join(tmpdir(), 'newsdeck-bench-joining-'))
  const file = `${restored}-backup.json.gz`
  step('the seeded library’s full backup')
  const { seeded, dispose } = await seededWithBackup(root, file)
  let dav: WebDavServer | null = null
  try {
    dav = await startWebDav()
    step('the floor: that backup restored into a new profile')
    const elsewhere = await firstLaunch(restored)
    const loadBeforeRestore = load()
    const restore = await restoreFile(elsewhere, file, 'Replace library', 'Library restored')
    await elsewhere.close()
    const floor = restore.checkMs + restore.writeMs

    step('the seeded profile’s own first sync')
    const upload = await syncNow(seeded, dav)
    await seeded.close()

    step('a new profile’s first sync')
    const device = await firstLaunch(joining)
    const loadBefore = load()
    const first = await syncNow(device, dav)
    await device.close()
    return [
      {
        name: `${NAME} (${SEED.cards.toLocaleString('en-GB')} cards, ${SEED.logs.toLocaleString('en-GB')} answers)`,
        value: first.ms,
        unit: 'ms',
        limit: 2 * floor,
        floor: { name: 'restoring the same library from its backup file', value: floor },
        detail: `limit is 2× the floor; the restore read and checked the file in ${ms(restore.checkMs)} and wrote it in ${ms(restore.writeMs)} (${loadBeforeRestore} before); the seeded device's own first sync took ${ms(upload.ms)}; ${loadBefore} before, ${load()} after; Settings said “${first.said}”`
      }
    ]
  } finally {
    await seeded.close().catch(() => undefined)
    dispose()
    for (const dir of [restored, joining]) rmSync(dir, { recursive: true, force: true })
    rmSync(file, { force: true })
    await dav?.stop()
  }
}

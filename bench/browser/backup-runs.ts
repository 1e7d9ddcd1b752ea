/**
 * A full backup and a restore driven as a user drives them, from the Statistics screen of the
 * web build: the merge and first-sync benches set their figures against these.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { launch, openLibrary, seededProfile, type SeededProfile } from './profile'
import { BENCH_ORIGIN, ensureWebBuild, startPreview } from './server'

/** Long enough for a million answers on a busy machine. */
export const LONG = { timeout: 1_800_000 }

export async function statsPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${BENCH_ORIGIN}/#/stats`)
  await page.getByTestId('card-states').waitFor({ timeout: 120_000 })
  return page
}

/** The profile's full backup, saved to `file`, as a user makes one. */
export async function exportBackup(context: BrowserContext, file: string): Promise<void> {
  const page = await statsPage(context)
  const [download] = await Promise.all([
    page.waitForEvent('download', LONG),
    page.getByRole('button', { name: 'Full backup (.json.gz)' }).click()
  ])
  await download.saveAs(file)
  await page.close()
}

export interface RestoreRun {
  /** The file chosen until the preview's buttons show: read, checked, compared. */
  checkMs: number
  /** The copy of the library as it was, saved first (a download in the web build). */
  copyMs: number
  /** The click's records written, until the notice says so. */
  writeMs: number
  said: string
}

/**
 * Restore › the preview › `button` (Replace library or Merge), with the copy of the library
 * the app saves first timed apart from the write.
 */
export async function restoreFile(
  context: BrowserContext,
  file: string,
  button: 'Replace library' | 'Merge',
  expected: string
): Promise<RestoreRun> {
  const page = await statsPage(context)
  let t0 = Date.now()
  await page.getByTestId('restore-input').setInputFiles(file)
  const choice = page.getByRole('button', { name: button })
  const notice = page.getByTestId('export-notice')
  await choice.or(notice).waitFor(LONG)
  if (await notice.count()) throw new Error(`${button}: ${await notice.textContent()}`)
  const checkMs = Date.now() - t0
  t0 = Date.now()
  await Promise.all([page.waitForEvent('download', LONG), choice.click()])
  const copyMs = Date.now() - t0
  t0 = Date.now()
  await notice.waitFor(LONG)
  const writeMs = Date.now() - t0
  const said = (await notice.textContent()) ?? ''
  await page.close()
  if (!said.startsWith(expected)) throw new Error(`${button}: ${said}`)
  return { checkMs, copyMs, writeMs, said }
}

/** A new profile at `dir`, opened once: its first launch (the bundled article) is over. */
export async function firstLaunch(dir: string): Promise<BrowserContext> {
  const context = await launch(dir)
  await (await openLibrary(context)).page.close()
  return context
}

/**
 * Where the merge and first-sync benches start: the web build served, and the seeded library
 * (a copy of it) opened with its full backup saved to `file`. `dispose` stops the server and
 * removes the copy; the caller closes `seeded`.
 */
export async function seededWithBackup(
  root: string,
  file: string
): Promise<{ seeded: BrowserContext; dispose(): void }> {
  ensureWebBuild(root)
  const preview = await startPreview(root)
  let profile: SeededProfile
  try {
    profile = await seededProfile(root)
  } catch (error) {
    preview.stop()
    throw error
  }
  const dispose = (): void => {
    profile.dispose()
    preview.stop()
  }
  let seeded: BrowserContext | null = null
  try {
    seeded = await launch(profile.dir)
    await exportBackup(seeded, file)
    return { seeded, dispose }
  } catch (error) {
    await seeded?.close().catch(() => undefined)
    dispose()
    throw error
  }
}

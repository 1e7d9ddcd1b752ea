import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../playwright.config'

export const BUNDLED_TITLE = "Traditional industries bloom anew in China's modernization push"

export function fixture(name: string): string {
  return readFileSync(join(__dirname, 'fixtures', name), 'utf8')
}

/** Opens the app and waits until the first-launch import (if any) has finished. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 2 })).toBeVisible()
  await expect(page.getByText(/Reading the bundled article/)).toHaveCount(0)
}

/** The number of cards the library lists for an article. */
export async function cardCountOf(page: Page, title: string): Promise<number> {
  await expect(page.getByTestId('library-totals')).toBeVisible()
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) })
  const text = await row.getByTestId('card-count').textContent()
  return Number(text?.match(/\d+/)?.[0] ?? NaN)
}

/** The library's totals line, once it shows what is stored now (it hides while re-reading). */
export async function libraryTotals(page: Page): Promise<string> {
  const totals = page.getByTestId('library-totals')
  await expect(totals).toBeVisible()
  return (await totals.textContent()) ?? ''
}

/**
 * Gives `run` a way to open the browser on one profile directory, as often as it likes: the way
 * to test "quit and reopen, nothing lost". The directory is removed afterwards.
 */
export async function withProfile(
  baseURL: string | undefined,
  run: (openBrowser: () => Promise<{ page: Page; close: () => Promise<void> }>) => Promise<void>
): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'newsdeck-profile-'))
  try {
    await run(async () => {
      const context = await chromium.launchPersistentContext(profile, {
        ...chromiumLaunchOptions,
        baseURL
      })
      return { page: await context.newPage(), close: () => context.close() }
    })
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'

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
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) })
  const text = await row.getByTestId('card-count').textContent()
  return Number(text?.match(/\d+/)?.[0] ?? NaN)
}

export async function libraryTotals(page: Page): Promise<string> {
  return (await page.getByTestId('library-totals').textContent()) ?? ''
}

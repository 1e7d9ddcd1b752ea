import { expect, test, type Page } from '@playwright/test'
import { BUNDLED_TITLE, cardCountOf, fixture, libraryTotals, openApp } from './support'

const HARBOUR_TITLE = 'Harbour city approves new tram line after year-long debate'

async function newCardsToday(page: Page): Promise<number> {
  await page.keyboard.press('Control+2')
  // Counts are final once the first card (or the end of the day) is on screen.
  await expect(page.getByTestId('review-card').or(page.getByTestId('done-for-today'))).toBeVisible()
  const counts = page.getByTestId('review-counts')
  return Number((await counts.textContent())?.match(/(\d+) new/)?.[1])
}

test('a card suspended from the reader leaves the review queue until it is unsuspended', async ({
  page
}) => {
  await openApp(page)
  const cards = await cardCountOf(page, BUNDLED_TITLE)
  // Lift the daily new-card limit so every card of the article is in today's queue.
  await page.keyboard.press('Control+,')
  await page.getByLabel('New cards per day').fill('100')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Saved.')).toBeVisible()
  expect(await newCardsToday(page)).toBe(cards)

  await page.keyboard.press('Control+1')
  await page.getByRole('link', { name: BUNDLED_TITLE }).click()
  const first = page.getByTestId('article-card').first()
  await first.getByRole('button', { name: 'Suspend' }).click()
  await expect(first).toContainText('suspended')
  expect(await newCardsToday(page)).toBe(cards - 1)

  await page.keyboard.press('Control+1')
  await page.getByRole('link', { name: BUNDLED_TITLE }).click()
  await page.getByTestId('article-card').first().getByRole('button', { name: 'Unsuspend' }).click()
  await expect(page.getByTestId('article-card').filter({ hasText: 'suspended' })).toHaveCount(0)
  expect(await newCardsToday(page)).toBe(cards)
})

test('deleting an article removes it and its cards, after asking', async ({ page }) => {
  await openApp(page)
  const before = await libraryTotals(page)
  await page.getByRole('button', { name: 'Import article…' }).click()
  await page.getByLabel(/Paste the article/).fill(fixture('harbour-bridge.txt'))
  await page.getByRole('button', { name: 'Generate cards' }).click()
  await page.getByRole('button', { name: /^Add \d+ cards$/ }).click()
  await page.getByRole('button', { name: 'Open the article' }).click()

  await page.getByRole('button', { name: 'Delete article…' }).click()
  await page.getByRole('button', { name: 'Keep it' }).click()
  await expect(page.getByRole('heading', { name: HARBOUR_TITLE, level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'Delete article…' }).click()
  await expect(page.getByRole('alertdialog')).toContainText('review history')
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: HARBOUR_TITLE })).toHaveCount(0)
  expect(await libraryTotals(page)).toBe(before)
})

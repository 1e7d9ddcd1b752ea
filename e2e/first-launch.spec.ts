import { expect, test } from '@playwright/test'
import { BUNDLED_TITLE, cardCountOf, libraryTotals, openApp } from './support'

test('first launch imports the bundled article and shows its cards', async ({ page }) => {
  await openApp(page)
  const cards = await cardCountOf(page, BUNDLED_TITLE)
  expect(cards).toBeGreaterThanOrEqual(12)

  await page.getByRole('link', { name: BUNDLED_TITLE }).click()
  await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: `All cards (${cards})` })).toBeVisible()

  // A quote is highlighted in the text and leads to its cards; a card leads back to it.
  const quote = page.locator('mark.quote', { hasText: 'The real economy should not be neglected' })
  await quote.click()
  await expect(page.getByRole('heading', { name: /Cards from this sentence/ })).toBeVisible()
  await expect(page.getByTestId('article-card').first()).toContainText('Xi Jinping')
  await page.getByRole('button', { name: 'Show all' }).click()
  await page
    .getByTestId('article-card')
    .filter({ hasText: '80 percent' })
    .getByRole('button', { name: 'Show in article' })
    .first()
    .click()
  await expect(page.locator('.sentence.selected')).toContainText('80 percent')
})

test('a reload adds nothing twice', async ({ page }) => {
  await openApp(page)
  const before = await libraryTotals(page)
  await page.reload()
  await openApp(page)
  expect(await libraryTotals(page)).toBe(before)
  await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 2 })).toHaveCount(1)
})

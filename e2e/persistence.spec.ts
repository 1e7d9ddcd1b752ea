import { expect, test } from '@playwright/test'
import { fixture, libraryTotals, openApp, withProfile } from './support'

test('quitting the browser and reopening the same profile keeps everything', async ({
  baseURL
}) => {
  await withProfile(baseURL, async (openBrowser) => {
    const first = await openBrowser()
    const page = first.page
    await openApp(page)
    await page.getByRole('button', { name: 'Import article…' }).click()
    await page.getByLabel(/Paste the article/).fill(fixture('harbour-bridge.txt'))
    await page.getByRole('button', { name: 'Generate cards' }).click()
    await page.getByRole('button', { name: /^Add \d+ cards$/ }).click()
    await expect(page.getByTestId('import-result')).toBeVisible()
    await page.getByRole('link', { name: 'Library' }).first().click()
    const totals = await libraryTotals(page)
    expect(totals).toMatch(/^2 articles/)
    await first.close()

    const second = await openBrowser()
    await openApp(second.page)
    expect(await libraryTotals(second.page)).toBe(totals)
    await second.close()
  })
})

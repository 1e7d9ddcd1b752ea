import { expect, test, type Page } from '@playwright/test'
import { BUNDLED_TITLE, fixture, libraryTotals, openApp } from './support'

const HARBOUR_TITLE = 'Harbour city approves new tram line after year-long debate'

async function goToImport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import article…' }).click()
  await expect(page.getByRole('heading', { name: 'Import an article' })).toBeVisible()
}

async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open a .txt file…' }).click()
  await (await chooser).setFiles(file)
}

test('pasting an article shows its cards for review, then adds the kept ones', async ({ page }) => {
  await openApp(page)
  await goToImport(page)
  await page.getByLabel(/Paste the article/).fill(fixture('harbour-bridge.txt'))
  await page.getByRole('button', { name: 'Generate cards' }).click()

  await expect(page.getByRole('heading', { name: HARBOUR_TITLE })).toBeVisible()
  const drafts = page.getByTestId('card-draft')
  const generated = await drafts.count()
  expect(generated).toBeGreaterThan(4)
  await expect(drafts.filter({ hasText: 'Helena Sorensen' }).first()).toBeVisible()

  // Drop one card and edit another before adding.
  await drafts.nth(0).getByLabel('Keep').uncheck()
  await drafts.nth(1).getByRole('button', { name: 'Edit' }).click()
  await drafts.nth(1).getByLabel('Answer').fill('My own answer')
  await page.getByRole('button', { name: `Add ${generated - 1} cards` }).click()
  await expect(page.getByTestId('import-result')).toContainText(`${generated - 1} new cards added`)

  await page.getByRole('button', { name: 'Open the article' }).click()
  await expect(page.getByRole('heading', { name: `All cards (${generated - 1})` })).toBeVisible()
  await expect(page.getByTestId('article-card').filter({ hasText: 'My own answer' })).toHaveCount(1)
})

test('opening a .txt file adds its cards; importing it again offers an update, no duplicates', async ({
  page
}) => {
  await openApp(page)
  await goToImport(page)
  const file = {
    name: 'harbour.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(fixture('harbour-bridge.txt'))
  }
  await chooseFile(page, file)
  await page.getByRole('button', { name: /^Add \d+ cards$/ }).click()
  await expect(page.getByTestId('import-result')).toBeVisible()
  await page.getByRole('link', { name: 'Library' }).first().click()
  await expect(page.getByRole('heading', { name: HARBOUR_TITLE })).toBeVisible()
  const totals = await libraryTotals(page)
  expect(totals).toMatch(/^2 articles/)

  await goToImport(page)
  await chooseFile(page, file)
  await expect(page.getByTestId('already-in-library')).toContainText('already in your library')
  await page.getByRole('button', { name: /^Update article/ }).click()
  await expect(page.getByTestId('import-result')).toContainText('0 new cards added')
  await page.getByRole('link', { name: 'Library' }).first().click()
  expect(await libraryTotals(page)).toBe(totals)
})

const badFiles = [
  { name: 'empty.txt', buffer: Buffer.alloc(0), message: /empty/i },
  {
    name: 'photo.txt',
    buffer: Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48
    ]),
    message: /binary|not text/i
  },
  {
    name: 'latin1.txt',
    buffer: Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xe9, 0xe8, 0x0a]),
    message: /UTF-8/i
  },
  { name: 'huge.txt', buffer: Buffer.alloc(6 * 1024 * 1024, 'a'), message: /5 MB/ }
]

for (const bad of badFiles) {
  test(`a bad file (${bad.name}) shows a clear message and changes nothing`, async ({ page }) => {
    await openApp(page)
    const before = await libraryTotals(page)
    await goToImport(page)
    await chooseFile(page, { name: bad.name, mimeType: 'text/plain', buffer: bad.buffer })
    await expect(page.getByTestId('import-error')).toContainText(bad.message)
    await page.getByRole('link', { name: 'Library' }).first().click()
    expect(await libraryTotals(page)).toBe(before)
    await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 2 })).toBeVisible()
  })
}

test('pasting text with no sentences says so and adds nothing', async ({ page }) => {
  await openApp(page)
  const before = await libraryTotals(page)
  await goToImport(page)
  await page.getByLabel(/Paste the article/).fill('* * *\n\n— … —')
  await page.getByRole('button', { name: 'Generate cards' }).click()
  await expect(page.getByTestId('import-error')).toContainText('no sentences')
  await page.getByRole('link', { name: 'Library' }).first().click()
  expect(await libraryTotals(page)).toBe(before)
})

test('dropping a .txt file on the window imports it', async ({ page }) => {
  await openApp(page)
  const text = fixture('harbour-bridge.txt')
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer()
    dt.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }))
    return dt
  }, text)
  await page.dispatchEvent('.zone', 'dragenter', { dataTransfer })
  await page.dispatchEvent('.zone', 'drop', { dataTransfer })
  await expect(page.getByRole('heading', { name: HARBOUR_TITLE })).toBeVisible()
  await expect(page.getByTestId('card-draft').first()).toBeVisible()
})

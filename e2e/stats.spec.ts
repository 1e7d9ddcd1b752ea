import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { expect, test, type Download, type Page } from '@playwright/test'
import Papa from 'papaparse'
import { answerCards, libraryTotals, MORNING, openApp, openStats } from './support'

// These tests count today's answers, some across a backup and a restore.
test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: MORNING })
})

async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click()
  ])
  return { file, bytes: readFileSync(await file.path()) }
}

async function restore(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page
    .getByTestId('restore-input')
    .setInputFiles({ name, mimeType: 'application/gzip', buffer })
}

test('answers show in the headline numbers and the cards CSV has every card', async ({ page }) => {
  await openApp(page)
  const cards = Number((await libraryTotals(page)).match(/(\d+) cards?/)?.[1])
  await openStats(page)
  await expect(page.getByTestId('reviews-today')).toHaveText('0 reviews today')
  await answerCards(page, ['3', '1', '4'])
  await openStats(page)
  await expect(page.getByTestId('reviews-today')).toHaveText('3 reviews today')
  await expect(page.getByTestId('streak')).toHaveText('1 day in a row')
  await expect(page.getByTestId('retention')).toContainText('67%')
  await expect(page.getByTestId('card-states')).toContainText(`${cards} cards`)
  await expect(page.getByTestId('answers-chart')).toContainText('3 answers on 1 day of the last 30')
  // Today's bar stacks its grades; a pointer over each part is told the grade and its count.
  await expect(page.getByTestId('answers-chart').locator('svg rect title')).toHaveText([
    / · Again: 1$/,
    / · Good: 1$/,
    / · Easy: 1$/
  ])

  const { file, bytes } = await download(page, 'Cards (CSV)')
  expect(file.suggestedFilename()).toMatch(/^newsdeck-cards-\d{4}-\d{2}-\d{2}\.csv$/)
  await expect(page.getByTestId('export-notice')).toContainText('Saved to your downloads folder')
  const rows = Papa.parse<string[]>(bytes.toString('utf8'), { skipEmptyLines: true }).data
  expect(rows[0]).toEqual([
    'id',
    'article',
    'kind',
    'front',
    'back',
    'state',
    'due',
    'stability',
    'difficulty',
    'reps',
    'lapses',
    'suspended',
    'tags'
  ])
  expect(rows).toHaveLength(cards + 1)
  // The three answered cards left the "new" state.
  expect(rows.slice(1).filter((r) => r[5] !== 'new')).toHaveLength(3)

  const history = await download(page, 'Review history (CSV)')
  expect(history.file.suggestedFilename()).toMatch(
    /^newsdeck-review-history-\d{4}-\d{2}-\d{2}\.csv$/
  )
  expect(history.bytes.toString('utf8').trim().split('\r\n')).toHaveLength(4)
})

test('on a narrow window the year heatmap shows its newest weeks, after a resize too', async ({
  page
}) => {
  await page.setViewportSize({ width: 420, height: 800 })
  await openApp(page)
  await openStats(page)
  const scroller = page.getByTestId('heatmap').locator('.scroll')
  const atEnd = () =>
    scroller.evaluate(
      (el) =>
        el.scrollWidth > el.clientWidth && el.scrollLeft + el.clientWidth >= el.scrollWidth - 1
    )
  await expect.poll(atEnd).toBe(true)
  await page.setViewportSize({ width: 380, height: 800 })
  await expect.poll(atEnd).toBe(true)
})

test('a full backup restores the library as it was', async ({ page }) => {
  await openApp(page)
  await answerCards(page, ['3', '3'])
  await openStats(page)
  await expect(page.getByTestId('reviews-today')).toHaveText('2 reviews today')
  const backup = await download(page, 'Full backup (.json.gz)')
  expect(backup.file.suggestedFilename()).toMatch(/^newsdeck-backup-.*\.json\.gz$/)
  expect([backup.bytes[0], backup.bytes[1]]).toEqual([0x1f, 0x8b])

  await answerCards(page, ['4'])
  await openStats(page)
  await expect(page.getByTestId('reviews-today')).toHaveText('3 reviews today')

  await restore(page, 'backup.json.gz', backup.bytes)
  await expect(page.getByTestId('restore-dialog')).toContainText('Restore this backup?')
  await page.getByRole('button', { name: 'Replace library' }).click()
  await expect(page.getByTestId('export-notice')).toContainText('Library restored')
  await expect(page.getByTestId('reviews-today')).toHaveText('2 reviews today')
})

test('a corrupt backup is refused with a clear message and changes nothing', async ({ page }) => {
  await openApp(page)
  await answerCards(page, ['3'])
  await openStats(page)
  await expect(page.getByTestId('reviews-today')).toHaveText('1 review today')
  const states = await page.getByTestId('card-states').textContent()

  const random = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256))
  await restore(page, 'random.json.gz', random)
  await expect(page.getByRole('alert')).toHaveText(
    'This file is not a Newsdeck backup (it is neither gzip-compressed nor JSON). Your library was not changed.'
  )
  await restore(page, 'other.json.gz', gzipSync(JSON.stringify({ format: 'other' })))
  await expect(page.getByRole('alert')).toHaveText(
    'This file is not a Newsdeck backup. Your library was not changed.'
  )
  const cut = gzipSync(JSON.stringify({ format: 'newsdeck-backup', filler: 'x'.repeat(5000) }))
  await restore(page, 'cut.json.gz', cut.subarray(0, 30))
  await expect(page.getByRole('alert')).toContainText('cut short or damaged')

  await expect(page.getByTestId('restore-dialog')).toBeHidden()
  await expect(page.getByTestId('reviews-today')).toHaveText('1 review today')
  await expect(page.getByTestId('card-states')).toHaveText(states ?? '')
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the statistics screen passes axe's WCAG A/AA checks (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await openApp(page)
    await answerCards(page, ['1', '3'])
    await openStats(page)
    await expect(page.getByTestId('answers-chart')).toContainText('2 answers')
    const backup = await download(page, 'Full backup (.json.gz)')
    await restore(page, 'backup.json.gz', backup.bytes)
    const dialog = page.getByTestId('restore-dialog')
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Merge' })).toBeFocused()
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
    ).toEqual([])
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })
}

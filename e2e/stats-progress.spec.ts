import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import Papa from 'papaparse'
import {
  BUNDLED_TITLE,
  nextScreen,
  openApp,
  screenshotViews,
  screenState,
  startReview
} from './support'

const DAYS = 14
const PER_DAY = 4
const SHOTS = process.env.NEWSDECK_SHOTS

/** Answers the card asked: reveal, then the grade; waits for whatever the screen asks next. */
async function answer(page: Page, grade: '1' | '3'): Promise<void> {
  let asked: string | null = null
  await expect.poll(async () => (asked = await screenState(page))).not.toBeNull()
  expect(asked).not.toBe('done')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('card-back')).toBeVisible()
  await page.keyboard.press(grade)
  await nextScreen(page, asked)
}

async function openStats(page: Page): Promise<void> {
  await page.keyboard.press('Control+4')
  await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible()
  await expect(page.getByTestId('retention-table')).toBeVisible()
  await expect(page.getByTestId('mastery-articles')).toBeVisible({ timeout: 30_000 })
}

/** "83% (5 of 6)" as the tables write it, or "—" with no answers. */
function recall(passed: number, total: number): string {
  return total === 0 ? '—' : `${Math.round((passed / total) * 100)}% (${passed} of ${total})`
}

test('after a fortnight of reviews the heatmap, true retention, mastery and report agree with the history', async ({
  page
}) => {
  // Fourteen study days of answers through the real review screen, on a shared machine.
  test.setTimeout(600_000)
  const start = new Date('2026-03-02T10:00:00')
  await page.clock.install({ time: start })
  await openApp(page)
  for (let day = 0; day < DAYS; day++) {
    if (day > 0) {
      await page.clock.fastForward('24:00:00')
      // The library first, so the review screen builds the new day's queue.
      await page.keyboard.press('Control+1')
    }
    await startReview(page)
    for (let i = 0; i < PER_DAY; i++) await answer(page, i === PER_DAY - 1 ? '1' : '3')
  }

  await openStats(page)
  // The heatmap: every day of the fortnight studied, four answers each.
  await expect(page.getByTestId('streak-current')).toHaveText(`${DAYS} days in a row`)
  await expect(page.getByTestId('streak-longest')).toHaveText(`longest ${DAYS} days`)
  await expect(page.getByTestId('heatmap-days')).toHaveText(`${DAYS} days studied`)
  const cells = await page
    .getByTestId('heatmap')
    .locator('[data-answers]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-answers'))))
  expect(cells).toHaveLength(365)
  expect(cells.filter((n) => n > 0)).toEqual(Array(DAYS).fill(PER_DAY))

  // True retention, from the history the FSRS tools read: answers to cards in review (state 2).
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'History for the FSRS tools (CSV)' }).click()
  ])
  const rows = Papa.parse<Record<string, string>>(readFileSync(await file.path(), 'utf8'), {
    header: true,
    skipEmptyLines: true
  }).data
  expect(rows).toHaveLength(DAYS * PER_DAY)
  const todayStart = start.getTime() + (DAYS - 1) * 86_400_000 - 6 * 3_600_000
  const inReview = rows.filter((r) => r.review_state === '2')
  const passed = (rs: typeof rows) => rs.filter((r) => r.review_rating !== '1').length
  const today = inReview.filter((r) => Number(r.review_time) >= todayStart)
  const table = page.getByTestId('retention-table')
  const cell = (period: string, column: number) =>
    table.locator(`tr[data-period="${period}"] td`).nth(column)
  expect(inReview.length).toBeGreaterThan(0)
  await expect(cell('month', 2)).toHaveText(recall(passed(inReview), inReview.length))
  await expect(cell('month', 0)).toHaveText(recall(passed(inReview), inReview.length))
  await expect(cell('month', 1)).toHaveText('—') // nothing reaches a 21-day interval in a fortnight
  await expect(cell('today', 2)).toHaveText(recall(passed(today), today.length))

  // Mastery: the same share of the bundled article's cards on Statistics, the Library and the Reader.
  const statsBar = page.getByTestId('mastery-articles').getByRole('img', { name: BUNDLED_TITLE })
  const label = (await statsBar.getAttribute('aria-label')) ?? ''
  const [, share, mastered, cards] = label.match(/(\d+)% mastered, (\d+) of (\d+) cards/) ?? []
  expect(Number(mastered)).toBeGreaterThan(0)
  expect(Math.round((Number(mastered) / Number(cards)) * 100)).toBe(Number(share))
  if (SHOTS) await screenshotViews(page, SHOTS, 'stats')

  const report = page.getByRole('button', { name: 'Progress report…' })
  await report.click()
  const dialog = page.getByRole('dialog', { name: 'Newsdeck progress report' })
  await expect(dialog.getByTestId('report-streak')).toHaveText(
    `Streak: ${DAYS} days (longest ${DAYS} days)`
  )
  await expect(
    dialog.getByTestId('report-articles').getByRole('row', { name: BUNDLED_TITLE })
  ).toContainText(`${share}% (${mastered} of ${cards})`)
  await expect(
    dialog.getByTestId('report-retention').locator('tr', { hasText: 'Last 30 days' })
  ).toContainText(recall(passed(inReview), inReview.length))
  // Printing: the print stylesheet leaves out everything but the report.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: /main/i })).toBeHidden()
  await expect(dialog.getByRole('button', { name: 'Print…' })).toBeHidden()
  await expect(dialog.getByTestId('report-hardest')).toBeVisible()
  const pdf = await page.pdf()
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  await page.emulateMedia({ media: 'screen' })
  // The report is a layer over the window: what shows is the viewport, scrolled as it is.
  if (SHOTS) await screenshotViews(page, SHOTS, 'report', false)
  await dialog.getByRole('button', { name: 'Close' }).click()

  await page.keyboard.press('Control+1')
  const row = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: BUNDLED_TITLE }) })
  await expect(row.getByTestId('article-mastery')).toHaveAttribute('data-share', share!)
  await row.getByRole('link', { name: BUNDLED_TITLE }).click()
  await expect(page.getByTestId('reader-mastery')).toHaveAttribute('data-share', share!)
})

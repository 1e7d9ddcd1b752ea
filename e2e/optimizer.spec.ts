import { expect, test, type Page } from '@playwright/test'
import { SYNTHETIC_TRUTH, syntheticHistory } from '../src/core/optimizer/synthetic'
import { nextScreen, openApp, startReview } from './support'

/**
 * A revlog CSV in the FSRS tools' format, made from known parameters. 12,000 answers make a
 * fit that takes a few seconds in WebAssembly: long enough to type while it runs.
 */
function revlogCsv(reviews: number): Buffer {
  const rows = syntheticHistory({ params: [...SYNTHETIC_TRUTH], reviews, seed: 5 }).map(
    (r) => `${r.cardKey.replace('synthetic-', '')},${r.at},${r.grade},${r.fromNew ? 0 : 2},1000`
  )
  return Buffer.from(
    ['card_id,review_time,review_rating,review_state,review_duration', ...rows].join('\n')
  )
}

async function importHistory(page: Page, reviews: number): Promise<void> {
  await page.getByLabel('Import a review history (.csv)').setInputFiles({
    name: 'revlog.csv',
    mimeType: 'text/csv',
    buffer: revlogCsv(reviews)
  })
}

test('fits to an imported Anki history in a worker while the page keeps answering', async ({
  page
}) => {
  await openApp(page)
  await page.goto('/#/settings')
  await expect(page.getByTestId('model-status')).toContainText('default parameters')
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true)

  await importHistory(page, 12_000)
  const progress = page.getByTestId('fit-progress')
  await expect(progress).toBeVisible()

  // Typing while the fit runs: every key shows at once, and the fit is still running after.
  const field = page.getByLabel('Retention to simulate (0.70–0.97)')
  await field.fill('')
  const lags: number[] = []
  for (const key of '0.93') {
    const t0 = Date.now()
    await field.press(key)
    await expect(field).toHaveValue(new RegExp(`${key.replace('.', '\\.')}$`), { timeout: 1000 })
    lags.push(Date.now() - t0)
  }
  await expect(field).toHaveValue('0.93')
  await expect(progress).toBeVisible()
  expect(Math.max(...lags)).toBeLessThan(1000)
  // The bar moves: fsrs-rs's progress is read from the worker's shared memory.
  await expect
    .poll(() => progress.evaluate((p: HTMLProgressElement) => p.value), { timeout: 30_000 })
    .toBeGreaterThan(0.1)

  await expect(progress).toHaveCount(0, { timeout: 120_000 })
  await expect(page.getByTestId('optimizer-status')).toContainText('predicted your latest')
  await expect(page.getByTestId('model-status')).toContainText('fitted to your reviews')
  await expect(page.getByTestId('model-metrics')).toContainText('Defaults')
  await expect(page.getByTestId('imported-count')).toContainText('12,000 imported reviews')
})

test('reschedules every card after a preview, in one go, and undoes it', async ({ page }) => {
  await openApp(page)
  await startReview(page)
  // Easy graduates a new card to review at once, scheduled with the default parameters. Each
  // Space waits for the next card's question: one pressed while an answer is stored is ignored.
  let shown = await nextScreen(page, null)
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Space')
    await expect(page.getByTestId('card-back')).toBeVisible()
    await page.keyboard.press('4')
    shown = await nextScreen(page, shown)
  }
  await page.goto('/#/settings')
  await importHistory(page, 3000)
  await expect(page.getByTestId('model-status')).toContainText('fitted to your reviews', {
    timeout: 120_000
  })

  await page.getByRole('button', { name: 'Preview the new due dates' }).click()
  const preview = page.getByTestId('reschedule-preview')
  await expect(preview).toContainText('3 cards would move')
  await page.getByRole('button', { name: 'Reschedule 3 cards' }).click()
  await expect(page.getByTestId('optimizer-status')).toContainText('Rescheduled 3 cards')
  // Applied: a fresh preview finds nothing left to move.
  await page.getByRole('button', { name: 'Preview the new due dates' }).click()
  await expect(preview).toContainText('No due date would change')

  await page.getByRole('button', { name: 'Undo the last rescheduling' }).click()
  await expect(page.getByTestId('optimizer-status')).toContainText('Put 3 cards back')
  await page.getByRole('button', { name: 'Preview the new due dates' }).click()
  await expect(preview).toContainText('3 cards would move')
})

test('simulates a year at two retentions, and says what the higher one costs', async ({ page }) => {
  await openApp(page)
  await page.goto('/#/settings')
  await page.getByLabel('Retention to simulate (0.70–0.97)').fill('0.99')
  await page.getByRole('button', { name: 'Simulate a year' }).click()
  await expect(page.getByRole('alert')).toContainText('between 0.70 and 0.97')
  await page.getByLabel('Retention to simulate (0.70–0.97)').fill('0.95')
  await page.getByRole('button', { name: 'Simulate a year' }).click()
  const summary = page.getByTestId('simulation-summary')
  await expect(summary).toContainText('At 0.90:')
  await expect(summary).toContainText('At 0.95:')
  await expect(page.getByTestId('simulation-reviews')).toBeVisible()
  await expect(page.getByTestId('simulation-remembered')).toBeVisible()
})

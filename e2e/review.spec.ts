import { expect, test, type Page } from '@playwright/test'
import {
  BUNDLED_TITLE,
  counts,
  MORNING,
  nextScreen,
  openApp,
  screenState,
  startReview,
  withoutSiblingBurying,
  withProfile
} from './support'

/** Reveals and grades the current card with the keyboard only. */
async function answerWithKeys(page: Page, grade: '1' | '2' | '3' | '4'): Promise<void> {
  const front = await screenState(page)
  await page.keyboard.press('Space')
  await expect(page.getByTestId('card-back')).toBeVisible()
  await page.keyboard.press(grade)
  await nextScreen(page, front)
}

test('a whole session on the bundled article with the keyboard alone', async ({ page }) => {
  await openApp(page)
  // Every new card of the day is answered, none buried as a sibling.
  await withoutSiblingBurying(page)
  await startReview(page)
  const start = await counts(page)
  expect(start.new).toBeGreaterThanOrEqual(12)
  await expect(page.getByTestId('review-card')).toContainText(BUNDLED_TITLE)

  // Again on the first card sends it back to learning; Easy graduates the rest.
  await answerWithKeys(page, '1')
  expect((await counts(page)).learning).toBe(1)
  for (let i = 0; i < 60 && (await page.getByTestId('done-for-today').count()) === 0; i++) {
    await answerWithKeys(page, '4')
  }
  const done = page.getByTestId('done-for-today')
  await expect(done).toBeVisible()
  await expect(done).toContainText(`${start.new} new`)
  await expect(page.getByTestId('streak')).toContainText('1 day')
  await expect(page.getByTestId('next-due')).toContainText(/next card is due/)
})

test('the interval on each button is what the card gets', async ({ page }) => {
  await openApp(page)
  await startReview(page)
  await page.keyboard.press('Space')
  const easy = await page.getByTestId('grade-4').getByTestId('interval').textContent()
  expect(easy).toMatch(/^\d+d$/)
  await page.keyboard.press('4')
  await page.keyboard.press('Control+1')
  await page.getByRole('link', { name: BUNDLED_TITLE }).click()
  await expect(
    page.getByTestId('article-card').filter({ hasText: `Next review in ${easy}` })
  ).toHaveCount(1)
})

test('undo restores the card and the counts', async ({ page }) => {
  // A card answered Good is due again in 10 minutes: counted as learning today only when
  // the next day does not start before then, so the clock is set to mid-morning.
  await page.clock.install({ time: MORNING })
  await openApp(page)
  await withoutSiblingBurying(page)
  await startReview(page)
  const before = await counts(page)
  const front = await page.getByTestId('card-front').textContent()
  await answerWithKeys(page, '3')
  expect(await counts(page)).toEqual({ ...before, new: before.new - 1, learning: 1 })
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('card-front')).toHaveText(front ?? '')
  await expect(page.getByTestId('card-back')).toHaveCount(0)
  expect(await counts(page)).toEqual(before)
  await page.getByRole('button', { name: /^Undo/ }).isDisabled()
})

test('closing the browser mid-session keeps every answer given', async ({ baseURL }) => {
  await withProfile(baseURL, async (openBrowser) => {
    const first = await openBrowser()
    await openApp(first.page)
    await withoutSiblingBurying(first.page)
    await startReview(first.page)
    const start = await counts(first.page)
    // Closed the moment the third answer's next card is on screen: a card shown means the
    // answer before it is stored.
    for (let i = 0; i < 3; i++) await answerWithKeys(first.page, '4')
    await first.close()

    const second = await openBrowser()
    const again = second.page
    await openApp(again)
    await startReview(again)
    expect((await counts(again)).new).toBe(start.new - 3)
    await again.keyboard.press('Control+1')
    await expect(again.getByText('3 in review')).toBeVisible()
    await second.close()
  })
})

test('the next day brings back the cards FSRS scheduled', async ({ page }) => {
  await page.clock.install({ time: MORNING })
  await openApp(page)
  await startReview(page)
  await page.keyboard.press('Space')
  const good = await page.getByTestId('grade-3').getByTestId('interval').textContent()
  expect(good).toBe('10m')
  await page.keyboard.press('3')
  // The next card's question shows once the answer is stored.
  await expect(page.getByTestId('card-back')).toBeHidden()
  // Ten minutes later it is due again; Good graduates it to review, and the button says when.
  await page.clock.fastForward('11:00')
  await page.reload()
  await startReview(page)
  expect((await counts(page)).learning).toBe(1)
  await page.keyboard.press('Space')
  const graduation = await page.getByTestId('grade-3').getByTestId('interval').textContent()
  const days = Number(graduation?.match(/^(\d+)d$/)?.[1])
  expect(days).toBeGreaterThanOrEqual(1)
  await page.keyboard.press('3')
  for (let i = 0; i < 60 && (await page.getByTestId('done-for-today').count()) === 0; i++) {
    await answerWithKeys(page, '4')
  }
  await expect(page.getByTestId('done-for-today')).toBeVisible()
  expect(await counts(page)).toEqual({ new: 0, learning: 0, review: 0 })

  // The day before it is due, nothing is; on the day (after the 4 am start), it is back.
  const dayStart = (offset: number): Date => new Date(2025, 6, 20 + offset, 4, 30)
  if (days > 1) {
    await page.clock.setSystemTime(dayStart(days - 1))
    await page.reload()
    await startReview(page)
    expect((await counts(page)).review).toBe(0)
  }
  await page.clock.setSystemTime(dayStart(days))
  await page.reload()
  await startReview(page)
  expect((await counts(page)).review).toBeGreaterThan(0)
})

test('the answer side leads back to its sentence in the article', async ({ page }) => {
  await openApp(page)
  await startReview(page)
  await page.keyboard.press('Space')
  const context = (await page.locator('blockquote.context').textContent())?.trim() ?? ''
  await page.getByRole('link', { name: 'Read it in the article' }).click()
  await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 1 })).toBeVisible()
  await expect(page.locator('.sentence.selected')).toHaveText(context)
})

test('a card can be edited in place, buried and suspended from the review screen', async ({
  page
}) => {
  await openApp(page)
  await startReview(page)
  const start = await counts(page)

  await page.keyboard.press('e')
  await page.getByLabel('Question').fill('Who said the real economy must not be neglected?')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByTestId('card-front')).toHaveText(
    'Who said the real economy must not be neglected?'
  )

  // The edited card, asked again once its edit is stored.
  const edited = await nextScreen(page, null)
  await page.keyboard.press('-')
  await nextScreen(page, edited)
  expect((await counts(page)).new).toBe(start.new - 1)
  await page.getByRole('button', { name: /^Suspend/ }).click()
  await expect.poll(async () => (await counts(page)).new).toBe(start.new - 2)

  // The edit is stored: the reader shows the card with its new text.
  await page.keyboard.press('Control+1')
  await page.getByRole('link', { name: BUNDLED_TITLE }).click()
  await expect(
    page.getByTestId('article-card').filter({ hasText: 'must not be neglected?' })
  ).toHaveCount(1)
  await expect(page.getByTestId('article-card').filter({ hasText: 'suspended' })).toHaveCount(1)
})

import { expect, test, type Page } from '@playwright/test'
import {
  BUNDLED_TITLE,
  counts,
  forEachView,
  MORNING,
  nextScreen,
  openApp,
  screenState,
  startReview,
  withoutSiblingBurying
} from './support'

const front = (page: Page): Promise<string | null> => page.getByTestId('card-front').textContent()

forEachView(() => {
  test('Space and Enter show the answer, then grade Good', async ({ page }) => {
    // A card answered Good is due again in 10 minutes: counted as learning today only when
    // the next day does not start before then, so the clock is set to mid-morning.
    await page.clock.install({ time: MORNING })
    await openApp(page)
    // Counted card by card: no sibling leaves the queue with an answer.
    await withoutSiblingBurying(page)
    await startReview(page)
    const start = await counts(page)
    for (const [i, key] of ['Space', 'Enter'].entries()) {
      const before = await screenState(page)
      await page.keyboard.press(key)
      await expect(page.getByTestId('card-back')).toBeVisible()
      await expect(page.getByTestId('grade-3')).toContainText('10m')
      await page.keyboard.press(key)
      // Good on a new card: it moves to learning, due again in 10 minutes.
      await nextScreen(page, before)
      await expect(page.getByTestId('card-back')).toHaveCount(0)
      expect(await counts(page)).toEqual({ ...start, new: start.new - i - 1, learning: i + 1 })
    }
  })

  test('E opens the editor with the focus in its first field; Esc leaves it from anywhere in it', async ({
    page
  }) => {
    await openApp(page)
    await startReview(page)
    const question = await front(page)
    await page.keyboard.press('e')
    const field = page.getByLabel('Question')
    await expect(field).toBeFocused()
    // The key that opened it typed nothing; the next keys go into the field.
    await expect(field).toHaveValue(question ?? '')
    await page.keyboard.type(' Really?')
    await expect(field).toHaveValue(`${question} Really?`)
    await expect(page.getByTestId('help-dialog')).not.toBeVisible()

    const inside = [
      page.getByLabel('Question'),
      page.getByLabel('Answer'),
      page.getByRole('button', { name: 'Save' }),
      page.getByRole('button', { name: 'Cancel' })
    ]
    for (const element of inside) {
      if (!(await page.getByLabel('Question').isVisible())) await page.keyboard.press('E')
      await element.focus()
      await page.keyboard.press('Escape')
      await expect(page.getByLabel('Question')).toHaveCount(0)
      // Nothing saved, and the keys work on the card again.
      await expect(page.getByTestId('card-front')).toHaveText(question ?? '')
      await expect(page.getByRole('heading', { name: 'Review', level: 1 })).toBeFocused()
    }
    await page.keyboard.press('Space')
    await expect(page.getByTestId('card-back')).toBeVisible()
  })

  test("the grade buttons are in view on every card, and a cloze's sentence shows once", async ({
    page
  }) => {
    await openApp(page)
    // Every card of the day, siblings too.
    await withoutSiblingBurying(page)
    await startReview(page)
    let facts = 0
    for (let i = 0; i < 60 && (await page.getByTestId('done-for-today').count()) === 0; i++) {
      const before = await screenState(page)
      await page.keyboard.press('Space')
      await expect(page.getByTestId('card-back')).toBeVisible()
      for (const grade of [1, 2, 3, 4])
        await expect(page.getByTestId(`grade-${grade}`)).toBeInViewport({ ratio: 1 })
      const card = page.getByTestId('review-card')
      if ((await card.locator('.kind').textContent()) === 'Fact') {
        facts++
        // The front, now with its answer, is the sentence; it is not repeated below.
        const answered = (await page.getByTestId('card-front').textContent())?.trim() ?? ''
        const text = (await card.textContent()) ?? ''
        expect(text.split(answered).length - 1, answered).toBe(1)
        await expect(card.locator('blockquote')).toHaveCount(0)
        await expect(card.getByRole('link', { name: 'Read it in the article' })).toBeVisible()
      }
      await page.keyboard.press('4')
      await nextScreen(page, before)
    }
    expect(facts).toBeGreaterThan(0)
  })

  test('buttons that bring a card back after the same interval say so, and schedule it', async ({
    page
  }) => {
    await page.clock.install({ time: MORNING })
    await openApp(page)
    await startReview(page)
    const card = await front(page)
    await page.keyboard.press('Space')
    await page.keyboard.press('1')
    await expect(page.getByTestId('same-interval')).toHaveCount(0)
    // A minute later the card is back: Good takes it to its last learning step.
    await page.clock.fastForward('02:00')
    await page.reload()
    await startReview(page)
    expect(await front(page)).toBe(card)
    await page.keyboard.press('Space')
    await expect(page.getByTestId('same-interval')).toHaveCount(0)
    await page.keyboard.press('3')
    await page.clock.fastForward('11:00')
    await page.reload()
    await startReview(page)
    expect(await front(page)).toBe(card)
    await page.keyboard.press('Space')
    // Good and Easy both graduate it to one day: the buttons say so rather than look wrong.
    await expect(page.getByTestId('grade-3').getByTestId('interval')).toHaveText('1d')
    await expect(page.getByTestId('grade-4').getByTestId('interval')).toHaveText('1d')
    await expect(page.getByTestId('same-interval')).toHaveText(
      'Good and Easy both bring the card back in 1d.'
    )
    await expect(page.getByTestId('same-interval')).toBeInViewport()
    await page.keyboard.press('4')
    await page.keyboard.press('Control+1')
    await page.getByRole('link', { name: BUNDLED_TITLE }).click()
    await expect(
      page.getByTestId('article-card').filter({ hasText: 'Next review in 1d' })
    ).toHaveCount(1)
  })
})

import { expect, test, type Page } from '@playwright/test'
import { openApp } from './support'

async function openQuiz(page: Page): Promise<void> {
  await page.keyboard.press('Control+3')
  await expect(page.getByRole('heading', { name: /^Quiz/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible()
}

/** Answers every question with the keyboard (option 1, then Enter); returns the prompts. */
async function answerAllWithKeys(page: Page): Promise<string[]> {
  const prompts: string[] = []
  for (let i = 0; i < 50; i++) {
    const prompt = page.locator('#question-prompt')
    await expect(prompt.or(page.getByTestId('quiz-results'))).toBeVisible()
    if (await page.getByTestId('quiz-results').isVisible()) break
    const text = (await prompt.textContent()) ?? ''
    prompts.push(text)
    await page.keyboard.press('1')
    await expect(page.getByTestId('quiz-feedback')).toBeVisible()
    await page.keyboard.press('Enter')
    // Wait for this question to give way to the next one or to the results.
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.querySelector('[data-testid="quiz-results"]')
            ? 'results'
            : document.querySelector('#question-prompt')?.textContent
        )
      )
      .not.toBe(text)
  }
  return prompts
}

test('a whole quiz on the bundled article with the keyboard', async ({ page }) => {
  await openApp(page)
  await openQuiz(page)
  await page.getByRole('button', { name: 'Start quiz' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('quiz-question')).toBeVisible()
  const total = Number(
    (await page.getByText(/^Question 1 of \d+$/).textContent())?.match(/of (\d+)/)?.[1]
  )
  expect(total).toBeGreaterThanOrEqual(3)

  const prompts = await answerAllWithKeys(page)
  expect(prompts).toHaveLength(total)
  // One speaker in this article: the quiz asks where and when, never who.
  expect(prompts.some((p) => p.startsWith('Who'))).toBe(false)
  expect(prompts.some((p) => p.startsWith('Where') || p.startsWith('When'))).toBe(true)
  const results = page.getByTestId('quiz-results')
  await expect(results).toContainText(new RegExp(`Score: \\d+ of ${total}`))
  await expect(results).toContainText('Time taken')
})

test('a wrong typed answer can be sent to review, and the history survives a reload', async ({
  page
}) => {
  await openApp(page)
  await openQuiz(page)
  await page.getByLabel('Type the answer').check()
  // "Which of these" stays multiple choice even in typed mode; ask only typed kinds here.
  await page.getByLabel('Which of these did this person say there?').uncheck()
  await page.getByLabel('Length').fill('1')
  await page.getByRole('button', { name: 'Start quiz' }).click()
  await page.getByLabel('Your answer').fill('Atlantis, in the year 3000')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('quiz-feedback')).toContainText('Not quite')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('quiz-results')).toContainText('Score: 0 of 1')

  await page.getByTestId('quiz-mistake').getByRole('button', { name: 'Send to review' }).click()
  await expect(page.getByText("Sent to today's review.")).toBeVisible()
  await page.keyboard.press('Control+2')
  await expect(page.getByTestId('review-counts')).toContainText('1 learning')

  await page.reload()
  await openQuiz(page)
  await expect(page.getByTestId('quiz-history')).toContainText('1 quiz taken; last score 0%')
  await expect(page.getByRole('img', { name: /Quiz scores over time/ })).toBeVisible()
})

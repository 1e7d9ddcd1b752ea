import { expect, test, type Page } from '@playwright/test'
import {
  bundledSource,
  fixture,
  forEachView,
  openApp,
  openBundledArticle,
  sourceBlocks
} from './support'

/** Every body paragraph the reader shows equals the source's, in order, spaces included. */
async function expectSourceParagraphs(page: Page, source: string): Promise<void> {
  const paragraphs = page.getByTestId('article-body').locator('p')
  // allTextContents does not wait: under load the reader may not have painted the body yet.
  await expect(paragraphs.first()).toBeVisible()
  const shown = await paragraphs.allTextContents()
  const blocks = sourceBlocks(source)
  const first = blocks.indexOf(shown[0] ?? '')
  expect(first, `first paragraph "${shown[0]}" is in the source`).toBeGreaterThan(0)
  expect(shown).toEqual(blocks.slice(first, first + shown.length))
}

forEachView(({ width }) => {
  test('the reader shows the source paragraphs as written, with the space between sentences', async ({
    page
  }) => {
    await openBundledArticle(page)
    await expectSourceParagraphs(page, bundledSource())
    // The paragraph the issue quoted: two sentences, one space between them.
    await expect(page.getByTestId('article-body')).toContainText(
      'medium-sized firms. It has obtained dozens of patents'
    )
    await expect(page.getByTestId('article-body')).not.toContainText('firms.It')
    const caption = (await page.getByTestId('caption-text').textContent()) ?? ''
    expect(sourceBlocks(bundledSource())).toContain(caption)
  })

  test("a sentence's cards open in view, beside it or in a sheet over the article", async ({
    page
  }) => {
    await openBundledArticle(page)
    // The last highlighted sentence: on a narrow window its cards used to be 6,000 px below.
    const sentence = page.locator('[data-testid="article-body"] .sentence.linked').last()
    const text = (await sentence.textContent()) ?? ''
    await sentence.click()
    const cards =
      width < 1000
        ? page.getByTestId('cards-sheet')
        : page.getByRole('complementary', { name: /Cards from this sentence/ })
    await expect(cards).toBeVisible()
    await expect(cards.getByTestId('article-card').first()).toBeInViewport()
    await expect(cards.getByTestId('article-card').first()).toContainText(/\w/)
    // The sentence stays readable: in view, and above the sheet on a narrow window.
    await expect(sentence).toBeInViewport()
    if (width < 1000) {
      await expect
        .poll(async () => {
          const s = await sentence.boundingBox()
          const sheet = await cards.boundingBox()
          return !!s && !!sheet && s.y >= 0 && s.y + Math.min(s.height, 60) <= sheet.y
        })
        .toBe(true)
      await expect(cards.getByRole('heading', { name: /Cards from this sentence/ })).toBeFocused()
    }

    // Esc closes it, and the focus returns to the sentence.
    await page.keyboard.press('Escape')
    await expect(page.getByRole('heading', { name: /All cards/ })).toBeVisible()
    await expect(page.getByTestId('cards-sheet')).toHaveCount(0)
    await expect(page.locator('.sentence.selected')).toHaveCount(0)
    await expect(page.locator(':focus')).toHaveText(text)

    // The sheet's close button does the same.
    if (width < 1000) {
      await sentence.click()
      await page.getByRole('button', { name: 'Close the cards' }).click()
      await expect(page.getByTestId('cards-sheet')).toHaveCount(0)
    }
  })
})

test('an imported article reads as its source too', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Import article…' }).click()
  await page.getByLabel(/Paste the article/).fill(fixture('harbour-bridge.txt'))
  await page.getByRole('button', { name: 'Generate cards' }).click()
  await page.getByRole('button', { name: /^Add \d+ cards$/ }).click()
  await page.getByRole('button', { name: 'Open the article' }).click()
  await expectSourceParagraphs(page, fixture('harbour-bridge.txt'))
  await expect(page.getByTestId('article-body')).toContainText(
    'told reporters at the town hall after the vote. "It will change'
  )
})

import { expect, test } from '@playwright/test'
import { BUNDLED_TITLE, forEachView, openApp, seriousViolations } from './support'

forEachView(({ width, scheme }) => {
  test('every screen and dialog passes axe, and is photographed for review', async ({ page }) => {
    // Twenty screens, each photographed and scanned by axe: over a minute on a busy two-core
    // machine, now that Settings also holds the memory model's panels.
    test.setTimeout(200_000)
    await openApp(page)
    // Each step opens a screen (or a dialog on one) as a user would, from where the last left off.
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['library', async () => {}],
      ['reader', () => page.getByRole('link', { name: BUNDLED_TITLE }).click()],
      [
        'reader-cards',
        () => page.getByTestId('article-body').locator('mark.quote').first().click()
      ],
      ['delete-question', () => page.getByRole('button', { name: 'Delete article…' }).click()],
      ['help', () => page.keyboard.press('Escape').then(() => page.keyboard.press('?'))],
      [
        'about',
        () =>
          page.getByTestId('help-dialog').getByRole('button', { name: 'About Newsdeck' }).click()
      ],
      [
        'review-question',
        async () => {
          await page.keyboard.press('Escape')
          await page.keyboard.press('Control+2')
          await page.getByTestId('review-card').waitFor()
        }
      ],
      ['review-answer', () => page.keyboard.press('Space')],
      ['review-editor', () => page.keyboard.press('e')],
      [
        'quiz',
        async () => {
          await page.keyboard.press('Escape')
          await page.keyboard.press('Control+3')
          await page.getByRole('button', { name: 'Start quiz' }).waitFor()
        }
      ],
      [
        'quiz-question',
        async () => {
          await page.getByRole('button', { name: 'Start quiz' }).click()
          await page.keyboard.press('1')
        }
      ],
      [
        'stats',
        async () => {
          await page.keyboard.press('Control+4')
          await page.getByTestId('states-chart').waitFor()
        }
      ],
      [
        'browse',
        async () => {
          await page.keyboard.press('Control+5')
          await page.getByTestId('card-table').waitFor()
        }
      ],
      [
        'browse-card',
        () => page.getByTestId('card-table').locator('[role="row"][data-card]').first().click()
      ],
      ['browse-tag', () => page.getByRole('button', { name: 'Tag…', exact: true }).click()],
      [
        'browse-error',
        async () => {
          await page.keyboard.press('Escape')
          await page.getByTestId('browse-query').fill('is:due or')
        }
      ],
      ['settings', () => page.keyboard.press('Control+,')],
      [
        'settings-leave',
        async () => {
          await page.getByLabel('New cards per day').fill('12')
          await page.keyboard.press('Control+1')
        }
      ],
      [
        'import',
        async () => {
          await page.getByRole('button', { name: 'Discard changes' }).click()
          await page.getByRole('button', { name: 'Import article…' }).click()
        }
      ],
      ['import-empty', () => page.getByRole('button', { name: 'Generate cards' }).click()]
    ]
    for (const [name, open] of steps) {
      await open()
      // Let transitions and the charts' first drawing finish.
      await page.waitForTimeout(350)
      await page.screenshot({ path: `test-results/screens/${name}-${width}-${scheme}.png` })
      expect(await seriousViolations(page), name).toEqual([])
      // Nothing is wider than the window: at 420 px a page that scrolls sideways hides its edge.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      )
      expect(overflow, `${name} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0)
    }
  })
})

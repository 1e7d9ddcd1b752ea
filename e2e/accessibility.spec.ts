import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { BUNDLED_TITLE, openApp } from './support'

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe's WCAG A/AA checks (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await openApp(page)
    const screens: Array<[string, () => Promise<void>]> = [
      ['library', async () => {}],
      [
        'reader',
        async () => {
          await page.getByRole('link', { name: BUNDLED_TITLE }).click()
          await page.locator('mark.quote').first().click()
        }
      ],
      [
        'review (answer side)',
        async () => {
          await page.goto('/#/review')
          await page.getByTestId('review-card').waitFor()
          await page.keyboard.press('Space')
        }
      ],
      [
        'quiz',
        async () => {
          await page.goto('/#/quiz')
          await page.getByRole('button', { name: 'Start quiz' }).click()
          await page.keyboard.press('1')
        }
      ],
      ['settings', async () => page.goto('/#/settings').then(() => undefined)],
      ['import', async () => page.goto('/#/import').then(() => undefined)]
    ]
    for (const [name, open] of screens) {
      await open()
      await page.waitForTimeout(300)
      expect(await seriousViolations(page), name).toEqual([])
    }
  })
}

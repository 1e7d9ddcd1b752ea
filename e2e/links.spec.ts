import { expect, test } from '@playwright/test'
import { openApp } from './support'

/**
 * Web addresses in an article are links that leave the app: a new tab in the web build, the
 * user's browser on the desktop (main checks the scheme and the click; window.test.ts).
 */

test('a web address in an article is a link that opens outside the app', async ({
  page,
  context
}) => {
  // No network here: answer the link's page locally.
  await context.route('https://www.example.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Example</title>' })
  )
  await openApp(page)
  await page.getByRole('button', { name: 'Import article…' }).click()
  await page
    .getByLabel(/Paste the article/)
    .fill(
      [
        'Harbour council publishes the tram plan',
        '',
        'The council published the plan on its website on Tuesday.',
        'The full plan is at https://www.example.org/tram-plan.html for anyone to read.',
        '"We want everyone to see it," said Mayor Helena Sorensen.'
      ].join('\n')
    )
  await page.getByRole('button', { name: 'Generate cards' }).click()
  await page.getByRole('button', { name: /^Add \d+ cards?$/ }).click()
  await page.getByRole('button', { name: 'Open the article' }).click()

  const link = page.getByRole('link', { name: 'https://www.example.org/tram-plan.html' })
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  const popup = page.waitForEvent('popup')
  await link.click()
  expect((await popup).url()).toBe('https://www.example.org/tram-plan.html')
  // The app itself stays where it was.
  await expect(
    page.getByRole('heading', { name: 'Harbour council publishes the tram plan' })
  ).toBeVisible()
})

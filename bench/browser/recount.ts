/**
 * Help › Check database, as a user runs it: the seeders write cards straight into IndexedDB,
 * past the app's kept counts, so the library they make is counted this way before it is read.
 */
import type { Page } from '@playwright/test'

/** Runs the check on `page` (the app, on any screen) and returns what its notice said. */
export async function checkDatabaseInApp(page: Page, timeout = 600_000): Promise<string> {
  await page.getByRole('button', { name: 'Help and keys' }).click({ timeout })
  await page.getByRole('button', { name: 'Check database' }).click({ timeout })
  const notice = page.getByTestId('app-notice').filter({ hasText: /^Checked|The check failed/ })
  await notice.waitFor({ timeout })
  const text = (await notice.locator('p').first().textContent()) ?? ''
  if (!text.startsWith('Checked')) throw new Error(text)
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  return text
}

import { expect, test } from '@playwright/test'
import { openApp } from './support'

/** The notice for errors nothing else handled, as the web build shows it (the desktop too). */

test('an unhandled error shows a short notice whose details can be copied', async ({
  page,
  context
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)
  await page.evaluate(() => {
    void Promise.reject(new Error('The quiz could not start'))
  })
  const notice = page.getByTestId('app-notice')
  await expect(notice).toContainText('Something went wrong: Error: The quiz could not start.')
  await notice.getByRole('button', { name: 'Copy details' }).click()
  await expect(notice).toContainText('Copied.')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toMatch(/^Newsdeck \S+, renderer process, unhandled promise rejection, \d{4}-/)
  expect(copied).toContain('Error: The quiz could not start')

  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
})

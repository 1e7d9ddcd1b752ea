import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { chromiumLaunchOptions } from '../playwright.config'
import { fixture, libraryTotals, openApp } from './support'

test('quitting the browser and reopening the same profile keeps everything', async ({
  baseURL
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'newsdeck-profile-'))
  try {
    const first = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions,
      baseURL
    })
    const page = await first.newPage()
    await openApp(page)
    await page.getByRole('button', { name: 'Import article…' }).click()
    await page.getByLabel(/Paste the article/).fill(fixture('harbour-bridge.txt'))
    await page.getByRole('button', { name: 'Generate cards' }).click()
    await page.getByRole('button', { name: /^Add \d+ cards$/ }).click()
    await expect(page.getByTestId('import-result')).toBeVisible()
    await page.getByRole('link', { name: 'Library' }).first().click()
    const totals = await libraryTotals(page)
    expect(totals).toMatch(/^2 articles/)
    await first.close()

    const second = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions,
      baseURL
    })
    const again = await second.newPage()
    await openApp(again)
    expect(await libraryTotals(again)).toBe(totals)
    await second.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})

import { expect, test } from '@playwright/test'
import { BUNDLED_TITLE, forEachView, libraryTotals, openApp } from './support'

forEachView(() => {
  test('leaving Settings with unsaved changes asks whether to keep or discard them', async ({
    page
  }) => {
    await openApp(page)
    await page.keyboard.press('Control+,')
    const field = page.getByLabel('New cards per day')
    await expect(field).toHaveValue('20')
    // Unchanged, Settings lets go without a question.
    await page.keyboard.press('Control+1')
    await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible()

    await page.keyboard.press('Control+,')
    await field.fill('25')
    const ask = page.getByRole('dialog', { name: 'Save your changes?' })
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Review' })
      .click()
    await expect(ask).toBeVisible()
    await ask.getByRole('button', { name: 'Keep editing' }).click()
    await expect(ask).not.toBeVisible()
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await expect(field).toHaveValue('25')

    // The back button asks too, and the address stays on Settings.
    await page.goBack()
    await expect(ask).toBeVisible()
    expect(new URL(page.url()).hash).toBe('#/settings')
    await ask.getByRole('button', { name: 'Discard changes' }).click()
    await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible()
    await page.keyboard.press('Control+,')
    await expect(field).toHaveValue('20')

    await field.fill('30')
    await page.keyboard.press('Control+2')
    await ask.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible()
    await expect(page.getByTestId('review-counts')).toContainText('30 new')
    await page.keyboard.press('Control+,')
    await expect(field).toHaveValue('30')

    // A change that cannot be saved keeps the user on Settings, saying what to fix.
    await field.fill('lots')
    await page.keyboard.press('Control+1')
    await ask.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await expect(page.getByText('Nothing was saved: fix the fields marked above.')).toBeVisible()
  })

  test('an empty paste says "Paste an article first"', async ({ page }) => {
    await openApp(page)
    const before = await libraryTotals(page)
    await page.getByRole('button', { name: 'Import article…' }).click()
    const box = page.getByLabel(/Paste the article/)
    for (const empty of ['', '  \n\n \t ']) {
      await box.fill(empty)
      await page.getByRole('button', { name: 'Generate cards' }).click()
      await expect(page.getByRole('alert')).toHaveText('Paste an article first.')
      await expect(box).toBeFocused()
      await expect(page.getByText(/file is empty|only whitespace/)).toHaveCount(0)
    }
    // Typing clears the message.
    await box.pressSequentially('A')
    await expect(page.getByText('Paste an article first.')).toHaveCount(0)
    await page.keyboard.press('Control+1')
    expect(await libraryTotals(page)).toBe(before)
  })

  test('while the bundled article is read on first launch, the library says only that', async ({
    page
  }) => {
    // Records every text the library shows while the app starts, from the first paint on.
    await page.addInitScript(() => {
      const seen = new Set<string>()
      ;(window as unknown as { seenWhileStarting: Set<string> }).seenWhileStarting = seen
      new MutationObserver(() => {
        const main = document.querySelector('main')
        if (main) seen.add(main.innerText)
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
    await openApp(page)
    const seen = await page.evaluate(() => [
      ...(window as unknown as { seenWhileStarting: Set<string> }).seenWhileStarting
    ])
    const starting = seen.filter((text) => text.includes('Reading the bundled article'))
    expect(starting.length).toBeGreaterThan(0)
    for (const text of seen) {
      expect(text).not.toContain('No articles yet')
      expect(text).not.toContain('0 articles')
    }
    for (const text of starting) expect(text).not.toContain(BUNDLED_TITLE)
  })
})

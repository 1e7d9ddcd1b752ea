import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { BUNDLED_TITLE, forEachView, openApp, openBundledArticle, startReview } from './support'

/** Each screen, how to reach it, its help title and the keys its help must list. */
const SCREENS: Array<{ path: string; title: string; keys: string[] }> = [
  { path: '/#/library', title: 'Library', keys: [] },
  { path: '/#/import', title: 'Import', keys: [] },
  {
    path: '/#/review',
    title: 'Review',
    keys: ['Space', 'Enter', '1', '2', '3', '4', 'Ctrl Z', 'E', 'Esc', '-', '!']
  },
  { path: '/#/quiz', title: 'Quiz', keys: ['1', '2', '3', '4', 'Enter'] },
  { path: '/#/stats', title: 'Statistics', keys: [] },
  {
    path: '/#/browse',
    title: 'Browse',
    keys: [
      '↑',
      '↓',
      'Page Up',
      'Page Down',
      'Home',
      'End',
      'Shift ↑',
      'Shift ↓',
      'Shift click',
      'Ctrl ↑',
      'Ctrl ↓',
      'Space',
      'Ctrl click',
      'Ctrl A',
      'Enter',
      'Delete',
      'Ctrl Z'
    ]
  },
  { path: '/#/settings', title: 'Settings', keys: ['Enter'] }
]
const EVERYWHERE = [
  'Ctrl 1',
  'Ctrl 2',
  'Ctrl 3',
  'Ctrl 4',
  'Ctrl 5',
  'Ctrl ,',
  'Ctrl O',
  '?',
  'Esc'
]

async function keysListed(dialog: Locator, table: string): Promise<string[]> {
  return dialog.getByRole('table', { name: table }).locator('kbd').allTextContents()
}

async function expectHelp(page: Page, title: string, keys: string[]): Promise<void> {
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: `Help: ${title}` })
  await expect(help).toBeVisible()
  if (keys.length) expect(await keysListed(help, 'Keys on this screen')).toEqual(keys)
  expect(await keysListed(help, 'Keys everywhere')).toEqual(EVERYWHERE)
  await page.keyboard.press('?')
  await expect(help).not.toBeVisible()
}

forEachView(() => {
  test('the navigation stays in view at the end of a long page, every link whole', async ({
    page
  }) => {
    await openBundledArticle(page)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const name of ['Library', 'Review', 'Quiz', 'Statistics', 'Browse', 'Settings'])
      await expect(nav.getByRole('link', { name })).toBeInViewport({ ratio: 1 })
    for (const name of ['Help and keys', 'About Newsdeck'])
      await expect(nav.getByRole('button', { name })).toBeInViewport({ ratio: 1 })
    await nav.getByRole('link', { name: 'Review' }).click()
    await expect(page.getByRole('heading', { name: 'Review', level: 1 })).toBeInViewport()
  })

  test('? lists the keys of the screen showing, and those that work everywhere', async ({
    page
  }) => {
    await openApp(page)
    for (const screen of SCREENS) {
      await page.goto(screen.path)
      await expect(page.locator('h1')).toBeVisible()
      await expectHelp(page, screen.title, screen.keys)
    }
    await openBundledArticle(page)
    await expectHelp(page, 'Reading an article', ['Tab', 'Enter', 'Space', 'Esc'])
    // Typed into a field, ? is a question mark.
    await page.goto('/#/import')
    await page.getByLabel(/Paste the article/).fill('Why?')
    await page.getByLabel(/Paste the article/).press('?')
    await expect(page.getByTestId('help-dialog')).not.toBeVisible()
    await expect(page.getByLabel(/Paste the article/)).toHaveValue('Why??')
  })

  test('Help and About are reachable from the window, without the desktop menu', async ({
    page
  }) => {
    await openApp(page)
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('button', { name: 'Help and keys' }).click()
    await expect(page.getByRole('dialog', { name: 'Help: Library' })).toBeVisible()
    await page
      .getByRole('dialog', { name: 'Help: Library' })
      .getByRole('button', { name: 'About Newsdeck' })
      .click()
    await expect(page.getByRole('dialog', { name: /^Help/ })).not.toBeVisible()
    const about = page.getByRole('dialog', { name: 'About Newsdeck' })
    await expect(about).toContainText(/Version \d+\.\d+\.\d+/)
    await about.getByRole('button', { name: 'Close' }).click()
    await expect(about).not.toBeVisible()
    await nav.getByRole('button', { name: 'About Newsdeck' }).click()
    await expect(about).toBeVisible()
  })

  test("the focus moves to each new screen's heading; a skip link leads to the content", async ({
    page
  }) => {
    await openApp(page)
    await page.keyboard.press('Control+2')
    await expect(page.getByRole('heading', { name: 'Review', level: 1 })).toBeFocused()
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Statistics' })
      .click()
    await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeFocused()
    await page.keyboard.press('Control+1')
    await page.getByRole('link', { name: BUNDLED_TITLE }).click()
    await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 1 })).toBeFocused()
    // Selecting a sentence is not a new screen: the focus stays with the sentence.
    const sentence = page.locator('.sentence.linked').first()
    await sentence.focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('.sentence.selected')).toHaveCount(1)
    await page.keyboard.press('Escape')
    await expect(sentence).toBeFocused()

    // The first Tab on a page reaches the skip link, which is then in sight.
    await page.goto('/#/settings')
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to main content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused()
    expect(new URL(page.url()).hash).toBe('#/settings')
    await page.keyboard.press('Tab')
    await expect(page.getByLabel(/Desired retention/)).toBeFocused()
  })

  test('Esc closes every dialog and question, from anywhere inside it', async ({ page }) => {
    await openApp(page)
    /** Opens a dialog, focuses each of its controls in turn and checks Esc closes it. */
    async function escapeFromEach(
      open: () => Promise<void>,
      dialog: Locator,
      controls: Locator[]
    ): Promise<void> {
      for (const control of controls) {
        await open()
        await expect(dialog).toBeVisible()
        await control.focus()
        await page.keyboard.press('Escape')
        await expect(dialog).not.toBeVisible()
      }
    }

    const help = page.getByTestId('help-dialog')
    await escapeFromEach(() => page.keyboard.press('?'), help, [
      help.getByRole('button', { name: 'About Newsdeck' }),
      help.getByRole('button', { name: 'Close' }),
      help.getByRole('heading')
    ])
    const about = page.getByTestId('about-dialog')
    await escapeFromEach(
      () => page.getByRole('button', { name: 'About Newsdeck' }).click(),
      about,
      [about.getByRole('button', { name: 'Close' })]
    )

    await page.getByRole('link', { name: BUNDLED_TITLE }).click()
    const question = page.getByRole('alertdialog')
    await escapeFromEach(
      () => page.getByRole('button', { name: 'Delete article…' }).click(),
      question,
      [
        question.getByRole('button', { name: 'Delete', exact: true }),
        question.getByRole('button', { name: 'Keep it' })
      ]
    )
    await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 1 })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Delete article…' })).toBeFocused()

    await page.goto('/#/settings')
    await page.getByLabel('New cards per day').fill('31')
    const leave = page.getByTestId('leave-settings')
    await escapeFromEach(() => page.keyboard.press('Control+1'), leave, [
      leave.getByRole('button', { name: 'Save changes' }),
      leave.getByRole('button', { name: 'Discard changes' }),
      leave.getByRole('button', { name: 'Keep editing' })
    ])
    // Esc answered "stay": still on Settings, the change still typed.
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await expect(page.getByLabel('New cards per day')).toHaveValue('31')

    await startReviewFromSettings(page)
    await page.keyboard.press('Space')
    await expect(page.getByTestId('card-back')).toBeVisible()

    // The restore question on Statistics.
    await page.keyboard.press('Control+4')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Full backup (.json.gz)' }).click()
    ])
    const buffer = readFileSync(await download.path())
    const replace = page.getByTestId('restore-dialog')
    await escapeFromEach(
      () =>
        page
          .getByTestId('restore-input')
          .setInputFiles({ name: 'backup.json.gz', mimeType: 'application/gzip', buffer }),
      replace,
      [
        replace.getByRole('button', { name: 'Merge' }),
        replace.getByRole('button', { name: 'Replace library' }),
        replace.getByRole('button', { name: 'Cancel' })
      ]
    )
    await expect(page.getByText('Library restored')).toHaveCount(0)
  })
})

/** Leaves Settings for Review, discarding what was typed. */
async function startReviewFromSettings(page: Page): Promise<void> {
  await page.keyboard.press('Control+2')
  await page.getByRole('button', { name: 'Discard changes' }).click()
  await expect(page.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible()
  await expect(page.getByTestId('review-card')).toBeVisible()
}

test('the cards sheet closes on Esc from each of its controls', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 800 })
  await openBundledArticle(page)
  const sheet = page.getByTestId('cards-sheet')
  const sentence = page.locator('[data-testid="article-body"] .sentence.linked').nth(2)
  for (const control of [
    sheet.getByRole('heading'),
    sheet.getByRole('button', { name: 'Close the cards' }),
    sheet.getByRole('button', { name: 'Suspend' }).first()
  ]) {
    await sentence.click()
    await expect(sheet).toBeVisible()
    await control.focus()
    await page.keyboard.press('Escape')
    await expect(sheet).toHaveCount(0)
  }
  await startReview(page)
})

test('a screen whose code cannot be fetched says so, and the rest of the app still works', async ({
  page
}) => {
  await openApp(page)
  // As if the server had gone away after start-up: the Statistics screen's code never arrives.
  await page.route(/\/assets\/StatsScreen-[^/]*\.js$/, (route) => route.abort('connectionrefused'))
  await page.reload()
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Statistics' }).click()
  const said = page.getByTestId('screen-unavailable')
  await expect(said).toHaveAttribute('role', 'alert')
  await expect(said).toContainText('This screen could not be loaded')
  await expect(said).toContainText('Reload the window to try again')
  await nav.getByRole('link', { name: 'Library' }).click()
  await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 2 })).toBeVisible()
})

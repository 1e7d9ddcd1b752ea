import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../playwright.config'

export const BUNDLED_TITLE = "Traditional industries bloom anew in China's modernization push"

/**
 * A morning well inside one study day (which starts at 04:00), for tests that count today's
 * answers or move the clock on by days: on the real clock a run near 04:00 splits the answers
 * between two study days (seen in CI). `page.clock.install({ time: MORNING })`; time still runs.
 */
export const MORNING = new Date('2025-07-20T10:00:00')

export function fixture(name: string): string {
  return readFileSync(join(__dirname, 'fixtures', name), 'utf8')
}

/** Opens the app and waits until the first-launch import (if any) has finished. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  // On first launch the bundled article is generated in a worker that loads the tagger's model
  // first: seconds on a quiet two-core machine, but more than 30 s when other work shares its
  // cores (seen in a clean-clone run beside a unit-test run), so this waits up to a minute.
  await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 2 })).toBeVisible({
    timeout: 60_000
  })
  await expect(page.getByText(/Reading the bundled article/)).toHaveCount(0)
}

/** The number of cards the library lists for an article. */
export async function cardCountOf(page: Page, title: string): Promise<number> {
  await expect(page.getByTestId('library-totals')).toBeVisible()
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) })
  const text = await row.getByTestId('card-count').textContent()
  // "1,234 cards": thousands are grouped.
  return Number(text?.match(/\d[\d,]*/)?.[0]?.replaceAll(',', '') ?? NaN)
}

/** The library's totals line, once it shows what is stored now (it hides while re-reading). */
export async function libraryTotals(page: Page): Promise<string> {
  const totals = page.getByTestId('library-totals')
  await expect(totals).toBeVisible()
  return (await totals.textContent()) ?? ''
}

/**
 * Gives `run` a way to open the browser on one profile directory, as often as it likes: the way
 * to test "quit and reopen, nothing lost". Every browser it opened is closed, and the directory
 * removed, afterwards: a Chromium still running would go on writing into the directory as it is
 * deleted.
 */
export async function withProfile(
  baseURL: string | undefined,
  run: (openBrowser: () => Promise<{ page: Page; close: () => Promise<void> }>) => Promise<void>
): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'newsdeck-profile-'))
  const open = new Set<BrowserContext>()
  try {
    await run(async () => {
      const context = await chromium.launchPersistentContext(profile, {
        ...chromiumLaunchOptions,
        baseURL
      })
      open.add(context)
      context.on('close', () => open.delete(context))
      return { page: await context.newPage(), close: () => context.close() }
    })
  } finally {
    await Promise.all([...open].map((context) => context.close()))
    // Chromium's helpers may still be flushing the profile after it exits: retry, as rm -rf would.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  }
}

/** The widths and colour schemes every screen is checked at (issue 15). */
export const VIEWS = [
  { width: 1280, scheme: 'light' },
  { width: 1280, scheme: 'dark' },
  { width: 420, scheme: 'light' },
  { width: 420, scheme: 'dark' }
] as const

export type View = (typeof VIEWS)[number]

/** Declares the tests `body` declares once per view, each run at that width and scheme. */
export function forEachView(body: (view: View) => void): void {
  for (const view of VIEWS) {
    test.describe(`at ${view.width} px, ${view.scheme}`, () => {
      test.use({
        viewport: { width: view.width, height: 800 },
        colorScheme: view.scheme
      })
      body(view)
    })
  }
}

/** The article bundled with the app, as its file holds it. */
export function bundledSource(): string {
  return readFileSync(
    join(
      __dirname,
      '..',
      'resources',
      'articles',
      '2025-07-11-traditional-industries-bloom-anew.txt'
    ),
    'utf8'
  )
}

/** A source file's paragraphs: the blocks between blank lines, each on one line. */
export function sourceBlocks(text: string): string[] {
  return text
    .split(/\n[ \t]*\n+/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter((b) => b.length > 0)
}

/** Opens the bundled article in the reader. */
export async function openBundledArticle(page: Page): Promise<void> {
  await openApp(page)
  await page.getByRole('link', { name: BUNDLED_TITLE }).click()
  await expect(page.getByRole('heading', { name: BUNDLED_TITLE, level: 1 })).toBeVisible()
}

/** Opens the review screen and waits for its first card, or the end of the day. */
export async function startReview(page: Page): Promise<void> {
  await page.keyboard.press('Control+2')
  await expect(page.getByRole('heading', { name: 'Review', level: 1 })).toBeVisible()
  await expect(page.getByTestId('review-card').or(page.getByTestId('done-for-today'))).toBeVisible()
}

/** The review screen's counts of new, learning and review cards left today. */
export async function counts(
  page: Page
): Promise<{ new: number; learning: number; review: number }> {
  const text = (await page.getByTestId('review-counts').textContent()) ?? ''
  const n = (label: string): number => Number(text.match(new RegExp(`(\\d+) ${label}`))?.[1] ?? NaN)
  return { new: n('new'), learning: n('learning'), review: n('review') }
}

/**
 * What the review screen asks: 'done' at the end of the session, or the card on screen as
 * "<card id> <question>" while its question waits for a key; null in between (the answer
 * showing, a write being stored, the next card being read). Read in one evaluation: the card can
 * leave the page between two separate queries. The id is there because a cloze's front text
 * changes once its answer shows, and two cards may share a question.
 */
export function screenState(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    if (document.querySelector('[data-testid="done-for-today"]')) return 'done'
    const card = document.querySelector('[data-testid="review-card"]')
    const asking = document.querySelector('.review:not([data-saving="true"]) button.reveal')
    if (!card || !asking) return null
    const front = card.querySelector('[data-testid="card-front"]')?.textContent ?? ''
    return `${card.getAttribute('data-card-id')} ${front}`
  })
}

/** Waits until the screen asks something other than `before`: the next card, or 'done'. */
export async function nextScreen(page: Page, before: string | null): Promise<string> {
  let now: string | null = null
  await expect
    .poll(async () => {
      now = await screenState(page)
      return now !== null && now !== before
    })
    .toBe(true)
  return now as unknown as string
}

/** axe's serious and critical WCAG 2 A/AA findings on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/**
 * Turns sibling burying off (it is on by default), for tests that count today's queue card by
 * card: with it on, an answer also buries the other cards of its quote and sentence. Call after
 * `openApp` (the database exists) and before the review screen reads the settings.
 */
export async function withoutSiblingBurying(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('newsdeck')
        open.onerror = () => reject(new Error('open failed'))
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('settings', 'readwrite')
          const store = tx.objectStore('settings')
          const get = store.get('study')
          get.onsuccess = () => {
            const value = (get.result as { value?: object } | undefined)?.value ?? {}
            // Fields left out take their defaults when the app reads the settings.
            store.put({ key: 'study', value: { ...value, burySiblings: false } })
          }
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(new Error('write failed'))
        }
      })
  )
}

/** Reveals and grades the current card with the keyboard, then waits for the next one. */
async function answer(page: Page, grade: '1' | '3' | '4'): Promise<void> {
  const front = page.getByTestId('card-front')
  const before = await front.textContent()
  await page.keyboard.press('Space')
  await expect(page.getByTestId('card-back')).toBeVisible()
  await page.keyboard.press(grade)
  await expect(front.or(page.getByTestId('done-for-today')).first()).not.toHaveText(before ?? '')
}

export async function answerCards(page: Page, grades: Array<'1' | '3' | '4'>): Promise<void> {
  await page.keyboard.press('Control+2')
  await expect(page.getByTestId('review-card')).toBeVisible()
  for (const grade of grades) await answer(page, grade)
}

export async function openStats(page: Page): Promise<void> {
  await page.keyboard.press('Control+4')
  await expect(page.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible()
}

/** Screenshots of the page at 1280 and 420 px, light and dark, into `dir` (NEWSDECK_SHOTS). */
export async function screenshotViews(
  page: Page,
  dir: string,
  name: string,
  fullPage = true
): Promise<void> {
  mkdirSync(dir, { recursive: true })
  for (const width of [1280, 420]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 })
      await page.emulateMedia({ colorScheme })
      await page.screenshot({ path: `${dir}/${name}-${width}-${colorScheme}.png`, fullPage })
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.emulateMedia({ colorScheme: 'light' })
}

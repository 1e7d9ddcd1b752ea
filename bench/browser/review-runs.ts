/**
 * The two review runs both browser benches time: opening the app at Review to the first card
 * painted (a fresh page each run), and a session of answers, each timed from the key to the next
 * card painted.
 */
import type { BrowserContext, Page } from '@playwright/test'
import type { PageGlobals } from './page-globals'
import {
  FIRST_CARD_SELECTOR,
  FRONT_SELECTOR,
  firstCardProbe,
  installGradeFloor,
  installGradeProbe
} from './probes'
import { BENCH_ORIGIN } from './server'

export const OPEN_RUNS = 5
export const ANSWERS = 200

/** Fresh page per run, as a cold start of the review screen: navigation start to first card frame. */
export async function openToFirstCard(
  context: BrowserContext,
  count = OPEN_RUNS
): Promise<{ card: number; screen: number }[]> {
  const runs: { card: number; screen: number }[] = []
  for (let i = 0; i < count; i++) {
    const page = await context.newPage()
    await page.addInitScript(firstCardProbe, FIRST_CARD_SELECTOR)
    await page.goto(`${BENCH_ORIGIN}/#/review`)
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).__bench?.firstCard,
      undefined,
      {
        timeout: 60_000
      }
    )
    const probe = await page.evaluate(() => (globalThis as unknown as PageGlobals).__bench)
    runs.push({ card: probe?.firstCard ?? Number.NaN, screen: probe?.screen ?? Number.NaN })
    await page.close()
  }
  return runs
}

export interface AnswerTiming {
  /** Keydown to the next card's text in the DOM: the app's own work. */
  dom: number
  /** Keydown to the frame that shows it: what the user sees. */
  painted: number
  /** Frames that began before the next card was in the DOM; 0 means the first frame showed it. */
  frames: number
}

export async function gradeToNextCard(page: Page): Promise<AnswerTiming[]> {
  await page.goto(`${BENCH_ORIGIN}/#/review`)
  await page.locator(FIRST_CARD_SELECTOR).waitFor({ timeout: 60_000 })
  const back = page.getByTestId('card-back')
  return timeGrades(page, () => back.waitFor())
}

/**
 * Up to ANSWERS answers on the page as it is, timed by `installGradeProbe`: Space, then
 * `revealed`, then a grade key, waiting for the probe to have timed it before the next.
 */
async function timeGrades(page: Page, revealed: () => Promise<unknown>): Promise<AnswerTiming[]> {
  await page.evaluate(installGradeProbe, FRONT_SELECTOR)
  for (let i = 0; i < ANSWERS; i++) {
    if (!(await page.locator(FRONT_SELECTOR).count())) break // Done for today.
    await page.keyboard.press('Space')
    await revealed()
    // Mostly Good, some Easy: the mix a fluent session has.
    await page.keyboard.press(i % 5 === 4 ? '4' : '3')
    await page.waitForFunction(
      (n) => ((globalThis as unknown as PageGlobals).__bench?.answers.length ?? 0) >= n,
      i + 1,
      // Interval polling: Playwright's default polls in every animation frame, inside the
      // very frames being measured.
      { timeout: 10_000, polling: 20 }
    )
  }
  const answers = await page.evaluate(
    () => (globalThis as unknown as PageGlobals).__bench?.answers ?? []
  )
  return answers.map((a) => ({ dom: a.dom - a.t0, painted: a.painted - a.t0, frames: a.frames }))
}

const FLOOR_URL = `${BENCH_ORIGIN}/__grade-floor`

/**
 * The floor of `gradeToNextCard`, in the same browser and library: a page of the app's origin
 * with no app code, where each grade key runs the answer's transaction as the app commits it
 * and then shows another text (`installGradeFloor`), timed by the same probe, with the same keys.
 */
export async function gradeFloor(context: BrowserContext): Promise<AnswerTiming[]> {
  await context.route(FLOOR_URL, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><title>grade floor</title><body></body>'
    })
  )
  const page = await context.newPage()
  try {
    await page.goto(FLOOR_URL)
    await page.evaluate(installGradeFloor, FRONT_SELECTOR)
    // Space does nothing there: no answer side to wait for.
    return await timeGrades(page, () => Promise.resolve())
  } finally {
    await page.close()
  }
}

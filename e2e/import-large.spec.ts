import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openApp } from './support'

/** 4.9 MB: the fixtures' bodies repeated word for word, about 37,000 sentences and 600 cards. */
function fiveMegabytes(): string {
  const dir = join(__dirname, '../src/core/fixtures/wikinews')
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split(/\r?\n\s*\r?\n/)
        .slice(1)
        .join('\n\n')
    )
    .join('\n\n')
  let text = 'date 2025-07-11 Five megabytes of news'
  while (text.length + bodies.length < 4.9 * 1024 * 1024) text += `\n\n${bodies}`
  return text
}

test('a 4.9 MB article imports with progress at every step and never holds the window', async ({
  page,
  baseURL
}) => {
  test.setTimeout(180_000)
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[]; __progress: string[] }
    w.__longTasks = []
    w.__progress = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration)
    }).observe({ type: 'longtask', buffered: true })
    new MutationObserver(() => {
      const status = document.querySelector('[role="status"]')?.textContent?.trim()
      if (status && status !== w.__progress.at(-1)) w.__progress.push(status)
    }).observe(document, { childList: true, subtree: true, characterData: true })
  })
  await openApp(page)
  await page.route(`${baseURL}/large.txt`, (route) => route.fulfill({ body: fiveMegabytes() }))
  const drop = await page.evaluateHandle(async () => {
    const data = new DataTransfer()
    data.items.add(new File([await (await fetch('/large.txt')).blob()], 'large.txt'))
    return data
  })
  await page.dispatchEvent('.zone', 'dragenter', { dataTransfer: drop })
  // Only what the app does from here counts: start-up and the harness's own work are past.
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []))
  await page.dispatchEvent('.zone', 'drop', { dataTransfer: drop })

  const add = page.getByRole('button', { name: /^Add \d+ cards$/ })
  await expect(add).toBeVisible({ timeout: 120_000 })
  await expect(page.getByTestId('card-draft')).toHaveCount(50)
  await expect(page.getByRole('button', { name: /^Show 50 more of \d+ cards$/ })).toBeVisible()
  const started = Date.now()
  await add.click()
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 60_000 })
  const savedIn = Date.now() - started

  const seen = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __progress: string[] }
    return { __longTasks: w.__longTasks, __progress: w.__progress }
  })
  for (let step = 1; step <= 6; step++)
    expect(
      seen.__progress.some((p) => p.startsWith(`Step ${step} of 6:`)),
      `step ${step}`
    ).toBe(true)
  expect(seen.__progress.some((p) => /^Saving the article and \d+ cards…$/.test(p))).toBe(true)
  // The old flow held the window for 2-7 s at a time. The budget is 50 ms, and quietly
  // measured (npm run bench -- import) no task passes it; here the test shares two cores with
  // the browser, the server and the runner, which once stretched a task to 105 ms of wall time.
  expect(Math.max(0, ...seen.__longTasks)).toBeLessThanOrEqual(200)
  // Saving some 600 cards of a 4.9 MB article took 6-8 s; it must not take seconds.
  expect(savedIn).toBeLessThan(3000)
})

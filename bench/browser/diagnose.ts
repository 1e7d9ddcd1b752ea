/**
 * Where the time between a grade key and the next card goes, for when review-app.bench.ts
 * misses its limit: `npx tsx bench/browser/diagnose.ts [answers]`. Uses the cached seeded
 * profile (run the bench once first), logs every IndexedDB transaction the app starts after a
 * grade key, traces the renderer's main thread after a few of them, and takes a V8 CPU profile
 * of the answers. Tracing and profiling slow the page down, so read these numbers for where the
 * time goes, not for how much of it there is: the bench gives the clean numbers.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext } from '@playwright/test'
import type { IdbDatabase, PageGlobals } from './page-globals'
import { launch, openLibrary, seededProfile } from './profile'
import { FIRST_CARD_SELECTOR, FRONT_SELECTOR, firstCardProbe, installGradeProbe } from './probes'
import { BENCH_ORIGIN, startPreview } from './server'
import { summariseCpuProfile, startTrace, summariseTrace, type CpuProfile } from './trace-summary'
import { txProbe, type TxLog } from './tx-probe'

/**
 * The answer transaction three ways, to size the cost of each round trip to the IndexedDB
 * backend: requests awaited one by one (as recordAnswer does through Dexie), all issued at once
 * with the day read first, and all at once with the day totals already known (a put only).
 */
async function txVariants({
  runs,
  pauseMs
}: {
  runs: number
  pauseMs: number
}): Promise<Record<string, number>> {
  const g = globalThis as unknown as PageGlobals
  type Store = ReturnType<ReturnType<IdbDatabase['transaction']>['objectStore']>
  const db = await new Promise<IdbDatabase>((resolve) => {
    const r = g.indexedDB.open('newsdeck')
    r.onsuccess = () => resolve(r.result)
  })
  const wait = (r: { onsuccess: (() => void) | null; result: unknown }): Promise<unknown> =>
    new Promise((resolve) => (r.onsuccess = () => resolve(r.result)))
  const range = g.IDBKeyRange.bound([2, -Infinity], [2, Date.now()], false, true)
  const cards = (await wait(
    db
      .transaction('cards')
      .objectStore('cards')
      .index('[sched.phase+sched.due]')
      .getAll(range, runs)
  )) as {
    id: string
    sched: unknown
  }[]
  const day = '2099-01-02'
  const log = {
    cardId: 'x',
    articleId: 'y',
    grade: 3,
    reviewedAt: 1,
    day,
    before: null,
    after: null,
    durationMs: 1
  }
  const agg = { day, reviews: 1, newCards: 0, again: 0, hard: 0, good: 1, easy: 0, durationMs: 1 }
  const variants: Record<string, (s: (n: string) => Store) => Promise<void>> = {
    sequential: async (s) => {
      await wait(s('cards').put(cards[0]))
      await wait(s('reviewLogs').add(log))
      await wait(s('days').get(day))
      await wait(s('days').put(agg))
    },
    pipelined: async (s) => {
      s('cards').put(cards[0])
      s('reviewLogs').add(log)
      await wait(s('days').get(day))
      s('days').put(agg)
    },
    putsOnly: async (s) => {
      s('cards').put(cards[0])
      s('reviewLogs').add(log)
      s('days').put(agg)
    }
  }
  const out: Record<string, number> = {}
  for (const [name, body] of Object.entries(variants)) {
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      // A pause lets the browser's threads go idle, as between two answers in a session.
      if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs))
      const t0 = g.performance.now()
      const tx = db.transaction(['cards', 'reviewLogs', 'days'], 'readwrite')
      const done = new Promise<void>((resolve) => (tx.oncomplete = () => resolve()))
      await body((n) => tx.objectStore(n))
      await done
      times.push(g.performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    out[name] = times[Math.floor(times.length / 2)] ?? NaN
  }
  db.close()
  return out
}

/** Where opening /#/review spends its time before the first card: bundle, mount, storage. */
async function startupBreakdown(context: BrowserContext): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const page = await context.newPage()
    await page.addInitScript(firstCardProbe, FIRST_CARD_SELECTOR)
    const cdp = await context.newCDPSession(page)
    if (i === 0) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.start')
    }
    await page.goto(`${BENCH_ORIGIN}/#/review`)
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__bench?.firstCard)
    if (i === 0) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
      summariseCpuProfile(profile, 1, 'open /#/review (profiled, so slower)')
    }
    const t = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals & {
        performance: { getEntriesByType(t: string): { name: string; responseEnd: number }[] }
      }
      const js = g.performance
        .getEntriesByType('resource')
        .filter((r) => /index-.*\.js$/.test(r.name))
      return {
        js: js[0]?.responseEnd ?? NaN,
        screen: g.__bench?.screen ?? NaN,
        card: g.__bench?.firstCard ?? NaN
      }
    })
    console.log(
      `open /#/review: main bundle loaded ${t.js.toFixed(0)} ms, review screen mounted ${t.screen.toFixed(0)} ms, first card painted ${t.card.toFixed(0)} ms`
    )
    await page.close()
  }
}

async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
  const answers = Number(process.argv[2] ?? 60)
  const server = await startPreview(root)
  const profile = await seededProfile(root)
  const context = await launch(profile.dir)
  try {
    await (await openLibrary(context)).page.close()
    await startupBreakdown(context)
    const page = await context.newPage()
    await page.addInitScript(txProbe)
    await page.goto(`${BENCH_ORIGIN}/#/review`)
    await page.getByTestId('review-card').waitFor({ timeout: 60_000 })
    await page.evaluate(installGradeProbe, FRONT_SELECTOR)
    const cdp = await context.newCDPSession(page)
    const endTrace = await startTrace(cdp)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
    for (let i = 0; i < answers; i++) {
      await page.keyboard.press('Space')
      await page.getByTestId('card-back').waitFor()
      await page.keyboard.press('3')
      await page.waitForFunction(
        (n) => ((globalThis as unknown as PageGlobals).__bench?.answers.length ?? 0) >= n,
        i + 1
      )
    }
    summariseTrace(await endTrace())
    const { profile: cpu } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
    const data = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals & { __tx: TxLog[] }
      return { answers: g.__bench?.answers ?? [], tx: g.__tx }
    })
    // Per answer: transactions opened between the key and the DOM change.
    for (const a of data.answers.slice(0, 15)) {
      const txs = data.tx.filter((t) => t.t >= a.t0 && t.t <= a.dom)
      const parts = txs.map(
        (t) => `${t.mode[0]}:${t.stores}@${(t.t - a.t0).toFixed(1)}+${(t.end - t.t).toFixed(1)}`
      )
      console.log(
        `dom ${(a.dom - a.t0).toFixed(1)} painted ${(a.painted - a.t0).toFixed(1)} | ${parts.join(' ')}`
      )
    }
    summariseCpuProfile(cpu, answers, `${answers} answers`)
    console.log(
      '\nanswer transaction back to back, median ms:',
      await page.evaluate(txVariants, { runs: 100, pauseMs: 0 })
    )
    console.log(
      'answer transaction 300 ms apart, median ms:',
      await page.evaluate(txVariants, { runs: 30, pauseMs: 300 })
    )
  } finally {
    await context.close()
    profile.dispose()
    server.stop()
  }
}

void main()

/**
 * Where a cold start goes, for when library.bench.ts reports one over its limit:
 * `npx tsx bench/browser/diagnose-cold.ts [runs] [library|review]` (the Library's first paint,
 * or Review's first card). Uses the cached seeded profile (run the bench
 * once first). For each cold start it prints, in page time from navigation start: when each
 * script arrived and was run, every IndexedDB transaction the page started (and when it
 * completed), and when the first paint (or card) came. With `TRACE=1`, the last run is traced
 * and the page's main-thread tasks over 2 ms until the paint are listed with their longest parts
 * (tracing slows the page: read it for where the time goes, not how much); with `PROFILE=1`,
 * it is profiled instead, and the functions that took longest are listed.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LIBRARY_PAINTED, paintProbe } from './library-probes'
import { FIRST_CARD_SELECTOR, firstCardProbe } from './probes'
import { launch, openLibrary, seededProfile } from './profile'
import { BENCH_ORIGIN, inWebBuild } from './server'
import {
  longestInside,
  startTrace,
  summariseCpuProfile,
  summariseInclusive,
  threadNames,
  type CpuProfile,
  type TraceEvent
} from './trace-summary'
import { txProbe, type TxLog } from './tx-probe'

/** Timing entries as the page reads them (this file is type-checked without the DOM's types). */
interface Entry {
  name: string
  startTime: number
  responseEnd: number
  domContentLoadedEventEnd: number
}
type Globals = {
  __painted?: number
  __bench?: { firstCard?: number }
  __tx: TxLog[]
  performance: { getEntriesByType(type: 'navigation' | 'resource'): Entry[] }
}
interface Timeline {
  painted: number
  domContentLoaded: number
  resources: { name: string; start: number; end: number }[]
  tx: TxLog[]
}

/** The renderer's main-thread tasks over 2 ms from navigation to `until` (page ms). */
function mainThreadTasks(events: TraceEvent[], until: number): void {
  const threads = threadNames(events)
  const nav = events.find(
    (e) => e.name === 'navigationStart' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain'
  )
  const main = events.filter(
    (e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain'
  )
  const origin = nav?.ts ?? Math.min(...main.map((e) => e.ts))
  console.log(
    `  main-thread tasks over 2 ms, page ms (${nav ? 'from navigationStart' : 'from the first task'}):`
  )
  for (const t of main.filter((e) => e.name === 'ThreadControllerImpl::RunTask')) {
    const at = (t.ts - origin) / 1000
    if ((t.dur ?? 0) < 2000 || at > until + 20) continue
    console.log(
      `  @${at.toFixed(0).padStart(5)} ${((t.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms: ${longestInside(main, t, 5).join(', ')}`
    )
  }
}

async function measure(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3)
  const review = process.argv[3] === 'review'
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  const profile = await seededProfile(root)
  const context = await launch(profile.dir)
  try {
    await (await openLibrary(context)).page.close()
    await context.addInitScript(txProbe)
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage()
      if (review) await page.addInitScript(firstCardProbe, FIRST_CARD_SELECTOR)
      else await page.addInitScript(paintProbe, LIBRARY_PAINTED)
      const traced = process.env.TRACE && i === runs - 1
      const endTrace = traced ? await startTrace(await context.newCDPSession(page)) : null
      const profiled = process.env.PROFILE && i === runs - 1
      const cdp = profiled ? await context.newCDPSession(page) : null
      if (cdp) {
        await cdp.send('Profiler.enable')
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
        await cdp.send('Profiler.start')
      }
      await page.goto(`${BENCH_ORIGIN}/${review ? '#/review' : ''}`)
      await page.waitForFunction(() => {
        const g = globalThis as unknown as Globals
        return g.__painted ?? g.__bench?.firstCard
      })
      const t: Timeline = await page.evaluate(() => {
        const g = globalThis as unknown as Globals
        const nav = g.performance.getEntriesByType('navigation')[0]!
        return {
          painted: (g.__painted ?? g.__bench?.firstCard)!,
          domContentLoaded: nav.domContentLoadedEventEnd,
          resources: g.performance.getEntriesByType('resource').map((r) => ({
            name: r.name.split('/').pop()!,
            start: r.startTime,
            end: r.responseEnd
          })),
          tx: g.__tx
        }
      })
      console.log(
        `\nrun ${i + 1}: painted at ${t.painted.toFixed(0)} ms, DOMContentLoaded ${t.domContentLoaded.toFixed(0)} ms`
      )
      for (const r of t.resources)
        console.log(
          `  got ${r.name.padEnd(40)} ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0)}`
        )
      for (const x of t.tx)
        console.log(
          `  tx ${x.mode[0]} ${x.stores.padEnd(40)} ${x.t.toFixed(0).padStart(5)} → ${x.end < 0 ? 'open' : x.end.toFixed(0)}`
        )
      if (endTrace) mainThreadTasks(await endTrace(), t.painted)
      if (cdp) {
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
        summariseCpuProfile(profile, 1, 'the cold start')
        summariseInclusive(profile, 'the cold start', 40)
      }
      await page.close()
    }
  } finally {
    await context.close()
    profile.dispose()
  }
}

void inWebBuild(join(dirname(fileURLToPath(import.meta.url)), '..', '..'), measure, (reason) => {
  console.error(reason)
})

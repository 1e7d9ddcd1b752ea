/**
 * Where the time between asking for the Statistics screen and its painting goes, for when
 * progress.bench.ts misses its limit: `npx tsx bench/browser/diagnose-stats.ts [runs]`. Uses the
 * cached seeded profile (run the bench once first). For each run, from Settings as the bench
 * does: when each part of the screen appeared, every IndexedDB transaction the page started
 * (stores, start, duration) and the page's long tasks; then one traced run (the renderer main
 * thread's tasks until the screen is painted) and a V8 CPU profile over a few runs. Tracing and
 * profiling slow the page, so read them for where the time goes; the bench gives the numbers.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import type { IdbDatabase, IdbRequest, IdbStore, PageGlobals } from './page-globals'
import { launch, openLibrary, seededProfile } from './profile'
import { statsScreenTiming } from './progress-probes'
import { BENCH_ORIGIN, startPreview } from './server'
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

interface Milestones {
  t0: number
  seen: Record<string, number>
  longTasks: Array<{ start: number; ms: number }>
}

/** Arms observers that note when each part of the screen first appears, and the long tasks. */
function armMilestones(): void {
  const g = globalThis as unknown as PageGlobals & {
    __ms: Milestones
    PerformanceObserver: new (
      cb: (list: { getEntries(): Array<{ startTime: number; duration: number }> }) => void
    ) => {
      observe(o: { type: string; buffered?: boolean }): void
    }
    performance: { mark(name: string): void }
  }
  const parts: Record<string, string> = {
    screen: 'h1',
    counting: '.stats [role="status"]',
    headline: '[data-testid="card-states"]',
    answers: '[data-testid="answers-chart"]',
    heatmap: '[data-testid="heatmap"]',
    retention: '[data-testid="retention-table"]',
    mastery: '[data-testid="mastery-articles"]'
  }
  const state: Milestones = { t0: g.performance.now(), seen: {}, longTasks: [] }
  g.__ms = state
  g.performance.mark('stats-go')
  const check = (): void => {
    for (const [name, sel] of Object.entries(parts)) {
      if (state.seen[name] === undefined && g.document.querySelector(sel)) {
        state.seen[name] = g.performance.now() - state.t0
      }
    }
  }
  new g.MutationObserver(check).observe(g.document, { childList: true, subtree: true })
  new g.PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.startTime >= state.t0)
        state.longTasks.push({ start: e.startTime - state.t0, ms: e.duration })
  }).observe({ type: 'longtask' })
}

async function fromSettings(page: Page): Promise<void> {
  await page.goto(`${BENCH_ORIGIN}/#/settings`)
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor({ timeout: 60_000 })
  // Let the Settings screen's own reads settle, as a user's pause would.
  await page.waitForTimeout(500)
  await page.evaluate(() => ((globalThis as unknown as { __tx: TxLog[] }).__tx = []))
}

async function oneRun(page: Page): Promise<void> {
  await fromSettings(page)
  await page.evaluate(armMilestones)
  const timing = await page.evaluate(statsScreenTiming, 120_000)
  const { ms, tx } = await page.evaluate(() => {
    const g = globalThis as unknown as { __ms: Milestones; __tx: TxLog[] }
    return { ms: g.__ms, tx: g.__tx }
  })
  const seen = Object.entries(ms.seen)
    .sort((a, b) => a[1] - b[1])
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
  console.log(
    `\nshown ${timing.shown.toFixed(1)} ms, heatmap+retention ${timing.progress.toFixed(1)}, mastery ${timing.memory.toFixed(1)}`
  )
  console.log(`  appeared: ${seen.join(', ')}`)
  console.log(
    `  long tasks: ${ms.longTasks.map((l) => `@${l.start.toFixed(0)}+${l.ms.toFixed(0)}`).join(' ') || 'none'}`
  )
  for (const t of tx) {
    console.log(
      `  tx ${t.mode[0]} ${t.stores.padEnd(40)} @${(t.t - ms.t0).toFixed(1).padStart(6)} +${t.end < 0 ? 'open' : (t.end - t.t).toFixed(1)}`
    )
  }
}

/** Each thread's name by `pid:tid`, and the hash change's mark. */
function threadsAndMark(events: TraceEvent[]): {
  threads: Map<string, string>
  go: TraceEvent | undefined
} {
  return { threads: threadNames(events), go: events.find((e) => e.name === 'stats-go') }
}

/** The renderer main thread's tasks from the hash change until `untilMs` later. */
function mainThreadTasks(events: TraceEvent[], untilMs: number): void {
  const { threads, go } = threadsAndMark(events)
  if (!go) {
    console.log('no stats-go mark in the trace')
    return
  }
  const main = events.filter(
    (e) =>
      e.ph === 'X' &&
      e.pid === go.pid &&
      threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' &&
      e.ts >= go.ts - 1000 &&
      e.ts < go.ts + untilMs * 1000
  )
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask')
  let busy = 0
  console.log(`\nmain-thread tasks in the ${untilMs.toFixed(0)} ms after the hash change (ms):`)
  for (const t of tasks) {
    const dur = (t.dur ?? 0) / 1000
    busy += dur
    if (dur < 1) continue
    const inner = longestInside(main, t, 4)
    console.log(
      `  +${((t.ts - go.ts) / 1000).toFixed(1).padStart(6)} ${dur.toFixed(1).padStart(6)}  ${inner.join(', ')}`
    )
    if (dur >= 10) console.log(`         layout and style inside: ${renderingInside(main, t)}`)
  }
  console.log(`  main thread busy ${busy.toFixed(1)} ms of ${untilMs.toFixed(0)}`)
}

/**
 * IndexedDB's own work in every process and thread (the backend runs outside the page): what
 * the screen's reads may be waiting behind. Events of 1 ms or more, by thread.
 */
function indexedDbWork(events: TraceEvent[], untilMs: number): void {
  const { threads, go } = threadsAndMark(events)
  if (!go) return
  const work = events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.dur ?? 0) >= 1000 &&
      /IndexedDB|IDB|LevelDB|Transaction/i.test(e.name) &&
      e.ts >= go.ts - 20_000 &&
      e.ts <= go.ts + untilMs * 1000
  )
  console.log(`\nIndexedDB work from 20 ms before the hash change (ms):`)
  for (const e of work.sort((a, b) => a.ts - b.ts)) {
    const at = ((e.ts - go.ts) / 1000).toFixed(1).padStart(6)
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`
    console.log(`  +${at} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${e.name} [${thread}]`)
  }
}

/**
 * The renderer main thread's milestones in order: the page's marks (the app's and the probe's),
 * events dispatched, IndexedDB results delivered, frames begun, laid out and painted. Shows
 * whether the reads' results wait for a frame (Chromium holds a page's tasks after an input
 * until the frame it left pending has run).
 */
function timeline(events: TraceEvent[], untilMs: number): void {
  const { threads, go } = threadsAndMark(events)
  if (!go) return
  const wanted =
    /^(EventDispatch|IDBRequest::SendResult|BeginMainFrame|WebFrameWidgetImpl::BeginMainFrame|Layout|Paint|FireAnimationFrame|Commit|HandleInputEvent)$|^stats-|^app-/
  const main = events.filter(
    (e) =>
      e.pid === go.pid &&
      threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' &&
      wanted.test(e.name) &&
      e.ts >= go.ts - 5000 &&
      e.ts <= go.ts + untilMs * 1000
  )
  console.log('\nmain-thread timeline (ms after the hash change or input):')
  let last = ''
  for (const e of main.sort((a, b) => a.ts - b.ts)) {
    const type = (e.args as { data?: { type?: string } } | undefined)?.data?.type
    const line = `${e.name}${type ? `(${type})` : ''}`
    const at = ((e.ts - go.ts) / 1000).toFixed(1).padStart(6)
    const dur = e.dur === undefined ? '' : ` ${(e.dur / 1000).toFixed(1)} ms`
    if (line === last && e.name !== 'IDBRequest::SendResult') continue
    last = line
    console.log(`  +${at}  ${line}${dur}`)
  }
}

/** How often, and how long, a task recalculated style and laid out: forced layouts show here. */
function renderingInside(events: TraceEvent[], t: TraceEvent): string {
  const end = t.ts + (t.dur ?? 0)
  const inside = events.filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end)
  return ['UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'FunctionCall']
    .map((name) => {
      const hits = inside.filter((e) => e.name === name)
      const ms = hits.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000
      return `${name} ${hits.length}× ${ms.toFixed(1)} ms`
    })
    .join(', ')
}

async function tracedRun(page: Page): Promise<void> {
  await fromSettings(page)
  const cdp = await page.context().newCDPSession(page)
  const endTrace = await startTrace(cdp)
  await page.evaluate(armMilestones)
  const timing = await page.evaluate(statsScreenTiming, 120_000)
  const events = await endTrace()
  console.log(
    `\ntraced run: shown ${timing.shown.toFixed(1)}, heatmap+retention ${timing.progress.toFixed(1)}, mastery ${timing.memory.toFixed(1)}`
  )
  mainThreadTasks(events, timing.memory + 20)
  indexedDbWork(events, timing.memory + 20)
  timeline(events, timing.shown + 10)
  await cdp.detach()
}

/**
 * The user's way there, traced: a click on the navigation's Statistics link (a discrete input)
 * instead of the probe's hash change. Timed from the click's dispatch to the frame after the
 * screen's figures are in, as statsScreenTiming does.
 */
async function tracedClick(page: Page): Promise<void> {
  await fromSettings(page)
  const cdp = await page.context().newCDPSession(page)
  const endTrace = await startTrace(cdp)
  await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals & {
      performance: { mark(name: string): void; now(): number }
      __click: { t0: number; shown: number }
      addEventListener(type: string, cb: () => void, capture: boolean): void
    }
    g.__click = { t0: 0, shown: 0 }
    g.addEventListener(
      'pointerdown',
      () => {
        g.__click.t0 = g.performance.now()
        g.performance.mark('stats-go')
      },
      true
    )
    const check = (): void => {
      if (g.__click.shown || !g.document.querySelector('[data-testid="retention-table"]')) return
      if (!g.document.querySelector('[data-testid="states-chart"] [data-drawn]')) return
      g.__click.shown = -1
      g.requestAnimationFrame(() =>
        setTimeout(() => (g.__click.shown = g.performance.now() - g.__click.t0))
      )
    }
    new g.MutationObserver(check).observe(g.document, {
      childList: true,
      subtree: true,
      attributes: true
    })
  })
  await page.getByRole('link', { name: /Statistics/ }).click()
  await page.waitForFunction(
    () => (globalThis as unknown as { __click: { shown: number } }).__click.shown > 0
  )
  const shown = await page.evaluate(
    () => (globalThis as unknown as { __click: { shown: number } }).__click.shown
  )
  const events = await endTrace()
  console.log(`\ntraced click: shown ${shown.toFixed(1)} ms after pointerdown`)
  timeline(events, shown + 10)
  await cdp.detach()
}

async function profiledRuns(page: Page, runs: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  let profiled = 0
  for (let i = 0; i < runs; i++) {
    await fromSettings(page)
    await cdp.send('Profiler.start')
    const timing = await page.evaluate(statsScreenTiming, 120_000)
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
    profiled += timing.memory
    if (i === runs - 1) {
      summariseCpuProfile(profile, 1, `last profiled run (${timing.memory.toFixed(0)} ms)`)
      summariseInclusive(profile, 'last profiled run')
    }
  }
  console.log(`profiled runs took ${(profiled / runs).toFixed(1)} ms on average`)
  await cdp.detach()
}

/**
 * How long one small raw read (the study settings) takes on Settings with nothing else going on,
 * and then sent in the same task as the hash change to Statistics: whether the screen's reads
 * wait on IndexedDB because of what they read or because of when they are sent.
 */
async function readBeside(): Promise<Record<string, string>> {
  const g = globalThis as unknown as PageGlobals & { location: { hash: string } }
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error(String(req.error)))
  })
  const read = (): Promise<number> =>
    new Promise((resolve) => {
      const t0 = g.performance.now()
      const r = db.transaction('settings').objectStore('settings').get('study')
      r.onsuccess = () => resolve(g.performance.now() - t0)
    })
  const alone = await read()
  const pending = read()
  g.location.hash = '#/stats'
  const withNavigation = await pending
  // Sent while the screen is being built, as its own reads are.
  const during = await new Promise<number>((resolve) =>
    setTimeout(() => void read().then(resolve), 10)
  )
  db.close()
  const ms = (x: number): string => `${x.toFixed(1)} ms`
  return { alone: ms(alone), withNavigation: ms(withNavigation), tenMsLater: ms(during) }
}

/** Each of the screen's reads alone with raw IndexedDB, with the size of what it returns. */
async function rawReads(): Promise<Record<string, string>> {
  const g = globalThis as unknown as PageGlobals
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error(String(req.error)))
  })
  const wait = <T>(r: IdbRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(new Error(String(r.error)))
    })
  const store = (name: string): IdbStore => db.transaction(name).objectStore(name)
  const out: Record<string, string> = {}
  const time = async (name: string, read: () => Promise<unknown>): Promise<void> => {
    const t0 = g.performance.now()
    const value = await read()
    const ms = g.performance.now() - t0
    out[name] =
      `${ms.toFixed(1)} ms, ${((JSON.stringify(value) ?? '').length / 1000).toFixed(0)} kB`
  }
  for (let i = 0; i < 2; i++) {
    await time('settings study', () => wait(store('settings').get('study')))
    await time('articleCounts all', () => wait(store('articleCounts').getAll()))
    // What the screen reads instead since version 6; absent from an older profile.
    if (db.objectStoreNames.contains('libraryCounts'))
      await time('libraryCounts total', () => wait(store('libraryCounts').get('library')))
    await time('days last 365', () => wait(store('days').getAll(g.IDBKeyRange.lowerBound('0000'))))
  }
  db.close()
  return out
}

async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
  const runs = Number(process.argv[2] ?? 5)
  const server = await startPreview(root)
  const profile = await seededProfile(root)
  const context = await launch(profile.dir)
  try {
    await context.addInitScript(txProbe)
    const { page } = await openLibrary(context)
    // The bench's first visit: one-off work and the chunks' first load happen here.
    await page.goto(`${BENCH_ORIGIN}/#/stats`)
    await page.getByTestId('mastery-articles').waitFor({ timeout: 300_000 })
    console.log('raw reads:', await page.evaluate(rawReads))
    for (let i = 0; i < runs; i++) await oneRun(page)
    for (let i = 0; i < 3; i++) {
      await fromSettings(page)
      console.log('one raw read, alone then with the navigation:', await page.evaluate(readBeside))
      await page.getByTestId('mastery-articles').waitFor({ timeout: 60_000 })
    }
    await tracedRun(page)
    if (process.env.CLICK) await tracedClick(page)
    if (!process.env.NO_PROFILE) await profiledRuns(page, 3)
  } finally {
    await context.close()
    profile.dispose()
    server.stop()
  }
}

void main()

/**
 * Where a grade's time goes between the key and the next card, transaction by transaction:
 * `NEWSDECK_BENCH_PORT=… npx tsx bench/browser/grade-phases.ts [answers]`. Uses the cached
 * seeded profile (run the bench once first). Answers as the bench does (interval polling, no
 * tracing), logs every IndexedDB transaction the page starts, and prints for each answer the
 * ones open between the key and the next card in the DOM, also those begun before the key.
 * Marks a build adds with performance.mark (say around the phases of ReviewSession.grade and
 * recordAnswer) are printed with each answer, in ms after the key. TRACE=1 also traces every
 * thread (the IndexedDB backend's too) after a few keys; PROBE=raf times with the probe as it
 * was, which asked for a frame in the keydown. Then times the answer's transaction with raw
 * IndexedDB, as the bench's floor does and with the kept counts the app's transaction also
 * reads and writes, strict, interleaved.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '../bench-result'
import type { IdbDatabase, PageGlobals } from './page-globals'
import { launch, openLibrary, seededProfile } from './profile'
import { FRONT_SELECTOR, installGradeProbe } from './probes'
import { BENCH_ORIGIN, startPreview } from './server'
import { startTrace, threadNames, type TraceEvent } from './trace-summary'
import { txProbe, type TxLog } from './tx-probe'

/** The answer transaction with raw IndexedDB, three ways, strict, interleaved, with pauses. */
async function txFloors({ runs, pauseMs }: { runs: number; pauseMs: number }) {
  const g = globalThis as unknown as PageGlobals
  const db = await new Promise<IdbDatabase>((resolve) => {
    const r = g.indexedDB.open('newsdeck')
    r.onsuccess = () => resolve(r.result)
  })
  type Req = { onsuccess: (() => void) | null; result: unknown }
  const wait = (r: Req): Promise<unknown> =>
    new Promise((resolve) => (r.onsuccess = () => resolve(r.result)))
  const range = g.IDBKeyRange.bound([2, -Infinity], [2, Date.now()], false, true)
  const cards = (await wait(
    db.transaction('cards').objectStore('cards').index('[sched.phase+sched.due]').getAll(range, 50)
  )) as { id: string; articleId: string; sched: { due: number } }[]
  const day = '2099-01-03'
  const base = ['cards', 'reviewLogs', 'days']
  const counted = [...base, 'articleCounts', 'libraryCounts']
  const wide = [...counted, 'articles', 'settings']
  const variants: Record<string, string[]> = { floor: base, counts: counted, countsWide: wide }
  const times: Record<string, number[]> = { floor: [], counts: [], countsWide: [] }
  for (let i = 0; i < runs * 3; i++) {
    const name = Object.keys(variants)[i % 3]!
    const stores = variants[name]!
    const card = cards[i % cards.length]!
    if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs))
    const t0 = g.performance.now()
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' })
    const done = new Promise<void>((resolve) => (tx.oncomplete = () => resolve()))
    const s = (n: string) => tx.objectStore(n)
    s('cards').put({ ...card, sched: { ...card.sched, due: card.sched.due + 1 } })
    s('reviewLogs').add({ cardId: card.id, articleId: card.articleId, grade: 3, day })
    const reads: Promise<unknown>[] = [wait(s('days').get(day))]
    if (stores.includes('articleCounts')) {
      reads.push(
        wait(s('articleCounts').get(card.articleId)),
        wait(s('libraryCounts').get('library'))
      )
    }
    const [agg, counts, total] = await Promise.all(reads)
    s('days').put(agg ?? { day, reviews: 0 })
    // Put back as read: the app's own counts stay right.
    if (counts) s('articleCounts').put(counts)
    if (total) s('libraryCounts').put(total)
    await done
    times[name]!.push(g.performance.now() - t0)
  }
  db.close()
  const q = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]
  return Object.fromEntries(
    Object.entries(times).map(([k, xs]) => [k, { median: q(xs, 0.5), p95: q(xs, 0.95) }])
  )
}

/** Every thread's events in the 30 ms after a few grade keys, to see what the backend did. */
function idbTimeline(events: TraceEvent[]): void {
  const names = threadNames(events)
  const keys = events.filter(
    (e) => e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown'
  )
  for (const key of keys.filter((_, i) => i % 2 === 1).slice(10, 14)) {
    console.log(`\ngrade key:`)
    const around = events
      .filter((e) => e.ph === 'X' && e.ts >= key.ts && e.ts < key.ts + 30_000 && (e.dur ?? 0) > 50)
      .filter((e) => !/ThreadController|RunTask|SimpleWatcher|Receive mojo/.test(e.name))
      .sort((a, b) => a.ts - b.ts)
    for (const e of around)
      console.log(
        `  +${((e.ts - key.ts) / 1000).toFixed(1).padStart(5)} ${((e.dur ?? 0) / 1000).toFixed(2).padStart(6)}  ${(names.get(`${e.pid}:${e.tid}`) ?? '?').padEnd(22)} ${e.name}`
      )
  }
}

/** The grade probe as it was: it requested a frame from the keydown on, to count frames. */
function rafGradeProbe(front: string): void {
  const g = globalThis as unknown as PageGlobals
  const probe = (g.__bench ??= { answers: [] })
  let armed: { t0: number; text: string | null; frames: number } | null = null
  const frontText = (): string | null => g.document.querySelector(front)?.textContent ?? null
  const observer = new g.MutationObserver(() => {
    if (!armed) return
    const text = frontText()
    if (text === armed.text) return
    const { t0, frames } = armed
    armed = null
    const dom = g.performance.now()
    g.requestAnimationFrame(() =>
      probe.answers.push({ t0, dom, painted: g.performance.now(), frames })
    )
  })
  observer.observe(g.document, { childList: true, subtree: true, characterData: true })
  g.addEventListener(
    'keydown',
    (e) => {
      if (!['1', '2', '3', '4'].includes(e.key)) return
      const mine = (armed = { t0: g.performance.now(), text: frontText(), frames: 0 })
      const tick = (): void => {
        if (armed !== mine) return
        mine.frames++
        g.requestAnimationFrame(tick)
      }
      g.requestAnimationFrame(tick)
    },
    true
  )
}

async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
  const answers = Number(process.argv[2] ?? 40)
  const server = await startPreview(root)
  const profile = await seededProfile(root)
  const context = await launch(profile.dir)
  try {
    await (await openLibrary(context)).page.close()
    const page = await context.newPage()
    await page.addInitScript(txProbe)
    await page.goto(`${BENCH_ORIGIN}/#/review`)
    await page.getByTestId('review-card').waitFor({ timeout: 60_000 })
    await page.evaluate(
      process.env.PROBE === 'raf' ? rafGradeProbe : installGradeProbe,
      FRONT_SELECTOR
    )
    console.log(
      `probe: ${process.env.PROBE === 'raf' ? 'rAF at keydown (old)' : 'no frame at keydown (new)'}`
    )
    console.log(`load before: ${load()}`)
    const cdp = process.env.TRACE ? await context.newCDPSession(page) : null
    const endTrace = cdp ? await startTrace(cdp) : null
    for (let i = 0; i < answers; i++) {
      await page.keyboard.press('Space')
      await page.getByTestId('card-back').waitFor()
      await page.keyboard.press(i % 5 === 4 ? '4' : '3')
      await page.waitForFunction(
        (n) => ((globalThis as unknown as PageGlobals).__bench?.answers.length ?? 0) >= n,
        i + 1,
        { polling: 20 }
      )
    }
    console.log(`load after: ${load()}`)
    if (endTrace) idbTimeline(await endTrace())
    const data = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals & { __tx: TxLog[] }
      const perf = g.performance as unknown as {
        getEntriesByType(t: string): { name: string; startTime: number }[]
      }
      const marks = perf.getEntriesByType('mark').map((m) => ({ name: m.name, t: m.startTime }))
      return { answers: g.__bench?.answers ?? [], tx: g.__tx, marks }
    })
    const short = (s: string) =>
      s
        .split(',')
        .map((x) => x.slice(0, 4))
        .join(',')
    for (const a of data.answers) {
      const txs = data.tx.filter((t) => (t.end < 0 || t.end >= a.t0) && t.t <= a.dom)
      const parts = txs.map(
        (t) =>
          `${t.mode === 'readwrite' ? 'W' : 'R'}:${short(t.stores)}@${(t.t - a.t0).toFixed(1)}+${(t.end - t.t).toFixed(1)}`
      )
      const next = data.answers[data.answers.indexOf(a) + 1]?.t0 ?? Infinity
      const marks = data.marks
        .filter((m) => m.t >= a.t0 && m.t < next)
        .map((m) => `${m.name}:${(m.t - a.t0).toFixed(1)}`)
        .join(' ')
      console.log(
        `${marks}\n  dom ${(a.dom - a.t0).toFixed(1).padStart(5)} painted ${(a.painted - a.t0).toFixed(1).padStart(5)} | ${parts.join(' ')}`
      )
    }
    const ms = data.answers.map((a) => a.painted - a.t0).sort((x, y) => x - y)
    const fr = data.answers.map((a) => a.frames)
    console.log(`shown in the first frame: ${fr.filter((f) => f === 0).length} of ${fr.length}`)
    console.log(
      `painted median ${ms[Math.floor(ms.length / 2)]?.toFixed(1)} p95 ${ms[Math.ceil(ms.length * 0.95) - 1]?.toFixed(1)}`
    )
    await page.goto(`${BENCH_ORIGIN}/#/settings`)
    console.log(`load: ${load()}`)
    console.log(
      'strict answer tx, 300 ms apart:',
      await page.evaluate(txFloors, { runs: 30, pauseMs: 300 })
    )
    console.log(`load: ${load()}`)
  } finally {
    await context.close()
    profile.dispose()
    server.stop()
  }
}

void main()

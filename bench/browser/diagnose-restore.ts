/**
 * What the page's main thread does during a backup check and restore, for when library.bench.ts
 * reports tasks over 50 ms there: `npx tsx bench/browser/diagnose-restore.ts`. Uses the cached
 * seeded profile (run the bench once first; `NEWSDECK_BENCH_SCALE=0.1` for a small one), and
 * does what the bench does from the Statistics screen: a full backup, then the file checked and
 * restored with Replace. It prints how long each step took and every transaction the page
 * itself started; then, under a V8 CPU profile, each long task with the functions whose samples
 * fall inside it and the page's own functions that led there, or with `TRACE=1`, under a trace of
 * the main thread's tasks, GC and rendering, each task over 50 ms with its longest parts.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { statsForBackup } from './library-probes'
import { launch, openLibrary, seededProfile } from './profile'
import { inWebBuild } from './server'
import { txProbe, type TxLog } from './tx-probe'
import {
  longestInside,
  startTrace,
  threadNames,
  type CpuProfile,
  type TraceEvent
} from './trace-summary'

type Globals = { __longTasks?: Array<{ start: number; duration: number }> }

interface Sample {
  at: number
  stack: string[]
}

/** The profile's samples with their page time, each with its stack (leaf first). */
function samplesOf(cpu: CpuProfile & { startTime: number }, pageStart: number): Sample[] {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const out: Sample[] = []
  let t = cpu.startTime
  cpu.samples.forEach((id, i) => {
    t += cpu.timeDeltas[i] ?? 0
    const stack: string[] = []
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame
      if (f && f.functionName !== '(root)')
        stack.push(`${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`)
    }
    out.push({ at: pageStart + (t - cpu.startTime) / 1000, stack })
  })
  return out
}

/** The samples inside one long task: by leaf function, and by the page's own functions on the stack. */
function describeTask(samples: Sample[], start: number, duration: number): void {
  const inside = samples.filter((s) => s.at >= start && s.at <= start + duration)
  const self = new Map<string, number>()
  const ours = new Map<string, number>()
  for (const s of inside) {
    const leaf = s.stack[0] ?? '(idle)'
    self.set(leaf, (self.get(leaf) ?? 0) + 1)
    for (const f of new Set(s.stack.filter((f) => /\.js:/.test(f))))
      ours.set(f, (ours.get(f) ?? 0) + 1)
  }
  const top = (m: Map<string, number>, n: number): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v} ${k}`)
      .join('; ')
  console.log(`\ntask @${start.toFixed(0)} ms, ${duration.toFixed(0)} ms, ${inside.length} samples`)
  console.log(`  self:      ${top(self, 6)}`)
  console.log(`  our calls: ${top(ours, 8)}`)
}

/** The renderer main thread's tasks over 50 ms in a trace, with what took longest inside each. */
function longTraceTasks(events: TraceEvent[]): void {
  const threads = threadNames(events)
  const main = events.filter(
    (e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain'
  )
  const first = Math.min(...main.map((e) => e.ts))
  for (const t of main.filter((e) => e.name === 'ThreadControllerImpl::RunTask')) {
    if ((t.dur ?? 0) < 50_000) continue
    console.log(
      `task +${((t.ts - first) / 1000).toFixed(0)} ms, ${((t.dur ?? 0) / 1000).toFixed(0)} ms [pid ${t.pid}]: ${longestInside(main, t, 8).join(', ')}`
    )
  }
}

async function measure(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  const profile = await seededProfile(root)
  const context = await launch(profile.dir)
  const dir = mkdtempSync(join(tmpdir(), 'newsdeck-diagnose-restore-'))
  try {
    await (await openLibrary(context)).page.close()
    await context.addInitScript(txProbe)
    const page = await statsForBackup(context)
    const file = join(dir, 'backup.json.gz')
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 900_000 }),
      page.getByRole('button', { name: 'Full backup (.json.gz)' }).click()
    ])
    await download.saveAs(file)

    const cdp = await context.newCDPSession(page)
    const endTrace = process.env.TRACE
      ? // Minutes of a large restore: the main thread's tasks, GC and rendering only.
        await startTrace(cdp, ['toplevel', 'devtools.timeline', 'v8'])
      : null
    if (!endTrace) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
      await cdp.send('Profiler.start')
    }
    const pageStart = await page.evaluate(() => performance.now())
    await page.getByTestId('restore-input').setInputFiles(file)
    const replace = page.getByRole('button', { name: 'Replace library' })
    await replace.waitFor({ timeout: 900_000 })
    const checked = await page.evaluate(() => performance.now())
    await Promise.all([page.waitForEvent('download', { timeout: 900_000 }), replace.click()])
    const copied = await page.evaluate(() => performance.now())
    await page.getByTestId('export-notice').waitFor({ timeout: 900_000 })
    const done = await page.evaluate(() => performance.now())
    console.log(
      `check ${(checked - pageStart).toFixed(0)} ms, safety copy ${(copied - checked).toFixed(0)} ms, restore ${(done - copied).toFixed(0)} ms`
    )
    const txs = await page.evaluate(() => (globalThis as unknown as { __tx: TxLog[] }).__tx)
    console.log("the page's own transactions during the check and restore (page ms):")
    for (const t of txs.filter((t) => t.t >= pageStart))
      console.log(
        `  tx ${t.mode[0]} ${t.stores.padEnd(40)} @${t.t.toFixed(0).padStart(7)} +${t.end < 0 ? 'open' : (t.end - t.t).toFixed(1)}`
      )
    if (endTrace) {
      longTraceTasks(await endTrace())
      return
    }
    const { profile: cpu } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: CpuProfile & { startTime: number }
    }
    const tasks = (
      await page.evaluate(() => (globalThis as unknown as Globals).__longTasks ?? [])
    ).filter((t) => t.start + t.duration >= pageStart)
    console.log(`${tasks.length} long tasks`)
    const samples = samplesOf(cpu, pageStart)
    for (const t of tasks) {
      const phase = t.start < checked ? 'check' : t.start < copied ? 'copy' : 'restore'
      process.stdout.write(`[${phase}]`)
      describeTask(samples, t.start, t.duration)
    }
    await cdp.detach()
  } finally {
    await context.close()
    profile.dispose()
  }
}

void inWebBuild(join(dirname(fileURLToPath(import.meta.url)), '..', '..'), measure, (reason) => {
  console.error(reason)
})

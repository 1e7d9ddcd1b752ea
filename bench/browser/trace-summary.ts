/**
 * Summaries for diagnose.ts: a Chromium trace read as "what the renderer's main thread did
 * right after a grade key", and a V8 CPU profile as self time per function.
 */

/** What `startTrace` needs of a CDP session (Playwright's CDPSession has it). */
interface TraceSession {
  send(method: 'Tracing.start', params: object): Promise<unknown>
  send(method: 'Tracing.end'): Promise<unknown>
  on(event: 'Tracing.dataCollected', cb: (e: { value: object[] }) => void): unknown
  once(event: 'Tracing.tracingComplete', cb: () => void): unknown
}

/**
 * Starts a browser-wide Chromium trace (so IndexedDB work in the browser process shows too);
 * the function returned ends it and gives its events.
 */
export async function startTrace(
  cdp: TraceSession,
  categories: readonly string[] = [
    'toplevel',
    'devtools.timeline',
    'blink.user_timing',
    'IndexedDB',
    'v8.execute',
    'blink',
    'disabled-by-default-devtools.timeline'
  ]
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as TraceEvent[])))
  const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories }
  })
  return async () => {
    await cdp.send('Tracing.end')
    await traced
    return events
  }
}

export interface TraceEvent {
  name: string
  ph: string
  dur?: number
  pid: number
  tid: number
  ts: number
  args?: { name?: string; data?: { type?: string } }
}

/** The `count` longest named pieces of work inside task `t`, as "name(type) ms". */
export function longestInside(events: TraceEvent[], t: TraceEvent, count: number): string[] {
  return events
    .filter(
      (e) =>
        e !== t &&
        e.ts >= t.ts &&
        e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) &&
        !/RunTask|RunMicrotasks|ThreadController/.test(e.name)
    )
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, count)
    .map(
      (e) =>
        `${e.name}${e.args?.data?.type ? `(${e.args.data.type})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`
    )
}

/**
 * For the first grade keys: every renderer main-thread task in the 40 ms after the keydown,
 * with the longest named piece of work inside it, to see what the next card waits behind.
 */
function timelineAfterGradeKeys(events: TraceEvent[], threads: Map<string, string>): void {
  const main = events.filter(
    (e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain'
  )
  const keys = main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
  // Keys alternate Space (reveal) and a grade; take the grades.
  for (const key of keys.filter((_, i) => i % 2 === 1).slice(2, 6)) {
    const from = key.ts
    const tasks = main.filter(
      (e) =>
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ts + (e.dur ?? 0) >= from &&
        e.ts < from + 40_000
    )
    console.log(`\ngrade key at ${(from / 1000).toFixed(1)} ms:`)
    for (const t of tasks) {
      const inner = longestInside(main, t, 3)
      console.log(
        `  +${((t.ts - from) / 1000).toFixed(1).padStart(5)} ${((t.dur ?? 0) / 1000).toFixed(1).padStart(5)} ms  ${inner.join(', ')}`
      )
    }
  }
}

/** Each thread's name in a trace, by `pid:tid` ("CrRendererMain" is a page's main thread). */
export function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const threads = new Map<string, string>()
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?')
  return threads
}

/** Prints what the renderer's main thread did after the first few grade keys. */
export function summariseTrace(events: TraceEvent[]): void {
  timelineAfterGradeKeys(events, threadNames(events))
}

export interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}

/** V8 CPU profile samples summed by function (self time), largest first. */
export interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export function summariseCpuProfile(cpu: CpuProfile, per: number, label: string): void {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  cpu.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame
    const key = f
      ? `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`
      : '?'
    self.set(key, (self.get(key) ?? 0) + (cpu.timeDeltas[i] ?? 0) / 1000)
  })
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)
  console.log(`\nCPU self time, ${label} (ms${per > 1 ? ' per answer' : ''}):`)
  for (const [k, v] of top) console.log(`${(v / per).toFixed(2).padStart(8)}  ${k}`)
}

/**
 * Total time (self and callees) per function of the page's own scripts, largest first: where a
 * self-time list shows only "(program)", this says which of our calls led there.
 */
export function summariseInclusive(cpu: CpuProfile, label: string, top = 25): void {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const total = new Map<string, number>()
  cpu.samples.forEach((id, i) => {
    const ms = (cpu.timeDeltas[i] ?? 0) / 1000
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame
      if (!f?.url.includes('/assets/')) continue
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`
      if (seen.has(key)) continue
      seen.add(key)
      total.set(key, (total.get(key) ?? 0) + ms)
    }
  })
  console.log(`\nCPU total time in our scripts, ${label} (ms):`)
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${v.toFixed(2).padStart(8)}  ${k}`)
}

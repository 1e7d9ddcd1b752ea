/**
 * In-page probes for the progress bench. Each runs inside the page (Playwright serialises it),
 * so it uses only its arguments and browser globals, typed here by hand (no DOM lib in the
 * bench's tsconfig).
 */
import type { IdbDatabase, IdbRequest, IdbStore, PageGlobals } from './page-globals'

interface ProbeGlobals {
  location: { hash: string }
  setInterval(cb: () => void, ms: number): number
  clearInterval(id: number): void
  URL: { createObjectURL(blob: { size: number }): string }
  performance: { now(): number; memory?: { usedJSHeapSize: number } }
  __export?: ExportTiming & { t0: number }
}

export interface StatsTiming {
  /**
   * Asked for to the end of the frame that painted the headline figures, the three charts (each
   * drawn), the year heatmap and the true-retention table.
   */
  shown: number
  /** Asked for to the end of the frame that painted this part: heatmap and retention table. */
  progress: number
  /** Asked for to the end of the frame that painted the mastery tables. */
  memory: number
}

/**
 * Times the Statistics screen from `location.hash = '#/stats'` (or, with `start: 'click'`, from
 * the input event of a real click the caller then makes on its link: the user's own path, the
 * event's timestamp being when the browser took the input) to the end of the frame that paints
 * its content. The clock stops in a MessageChannel task posted from the requestAnimationFrame
 * callback after the content is in the DOM: the frame's own style, layout and paint run between
 * the two, so they are counted. (Stopping in the rAF callback itself would end before them, and a
 * screen that left its work to the frame's rendering steps would look faster than it is.) A chart
 * counts only once it is drawn: ChartFigure's SVG carries `data-drawn`, and is there only once the
 * page's layout has given the chart its size.
 */
export function statsScreenTiming(
  options: number | { timeoutMs: number; start: 'hash' | 'click' }
): Promise<StatsTiming> {
  const { timeoutMs, start } =
    typeof options === 'number' ? { timeoutMs: options, start: 'hash' as const } : options
  const g = globalThis as unknown as PageGlobals &
    ProbeGlobals & {
      MessageChannel: new () => {
        port1: { onmessage: (() => void) | null }
        port2: { postMessage(message: unknown): void }
      }
    }
  const present = (selectors: string[]): boolean =>
    selectors.every((s) => g.document.querySelector(s))
  const progressSel = ['[data-testid="heatmap"]', '[data-testid="retention-table"]']
  const chartIds = ['answers-chart', 'forecast-chart', 'states-chart']
  const shownSel = [
    '[data-testid="reviews-today"]',
    '[data-testid="card-states"]',
    ...chartIds.map((id) => `[data-testid="${id}"] [data-drawn]`),
    ...progressSel
  ]
  const memorySel = ['[data-testid="mastery-articles"]']
  /** Calls `done` with the time once the next frame has been rendered, layout and paint included. */
  let t0 = g.performance.now()
  const afterPaint = (done: (ms: number) => void): void => {
    g.requestAnimationFrame(() => {
      const channel = new g.MessageChannel()
      channel.port1.onmessage = () => done(g.performance.now() - t0)
      channel.port2.postMessage(null)
    })
  }
  return new Promise((resolve, reject) => {
    const times: { shown?: number; progress?: number; memory?: number } = {}
    const asked = new Set<string>()
    const watch = (name: 'shown' | 'progress' | 'memory', selectors: string[]): void => {
      if (asked.has(name) || !present(selectors)) return
      asked.add(name)
      afterPaint((ms) => {
        times[name] = ms
        finish()
      })
    }
    const finish = (): void => {
      const { shown, progress, memory } = times
      if (shown === undefined || progress === undefined || memory === undefined) return
      observer.disconnect()
      g.clearInterval(poll)
      clearTimeout(timer)
      resolve({ shown, progress, memory })
    }
    const check = (): void => {
      watch('progress', progressSel)
      watch('shown', shownSel)
      // The mastery tables are timed only after the rest, as before.
      if (asked.has('shown') && asked.has('progress')) watch('memory', memorySel)
    }
    const observer = new g.MutationObserver(check)
    observer.observe(g.document, { childList: true, subtree: true, attributes: true })
    const poll = g.setInterval(check, 20)
    const timer = setTimeout(() => {
      observer.disconnect()
      g.clearInterval(poll)
      reject(new Error('the statistics screen did not show'))
    }, timeoutMs)
    if (start === 'hash') {
      t0 = g.performance.now()
      g.location.hash = '#/stats'
    } else
      (
        g.document as unknown as {
          addEventListener(
            type: string,
            listener: (event: { timeStamp: number }) => void,
            options: { capture: boolean; once: boolean }
          ): void
        }
      ).addEventListener(
        'pointerdown',
        (event: { timeStamp: number }) => {
          t0 = event.timeStamp
        },
        { capture: true, once: true }
      )
  })
}

export interface ExportTiming {
  ms: number
  bytes: number
  heapGrowthMb: number
  done?: number
}

/**
 * Arms the export probe: the clock starts now (just before the click), stops when the app hands
 * the finished Blob to the download link; the JS heap is sampled meanwhile.
 */
export function exportProbe(): void {
  const g = globalThis as unknown as ProbeGlobals
  const heap = (): number => g.performance.memory?.usedJSHeapSize ?? 0
  const base = heap()
  let peak = base
  const sampler = g.setInterval(() => (peak = Math.max(peak, heap())), 50)
  const t0 = g.performance.now()
  const state: ExportTiming & { t0: number } = { t0, ms: 0, bytes: 0, heapGrowthMb: 0 }
  g.__export = state
  const original = g.URL.createObjectURL.bind(g.URL)
  g.URL.createObjectURL = (blob) => {
    g.clearInterval(sampler)
    state.ms = g.performance.now() - t0
    state.bytes = blob.size
    state.heapGrowthMb = (Math.max(peak, heap()) - base) / 1e6
    state.done = 1
    g.URL.createObjectURL = original
    return original(blob)
  }
}

/** The floor: every review log read with raw IndexedDB, getAll over key ranges in batches. */
export async function rawLogBatches(batch: number): Promise<{ ms: number; heapGrowthMb: number }> {
  const g = globalThis as unknown as PageGlobals & ProbeGlobals
  const heap = (): number => g.performance.memory?.usedJSHeapSize ?? 0
  const base = heap()
  let peak = base
  const sampler = g.setInterval(() => (peak = Math.max(peak, heap())), 50)
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error(String(req.error)))
  })
  const t0 = g.performance.now()
  let after: unknown = null
  for (;;) {
    const rows = await new Promise<Array<{ id: number }>>((resolve, reject) => {
      const store = db.transaction('reviewLogs', 'readonly').objectStore('reviewLogs')
      const range = after === null ? undefined : g.IDBKeyRange.lowerBound(after, true)
      const req = store.getAll(range, batch)
      req.onsuccess = () => resolve(req.result as Array<{ id: number }>)
      req.onerror = () => reject(new Error(String(req.error)))
    })
    if (rows.length < batch) break
    after = rows[rows.length - 1]!.id
  }
  const ms = g.performance.now() - t0
  g.clearInterval(sampler)
  db.close()
  return { ms, heapGrowthMb: (Math.max(peak, heap()) - base) / 1e6 }
}

/**
 * The Statistics screen's floor: what showing its figures costs at the least, with no app code
 * and no DOM built. The same three reads the screen makes (the study settings, the library's kept
 * total, the last year's day rows, by their key), each its own read-only request on a
 * connection already open, all at once, then one rendered frame, stopped as statsScreenTiming
 * stops (a MessageChannel task posted from requestAnimationFrame).
 */
export async function statsReadsFloor(): Promise<number> {
  const g = globalThis as unknown as PageGlobals &
    ProbeGlobals & {
      MessageChannel: new () => {
        port1: { onmessage: (() => void) | null }
        port2: { postMessage(message: unknown): void }
      }
    }
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error(String(req.error)))
  })
  const read = <T>(store: string, get: (s: IdbStore) => IdbRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      const req = get(db.transaction(store, 'readonly').objectStore(store))
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(new Error(String(req.error)))
    })
  const yearAgo = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10)
  const t0 = g.performance.now()
  await Promise.all([
    read('settings', (s) => s.get('study')),
    read('libraryCounts', (s) => s.getAll()),
    read('days', (s) => s.getAll(g.IDBKeyRange.lowerBound(yearAgo)))
  ])
  const ms = await new Promise<number>((resolve) =>
    g.requestAnimationFrame(() => {
      const channel = new g.MessageChannel()
      channel.port1.onmessage = () => resolve(g.performance.now() - t0)
      channel.port2.postMessage(null)
    })
  )
  db.close()
  return ms
}

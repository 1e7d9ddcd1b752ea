/**
 * In-page probes for the progress bench. Each runs inside the page (Playwright serialises it),
 * so it uses only its arguments and browser globals, typed here by hand (no DOM lib in the
 * bench's tsconfig).
 */
import type { IdbDatabase, PageGlobals } from './page-globals'

interface ProbeGlobals {
  location: { hash: string }
  setInterval(cb: () => void, ms: number): number
  clearInterval(id: number): void
  URL: { createObjectURL(blob: { size: number }): string }
  performance: { now(): number; memory?: { usedJSHeapSize: number } }
  __export?: ExportTiming & { t0: number }
}

export interface StatsTiming {
  /** Asked for to the frame showing the headline, charts, heatmap and true-retention table. */
  shown: number
  /** Asked for to the frame showing this part: the heatmap and true-retention table. */
  progress: number
  /** Asked for to the frame showing the mastery tables. */
  memory: number
}

export function statsScreenTiming(timeoutMs: number): Promise<StatsTiming> {
  const g = globalThis as unknown as PageGlobals & ProbeGlobals
  const shownSel = [
    '[data-testid="answers-chart"]',
    '[data-testid="heatmap"]',
    '[data-testid="retention-table"]'
  ]
  const memorySel = '[data-testid="mastery-articles"]'
  return new Promise((resolve, reject) => {
    const t0 = g.performance.now()
    let shown: number | null = null
    let progress: number | null = null
    const check = (): void => {
      if (progress === null && shownSel.slice(1).every((s) => g.document.querySelector(s))) {
        progress = -1
        g.requestAnimationFrame(() => (progress = g.performance.now() - t0))
      }
      if (shown === null && shownSel.every((s) => g.document.querySelector(s))) {
        shown = -1
        g.requestAnimationFrame(() => (shown = g.performance.now() - t0))
      }
      if (
        shown !== null &&
        shown >= 0 &&
        progress !== null &&
        progress >= 0 &&
        g.document.querySelector(memorySel)
      ) {
        observer.disconnect()
        g.clearInterval(poll)
        const [done, part] = [shown, progress]
        g.requestAnimationFrame(() =>
          resolve({ shown: done, progress: part, memory: g.performance.now() - t0 })
        )
      }
    }
    const observer = new g.MutationObserver(check)
    observer.observe(g.document, { childList: true, subtree: true })
    const poll = g.setInterval(check, 20)
    setTimeout(() => {
      g.clearInterval(poll)
      reject(new Error('the statistics screen did not show'))
    }, timeoutMs)
    g.location.hash = '#/stats'
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

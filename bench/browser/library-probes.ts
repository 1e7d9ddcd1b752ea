/**
 * In-page probes and floors for issue 10's limits. Each exported function runs inside the page
 * (Playwright serialises it), so it uses only its arguments and browser globals. A floor is the
 * same work done with raw IndexedDB and no app, on the same origin, in the same run: the ratio
 * of the two tells slow code from a slow or busy machine.
 */
import type { BrowserContext, Page } from '@playwright/test'
import type { IdbDatabase, IdbStore, PageGlobals } from './page-globals'
import { BENCH_ORIGIN } from './server'

interface Globals extends PageGlobals {
  __painted?: number
  __floor?: number
  __longTasks?: { start: number; duration: number }[]
  PerformanceObserver: new (cb: (list: { getEntries(): LongTask[] }) => void) => {
    observe(options: { type: string; buffered: boolean }): void
  }
  location: { hash: string }
}

interface LongTask {
  startTime: number
  duration: number
}

interface Store extends IdbStore {
  keyPath: string
  clear(): unknown
}

/** Init script: when every selector is in the DOM, the next frame's time is `__painted`. */
export function paintProbe(selectors: string[]): void {
  const g = globalThis as unknown as Globals
  const observer = new g.MutationObserver(() => {
    if (!selectors.every((s) => g.document.querySelector(s))) return
    observer.disconnect()
    g.requestAnimationFrame(() => (g.__painted = g.performance.now()))
  })
  observer.observe(g.document, { childList: true, subtree: true })
}

/** The Library's first paint needs its article rows and totals. */
export const LIBRARY_PAINTED = ['[data-testid="library-totals"]', '[data-testid="card-phases"]']

/** Init script: every main-thread task over 50 ms (the Long Tasks API), from navigation start. */
export function longTaskProbe(): void {
  const g = globalThis as unknown as Globals
  const tasks: { start: number; duration: number }[] = (g.__longTasks = [])
  new g.PerformanceObserver((list) => {
    for (const t of list.getEntries()) tasks.push({ start: t.startTime, duration: t.duration })
  }).observe({ type: 'longtask', buffered: true })
}

/**
 * A page served in place of the app at the same origin (so with the same IndexedDB): it opens
 * the database, reads what a screen's first paint needs, writes it into the DOM as text, and
 * records the next frame's time in `__floor`. `read` is the body of an async function given
 * `db` and `all(store, index?, range?, count?)`, returning lines of text.
 */
export function floorPage(read: string): string {
  return `<!doctype html><meta charset="utf-8"><title>floor</title><body><script>
(async () => {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
  const all = (store, index, range, count) => new Promise((resolve, reject) => {
    const source = db.transaction(store).objectStore(store)
    const req = (index ? source.index(index) : source).getAll(range, count)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
  const lines = await (async () => { ${read} })()
  const list = document.createElement('ul')
  for (const line of lines) {
    const item = document.createElement('li')
    item.textContent = line
    list.append(item)
  }
  document.body.append(list)
  requestAnimationFrame(() => (globalThis.__floor = performance.now()))
})()
</script>`
}

/** The Library's floor: every article's kept counts, one line each. */
export const LIBRARY_FLOOR = `
  const rows = await all('articleCounts')
  return rows.map((r) => r.title + ': ' + r.new + ' new, ' + r.learning + ' learning, ' + r.review + ' in review')`

/** Review's floor: the study settings, 200 due reviews from the queue's index, one article. */
export const REVIEW_FLOOR = `
  await all('settings')
  const due = await all('cards', '[sched.phase+sched.due]', IDBKeyRange.bound([2, -Infinity], [2, Date.now()]), 200)
  const card = due[0]
  const article = card ? await all('articles', undefined, card.articleId, 1) : []
  return card ? [card.front, String(article.length)] : []`

/**
 * Statistics' floor, timed in the page: what the screen reads, the study settings, the library's
 * kept total and the last 365 day totals (it read every article's counts until the screen came
 * to read the total alone).
 */
export async function statsFloor(): Promise<number> {
  const g = globalThis as unknown as Globals
  const t0 = g.performance.now()
  const db = await request(g.indexedDB.open('newsdeck'))
  const tx = db.transaction(['settings', 'libraryCounts', 'days'])
  await Promise.all([
    request(tx.objectStore('settings').get('study')),
    request(tx.objectStore('libraryCounts').get('library')),
    request(tx.objectStore('days').getAll(g.IDBKeyRange.lowerBound('0000'), 365))
  ])
  db.close()
  return g.performance.now() - t0

  function request<T>(r: { result: T; onsuccess: unknown; onerror: unknown }): Promise<T> {
    const req = r as { result: T; onsuccess: () => void; onerror: () => void }
    return new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(new Error('request failed'))
    })
  }
}

/**
 * From the Library on screen, opens Statistics as the navigation does (the hash) and resolves
 * with the time to the frame that shows its numbers.
 */
export async function openStats(): Promise<number> {
  const g = globalThis as unknown as Globals
  const t0 = g.performance.now()
  g.location.hash = '#/stats'
  return new Promise((resolve) => {
    const check = (): void => {
      if (g.document.querySelector('[data-testid="card-states"]')) {
        g.requestAnimationFrame(() => resolve(g.performance.now() - t0))
      } else g.requestAnimationFrame(check)
    }
    check()
  })
}

/**
 * The export's floor: every record a full backup holds, read in pages of `page` by primary key
 * in one read transaction, as the backup worker reads them, and nothing else done with them.
 */
export async function batchedReadFloor(page: number): Promise<{ ms: number; records: number }> {
  const g = globalThis as unknown as Globals
  const stores = ['articles', 'cards', 'reviewLogs', 'days', 'settings', 'quizResults']
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error('open failed'))
  })
  const t0 = g.performance.now()
  const tx = db.transaction(stores)
  let records = 0
  for (const name of stores) {
    const store = tx.objectStore(name) as Store
    let after: unknown = undefined
    for (;;) {
      const range = after === undefined ? undefined : g.IDBKeyRange.lowerBound(after, true)
      const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = store.getAll(range, page)
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[])
        req.onerror = () => reject(new Error(`${name}: read failed`))
      })
      records += rows.length
      if (rows.length < page) break
      after = rows[rows.length - 1]![store.keyPath]
    }
  }
  const ms = g.performance.now() - t0
  db.close()
  return { ms, records }
}

/**
 * The restore's floor: the same records put back in one read-write transaction (cleared first,
 * as a restore does), with the app's strict durability. The records are read first, untimed.
 */
export async function rawPutFloor(): Promise<{ ms: number; records: number }> {
  const g = globalThis as unknown as Globals
  const stores = ['articles', 'cards', 'reviewLogs', 'days', 'settings', 'quizResults']
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = g.indexedDB.open('newsdeck')
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(new Error('open failed'))
  })
  const read = db.transaction(stores)
  const tables = await Promise.all(
    stores.map(
      (name) =>
        new Promise<unknown[]>((resolve, reject) => {
          const req = read.objectStore(name).getAll()
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(new Error(`${name}: read failed`))
        })
    )
  )
  const t0 = g.performance.now()
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' })
    stores.forEach((name, i) => {
      const store = tx.objectStore(name) as Store
      store.clear()
      for (const row of tables[i]!) store.put(row)
    })
    tx.oncomplete = () => resolve()
    tx.onerror = tx.onabort = () => reject(new Error(`put failed: ${String(tx.error)}`))
  })
  const ms = g.performance.now() - t0
  db.close()
  return { ms, records: tables.reduce((n, t) => n + t.length, 0) }
}

/**
 * The Statistics screen opened in a new page that records its long tasks, settled as a user
 * would find it before clicking a backup button: the screen's own first render (its charts,
 * drawn a few to a task, and its tables) is the Statistics row's to time, not the backup's.
 */
export async function statsForBackup(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.addInitScript(longTaskProbe)
  await page.goto(`${BENCH_ORIGIN}/#/stats`)
  await page.getByTestId('card-states').waitFor({ timeout: 60_000 })
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(2000)
  return page
}

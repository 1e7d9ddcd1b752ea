/**
 * In-page probes for the card browser (issue 11). Each runs inside the page (Playwright
 * serialises it), so it uses only its arguments and browser globals, typed loosely here. As in
 * probes.ts, "painted" is the requestAnimationFrame after the DOM change.
 */

interface El {
  textContent: string | null
  scrollTop: number
  scrollHeight: number
  clientHeight: number
  value: string
  style: Record<string, string>
  getAttribute(name: string): string | null
  querySelector(selector: string): El | null
  dispatchEvent(event: unknown): boolean
  getBoundingClientRect(): unknown
  appendChild(child: El): El
  remove(): void
}

interface Page {
  document: {
    querySelector(selector: string): El | null
    createElement(tag: string): El
    body: El & { offsetHeight: number }
  }
  performance: { now(): number }
  requestAnimationFrame(cb: () => void): number
  Event: new (type: string, init?: { bubbles?: boolean }) => unknown
  MutationObserver: new (cb: () => void) => {
    observe(target: unknown, options: Record<string, boolean>): void
    disconnect(): void
  }
}

export interface Painted {
  /** Input event to the new rows in the DOM (ms). */
  dom: number
  /** Input event to the frame that shows them (ms). */
  painted: number
  /** The count line after the query, e.g. "6,667 of 100,000 cards". */
  count: string
}

/** Types `query` into the search field as one input event; resolves once its rows are painted. */
export function typeQuery(query: string): Promise<Painted> {
  const g = globalThis as unknown as Page
  const d = g.document
  const input = d.querySelector('[data-testid="browse-query"]')
  if (!input) throw new Error('no search field')
  const state = (): string =>
    `${d.querySelector('[data-testid="browse-count"]')?.textContent ?? ''}|${
      d
        .querySelector('[data-testid="card-table"] [aria-rowindex="2"]')
        ?.getAttribute('data-card') ?? ''
    }`
  const before = state()
  return new Promise((resolve, reject) => {
    let t0 = 0
    const timer = setTimeout(() => reject(new Error(`"${query}" never painted`)), 20_000)
    const observer = new g.MutationObserver(() => {
      if (state() === before) return
      observer.disconnect()
      const dom = g.performance.now() - t0
      g.requestAnimationFrame(() => {
        clearTimeout(timer)
        resolve({
          dom,
          painted: g.performance.now() - t0,
          count: d.querySelector('[data-testid="browse-count"]')?.textContent ?? ''
        })
      })
    })
    observer.observe(d.body, { childList: true, subtree: true, characterData: true })
    input.value = query
    t0 = g.performance.now()
    input.dispatchEvent(new g.Event('input', { bubbles: true }))
  })
}

/**
 * The floor for a query: a bare filter over 100,000 plain objects by a substring, its count
 * written to the page, and the frame that shows it — what any in-memory search must pay.
 */
export function queryFloor(): Promise<number> {
  const g = globalThis as unknown as Page
  const names = ['Minister Li', 'Governor Wang', 'Mayor Zhang', 'Director Chen', 'Official Liu']
  const rows = Array.from({ length: 100_000 }, (_, i) => ({
    speaker: `${names[i % 5]} ${i % 40}`,
    r: (i % 997) / 997
  }))
  const out = g.document.createElement('p')
  g.document.body.appendChild(out)
  return new Promise((resolve) => {
    g.requestAnimationFrame(() => {
      const t0 = g.performance.now()
      const found = rows.filter((r) => r.speaker.toLowerCase().includes('wang') && r.r < 0.8)
      out.textContent = String(found.length)
      g.requestAnimationFrame(() => {
        const t = g.performance.now() - t0
        out.remove()
        resolve(t)
      })
    })
  })
}

export interface ScrollRun {
  /** Per step: scroll set to the new rows laid out (script, style and layout), ms. */
  frames: number[]
  /** Steps whose rows were not in the DOM by the end of their own task. */
  late: number
  /** Rows in the list, from the grid's aria-rowcount. */
  rows: number
}

/**
 * Scrolls the grid from top to bottom in `steps` jumps, one a frame. Each step sets scrollTop,
 * lets the list react (the scroll event, then the framework's microtask) and forces layout: the
 * main-thread work that frame must do before it can paint.
 */
export async function scrollGrid(steps: number): Promise<ScrollRun> {
  const g = globalThis as unknown as Page
  const grid = g.document.querySelector('[data-testid="card-table"]')
  if (!grid) throw new Error('no grid')
  const rows = Number(grid.getAttribute('aria-rowcount') ?? 1) - 1
  const span = grid.scrollHeight - grid.clientHeight
  const frames: number[] = []
  let late = 0
  const frame = (): Promise<void> => new Promise((r) => g.requestAnimationFrame(() => r()))
  for (let i = 1; i <= steps; i++) {
    await frame()
    const top = Math.round((span * i) / steps)
    const t0 = g.performance.now()
    grid.scrollTop = top
    grid.dispatchEvent(new g.Event('scroll'))
    await Promise.resolve()
    await Promise.resolve()
    // The row at the top of the view: present once the list has drawn this step.
    const expected = Math.min(rows, Math.floor(Math.max(0, top - 38) / 36)) + 2
    if (!grid.querySelector(`[aria-rowindex="${expected}"]`)) late++
    grid.getBoundingClientRect()
    void g.document.body.offsetHeight
    frames.push(g.performance.now() - t0)
  }
  return { frames, late, rows }
}

/**
 * The floor for a scroll step: a plain scroll box as tall as the grid with 30 rows moved by
 * transform each step and their text rewritten, with no framework or virtualiser: the browser's
 * own style and layout for a frame of new rows.
 */
export async function scrollFloor({
  steps,
  height
}: {
  steps: number
  height: number
}): Promise<number[]> {
  const g = globalThis as unknown as Page
  const d = g.document
  const box = d.createElement('div')
  Object.assign(box.style, {
    position: 'fixed',
    inset: '0',
    overflow: 'auto',
    background: 'white',
    zIndex: '999'
  })
  const inner = d.createElement('div')
  Object.assign(inner.style, { position: 'relative', height: `${height}px` })
  box.appendChild(inner)
  const rows: El[] = []
  for (let i = 0; i < 30; i++) {
    const row = d.createElement('div')
    Object.assign(row.style, {
      position: 'absolute',
      top: '0',
      left: '0',
      right: '0',
      height: '36px'
    })
    inner.appendChild(row)
    rows.push(row)
  }
  d.body.appendChild(box)
  const frames: number[] = []
  const frame = (): Promise<void> => new Promise((r) => g.requestAnimationFrame(() => r()))
  for (let i = 1; i <= steps; i++) {
    await frame()
    const t0 = g.performance.now()
    const top = Math.round(((height - 800) * i) / steps)
    box.scrollTop = top
    const first = Math.floor(top / 36)
    rows.forEach((row, k) => {
      row.style.transform = `translateY(${(first + k) * 36}px)`
      row.textContent = `Row ${first + k}: a question of about this length, and its answer`
    })
    box.getBoundingClientRect()
    void d.body.offsetHeight
    frames.push(g.performance.now() - t0)
  }
  box.remove()
  return frames
}

/** Clicks `button` and resolves with the time until the notice under the toolbar changes. */
export function clickAndWaitForNotice(label: string): Promise<{ ms: number; notice: string }> {
  const g = globalThis as unknown as Page
  const d = g.document
  const all = (
    d as unknown as { querySelectorAll(s: string): ArrayLike<El & { click(): void }> }
  ).querySelectorAll('[role="toolbar"] button')
  const buttons = Array.from(all)
  const button = buttons.find((b) => b.textContent?.trim().startsWith(label))
  if (!button) throw new Error(`no ${label} button`)
  const notice = (): string => d.querySelector('[data-testid="browse-notice"]')?.textContent ?? ''
  const before = notice()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} never finished`)), 60_000)
    const observer = new g.MutationObserver(() => {
      if (notice() === before) return
      observer.disconnect()
      clearTimeout(timer)
      resolve({ ms: g.performance.now() - t0, notice: notice().trim() })
    })
    observer.observe(d.body, { childList: true, subtree: true, characterData: true })
    const t0 = g.performance.now()
    button.click()
  })
}

/**
 * The floor for a bulk action on `count` cards: the same IndexedDB work with nothing around it —
 * one read-write transaction that reads that many cards by key and puts them back.
 */
export function bulkFloor(count: number): Promise<number> {
  const g = globalThis as unknown as {
    indexedDB: { open(name: string): { onsuccess: () => void; onerror: () => void; result: IDB } }
    performance: { now(): number }
  }
  interface Req<T> {
    onsuccess: () => void
    result: T
  }
  interface IDB {
    transaction(
      store: string,
      mode: string,
      o: { durability: string }
    ): {
      objectStore(name: string): {
        getAllKeys(q: null, n: number): Req<string[]>
        get(k: string): Req<unknown>
        put(v: unknown): void
      }
      oncomplete: () => void
      onerror: () => void
    }
    close(): void
  }
  return new Promise((resolve, reject) => {
    const open = g.indexedDB.open('newsdeck')
    open.onerror = () => reject(new Error('open failed'))
    open.onsuccess = () => {
      const db = open.result
      const keys = db.transaction('cards', 'readonly', { durability: 'strict' })
      const req = keys.objectStore('cards').getAllKeys(null, count)
      req.onsuccess = () => {
        const ids = req.result
        const t0 = g.performance.now()
        // As the app writes it: strict durability, one transaction, reads then puts.
        const tx = db.transaction('cards', 'readwrite', { durability: 'strict' })
        const store = tx.objectStore('cards')
        let left = ids.length
        for (const id of ids) {
          const get = store.get(id)
          get.onsuccess = () => {
            store.put(get.result)
            if (--left === 0) return
          }
        }
        tx.oncomplete = () => {
          db.close()
          resolve(g.performance.now() - t0)
        }
        tx.onerror = () => reject(new Error('floor transaction failed'))
      }
    }
  })
}

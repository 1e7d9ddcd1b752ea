/**
 * The few browser APIs the in-page benchmark code uses, typed by hand: the bench is compiled
 * with tsconfig.node.json, which has no DOM lib, and adding one there would change how every
 * Node file in the project type-checks.
 *
 * In-page functions are serialised by Playwright, so they must not close over module scope; they
 * reach these through `globalThis as unknown as PageGlobals`.
 */

export interface IdbRequest<T = unknown> {
  result: T
  error: unknown
  onsuccess: (() => void) | null
  onerror: (() => void) | null
}

export interface IdbOpenRequest extends IdbRequest<IdbDatabase> {
  onblocked: (() => void) | null
}

export interface IdbCursor {
  value: unknown
  continue(): void
  update(value: unknown): IdbRequest
}

export interface IdbIndex {
  getAll(range?: unknown, count?: number): IdbRequest<unknown[]>
  openCursor(range?: unknown): IdbRequest<IdbCursor | null>
}

export interface IdbStore {
  put(value: unknown): IdbRequest
  add(value: unknown): IdbRequest
  get(key: unknown): IdbRequest<unknown>
  getAll(range?: unknown, count?: number): IdbRequest<unknown[]>
  count(): IdbRequest<number>
  openCursor(range?: unknown): IdbRequest<IdbCursor | null>
  index(name: string): IdbIndex
}

export interface IdbTransaction {
  objectStore(name: string): IdbStore
  oncomplete: (() => void) | null
  onerror: (() => void) | null
  onabort: (() => void) | null
  error: unknown
}

export interface IdbDatabase {
  version: number
  objectStoreNames: { contains(name: string): boolean; length: number }
  transaction(
    stores: string | string[],
    mode?: 'readonly' | 'readwrite',
    options?: { durability: 'default' | 'strict' | 'relaxed' }
  ): IdbTransaction
  close(): void
}

export interface PageElement {
  textContent: string | null
  getAttribute(name: string): string | null
}

export interface PageGlobals {
  indexedDB: { open(name: string): IdbOpenRequest }
  IDBKeyRange: {
    lowerBound(lower: unknown, open?: boolean): unknown
    bound(lower: unknown, upper: unknown, lowerOpen?: boolean, upperOpen?: boolean): unknown
  }
  performance: { now(): number }
  requestAnimationFrame(cb: (t: number) => void): number
  addEventListener(type: 'keydown', cb: (e: { key: string }) => void, capture: boolean): void
  MutationObserver: new (cb: () => void) => {
    observe(
      target: unknown,
      options: {
        childList?: boolean
        subtree?: boolean
        characterData?: boolean
        attributes?: boolean
      }
    ): void
    disconnect(): void
  }
  document: { querySelector(selector: string): PageElement | null }
  /** Set by the bench's probes; see measure.ts. */
  __bench?: BenchProbe
}

/** What the in-page probes record, read back with page.evaluate. */
export interface BenchProbe {
  /** Review screen mounted, from navigation start. */
  screen?: number
  /** First review card's frame, from navigation start. */
  firstCard?: number
  answers: { t0: number; dom: number; painted: number; frames: number }[]
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`; Playwright
 * then ships that text into the page, where `__name` does not exist. This defines it there.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f)'

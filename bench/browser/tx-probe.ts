/** One IndexedDB transaction the page started, in the page's performance.now() time. */
export interface TxLog {
  t: number
  /** When it completed or aborted; -1 while open. */
  end: number
  stores: string
  mode: string
}

/**
 * Init script for the diagnostics: logs each transaction the page (not a worker) starts, with
 * its stores and mode, from creation to complete, in `globalThis.__tx`.
 */
export function txProbe(): void {
  const g = globalThis as unknown as {
    IDBDatabase: { prototype: Record<string, unknown> }
    __tx: TxLog[]
  }
  g.__tx = []
  const proto = g.IDBDatabase.prototype
  const original = proto.transaction as (
    this: unknown,
    ...a: unknown[]
  ) => { addEventListener(e: string, f: () => void): void }
  proto.transaction = function (this: unknown, ...args: unknown[]) {
    const tx = original.apply(this, args)
    const entry = {
      t: performance.now(),
      end: -1,
      stores: String(args[0]),
      mode: String(args[1] ?? 'readonly')
    }
    g.__tx.push(entry)
    const done = (): void => void (entry.end = performance.now())
    tx.addEventListener('complete', done)
    tx.addEventListener('abort', done)
    return tx
  }
}

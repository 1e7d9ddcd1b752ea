import Dexie, { liveQuery, type ObservabilitySet } from 'dexie'
import { database, type NewsdeckDatabase } from './database'

/**
 * Runs `query` now and again whenever the tables it read change (in this tab or another).
 * Returns the unsubscribe function. The state layer builds rune-based live values on this.
 */
export function observe<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void = (e) => console.error(e)
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError })
  return () => subscription.unsubscribe()
}

export type TableName = {
  [K in keyof NewsdeckDatabase]: NewsdeckDatabase[K] extends Dexie.Table ? K : never
}[keyof NewsdeckDatabase]

/**
 * Calls `onWrite` after each committed write to any of `tables` (in this window, a worker or
 * another tab), reading nothing: for state that only needs to know that it is out of date.
 * Dexie names each written part `idb://<database>/<table>/<index>`.
 */
export function onTablesWritten(tables: readonly TableName[], onWrite: () => void): () => void {
  const listener = (parts: ObservabilitySet): void => {
    const prefixes = tables.map((table) => `idb://${database().name}/${table}/`)
    if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) onWrite()
  }
  Dexie.on('storagemutated', listener)
  return () => Dexie.on('storagemutated').unsubscribe(listener)
}

/**
 * Runs `query` at once and again after each write to any of `tables`, one run at a time (a write
 * during a run asks for one more). Unlike a live query, the first run's requests go out before
 * this returns, not a task later, and nothing is tracked per range: for a screen that reads
 * whole tables and wants its first read under way while it is still being built.
 */
export function observeTables<T>(
  tables: readonly TableName[],
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void
): () => void {
  let stopped = false
  let running = false
  let again = false
  const run = async (): Promise<void> => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        const value = await query()
        if (!stopped) onValue(value)
      } while (again && !stopped)
    } catch (error) {
      if (!stopped) onError(error)
    } finally {
      running = false
    }
  }
  const unwatch = onTablesWritten(tables, () => void run())
  void run()
  return () => {
    stopped = true
    unwatch()
  }
}

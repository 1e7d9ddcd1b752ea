import Dexie, { liveQuery, RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie'
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
 * A table to watch, or only some of its records by key: `{ table: 'settings', keys: ['study'] }`
 * for a screen that reads the study settings, so that the settings written every few minutes
 * (the sync state, the date of the last backup) do not make it read again.
 */
export type Watched = TableName | { table: TableName; keys: readonly string[] }

/**
 * Calls `onWrite` after each committed write to any of `watched` (in this window, a worker or
 * another tab), reading nothing: for state that only needs to know that it is out of date.
 * Dexie names each written part `idb://<database>/<table>/<index>`, with the keys it touched;
 * the primary key's part is the one with no index name (and ":dels" for deletions), and a
 * cleared table covers every key.
 */
export function onTablesWritten(watched: readonly Watched[], onWrite: () => void): () => void {
  const tests = watched.map((w) => {
    const table = typeof w === 'string' ? w : w.table
    const keys = typeof w === 'string' ? null : new RangeSet().addKeys([...w.keys])
    return { table, keys }
  })
  const listener = (parts: ObservabilitySet): void => {
    const written = tests.some(({ table, keys }) => {
      const prefix = `idb://${database().name}/${table}/`
      return Object.keys(parts).some((part) => {
        if (!part.startsWith(prefix)) return false
        const index = part.slice(prefix.length)
        // A secondary index's part names index values, not keys: it cannot rule a record out.
        if (!keys || (index !== '' && index !== ':dels')) return true
        return rangesOverlap(parts[part]!, keys)
      })
    })
    if (written) onWrite()
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
  tables: readonly Watched[],
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

/**
 * The Library's kept counts, read while the app's code is still loading. `early.ts`, the page's
 * first and smallest script, starts the read; the Library claims the result once, for its first
 * paint. A cold start at 100,000 cards spent its first ~400 ms fetching, compiling and running
 * the app before Dexie asked IndexedDB for anything, and the read itself (200 records, each with
 * its due-by-day map) is most of what a page with no app code takes (`npm run bench -- library`).
 *
 * Raw IndexedDB, so the first script loads no library. It never creates nor upgrades the
 * database: on a first launch there is nothing to read, and a result read at a schema version
 * other than the one the app opens is not used (`earlyArticleSummaries` in library-repo.ts).
 */

/**
 * The store and index the Library lists its articles from, oldest import first, as the schema
 * declares them (version 4 in database.ts; a test reads both ways and compares).
 */
export const LIBRARY_COUNTS = { store: 'articleCounts', index: 'importedAt' } as const

/** What the early read found: the database version it read at and the store's records. */
export interface EarlyRows {
  version: number
  rows: unknown[]
}

let pending: Promise<EarlyRows | null> | null = null

/**
 * Starts reading `store` in `index` order from database `name`, unless a read is already under
 * way. Resolves with null, never rejects, when there is no such database or store, or anything
 * fails: the caller then reads as it would have without it.
 */
export function startEarlyRead(
  factory: IDBFactory,
  name: string,
  store: string,
  index: string
): Promise<EarlyRows | null> {
  pending ??= readOnce(factory, name, store, index)
  return pending
}

/**
 * The early read's result, handed out once: null when there was none, it failed, or it was
 * already claimed. Later reads go to the database, since what it holds may have changed since.
 */
export async function claimEarlyRows(): Promise<EarlyRows | null> {
  const read = pending
  pending = null
  return read
}

function readOnce(
  factory: IDBFactory,
  name: string,
  store: string,
  index: string
): Promise<EarlyRows | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest
    try {
      // No version: whatever is there. An upgrade is asked for only when there is no database,
      // and aborting it leaves none, for the app to create with its own schema.
      open = factory.open(name)
    } catch {
      resolve(null)
      return
    }
    open.onupgradeneeded = () => open.transaction?.abort()
    open.onerror = () => resolve(null)
    open.onblocked = () => resolve(null)
    open.onsuccess = () => {
      const db = open.result
      // The app opening at a newer version must not wait for this connection.
      db.onversionchange = () => db.close()
      try {
        const request = db.transaction(store).objectStore(store).index(index).getAll()
        request.onsuccess = () => resolve({ version: db.version, rows: request.result })
        request.onerror = () => resolve(null)
      } catch {
        resolve(null)
      } finally {
        // Closes once the read's transaction is done.
        db.close()
      }
    }
  })
}

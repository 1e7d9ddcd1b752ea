/**
 * This window's sync: the password, kept only in memory until the window closes; "Sync now";
 * and, once a sync with that password has worked, syncing on its own every N minutes and when
 * the window is hidden or closed. The web build keeps no password, so a new session syncs on its
 * own only after the user has synced once in it.
 */
import { isUserFacingError } from '@core/errors'
import type { SyncMeta, SyncTarget } from '../db/records'
import { loadSyncMeta, saveSyncTarget } from '../db/sync-repo'
import { AutoSync, syncOnHide } from '../sync/auto-sync'
import { pendingWrites } from './pending-writes'

/** Minutes between automatic syncs when the user has not chosen. */
export const DEFAULT_SYNC_MINUTES = 10

export class SyncSession {
  busy = $state(false)
  error = $state<string | null>(null)
  last = $state<SyncMeta['lastSync']>(null)
  /** Chunks the last sync could not read, each in a sentence. */
  skipped = $state<string[]>([])
  password = ''
  #target: SyncTarget | null = null
  #auto = new AutoSync(
    () => this.#syncOnce(),
    (error) => this.#failed(error)
  )
  #stopOnHide: (() => void) | null = null

  async load(): Promise<void> {
    this.last = (await loadSyncMeta())?.lastSync ?? null
  }

  /** "Sync now"; if it works, the password is kept for this session and syncing goes on alone. */
  async syncNow(target: SyncTarget, password: string): Promise<void> {
    await saveSyncTarget(target)
    this.#target = target
    this.password = password
    await this.#auto.now()
    if (this.error) return
    this.#auto.every(target.everyMinutes ?? DEFAULT_SYNC_MINUTES)
    this.#stopOnHide ??= syncOnHide(this.#auto)
  }

  /** A new period, kept with the target; it applies at once if syncing already goes on alone. */
  async syncEvery(target: SyncTarget): Promise<void> {
    await saveSyncTarget(target)
    if (this.#auto.scheduled || this.#stopOnHide) {
      this.#target = target
      this.#auto.every(target.everyMinutes ?? DEFAULT_SYNC_MINUTES)
    }
  }

  async #syncOnce(): Promise<void> {
    const target = this.#target
    if (!target) return
    this.busy = true
    this.error = null
    try {
      // An answer the screen acknowledged goes in this sync, even one still committing.
      await pendingWrites.flush()
      // The engine and its store load only when a sync runs.
      const [{ syncNow }, { webDavStore }] = await Promise.all([
        import('../sync/sync-engine'),
        import('../sync/webdav-store')
      ])
      const report = await syncNow(webDavStore({ ...target, password: this.password }), Date.now())
      this.skipped = report.skipped
      this.last = (await loadSyncMeta())?.lastSync ?? null
    } finally {
      this.busy = false
    }
  }

  #failed(error: unknown): void {
    if (isUserFacingError(error)) {
      this.error = error.message
      return
    }
    this.error = 'Sync stopped on an unexpected error; the library here is as it was.'
    console.error(error)
  }
}

export const syncSession = new SyncSession()

import { isUserFacingError } from '@core/errors'
import type { SyncMeta } from '../../lib/db/records'
import { loadSyncMeta, loadSyncTarget, saveSyncTarget } from '../../lib/db/sync-repo'

/** Kept only while this window is open: the password is never written anywhere. */
let sessionPassword = ''

/** Settings › Sync: the server, "Sync now", and what the last sync brought. */
export class SyncPanel {
  url = $state('')
  user = $state('')
  password = $state(sessionPassword)
  busy = $state(false)
  error = $state<string | null>(null)
  last = $state<SyncMeta['lastSync']>(null)
  /** Chunks the last sync could not read, each in a sentence. */
  skipped = $state<string[]>([])

  async load(): Promise<void> {
    const [target, meta] = await Promise.all([loadSyncTarget(), loadSyncMeta()])
    // What was typed while this was read stays.
    this.url ||= target?.url ?? ''
    this.user ||= target?.user ?? ''
    this.last = meta?.lastSync ?? null
  }

  async sync(): Promise<void> {
    this.busy = true
    this.error = null
    try {
      // The engine and its store load only when someone syncs.
      const [{ syncNow }, { webDavStore }] = await Promise.all([
        import('../../lib/sync/sync-engine'),
        import('../../lib/sync/webdav-store')
      ])
      const target = { url: this.url.trim(), user: this.user.trim() }
      const store = webDavStore({ ...target, password: this.password })
      await saveSyncTarget(target)
      const report = await syncNow(store, Date.now())
      sessionPassword = this.password
      this.skipped = report.skipped
      this.last = (await loadSyncMeta())?.lastSync ?? null
    } catch (error) {
      if (!isUserFacingError(error)) throw error
      this.error = error.message
    } finally {
      this.busy = false
    }
  }
}

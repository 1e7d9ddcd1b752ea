import type { SyncTarget } from '../../lib/db/records'
import { loadSyncTarget } from '../../lib/db/sync-repo'
import { DEFAULT_SYNC_MINUTES, syncSession } from '../../lib/state/sync-session.svelte'

/** Settings › Sync: the server, how often to sync alone, and "Sync now" (the session does it). */
export class SyncPanel {
  url = $state('')
  user = $state('')
  password = $state(syncSession.password)
  everyMinutes = $state(DEFAULT_SYNC_MINUTES)
  readonly session = syncSession

  async load(): Promise<void> {
    const [target] = await Promise.all([loadSyncTarget(), syncSession.load()])
    // What was typed while this was read stays.
    this.url ||= target?.url ?? ''
    this.user ||= target?.user ?? ''
    this.everyMinutes = target?.everyMinutes ?? DEFAULT_SYNC_MINUTES
  }

  #target(): SyncTarget {
    const minutes = Math.max(0, Math.round(Number(this.everyMinutes) || 0))
    return { url: this.url.trim(), user: this.user.trim(), everyMinutes: minutes }
  }

  sync(): Promise<void> {
    return syncSession.syncNow(this.#target(), this.password)
  }

  forgetPassword(): void {
    syncSession.forgetPassword()
    this.password = ''
  }

  saveInterval(): Promise<void> {
    return syncSession.syncEvery(this.#target())
  }
}

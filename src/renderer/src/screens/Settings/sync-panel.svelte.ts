import type { SyncTarget } from '../../lib/db/records'
import { loadSyncTarget } from '../../lib/db/sync-repo'
import { platform, type Platform } from '../../lib/platform'
import { DEFAULT_SYNC_MINUTES, syncSession } from '../../lib/state/sync-session.svelte'

export type SyncKind = NonNullable<SyncTarget['kind']>

/**
 * Settings › Sync: where to sync (a WebDAV server, or on the desktop a synced folder), how often
 * to sync alone, and "Sync now" (the session does it).
 */
export class SyncPanel {
  kind = $state<SyncKind>('webdav')
  url = $state('')
  user = $state('')
  password = $state(syncSession.password)
  folder = $state('')
  everyMinutes = $state(DEFAULT_SYNC_MINUTES)
  readonly session = syncSession
  /** False in the web build: a page has no folder of its own to keep in step. */
  readonly canUseFolder: boolean
  #platform: Platform

  constructor(place: Platform = platform()) {
    this.#platform = place
    this.canUseFolder = place.syncFolder !== null
  }

  async load(): Promise<void> {
    const [target] = await Promise.all([loadSyncTarget(), syncSession.load()])
    // What was typed or chosen while this was read stays.
    if (target?.kind === 'folder') {
      if (this.canUseFolder && !this.url) this.kind = 'folder'
      this.folder ||= target.folder
    } else if (target) {
      this.url ||= target.url
      this.user ||= target.user
    }
    this.everyMinutes = target?.everyMinutes ?? DEFAULT_SYNC_MINUTES
  }

  /** Whether "Sync now" has somewhere to go. */
  get ready(): boolean {
    return this.kind === 'folder' ? this.folder !== '' : this.url.trim() !== ''
  }

  async chooseFolder(): Promise<void> {
    const chosen = await this.#platform.syncFolder?.choose()
    if (chosen) this.folder = chosen
  }

  #target(): SyncTarget {
    const everyMinutes = Math.max(0, Math.round(Number(this.everyMinutes) || 0))
    if (this.kind === 'folder') return { kind: 'folder', folder: this.folder, everyMinutes }
    return { kind: 'webdav', url: this.url.trim(), user: this.user.trim(), everyMinutes }
  }

  sync(): Promise<void> {
    return syncSession.syncNow(this.#target(), this.kind === 'folder' ? '' : this.password)
  }

  forgetPassword(): void {
    syncSession.forgetPassword()
    this.password = ''
  }

  saveInterval(): Promise<void> {
    return syncSession.syncEvery(this.#target())
  }
}

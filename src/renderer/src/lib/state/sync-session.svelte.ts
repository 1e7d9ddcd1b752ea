/**
 * This window's sync: "Sync now"; and, once a sync with the password has worked, syncing on its
 * own every N minutes, when the window is hidden or closed, and when the app starts. The password
 * is kept where the platform can keep it safely: encrypted by the system's keychain on the
 * desktop, for this tab's session in the web build (so a reload syncs on start, a new tab asks
 * again). A server that refuses the password makes it forgotten. A synced folder (the desktop
 * only) has no password: once chosen, it syncs on start as well.
 */
import { isUserFacingError } from '@core/errors'
import { SyncStoreError } from '@core/sync/store'
import type { SyncMeta, SyncTarget, WebDavSyncTarget } from '../db/records'
import { loadSyncMeta, loadSyncTarget, saveSyncTarget } from '../db/sync-repo'
import { platform, type PasswordKept, type Platform } from '../platform'
import { AutoSync, syncOnHide } from '../sync/auto-sync'
import { pendingWrites } from './pending-writes'

/** Minutes between automatic syncs when the user has not chosen. */
export const DEFAULT_SYNC_MINUTES = 10

/** The key a password is kept under: the server's address and the user, never the password. */
export const syncAccount = (target: Pick<WebDavSyncTarget, 'url' | 'user'>): string =>
  `${target.url}\u0000${target.user}`

export class SyncSession {
  busy = $state(false)
  error = $state<string | null>(null)
  last = $state<SyncMeta['lastSync']>(null)
  /** Chunks the last sync could not read, each in a sentence. */
  skipped = $state<string[]>([])
  password = ''
  /** Where the password that worked is kept; null until one has. */
  kept = $state<PasswordKept | null>(null)
  #target: SyncTarget | null = null
  #platform: () => Platform
  #auto = new AutoSync(
    () => this.#syncOnce(),
    (error) => this.#failed(error)
  )
  #stopOnHide: (() => void) | null = null

  constructor(platformOf: () => Platform = platform) {
    this.#platform = platformOf
  }

  /**
   * At start: when this device keeps the password for its server, or has chosen a folder, sync
   * now and go on alone. Offline is fine (the schedule catches up); nothing happens without a
   * kept password.
   */
  async start(): Promise<void> {
    const target = await loadSyncTarget()
    if (!target || this.#target) return
    if (target.kind === 'folder') {
      if (!target.folder || !this.#platform().syncFolder) return
    } else {
      const password = await this.#platform().keptSyncPassword(syncAccount(target))
      if (password === null || this.#target) return
      this.password = password
      this.kept = this.#platform().isDesktop ? 'device' : 'session'
    }
    this.#target = target
    await this.#auto.now()
    if (!this.#target) return // the server refused the password
    this.#goOnAlone(target)
  }

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
    this.kept =
      target.kind === 'folder'
        ? null
        : await this.#platform().keepSyncPassword(syncAccount(target), password)
    this.#goOnAlone(target)
  }

  #goOnAlone(target: SyncTarget): void {
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
      const [{ syncNow }, { storeFor }] = await Promise.all([
        import('../sync/sync-engine'),
        import('../sync/store-for')
      ])
      const store = await storeFor(target, this.password, this.#platform())
      const report = await syncNow(store, Date.now())
      this.skipped = report.skipped
      this.last = (await loadSyncMeta())?.lastSync ?? null
    } finally {
      this.busy = false
    }
  }

  #failed(error: unknown): void {
    if (error instanceof SyncStoreError && error.problem === 'credentials') this.#forget()
    if (isUserFacingError(error)) {
      this.error = error.message
      return
    }
    this.error = 'Sync stopped on an unexpected error; the library here is as it was.'
    console.error(error)
  }

  /** "Forget the password": this device keeps it no more and stops syncing alone. */
  forgetPassword(): void {
    this.#forget()
    this.password = ''
  }

  /** The server refused the password (or the user asked): stop syncing alone, keep it no more. */
  #forget(): void {
    const target = this.#target
    this.#auto.stop()
    this.#stopOnHide?.()
    this.#stopOnHide = null
    this.#target = null
    this.kept = null
    if (target?.kind === 'folder') return
    if (target) void this.#platform().keepSyncPassword(syncAccount(target), null)
    else void this.#forgetSaved()
  }

  /** Forgets the password kept for the saved server, when this window never synced with it. */
  async #forgetSaved(): Promise<void> {
    const saved = await loadSyncTarget()
    if (saved && saved.kind !== 'folder') {
      await this.#platform().keepSyncPassword(syncAccount(saved), null)
    }
  }
}

export const syncSession = new SyncSession()

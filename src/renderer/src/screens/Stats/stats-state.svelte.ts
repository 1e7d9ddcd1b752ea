import { isUserFacingError } from '@core/errors'
import { backupClient, type BackupClient } from '../../lib/backup/backup-client'
import type { BackupProgress, BackupSummary } from '../../lib/backup/backup-jobs'
import { statsSnapshot, type StatsSnapshot } from '../../lib/db/stats-repo'
import { platform, readFileBytes, type Platform } from '../../lib/platform'
import { exportRequest, type ExportKind } from '../../lib/state/exports'
import { LiveValue } from '../../lib/state/live.svelte'
import { backupContents, restoreQuestion, statsView, type StatsView } from './logic'

export type { ExportKind } from '../../lib/state/exports'

export interface Notice {
  kind: 'ok' | 'error'
  text: string
}

/**
 * The statistics screen: live numbers from the database, the three exports, and restoring a
 * backup in two steps (read and check the file, then replace the library once the user agrees).
 * Backups run in the backup worker; this only shows their progress.
 */
export class StatsState {
  readonly snapshot: LiveValue<StatsSnapshot | null>
  busy = $state<ExportKind | 'checking' | 'restore' | null>(null)
  notice = $state<Notice | null>(null)
  /** A checked backup (kept by the worker) waiting for the user's go-ahead, and the question. */
  pending = $state.raw<{ backup: BackupSummary; question: string } | null>(null)
  /** How far the backup work under way has got, for the progress bar. */
  progress = $state.raw<BackupProgress | null>(null)
  /** Recomputed whenever the database snapshot changes. */
  view: StatsView | null = $derived.by(() => {
    const snap = this.snapshot.current
    return snap ? statsView(snap, this.clock()) : null
  })

  constructor(
    private readonly clock: () => number = () => Date.now(),
    private readonly target: () => Platform = platform,
    private readonly backups: () => BackupClient = backupClient
  ) {
    this.snapshot = new LiveValue(() => statsSnapshot(this.clock()), null)
  }

  start(): () => void {
    return this.snapshot.start()
  }

  async exportAs(kind: ExportKind): Promise<void> {
    if (this.busy) return
    this.busy = kind
    this.notice = null
    try {
      const request = await exportRequest(kind, this.clock(), this.#onProgress, this.backups())
      const result = await this.target().saveFile(request)
      if (result.kind === 'saved') this.notice = { kind: 'ok', text: `Saved to ${result.where}.` }
      else if (result.kind === 'error') this.notice = { kind: 'error', text: result.message }
    } catch (error) {
      this.notice = { kind: 'error', text: `The export failed: ${describe(error)}` }
    } finally {
      this.busy = null
      this.progress = null
    }
  }

  /** Reads and checks the chosen file; a bad file is reported here and never reaches storage. */
  async chooseBackup(file: Blob): Promise<void> {
    if (this.busy) return
    this.busy = 'checking'
    this.notice = null
    this.cancelRestore()
    try {
      const bytes = await readFileBytes(file)
      const backup = await this.backups().check(bytes, this.#onProgress)
      this.pending = { backup, question: restoreQuestion(backup) }
    } catch (error) {
      this.notice = { kind: 'error', text: `${describe(error)} Your library was not changed.` }
    } finally {
      this.busy = null
      this.progress = null
    }
  }

  cancelRestore(): void {
    if (this.pending) this.backups().discard(this.pending.backup.id)
    this.pending = null
  }

  async confirmRestore(): Promise<void> {
    const pending = this.pending
    if (!pending || this.busy) return
    this.busy = 'restore'
    try {
      await this.backups().restore(pending.backup.id, this.#onProgress)
      this.notice = { kind: 'ok', text: `Library restored: ${backupContents(pending.backup)}.` }
    } catch (error) {
      // Storage errors are technical ("QuotaExceededError", a stack overflow): the console gets
      // them, the person gets what happened and that nothing was lost.
      console.error('Restore failed', error)
      this.notice = {
        kind: 'error',
        text: isUserFacingError(error)
          ? `The restore failed, so your library was left as it was: ${error.message}`
          : 'The restore failed, so your library was left as it was. The browser could not store this backup; if there is little disk space left, free some and try again.'
      }
    } finally {
      this.pending = null
      this.busy = null
      this.progress = null
    }
  }

  readonly #onProgress = (progress: BackupProgress): void => {
    this.progress = progress
  }
}

function describe(error: unknown): string {
  if (isUserFacingError(error)) return error.message
  return error instanceof Error ? error.message : String(error)
}

import { isUserFacingError } from '@core/errors'
import { studyDay } from '@core/review/study-day'
import { backupClient, type BackupClient } from '../../lib/backup/backup-client'
import type { BackupProgress, BackupSummary, RestoreMode } from '../../lib/backup/backup-jobs'
import { rememberBackupSaved } from '../../lib/db/meta-repo'
import { recountRecall } from '../../lib/db/progress-repo'
import { STATS_INPUTS, statsSnapshot, type StatsSnapshot } from '../../lib/db/stats-repo'
import { platform, type Platform } from '../../lib/platform'
import { saveExport, type ExportKind } from '../../lib/state/exports'
import { LiveValue } from '../../lib/state/live.svelte'
import { statsView, type StatsView } from './logic'
import { progressView, type ProgressView } from './progress-logic'
import { restoreOutcome } from './restore-logic'

export type { ExportKind } from '../../lib/state/exports'

export interface Notice {
  kind: 'ok' | 'error'
  text: string
}

/**
 * The statistics screen: live numbers from the database, the three exports, and restoring a
 * backup in two steps: read and check the file (with a preview of what replacing the library
 * or merging the backup in would change), then, once the user chooses, save a copy of the
 * library as it is and replace or merge. Backups run in the backup worker; this only shows
 * their progress.
 */
export class StatsState {
  readonly snapshot: LiveValue<StatsSnapshot | null>
  busy = $state<ExportKind | 'checking' | 'safety-copy' | RestoreMode | null>(null)
  notice = $state<Notice | null>(null)
  /** A checked backup (kept by the worker) and its preview, waiting for the user's choice. */
  pending = $state.raw<BackupSummary | null>(null)
  /** How far the backup work under way has got, for the progress bar. */
  progress = $state.raw<BackupProgress | null>(null)
  /** Recomputed whenever the database snapshot changes. */
  view: StatsView | null = $derived.by(() => {
    const snap = this.snapshot.current
    return snap ? statsView(snap, this.clock()) : null
  })
  /** The heatmap, true retention and time spent, once every day of the year has its tally. */
  year: ProgressView | null = $derived.by(() => {
    const snap = this.snapshot.current
    if (!snap || snap.days.some((d) => !d.recall)) return null
    return progressView({
      days: snap.days,
      today: studyDay(this.clock(), snap.dayStartHour),
      desiredRetention: snap.desiredRetention
    })
  })
  /** Why the year's true-retention tallies could not be recounted, if they could not. */
  recountError = $state<string | null>(null)
  #recounting = false

  constructor(
    private readonly clock: () => number = () => Date.now(),
    private readonly target: () => Platform = platform,
    private readonly backups: () => BackupClient = backupClient
  ) {
    this.snapshot = new LiveValue(() => statsSnapshot(this.clock()), null, {
      onValue: (snap) => void this.#recountRecall(snap),
      watch: STATS_INPUTS
    })
  }

  /**
   * Day rows kept before the true-retention tallies existed (or restored from such a backup) are
   * counted once from their own log entries; the write brings a fresh snapshot. Not inside the
   * live query: it may only read.
   */
  async #recountRecall(snap: StatsSnapshot | null): Promise<void> {
    const missing = snap?.days.filter((d) => !d.recall).map((d) => d.day) ?? []
    if (missing.length === 0 || this.#recounting) return
    this.#recounting = true
    try {
      await recountRecall(missing)
      this.recountError = null
    } catch (error) {
      this.recountError = describe(error)
    } finally {
      this.#recounting = false
    }
  }

  start(): () => void {
    return this.snapshot.start()
  }

  async exportAs(kind: ExportKind): Promise<void> {
    if (this.busy) return
    this.busy = kind
    this.notice = null
    try {
      const result = await saveExport(
        kind,
        this.clock(),
        this.target(),
        this.#onProgress,
        this.backups()
      )
      if (result.kind === 'saved' && kind === 'backup') await rememberBackupSaved(this.clock())
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
      this.pending = await this.backups().check(file, this.#onProgress)
    } catch (error) {
      this.notice = { kind: 'error', text: `${describe(error)} Your library was not changed.` }
    } finally {
      this.busy = null
      this.progress = null
    }
  }

  cancelRestore(): void {
    if (this.pending) this.backups().discard(this.pending.id)
    this.pending = null
  }

  /**
   * Replaces the library with the checked backup, or merges it in, after saving a copy of the
   * library as it is (the backups folder on the desktop, a download on the web). If that copy
   * cannot be saved, nothing is restored.
   */
  async confirmRestore(mode: RestoreMode): Promise<void> {
    const pending = this.pending
    if (!pending || this.busy) return
    this.busy = 'safety-copy'
    try {
      const copy = await this.target().writeBackup(
        await this.backups().export(this.clock(), this.#onProgress),
        'before-restore'
      )
      if (copy.kind !== 'saved') {
        const why = copy.kind === 'error' ? ` ${copy.message}` : ''
        this.notice = {
          kind: 'error',
          text: `Nothing was restored: a copy of your library could not be saved first.${why}`
        }
        this.backups().discard(pending.id)
        return
      }
      this.busy = mode
      const result = await this.backups().restore(pending.id, mode, this.#onProgress)
      // After the restore, which replaces the settings this is kept in: the copy was saved now.
      await rememberBackupSaved(this.clock())
      this.notice = { kind: 'ok', text: restoreOutcome(result, pending.preview, copy.where) }
    } catch (error) {
      // Storage errors are technical ("QuotaExceededError", a stack overflow): the console gets
      // them, the person gets what happened and that nothing was lost.
      console.error('Restore failed', error)
      this.notice = {
        kind: 'error',
        text: isUserFacingError(error)
          ? `The ${mode === 'merge' ? 'merge' : 'restore'} failed, so your library was left as it was: ${error.message}`
          : `The ${mode === 'merge' ? 'merge' : 'restore'} failed, so your library was left as it was. The browser could not store this backup; if there is little disk space left, free some and try again.`
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

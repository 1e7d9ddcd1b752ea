/**
 * The backup work: writing a full backup, checking a backup file, restoring a checked one and
 * recounting the library ("Check database"). It runs in the backup worker, on the worker's own
 * database connection, so none of it holds the window; tests run it in place.
 */
import { BackupWriter, parseBackup, type Backup } from '@core/export/backup'
import { gzipStreamToBlob } from '@core/export/backup-gzip'
import type { MergeSummary } from '@core/library/merge-library'
import type { RestorePreview } from '@core/library/restore-preview'
import { readLibraryPages, restoreLibrary, tableCounts } from '../db/backup-repo'
import { mergeIntoLibrary, restorePreview } from '../db/merge-repo'
import { checkKeptCounts, type RecountReport } from '../db/maintenance-repo'

/** What a job has done so far: a stage, and how many of its steps. */
export interface BackupProgress {
  stage:
    | 'reading'
    | 'compressing'
    | 'unpacking'
    | 'checking'
    | 'comparing'
    | 'writing'
    | 'merging'
    | 'counting'
  done: number
  total: number
}

export type OnProgress = (progress: BackupProgress) => void

/** What the restore question tells about a checked backup. */
export interface BackupSummary {
  /** Which checked backup a restore refers to. */
  id: number
  exportedAt: string
  articles: number
  cards: number
  reviewLogs: number
  /** What a replace and a merge would each change in the library as it was when checked. */
  preview: RestorePreview
}

/** Replace the library with the backup, or merge the backup into it. */
export type RestoreMode = 'replace' | 'merge'

/** What a restore did: a replace reports nothing more; a merge, what it added and changed. */
export type RestoreResult = { mode: 'replace' } | { mode: 'merge'; summary: MergeSummary }

export class BackupJobs {
  #checked = new Map<number, Backup>()

  /**
   * The whole library as backup-file bytes (gzip'd JSON), read a page at a time. Each page is
   * encoded, hashed and compressed while the next is being read, so the file is done when the
   * read is, and only the compressed file is ever held whole.
   */
  async export(now: number, progress: OnProgress = () => undefined): Promise<Blob> {
    const total = await tableCounts()
    const gzip = gzipStreamToBlob()
    try {
      const file = await BackupWriter.open(new Date(now).toISOString(), gzip.write)
      let done = 0
      let table: string | null = null
      await readLibraryPages((name, rows) => {
        if (name !== table) file.table((table = name))
        file.rows(rows)
        progress({ stage: 'reading', done: (done += rows.length), total })
      })
      file.finish()
    } catch (error) {
      gzip.abort(error)
      throw error
    }
    progress({ stage: 'compressing', done: 0, total: 1 })
    const blob = await gzip.close()
    progress({ stage: 'compressing', done: 1, total: 1 })
    return blob
  }

  /** Reads and checks a file; keeps what it found for `restore`. Throws BackupFormatError. */
  async check(id: number, bytes: Uint8Array, progress: OnProgress = () => undefined) {
    progress({ stage: 'unpacking', done: 0, total: 1 })
    const backup = await parseBackup(bytes, {
      onRecords: (done, total) => progress({ stage: 'checking', done, total })
    })
    progress({ stage: 'comparing', done: 0, total: 1 })
    const preview = await restorePreview(backup)
    // Only the latest checked backup waits for its go-ahead.
    this.#checked.clear()
    this.#checked.set(id, backup)
    const summary: BackupSummary = {
      id,
      exportedAt: backup.exportedAt,
      articles: backup.articles.length,
      cards: backup.cards.length,
      reviewLogs: backup.reviewLogs.length,
      preview
    }
    return summary
  }

  /**
   * Replaces the library with a backup `check` accepted, or merges the backup into it: either
   * way all of it, or none of it.
   */
  async restore(
    id: number,
    mode: RestoreMode,
    progress: OnProgress = () => undefined
  ): Promise<RestoreResult> {
    const backup = this.#checked.get(id)
    if (!backup) throw new Error('this backup is no longer ready to restore; choose it again')
    this.#checked.delete(id)
    if (mode === 'merge') {
      const onWrite = (done: number, total: number) => progress({ stage: 'merging', done, total })
      return { mode, summary: await mergeIntoLibrary(backup, onWrite) }
    }
    await restoreLibrary(backup, (done, total) => progress({ stage: 'writing', done, total }))
    return { mode }
  }

  discard(id: number): void {
    this.#checked.delete(id)
  }

  checkDatabase(progress: OnProgress = () => undefined): Promise<RecountReport> {
    return checkKeptCounts((done) => progress({ stage: 'counting', done, total: 0 }))
  }
}

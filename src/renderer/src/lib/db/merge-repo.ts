/**
 * Merging a backup into the library (core/library/merge-library does the merging) and the
 * preview of a restore, both on the backup worker's connection. A merge is one read-write
 * transaction: the library is read, merged with the backup in memory and the changed records
 * written, so a failure part-way leaves the library exactly as it was.
 */
import type { BackupTables } from '@core/export/backup'
import { mergeLibraries, type LibraryTables, type MergeSummary } from '@core/library/merge-library'
import { previewRestore, type RestorePreview } from '@core/library/restore-preview'
import { storedScheduler } from '@core/optimizer/stored-scheduler'
import type { Scheduler } from '@core/review/scheduler'
import {
  allTables,
  BACKUP_TABLES,
  backupCounts,
  readLibrary,
  type RestoreProgress
} from './backup-repo'
import { database } from './database'
import { replaceCounts } from './count-changes'
import { totalsIn } from './kept-counts'

/**
 * The scheduler this library answers with (its study settings and fitted parameters), which a
 * merge replays cards answered on both machines through; the backup's settings are not taken.
 */
export function librarySchedulerOf(settings: LibraryTables['settings']): Scheduler {
  return storedScheduler((key) => settings.find((s) => s.key === key)?.value)
}

/** What restoring `backup` would do, against the library as it is now. Writes nothing. */
export async function restorePreview(
  backup: BackupTables & { exportedAt: string }
): Promise<RestorePreview> {
  const local = await readLibrary()
  return previewRestore(local, backup, librarySchedulerOf(local.settings))
}

/**
 * Merges a checked backup into the library in one transaction, writing only the records the
 * merge changed or added, and the kept counts of every article recounted from the merged cards
 * (so they equal a recount by construction), with the library's total moved to match.
 */
export async function mergeIntoLibrary(
  backup: BackupTables,
  onProgress: RestoreProgress = () => undefined
): Promise<MergeSummary> {
  const db = database()
  return db.transaction('rw', [...allTables(), db.articleCounts, db.libraryCounts], async () => {
    const local = Object.fromEntries(
      await Promise.all(BACKUP_TABLES.map(async (t) => [t, await db.table(t).toArray()]))
    ) as BackupTables
    const { tables, summary } = mergeLibraries(local, backup, librarySchedulerOf(local.settings))
    const changed = BACKUP_TABLES.map((name) => {
      // The merge hands back this library's own records when it kept them as they were.
      const unchanged = new Set<unknown>(local[name])
      return [name, (tables[name] as unknown[]).filter((row) => !unchanged.has(row))] as const
    })
    const total = changed.reduce((n, [, rows]) => n + rows.length, 0)
    let written = 0
    onProgress(0, total)
    for (const [name, rows] of changed) {
      if (rows.length === 0) continue
      await db.table(name).bulkPut(rows)
      onProgress((written += rows.length), total)
    }
    await replaceCounts(totalsIn(db), backupCounts(tables))
    return summary
  })
}

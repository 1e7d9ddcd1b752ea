/**
 * The three exports: the statistics screen's buttons and the desktop File › Export menu both
 * save them here, so a file is named and filled the same way from either. The review history
 * streams, a page of the log at a time, however long the log.
 */
import { backupFileName } from '@core/export/backup-name'
import { cardsCsv, reviewLogCsv } from '../db/export-repo'
import { blobOfChunks, type Platform, type SaveRequest, type SaveResult } from '../platform'
import { backupClient, type BackupClient } from '../backup/backup-client'
import type { OnProgress } from '../backup/backup-jobs'
import { localDate } from '@core/calendar'

export type ExportKind = 'cards' | 'history' | 'backup'

const CSV_FILTER = [{ name: 'CSV', extensions: ['csv'] }]

/** The cards CSV or a full backup, as one file's bytes. */
export async function exportRequest(
  kind: Exclude<ExportKind, 'history'>,
  now: number,
  progress?: OnProgress,
  backups: BackupClient = backupClient()
): Promise<SaveRequest> {
  const day = localDate(now)
  if (kind === 'backup') {
    return {
      suggestedName: backupFileName(day),
      bytes: await backups.export(now, progress),
      mimeType: 'application/gzip',
      filters: [{ name: 'Newsdeck backup', extensions: ['gz'] }]
    }
  }
  return {
    suggestedName: `newsdeck-cards-${day}.csv`,
    bytes: new TextEncoder().encode(await cardsCsv()),
    mimeType: 'text/csv',
    filters: CSV_FILTER
  }
}

/** Builds one export and saves it where the user chooses. */
export async function saveExport(
  kind: ExportKind,
  now: number,
  target: Platform,
  progress?: OnProgress,
  backups?: BackupClient
): Promise<SaveResult> {
  if (kind === 'history')
    return target.saveBlob({
      suggestedName: `newsdeck-review-history-${localDate(now)}.csv`,
      blob: await blobOfChunks(reviewLogCsv(), 'text/csv'),
      filters: CSV_FILTER
    })
  return target.saveFile(await exportRequest(kind, now, progress, backups))
}

/**
 * The three exports as save requests: the statistics screen's buttons and the desktop File ›
 * Export menu both build them here, so a file is named and filled the same way from either.
 */
import { backupFileName } from '@core/export/backup-name'
import { cardsCsv, reviewLogCsv } from '../db/export-repo'
import type { SaveRequest } from '../platform'
import { backupClient, type BackupClient } from '../backup/backup-client'
import type { OnProgress } from '../backup/backup-jobs'
import { localDate } from '@core/calendar'

export type ExportKind = 'cards' | 'history' | 'backup'

const CSV_FILTER = [{ name: 'CSV', extensions: ['csv'] }]

export async function exportRequest(
  kind: ExportKind,
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
    suggestedName: `newsdeck-${kind === 'cards' ? 'cards' : 'review-history'}-${day}.csv`,
    bytes: new TextEncoder().encode(kind === 'cards' ? await cardsCsv() : await reviewLogCsv()),
    mimeType: 'text/csv',
    filters: CSV_FILTER
  }
}

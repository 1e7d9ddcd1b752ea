/**
 * Automatic backups on the desktop: the first start of each study day hands a full backup to
 * main, which keeps the newest seven on disk. The web build has nowhere to keep files without
 * asking, so it skips; its users back up from the statistics screen.
 */
import { studyDay } from '@core/review/study-day'
import { backupClient } from '../backup/backup-client'
import { lastBackupDay, rememberBackupDay, studyDayStartHour } from '../db/meta-repo'
import { platform, type Platform, type SaveResult } from '../platform'

/**
 * The whole library as a backup file (gzip'd JSON), written by the backup worker: the daily
 * backup runs while the user studies, and a large library takes seconds to read and compress.
 */
export function backupFile(now: number): Promise<Blob> {
  return backupClient().export(now)
}

export type AutoBackupResult = { kind: 'skipped'; reason: 'web' | 'done-today' } | SaveResult

/**
 * Backs up once per study day. The day is remembered only after main reports the file saved,
 * so a failed write is retried at the next start rather than silently skipped until tomorrow.
 */
export async function maybeBackUp(
  now: number,
  target: Platform = platform()
): Promise<AutoBackupResult> {
  if (!target.isDesktop) return { kind: 'skipped', reason: 'web' }
  const today = studyDay(now, await studyDayStartHour())
  if ((await lastBackupDay()) === today) return { kind: 'skipped', reason: 'done-today' }
  return backUpNow(now, target)
}

/**
 * Writes today's backup to the backups folder now (File › Back up now), replacing an earlier
 * one of the same day; it counts as the day's automatic backup too.
 */
export async function backUpNow(now: number, target: Platform = platform()): Promise<SaveResult> {
  const result = await target.writeBackup(await backupFile(now), 'daily')
  if (result.kind === 'saved') await rememberBackupDay(studyDay(now, await studyDayStartHour()))
  return result
}

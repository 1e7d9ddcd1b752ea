/**
 * Automatic backups on the desktop: the first start of each study day hands a full backup to
 * main, which keeps the newest seven on disk. The web build has nowhere to keep files without
 * asking, so it skips; its users back up from the statistics screen.
 */
import { studyDay } from '@core/review/study-day'
import {
  lastBackupDay,
  lastBackupSaved,
  rememberBackupDay,
  rememberBackupSaved,
  studyDayStartHour
} from '../db/meta-repo'
import { platform, type Platform, type SaveResult } from '../platform'
import type { Notice } from './notices.svelte'

/**
 * The whole library as a backup file (gzip'd JSON), written by the backup worker: the daily
 * backup runs while the user studies, and a large library takes seconds to read and compress.
 */
export async function backupFile(now: number): Promise<Blob> {
  // Loaded when the first backup runs, not with the first screen.
  const { backupClient } = await import('../backup/backup-client')
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
  if (result.kind === 'saved') {
    await rememberBackupDay(studyDay(now, await studyDayStartHour()))
    await rememberBackupSaved(now)
  }
  return result
}

/**
 * The day's automatic backup, at start-up. A failure reaches the user as a notice saying why,
 * when the last one was saved and where to look, rather than only the console.
 */
export async function dailyBackup(
  now: number,
  show: (notice: Notice) => void,
  target: Platform = platform()
): Promise<void> {
  let reason: string
  try {
    const result = await maybeBackUp(now, target)
    if (result.kind !== 'error') return
    reason = result.message
  } catch (error) {
    console.error('Backup failed', error)
    reason = error instanceof Error ? error.message : String(error)
  }
  show({ kind: 'error', text: autoBackupFailed(reason, await lastBackupDay()) })
}

export function autoBackupFailed(reason: string, lastDay: string | null): string {
  const last = lastDay
    ? `The last automatic backup is from ${lastDay}.`
    : 'No automatic backup has been saved yet.'
  return `Today's automatic backup was not saved: ${reason.replace(/\.$/, '')}. ${last} Newsdeck tries again at the next start; Help › Backups folder shows where backups go.`
}

/** Help's line about backups: where they are, and when one was last saved. */
export async function backupsHelp(isDesktop: boolean): Promise<string> {
  const saved = await lastBackupSaved()
  const when = saved
    ? new Date(saved).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })
    : null
  if (isDesktop) {
    return `A backup is saved each day in the backups folder (Help › Backups folder). Last backup: ${when ?? 'none yet'}.`
  }
  return `This browser keeps no automatic backups: save a full backup from Statistics now and then. Last backup saved: ${when ?? 'none yet'}.`
}

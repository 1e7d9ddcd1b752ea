import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SAFETY_BACKUP_NAME, safetyBackupFileName } from '../core/export/backup-name'
import type { WriteBackupResult } from '../shared/ipc'

/**
 * Automatic backups: the renderer serialises the library and hands over the bytes; main only
 * stores them, one file per day, and keeps the newest few. No Electron here, so the rotation
 * is tested against a temporary directory.
 */
export const BACKUPS_KEPT = 7
/** Copies taken before a restore or merge: enough to undo the last few, not a growing pile. */
export const SAFETY_BACKUPS_KEPT = 5

const BACKUP_NAME = /^newsdeck-backup-(\d{4}-\d{2}-\d{2})\.json(\.gz)?$/

/** gzip's magic number: the file name should say what the bytes are. */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

/** UTC day, so a backup's name does not depend on the machine's time zone. */
export function backupFileName(now: Date, gzip: boolean): string {
  return `newsdeck-backup-${now.toISOString().slice(0, 10)}.json${gzip ? '.gz' : ''}`
}

/** Backup files in `names`, newest day first; files that are not ours are never touched. */
export function backupsNewestFirst(names: string[]): string[] {
  return names.filter((n) => BACKUP_NAME.test(n)).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
}

/** The day (YYYY-MM-DD) of the newest automatic backup among `names`, or null if there is none. */
export function lastBackupDay(names: string[]): string | null {
  const newest = backupsNewestFirst(names)[0]
  return newest ? (BACKUP_NAME.exec(newest)?.[1] ?? null) : null
}

/** The same, read from the backups folder; a folder not made yet has none. */
export async function readLastBackupDay(dir: string): Promise<string | null> {
  try {
    return lastBackupDay(await readdir(dir))
  } catch {
    return null
  }
}

/** Names to delete so that only the newest `keep` backups remain (one per day, see below). */
export function backupsToDelete(names: string[], keep = BACKUPS_KEPT): string[] {
  return backupsNewestFirst(names).slice(keep)
}

/** Write then rename, so a crash mid-write never leaves a half backup under the real name. */
async function writeWhole(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  await mkdir(dir, { recursive: true })
  const path = join(dir, name)
  const partial = `${path}.partial`
  await writeFile(partial, bytes)
  await rename(partial, path)
  return path
}

function failed(err: unknown): WriteBackupResult {
  return {
    kind: 'error',
    message: `Could not write the backup: ${err instanceof Error ? err.message : String(err)}`
  }
}

/**
 * The copy of the library taken just before a restore or merge, beside the daily backups but
 * under its own name (to the second), so neither rotation removes the other's files.
 */
export async function writeSafetyBackup(
  dir: string,
  bytes: Uint8Array,
  now: Date,
  keep = SAFETY_BACKUPS_KEPT
): Promise<WriteBackupResult> {
  try {
    const path = await writeWhole(dir, safetyBackupFileName(now.getTime()), bytes)
    const names = (await readdir(dir))
      .filter((n) => SAFETY_BACKUP_NAME.test(n))
      .sort()
      .reverse()
    for (const name of names.slice(keep)) await rm(join(dir, name), { force: true })
    return { kind: 'saved', path }
  } catch (err) {
    return failed(err)
  }
}

export async function writeBackup(
  dir: string,
  bytes: Uint8Array,
  now: Date,
  keep = BACKUPS_KEPT
): Promise<WriteBackupResult> {
  try {
    const gzip = isGzip(bytes)
    const path = await writeWhole(dir, backupFileName(now, gzip), bytes)
    // Today's backup in the other format (json vs json.gz) is now stale.
    await rm(join(dir, backupFileName(now, !gzip)), { force: true })
    for (const name of backupsToDelete(await readdir(dir), keep)) {
      await rm(join(dir, name), { force: true })
    }
    return { kind: 'saved', path }
  } catch (err) {
    return failed(err)
  }
}

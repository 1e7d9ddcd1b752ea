import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { WriteBackupResult } from '../shared/ipc'

/**
 * Automatic backups: the renderer serialises the library and hands over the bytes; main only
 * stores them, one file per day, and keeps the newest few. No Electron here, so the rotation
 * is tested against a temporary directory.
 */
export const BACKUPS_KEPT = 7

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

/** Names to delete so that only the newest `keep` backups remain (one per day, see below). */
export function backupsToDelete(names: string[], keep = BACKUPS_KEPT): string[] {
  return backupsNewestFirst(names).slice(keep)
}

export async function writeBackup(
  dir: string,
  bytes: Uint8Array,
  now: Date,
  keep = BACKUPS_KEPT
): Promise<WriteBackupResult> {
  try {
    await mkdir(dir, { recursive: true })
    const gzip = isGzip(bytes)
    const path = join(dir, backupFileName(now, gzip))
    // Write then rename, so a crash mid-write never leaves a half backup under the real name.
    const partial = `${path}.partial`
    await writeFile(partial, bytes)
    await rename(partial, path)
    // Today's backup in the other format (json vs json.gz) is now stale.
    await rm(join(dir, backupFileName(now, !gzip)), { force: true })
    for (const name of backupsToDelete(await readdir(dir), keep)) {
      await rm(join(dir, name), { force: true })
    }
    return { kind: 'saved', path }
  } catch (err) {
    return {
      kind: 'error',
      message: `Could not write the backup: ${err instanceof Error ? err.message : String(err)}`
    }
  }
}

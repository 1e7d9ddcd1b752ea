// Apart from backup.ts, so a screen that names a backup file does not load what writes one.

/** The file name a backup is offered under, dated (`YYYY-MM-DD`) so several can sit side by side. */
export function backupFileName(day: string): string {
  return `newsdeck-backup-${day}.json.gz`
}

/**
 * The copy of the library written just before a restore or merge replaces it. Named to the
 * second (UTC, colons left out for Windows) so two restores in a day keep both copies, and
 * unlike the daily backups' names, so the daily rotation never counts or deletes it.
 */
export function safetyBackupFileName(now: number): string {
  const stamp = new Date(now).toISOString().slice(0, 19).replaceAll(':', '-')
  return `newsdeck-before-restore-${stamp}Z.json.gz`
}

/** Matches safetyBackupFileName's names (and nothing a user is likely to call a file). */
export const SAFETY_BACKUP_NAME =
  /^newsdeck-before-restore-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json\.gz$/

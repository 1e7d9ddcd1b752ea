// Apart from backup.ts, so a screen that names a backup file does not load what writes one.

/** The file name a backup is offered under, dated (`YYYY-MM-DD`) so several can sit side by side. */
export function backupFileName(day: string): string {
  return `newsdeck-backup-${day}.json.gz`
}

import { DEFAULT_SETTINGS } from '@core/review/settings'
import { database } from './database'

const BUNDLED_KEY = 'bundled-imported'
const LAST_BACKUP_KEY = 'last-backup-day'
const LAST_SAVED_KEY = 'last-backup-saved'

/** Whether the bundled article was imported once already (so deleting it sticks). */
export async function bundledArticleImported(): Promise<boolean> {
  return !!(await database().settings.get(BUNDLED_KEY))
}

export async function markBundledArticleImported(now: number): Promise<void> {
  await database().settings.put({ key: BUNDLED_KEY, value: now })
}

export async function lastBackupDay(): Promise<string | null> {
  const record = await database().settings.get(LAST_BACKUP_KEY)
  return record?.key === LAST_BACKUP_KEY ? record.value : null
}

export async function rememberBackupDay(day: string): Promise<void> {
  await database().settings.put({ key: LAST_BACKUP_KEY, value: day })
}

/** When a full backup was last saved anywhere: the daily one, "Back up now", an export, a copy. */
export async function lastBackupSaved(): Promise<number | null> {
  const record = await database().settings.get(LAST_SAVED_KEY)
  return record?.key === LAST_SAVED_KEY ? record.value : null
}

export async function rememberBackupSaved(now: number): Promise<void> {
  await database().settings.put({ key: LAST_SAVED_KEY, value: now })
}

export async function studyDayStartHour(): Promise<number> {
  const study = await database().settings.get('study')
  return study?.key === 'study' ? study.value.dayStartHour : DEFAULT_SETTINGS.dayStartHour
}

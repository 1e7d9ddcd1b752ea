import { DEFAULT_SETTINGS, validateSettings } from '@core/review/settings'
import type { StudySettings } from '@core/model'
import { database } from './database'
import { recountLibrary, studyDayStartHourIn, tableSet } from './kept-counts'
import type { Watched } from './live'

/** The one settings record the study settings are read from, for state that watches them. */
export const STUDY_SETTINGS = { table: 'settings', keys: ['study'] } as const satisfies Watched

/** The saved study settings, or the defaults; a saved value that no longer validates is ignored. */
export async function loadStudySettings(): Promise<StudySettings> {
  const record = await database().settings.get('study')
  if (!record || record.key !== 'study') return { ...DEFAULT_SETTINGS }
  try {
    return validateSettings(record.value)
  } catch {
    return { ...DEFAULT_SETTINGS }
  }
}

/**
 * Validates, then saves; throws SettingsError (nothing saved) when a value is out of range. A
 * new day-start hour moves the study day every due time falls on, so the kept due counts are
 * recounted in the same transaction (rare, and a walk over the cards a page at a time).
 */
export async function saveStudySettings(input: unknown): Promise<StudySettings> {
  const settings = validateSettings(input)
  const db = database()
  const tables = [db.settings, db.cards, db.articles, db.articleCounts, db.libraryCounts]
  await db.transaction('rw', tables, async () => {
    const before = await studyDayStartHourIn(tableSet(db).settings)
    await db.settings.put({ key: 'study', value: settings })
    if (before !== settings.dayStartHour) await recountLibrary(tableSet(db), settings.dayStartHour)
  })
  return settings
}

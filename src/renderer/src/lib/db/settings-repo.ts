import { DEFAULT_SETTINGS, validateSettings } from '@core/review/settings'
import type { StudySettings } from '@core/model'
import { database } from './database'

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

/** Validates, then saves; throws SettingsError (nothing saved) when a value is out of range. */
export async function saveStudySettings(input: unknown): Promise<StudySettings> {
  const settings = validateSettings(input)
  await database().settings.put({ key: 'study', value: settings })
  return settings
}

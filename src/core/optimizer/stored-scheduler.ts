/**
 * The scheduler a library answers with, from its stored settings: the study settings and the
 * fitted FSRS parameters, each as the settings table keeps them. A setting this version cannot
 * read schedules with the defaults, as the app does. Backup merges and sync replay cards
 * through it, so every device and every merge schedules alike.
 */
import type { StudySettings } from '../model'
import { createScheduler, type Scheduler } from '../review/scheduler'
import { DEFAULT_SETTINGS, validateSettings } from '../review/settings'
import { isParameters } from './staging'

export function storedScheduler(setting: (key: string) => unknown): Scheduler {
  let study: StudySettings
  try {
    study = validateSettings(setting('study') ?? DEFAULT_SETTINGS)
  } catch {
    study = { ...DEFAULT_SETTINGS }
  }
  const model = setting('fsrs-model') as { parameters?: unknown } | null | undefined
  return createScheduler(study, isParameters(model?.parameters) ? model.parameters : undefined)
}

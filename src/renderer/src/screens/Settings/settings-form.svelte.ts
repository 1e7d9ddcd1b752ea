import type { StudySettings } from '@core/model'
import {
  formatSteps,
  parseSteps,
  settingsProblems,
  type SettingsField
} from '@core/review/settings'
import { isUserFacingError } from '@core/errors'
import { loadStudySettings, saveStudySettings } from '../../lib/db/settings-repo'

/** The form as typed: strings, so a half-typed value is kept until it is valid. */
export interface SettingsDraft {
  desiredRetention: string
  maximumIntervalDays: string
  newCardsPerDay: string
  reviewsPerDay: string
  learningSteps: string
  relearningSteps: string
  dayStartHour: string
  enableFuzz: boolean
}

export function toDraft(s: StudySettings): SettingsDraft {
  return {
    desiredRetention: s.desiredRetention.toFixed(2),
    maximumIntervalDays: String(s.maximumIntervalDays),
    newCardsPerDay: String(s.newCardsPerDay),
    reviewsPerDay: String(s.reviewsPerDay),
    learningSteps: formatSteps(s.learningStepsMinutes),
    relearningSteps: formatSteps(s.relearningStepsMinutes),
    dayStartHour: String(s.dayStartHour),
    enableFuzz: s.enableFuzz
  }
}

/** Turns the draft into settings input and lists every problem by field. */
export function checkDraft(draft: SettingsDraft): {
  input: Record<string, unknown>
  problems: Partial<Record<SettingsField, string>>
} {
  const problems: Partial<Record<SettingsField, string>> = {}
  const steps = (text: string, field: SettingsField): number[] | string => {
    try {
      return parseSteps(text, field)
    } catch (error) {
      if (isUserFacingError(error)) problems[field] = error.message
      return text
    }
  }
  const input: Record<string, unknown> = {
    desiredRetention: draft.desiredRetention,
    maximumIntervalDays: draft.maximumIntervalDays,
    newCardsPerDay: draft.newCardsPerDay,
    reviewsPerDay: draft.reviewsPerDay,
    learningStepsMinutes: steps(draft.learningSteps, 'learningStepsMinutes'),
    relearningStepsMinutes: steps(draft.relearningSteps, 'relearningStepsMinutes'),
    dayStartHour: draft.dayStartHour,
    enableFuzz: draft.enableFuzz
  }
  for (const p of settingsProblems(input)) problems[p.field] ??= p.message
  return { input, problems }
}

export class SettingsForm {
  draft = $state<SettingsDraft | null>(null)
  problems = $state<Partial<Record<SettingsField, string>>>({})
  saved = $state(false)

  async load(): Promise<void> {
    this.draft = toDraft(await loadStudySettings())
  }

  async save(): Promise<void> {
    if (!this.draft) return
    this.saved = false
    const { input, problems } = checkDraft($state.snapshot(this.draft))
    this.problems = problems
    if (Object.keys(problems).length > 0) return
    this.draft = toDraft(await saveStudySettings(input))
    this.saved = true
  }
}

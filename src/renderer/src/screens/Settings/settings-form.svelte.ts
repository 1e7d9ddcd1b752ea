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
  refitEveryReviews: string
  leechLapses: string
  leechSuspend: boolean
  burySiblings: boolean
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
    enableFuzz: s.enableFuzz,
    refitEveryReviews: String(s.refitEveryReviews),
    leechLapses: String(s.leechLapses),
    leechSuspend: s.leechSuspend,
    burySiblings: s.burySiblings
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
    enableFuzz: draft.enableFuzz,
    refitEveryReviews: draft.refitEveryReviews,
    leechLapses: draft.leechLapses,
    leechSuspend: draft.leechSuspend,
    burySiblings: draft.burySiblings
  }
  for (const p of settingsProblems(input)) problems[p.field] ??= p.message
  return { input, problems }
}

/** Whether two drafts say the same thing, field by field as typed. */
export function sameDraft(a: SettingsDraft, b: SettingsDraft): boolean {
  return (Object.keys(a) as Array<keyof SettingsDraft>).every((k) => a[k] === b[k])
}

export class SettingsForm {
  draft = $state<SettingsDraft | null>(null)
  problems = $state<Partial<Record<SettingsField, string>>>({})
  saved = $state(false)
  /** The settings as stored, as a draft: what the form shows when nothing has been changed. */
  #stored = $state<SettingsDraft | null>(null)
  /** Changes typed and not saved. */
  readonly dirty = $derived(!!this.draft && !!this.#stored && !sameDraft(this.draft, this.#stored))

  async load(): Promise<void> {
    this.#show(toDraft(await loadStudySettings()))
  }

  /** Saves the draft; false, with the problems listed, when a field is not valid. */
  async save(): Promise<boolean> {
    if (!this.draft) return false
    this.saved = false
    const { input, problems } = checkDraft($state.snapshot(this.draft))
    this.problems = problems
    if (Object.keys(problems).length > 0) return false
    this.#show(toDraft(await saveStudySettings(input)))
    this.saved = true
    return true
  }

  #show(stored: SettingsDraft): void {
    this.#stored = stored
    this.draft = { ...stored }
  }
}

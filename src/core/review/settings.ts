/**
 * Study settings: defaults, validation with messages a person can act on, and the steps
 * notation ("1m 10m 1h 1d") the settings screen shows and accepts.
 */
import { SettingsError } from '../errors'
import type { StudySettings } from '../model'

export const DEFAULT_SETTINGS: Readonly<StudySettings> = Object.freeze({
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  newCardsPerDay: 20,
  reviewsPerDay: 200,
  learningStepsMinutes: [1, 10],
  relearningStepsMinutes: [10],
  dayStartHour: 4,
  enableFuzz: true,
  refitEveryReviews: 1000,
  leechLapses: 8,
  leechSuspend: false,
  burySiblings: true
})

export type SettingsField = keyof StudySettings

export interface SettingsProblem {
  field: SettingsField
  message: string
}

const MINUTES_PER_UNIT: Record<string, number> = { m: 1, h: 60, d: 1440 }
/** Longer steps than this stop being "learning" in any useful sense and are surely typos. */
const MAX_STEP_MINUTES = 365 * 1440
const MAX_STEPS = 10

/**
 * Parses "1m 10m 1h 1d" (spaces or commas; a bare number means minutes) into minutes.
 * Throws SettingsError naming the token it could not read.
 */
export function parseSteps(text: string, field: SettingsField = 'learningStepsMinutes'): number[] {
  const tokens = text
    .trim()
    .split(/[\s,]+/)
    .filter((t) => t.length > 0)
  return tokens.map((token) => {
    const match = /^(\d+(?:\.\d+)?)\s*([mhd]?)$/i.exec(token)
    if (!match) {
      throw new SettingsError(
        field,
        `"${token}" is not a step. Write steps like "1m 10m 1h 1d" (m = minutes, h = hours, d = days).`
      )
    }
    const unit = (match[2] ?? '').toLowerCase() || 'm'
    return Number(match[1]) * (MINUTES_PER_UNIT[unit] ?? 1)
  })
}

/** Formats minutes back into the largest whole unit: [1, 10, 60, 1440] → "1m 10m 1h 1d". */
export function formatSteps(minutes: readonly number[]): string {
  return minutes
    .map((m) => {
      if (m >= 1440 && m % 1440 === 0) return `${m / 1440}d`
      if (m >= 60 && m % 60 === 0) return `${m / 60}h`
      return `${m}m`
    })
    .join(' ')
}

const FIELD_LABELS: Record<SettingsField, string> = {
  desiredRetention: 'Desired retention',
  maximumIntervalDays: 'Maximum interval',
  newCardsPerDay: 'New cards per day',
  reviewsPerDay: 'Maximum reviews per day',
  learningStepsMinutes: 'Learning steps',
  relearningStepsMinutes: 'Relearning steps',
  dayStartHour: 'Next day starts at',
  enableFuzz: 'Fuzz',
  refitEveryReviews: 'Re-fit every',
  leechLapses: 'Leech threshold',
  leechSuspend: 'Suspend leeches',
  burySiblings: 'Bury siblings'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkNumber(
  problems: SettingsProblem[],
  field: SettingsField,
  value: unknown,
  min: number,
  max: number,
  opts: { integer: boolean; message: string }
): number | undefined {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!opts.integer || Number.isInteger(value))
  if (!ok) {
    problems.push({ field, message: opts.message })
    return undefined
  }
  return value
}

function checkSteps(
  problems: SettingsProblem[],
  field: SettingsField,
  value: unknown,
  allowEmpty: boolean
): number[] | undefined {
  const label = FIELD_LABELS[field]
  let steps: unknown = value
  if (typeof value === 'string') {
    try {
      steps = parseSteps(value, field)
    } catch (error) {
      if (error instanceof SettingsError) {
        problems.push({ field, message: `${label}: ${error.message}` })
        return undefined
      }
      throw error
    }
  }
  if (!Array.isArray(steps)) {
    problems.push({ field, message: `${label} must be a list of steps such as "1m 10m".` })
    return undefined
  }
  // Whole minutes only: ts-fsrs accepts fractions, but a step of "1.5m" is almost always a typo
  // and keeping integers makes formatSteps round-trip exactly.
  const bad = steps.find(
    (s) => typeof s !== 'number' || !Number.isInteger(s) || s < 1 || s > MAX_STEP_MINUTES
  )
  if (bad !== undefined) {
    problems.push({
      field,
      message: `${label} must be whole minutes between 1m and 365d; "${String(bad)}" is not.`
    })
    return undefined
  }
  if (!allowEmpty && steps.length === 0) {
    problems.push({ field, message: `${label} needs at least one step, such as "1m 10m".` })
    return undefined
  }
  if (steps.length > MAX_STEPS) {
    problems.push({ field, message: `${label} can have at most ${MAX_STEPS} steps.` })
    return undefined
  }
  return [...(steps as number[])]
}

/**
 * Every problem with the input, so a settings form can mark all bad fields at once. Missing
 * fields take their defaults (settings saved by an older version stay valid).
 */
export function settingsProblems(input: unknown): SettingsProblem[] {
  return collect(input).problems
}

function collect(input: unknown): { settings: StudySettings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = []
  if (!isRecord(input)) {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problems: [{ field: 'desiredRetention', message: 'Study settings must be an object.' }]
    }
  }
  const get = <K extends SettingsField>(k: K): unknown =>
    k in input ? input[k] : DEFAULT_SETTINGS[k]
  const settings: StudySettings = { ...DEFAULT_SETTINGS }

  // Numbers typed into a form arrive as strings; accept "0.9" and "20" the way a person means them.
  const num = (k: SettingsField): unknown => {
    const v = get(k)
    return typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v
  }

  const retention = checkNumber(problems, 'desiredRetention', num('desiredRetention'), 0.7, 0.99, {
    integer: false,
    message: 'Desired retention must be between 0.70 and 0.99.'
  })
  if (retention !== undefined) settings.desiredRetention = retention

  const maxIvl = checkNumber(
    problems,
    'maximumIntervalDays',
    num('maximumIntervalDays'),
    1,
    36500,
    {
      integer: true,
      message: 'Maximum interval must be a whole number of days from 1 to 36500.'
    }
  )
  if (maxIvl !== undefined) settings.maximumIntervalDays = maxIvl

  const newPerDay = checkNumber(problems, 'newCardsPerDay', num('newCardsPerDay'), 0, 9999, {
    integer: true,
    message: 'New cards per day must be a whole number from 0 to 9999.'
  })
  if (newPerDay !== undefined) settings.newCardsPerDay = newPerDay

  const reviewsPerDay = checkNumber(problems, 'reviewsPerDay', num('reviewsPerDay'), 0, 99999, {
    integer: true,
    message: 'Maximum reviews per day must be a whole number from 0 to 99999.'
  })
  if (reviewsPerDay !== undefined) settings.reviewsPerDay = reviewsPerDay

  const learning = checkSteps(problems, 'learningStepsMinutes', get('learningStepsMinutes'), true)
  if (learning) settings.learningStepsMinutes = learning
  const relearning = checkSteps(
    problems,
    'relearningStepsMinutes',
    get('relearningStepsMinutes'),
    true
  )
  if (relearning) settings.relearningStepsMinutes = relearning

  const hour = checkNumber(problems, 'dayStartHour', num('dayStartHour'), 0, 23, {
    integer: true,
    message: 'The day start hour must be a whole hour from 0 to 23.'
  })
  if (hour !== undefined) settings.dayStartHour = hour

  const refit = checkNumber(problems, 'refitEveryReviews', num('refitEveryReviews'), 0, 1_000_000, {
    integer: true,
    message: 'Re-fit every: a whole number of reviews from 0 (never) to 1000000.'
  })
  if (refit !== undefined) settings.refitEveryReviews = refit

  const leech = checkNumber(problems, 'leechLapses', num('leechLapses'), 0, 99, {
    integer: true,
    message: 'Leech threshold: a whole number of lapses from 0 (never) to 99.'
  })
  if (leech !== undefined) settings.leechLapses = leech

  for (const field of ['enableFuzz', 'leechSuspend', 'burySiblings'] as const) {
    const value = get(field)
    if (typeof value !== 'boolean') {
      problems.push({ field, message: `${FIELD_LABELS[field]} must be on or off.` })
    } else {
      settings[field] = value
    }
  }
  return { settings, problems }
}

/**
 * Returns complete, valid settings or throws a SettingsError whose `code` is the first bad
 * field's name and whose message says what to change.
 */
export function validateSettings(input: unknown): StudySettings {
  const { settings, problems } = collect(input)
  const first = problems[0]
  if (first) throw new SettingsError(first.field, first.message)
  return settings
}

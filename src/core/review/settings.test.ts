import { describe, expect, it } from 'vitest'
import { SettingsError } from '../errors'
import {
  DEFAULT_SETTINGS,
  formatSteps,
  parseSteps,
  settingsProblems,
  validateSettings
} from './settings'

function errorOf(input: unknown): SettingsError {
  try {
    validateSettings(input)
  } catch (error) {
    if (error instanceof SettingsError) return error
    throw error
  }
  throw new Error('expected a SettingsError')
}

describe('validateSettings', () => {
  it('fills missing fields with the documented defaults', () => {
    expect(validateSettings({})).toEqual({
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
  })

  it('reads the leech threshold and the on-off settings, refusing anything else', () => {
    expect(validateSettings({ leechLapses: '4', burySiblings: false })).toMatchObject({
      leechLapses: 4,
      burySiblings: false
    })
    expect(errorOf({ leechLapses: 2.5 }).code).toBe('leechLapses')
    expect(errorOf({ leechSuspend: 'yes' }).message).toBe('Suspend leeches must be on or off.')
  })

  it('re-fits every whole number of reviews, or never at 0', () => {
    expect(validateSettings({ refitEveryReviews: '250' }).refitEveryReviews).toBe(250)
    expect(validateSettings({ refitEveryReviews: 0 }).refitEveryReviews).toBe(0)
    for (const bad of [-1, 2.5, 'often']) {
      expect(errorOf({ refitEveryReviews: bad }).code).toBe('refitEveryReviews')
    }
  })

  it('keeps valid values the user chose', () => {
    const s = validateSettings({ desiredRetention: 0.85, newCardsPerDay: 0, dayStartHour: 0 })
    expect(s).toMatchObject({ desiredRetention: 0.85, newCardsPerDay: 0, dayStartHour: 0 })
  })

  it('rejects a desired retention outside 0.70–0.99 with a clear message', () => {
    for (const bad of [0.69, 0.995, 1, Number.NaN, 'high']) {
      const e = errorOf({ desiredRetention: bad })
      expect(e.code).toBe('desiredRetention')
      expect(e.message).toBe('Desired retention must be between 0.70 and 0.99.')
    }
    expect(validateSettings({ desiredRetention: 0.7 }).desiredRetention).toBe(0.7)
    expect(validateSettings({ desiredRetention: 0.99 }).desiredRetention).toBe(0.99)
  })

  it('accepts numbers typed as text, as a form sends them', () => {
    expect(validateSettings({ desiredRetention: '0.8', newCardsPerDay: '35' })).toMatchObject({
      desiredRetention: 0.8,
      newCardsPerDay: 35
    })
  })

  it('checks the maximum interval is a whole number of days of at least 1', () => {
    expect(errorOf({ maximumIntervalDays: 0 }).message).toBe(
      'Maximum interval must be a whole number of days from 1 to 36500.'
    )
    expect(errorOf({ maximumIntervalDays: 2.5 }).code).toBe('maximumIntervalDays')
    expect(validateSettings({ maximumIntervalDays: 1 }).maximumIntervalDays).toBe(1)
  })

  it('checks the daily limits', () => {
    expect(errorOf({ newCardsPerDay: 10000 }).message).toBe(
      'New cards per day must be a whole number from 0 to 9999.'
    )
    expect(errorOf({ newCardsPerDay: -1 }).code).toBe('newCardsPerDay')
    expect(errorOf({ reviewsPerDay: 100000 }).message).toBe(
      'Maximum reviews per day must be a whole number from 0 to 99999.'
    )
    expect(validateSettings({ newCardsPerDay: 9999, reviewsPerDay: 99999 })).toMatchObject({
      newCardsPerDay: 9999,
      reviewsPerDay: 99999
    })
  })

  it('checks the day start hour', () => {
    expect(errorOf({ dayStartHour: 24 }).message).toBe(
      'The day start hour must be a whole hour from 0 to 23.'
    )
    expect(validateSettings({ dayStartHour: 23 }).dayStartHour).toBe(23)
  })

  it('accepts steps as text and names the token it cannot read', () => {
    expect(validateSettings({ learningStepsMinutes: '1m 10m 1h 1d' }).learningStepsMinutes).toEqual(
      [1, 10, 60, 1440]
    )
    const e = errorOf({ learningStepsMinutes: '1m 10x' })
    expect(e.code).toBe('learningStepsMinutes')
    expect(e.message).toContain('"10x"')
  })

  it('rejects zero, fractional and absurd steps, and allows no relearning steps', () => {
    expect(errorOf({ relearningStepsMinutes: [0] }).message).toBe(
      'Relearning steps must be whole minutes between 1m and 365d; "0" is not.'
    )
    expect(errorOf({ learningStepsMinutes: [1.5] }).code).toBe('learningStepsMinutes')
    expect(validateSettings({ relearningStepsMinutes: '' }).relearningStepsMinutes).toEqual([])
  })

  it('does not let later edits leak into the defaults', () => {
    const s = validateSettings({})
    s.learningStepsMinutes.push(99)
    expect(DEFAULT_SETTINGS.learningStepsMinutes).toEqual([1, 10])
  })

  it('lists every bad field for a form, and rejects non-objects', () => {
    const problems = settingsProblems({ desiredRetention: 2, reviewsPerDay: -5, enableFuzz: 'yes' })
    expect(problems.map((p) => p.field)).toEqual([
      'desiredRetention',
      'reviewsPerDay',
      'enableFuzz'
    ])
    expect(errorOf(null).message).toBe('Study settings must be an object.')
  })
})

describe('steps notation', () => {
  it('parses units, bare minutes and commas', () => {
    expect(parseSteps('1m, 10m 2h 3d 15')).toEqual([1, 10, 120, 4320, 15])
    expect(parseSteps('   ')).toEqual([])
  })

  it('formats in the largest whole unit and round-trips', () => {
    expect(formatSteps([1, 10, 60, 90, 1440, 2880])).toBe('1m 10m 1h 90m 1d 2d')
    expect(parseSteps(formatSteps([1, 10, 60, 90, 1440]))).toEqual([1, 10, 60, 90, 1440])
  })
})

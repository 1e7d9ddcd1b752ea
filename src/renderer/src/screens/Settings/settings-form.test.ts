import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { checkDraft, sameDraft, toDraft } from './settings-form.svelte'

describe('settings form', () => {
  it('shows the defaults in the notation people type', () => {
    expect(toDraft({ ...DEFAULT_SETTINGS })).toMatchObject({
      desiredRetention: '0.90',
      learningSteps: '1m 10m',
      relearningSteps: '10m',
      dayStartHour: '4'
    })
  })

  it('accepts the defaults as typed', () => {
    expect(checkDraft(toDraft({ ...DEFAULT_SETTINGS })).problems).toEqual({})
  })

  it('names every bad field with a message that says what to change', () => {
    const draft = {
      ...toDraft({ ...DEFAULT_SETTINGS }),
      desiredRetention: '0.5',
      learningSteps: '1m ten',
      dayStartHour: '24'
    }
    const { problems } = checkDraft(draft)
    expect(problems.desiredRetention).toBe('Desired retention must be between 0.70 and 0.99.')
    expect(problems.learningStepsMinutes).toMatch(/"ten" is not a step/)
    expect(problems.dayStartHour).toMatch(/0 to 23/)
    expect(problems.newCardsPerDay).toBeUndefined()
  })

  it('tells a changed draft from the stored settings, so leaving can ask about it', () => {
    const stored = toDraft({ ...DEFAULT_SETTINGS })
    expect(sameDraft(stored, { ...stored })).toBe(true)
    expect(sameDraft(stored, { ...stored, newCardsPerDay: '25' })).toBe(false)
    expect(sameDraft(stored, { ...stored, enableFuzz: false })).toBe(false)
  })
})

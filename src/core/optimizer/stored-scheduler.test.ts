import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../review/settings'
import { DEFAULT_PARAMETERS } from './staging'
import { storedScheduler } from './stored-scheduler'

describe('storedScheduler', () => {
  it('schedules with the stored study settings and the fitted parameters', () => {
    const fitted = DEFAULT_PARAMETERS.map((w, i) => (i === 0 ? w * 2 : w))
    const stored: Record<string, unknown> = {
      study: { ...DEFAULT_SETTINGS, desiredRetention: 0.85 },
      'fsrs-model': { parameters: fitted }
    }
    const s = storedScheduler((key) => stored[key])
    expect(s.settings.desiredRetention).toBe(0.85)
    expect([...s.fsrs.parameters.w]).toEqual(fitted)
  })

  it('falls back to the defaults for settings it cannot read, as the app does', () => {
    const s = storedScheduler((key) =>
      key === 'study' ? { desiredRetention: 7 } : { parameters: [1, 2] }
    )
    expect(s.settings).toEqual(DEFAULT_SETTINGS)
    expect([...s.fsrs.parameters.w]).toEqual([...DEFAULT_PARAMETERS])
  })
})

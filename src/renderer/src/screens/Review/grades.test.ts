import { describe, expect, it } from 'vitest'
import { MINUTE_MS } from '@core/calendar'
import { createScheduler, GRADES, newSchedulingState, previewGrades } from '@core/review/scheduler'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { sameIntervalNote } from './grades'

const NOW = new Date(2025, 6, 20, 10, 0).getTime()
const scheduler = createScheduler({ ...DEFAULT_SETTINGS })

describe('grade buttons that give the same interval', () => {
  it('says so when buttons bring the card back after the same interval', () => {
    // Again, then Good a minute later: Good and Easy both graduate it to one day.
    let preview = previewGrades(scheduler, newSchedulingState(NOW), NOW)
    preview = previewGrades(scheduler, preview.options[1].after, NOW + MINUTE_MS)
    preview = previewGrades(scheduler, preview.options[3].after, NOW + 11 * MINUTE_MS)
    expect(GRADES.map((g) => preview.options[g].intervalLabel)).toEqual(['1m', '6m', '1d', '1d'])
    expect(sameIntervalNote(preview)).toBe('Good and Easy both bring the card back in 1d.')

    const fresh = previewGrades(scheduler, newSchedulingState(NOW), NOW)
    expect(sameIntervalNote(fresh)).toBeNull()
    const all = { ...fresh, options: { ...fresh.options } }
    for (const g of [2, 3, 4] as const)
      all.options[g] = { ...fresh.options[g], intervalLabel: '1d' }
    expect(sameIntervalNote(all)).toBe('Hard, Good and Easy all bring the card back in 1d.')
  })
})

import { describe, expect, it } from 'vitest'
import { addDays, DAY_MS, HOUR_MS, isoDate, localDate, pad } from './calendar'
import { MONTH_NAMES, shortMonthName } from './calendar-words'

describe('calendar', () => {
  it('does calendar arithmetic on day labels, across month, leap day and year ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2025-07-10', 0)).toBe('2025-07-10')
  })

  it('writes dates with two-digit months and days', () => {
    expect(pad(7)).toBe('07')
    expect(pad(12)).toBe('12')
    expect(isoDate(2025, 7, 1)).toBe('2025-07-01')
    expect(DAY_MS).toBe(24 * HOUR_MS)
  })

  it('dates an instant by the local calendar', () => {
    expect(localDate(new Date(2025, 0, 15, 23, 30).getTime())).toBe('2025-01-15')
    expect(localDate(new Date(2025, 0, 16, 0, 5).getTime())).toBe('2025-01-16')
  })

  it('names months once, in full and short', () => {
    expect(MONTH_NAMES).toHaveLength(12)
    expect(shortMonthName(1)).toBe('Jan')
    expect(shortMonthName(9)).toBe('Sep')
    expect(shortMonthName(12)).toBe('Dec')
  })
})

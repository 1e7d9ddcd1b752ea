import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { dayBounds, dayStart, nextDayStart, possibleStudyDays, studyDay } from './study-day'
import { at, HOUR } from './test-helpers'

const originalTz = process.env.TZ
afterEach(() => {
  // Assigning undefined would store the string "undefined".
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})

describe('studyDay', () => {
  it('counts 03:59 for the previous day and 04:00 for the new one (day starts at 4 am)', () => {
    expect(studyDay(at(2026, 1, 15, 3, 59), 4)).toBe('2026-01-14')
    expect(studyDay(at(2026, 1, 15, 4, 0), 4)).toBe('2026-01-15')
    expect(studyDay(at(2026, 1, 15, 23, 59), 4)).toBe('2026-01-15')
  })

  it('crosses month and year boundaries', () => {
    expect(studyDay(at(2026, 1, 1, 2), 4)).toBe('2025-12-31')
    expect(studyDay(at(2026, 3, 1, 1), 4)).toBe('2026-02-28')
  })

  it('uses calendar midnight when the day starts at 0', () => {
    expect(studyDay(at(2026, 1, 15, 0, 0), 0)).toBe('2026-01-15')
    expect(studyDay(at(2026, 1, 14, 23, 59), 0)).toBe('2026-01-14')
  })

  it('follows the local time zone, not UTC', () => {
    process.env.TZ = 'America/New_York'
    // 08:30 UTC is 03:30 in New York (EST, UTC-5): still the previous study day there.
    expect(studyDay(Date.UTC(2026, 0, 15, 8, 30), 4)).toBe('2026-01-14')
    expect(studyDay(Date.UTC(2026, 0, 15, 9, 0), 4)).toBe('2026-01-15')
  })
})

describe('day boundaries', () => {
  it('ends the day at the next 4 am', () => {
    expect(nextDayStart(at(2026, 1, 15, 3, 59), 4)).toBe(at(2026, 1, 15, 4, 0))
    expect(nextDayStart(at(2026, 1, 15, 4, 0), 4)).toBe(at(2026, 1, 16, 4, 0))
    expect(dayStart(at(2026, 1, 15, 3, 59), 4)).toBe(at(2026, 1, 14, 4, 0))
  })

  it('gives bounds that contain now', () => {
    const now = at(2026, 1, 15, 18, 20)
    const b = dayBounds(now, 4)
    expect(b).toEqual({ day: '2026-01-15', start: at(2026, 1, 15, 4), end: at(2026, 1, 16, 4) })
    expect(b.start <= now && now < b.end).toBe(true)
  })

  it('starts at 4 am wall-clock time on the day clocks go forward', () => {
    process.env.TZ = 'Europe/Berlin'
    // 29 March 2026: 02:00 CET becomes 03:00 CEST, so that study day lasts 23 hours.
    const noon = Date.UTC(2026, 2, 28, 11) // 12:00 CET
    const end = nextDayStart(noon, 4)
    expect(end).toBe(Date.UTC(2026, 2, 29, 2)) // 04:00 CEST
    expect(end - dayStart(noon, 4)).toBe(23 * HOUR)
    expect(studyDay(end - 1, 4)).toBe('2026-03-28')
    expect(studyDay(end, 4)).toBe('2026-03-29')
  })
})

describe('possibleStudyDays', () => {
  it('holds the study day for every day-start hour, in any time zone', () => {
    for (const tz of ['UTC', 'Europe/London', 'America/New_York', 'Pacific/Auckland']) {
      process.env.TZ = tz
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
          fc.integer({ min: 0, max: 23 }),
          (now, hour) => possibleStudyDays(now).includes(studyDay(now, hour))
        )
      )
    }
  })

  it('is the calendar day and the one before', () => {
    process.env.TZ = 'UTC'
    expect(possibleStudyDays(at(2026, 3, 1, 2, 0))).toEqual(['2026-03-01', '2026-02-28'])
  })
})

import { describe, expect, it } from 'vitest'
import type { DayAggregate } from '../model'
import { emptyAggregate } from '../review/day-summary'
import { streaks, timePerDay, weekday, yearHeatmap } from './calendar-heatmap'

const day = (d: string, good: number, durationMs = 0): DayAggregate => ({
  ...emptyAggregate(d),
  good,
  durationMs
})

describe('year heatmap', () => {
  it('lays the year out in Monday-first weeks, with levels by quartile of busy days', () => {
    const today = '2026-03-15' // a Sunday
    expect(weekday(today)).toBe(6)
    const rows = [
      day('2026-03-15', 40),
      day('2026-03-14', 10),
      day('2026-03-10', 20),
      day('2026-03-09', 30)
    ]
    const map = yearHeatmap(rows, today)
    const cells = map.weeks.flat().filter((c) => c !== null)
    expect(cells).toHaveLength(365)
    expect(map.weeks.every((w) => w.length === 7)).toBe(true)
    expect(map.weeks.at(-1)?.at(-1)?.day).toBe(today)
    expect(map.answers).toBe(100)
    expect(map.daysStudied).toBe(4)
    expect(map.thresholds).toEqual([10, 20, 30])
    const level = (d: string) => cells.find((c) => c.day === d)?.level
    expect([
      level('2026-03-14'),
      level('2026-03-10'),
      level('2026-03-09'),
      level('2026-03-15')
    ]).toEqual([1, 2, 3, 4])
    expect(level('2026-03-13')).toBe(0)
    // The same number every day is a full habit, not the faintest shade.
    const steady = yearHeatmap([day('2026-03-14', 4), day('2026-03-15', 4)], today)
    expect(
      steady.weeks
        .flat()
        .filter((c) => c && c.answers > 0)
        .map((c) => c?.level)
    ).toEqual([4, 4])
  })

  it('counts the current and the longest streak; an unanswered today does not break it yet', () => {
    const rows = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-10', '2026-01-11'].map((d) =>
      day(d, 1)
    )
    expect(streaks(rows, '2026-01-12')).toEqual({ current: 2, longest: 3 })
    expect(streaks(rows, '2026-01-11')).toEqual({ current: 2, longest: 3 })
    expect(streaks(rows, '2026-01-13')).toEqual({ current: 0, longest: 3 })
    expect(streaks([], '2026-01-13')).toEqual({ current: 0, longest: 0 })
  })

  it('gives minutes per day, days without answers at 0', () => {
    expect(timePerDay([day('2026-01-02', 3, 90_000)], '2026-01-03', 3)).toEqual([
      { day: '2026-01-01', minutes: 0 },
      { day: '2026-01-02', minutes: 1.5 },
      { day: '2026-01-03', minutes: 0 }
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { emptyAggregate } from '@core/review/day-summary'
import type { DayAggregate } from '@core/model'
import {
  describeMinutes,
  describeRetention,
  formatMinutes,
  heatmapMonths,
  progressView,
  recallText,
  retentionSeries
} from './progress-logic'

const day = (d: string, good: number, maturePassed = 0, matureFailed = 0): DayAggregate => ({
  ...emptyAggregate(d),
  good,
  durationMs: good * 6000,
  recall: { youngPassed: 0, youngFailed: 0, maturePassed, matureFailed }
})

describe('progress view', () => {
  const view = progressView({
    days: [day('2026-02-09', 10, 8, 2), day('2026-02-10', 20, 17, 3)],
    today: '2026-02-10',
    desiredRetention: 0.9
  })

  it('reads the retention table, its chart and its sentence', () => {
    const month = view.retention.find((r) => r.period === 'month')!
    expect(recallText(month.mature)).toBe('83% (25 of 30)')
    expect(recallText(month.young)).toBe('—')
    const [young, mature, desired] = retentionSeries(view.retention, 0.9)
    expect(young?.data).toEqual([0, 0, 0, 0, 0])
    expect(mature?.data[0]).toBe(85)
    expect(desired?.data).toEqual([90, 90, 90, 90, 90])
    expect(describeRetention(view.retention, 0.9)).toBe(
      'True retention over the last 30 days is 83%, 7 points below the desired 90%.'
    )
  })

  it('sums the heatmap by month for screen readers, and time per day in words', () => {
    expect(heatmapMonths(view.heatmap).at(-1)).toEqual({ month: 'Feb 2026', answers: 30, days: 2 })
    expect(view.streaks).toEqual({ current: 2, longest: 2 })
    expect(view.minutes.at(-1)).toEqual({ day: '2026-02-10', minutes: 2 })
    expect(describeMinutes(view.minutes)).toBe(
      '3 min in the last 30 days; the most, 2 min, on 10 Feb.'
    )
    expect(formatMinutes(95)).toBe('1 h 35 min')
  })
})

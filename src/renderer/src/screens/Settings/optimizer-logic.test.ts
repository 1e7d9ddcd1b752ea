import { describe, expect, it } from 'vitest'
import { averagePerDay, checkRetention, fitLine, simulationLine, weekly } from './optimizer-logic'
import type { FitRecord } from '../../lib/db/records'

describe('optimizer words', () => {
  it('averages a year by week', () => {
    expect(weekly([7, 7, 7, 7, 7, 7, 7, 1])).toEqual([7, 1])
  })

  it('counts reviews and new cards as the day’s answers', () => {
    const result = {
      desiredRetention: 0.95,
      reviews: [10, 20],
      learned: [5, 5],
      remembered: [100, 1830.4],
      totalReviews: 30
    }
    expect(averagePerDay(result)).toBe(20)
    expect(simulationLine(result)).toBe(
      'At 0.95: 20 answers a day on average, 1,830 cards remembered after a year.'
    )
  })

  it('says whether a fit was kept, refused, or had too little to go on', () => {
    const fit = {
      at: 0,
      trigger: 'auto',
      reviewCount: 1200,
      accepted: false,
      metrics: {}
    } as FitRecord
    expect(fitLine(fit)).toMatch(/automatic · 1,200 reviews · refused \(no better\)$/)
    expect(fitLine({ ...fit, metrics: null })).toMatch(/not enough history$/)
    expect(fitLine({ ...fit, accepted: true })).toMatch(/kept$/)
  })

  it('simulates retentions from 0.70 to 0.97 only', () => {
    expect(checkRetention('0.95')).toBe(0.95)
    expect(checkRetention('0.99')).toMatch(/between 0.70 and 0.97/)
    expect(checkRetention('high')).toMatch(/between/)
  })
})

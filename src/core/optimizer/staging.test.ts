import { describe, expect, it } from 'vitest'
import { DEFAULT_PARAMETERS, fitStage, isParameters, staged } from './staging'

describe('staging by history', () => {
  it('uses the defaults below fsrs-rs minimum, the initial stabilities to 1,000 reviews, then all', () => {
    expect(fitStage(7, 5000)).toBe('defaults')
    expect(fitStage(8, 40)).toBe('initial')
    expect(fitStage(900, 999)).toBe('initial')
    expect(fitStage(900, 1000)).toBe('full')
  })

  it('keeps from a fit only what its stage fits', () => {
    const fitted = DEFAULT_PARAMETERS.map((w) => w * 2)
    expect(staged('defaults', fitted)).toEqual([...DEFAULT_PARAMETERS])
    expect(staged('initial', fitted)).toEqual([
      ...fitted.slice(0, 4),
      ...DEFAULT_PARAMETERS.slice(4)
    ])
    expect(staged('full', fitted)).toEqual(fitted)
  })

  it('accepts only 21 finite numbers as stored parameters', () => {
    expect(isParameters([...DEFAULT_PARAMETERS])).toBe(true)
    expect(isParameters(DEFAULT_PARAMETERS.slice(0, 19))).toBe(false)
    expect(isParameters([...DEFAULT_PARAMETERS.slice(1), Number.NaN])).toBe(false)
    expect(isParameters('0.2, 1.3')).toBe(false)
  })
})

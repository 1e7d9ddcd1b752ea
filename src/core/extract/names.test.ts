import { describe, expect, it } from 'vitest'
import { findNameRuns } from './names'

const names = (text: string): string[] => findNameRuns(text).map((r) => r.name)

describe('name runs', () => {
  it('leaves a weekday after a name out of it', () => {
    expect(names('A firefight in downtown Kingston Wednesday morning left four dead.')).toEqual([
      'Kingston'
    ])
    expect(names('Mayor Ana Roe Tuesday signed the order.')).toContain('Ana Roe')
  })
  it('reads a month alone as a month, unless a verb of saying follows', () => {
    expect(names('The vote is in May.')).toEqual([])
    expect(names('May said the vote would go ahead.')).toEqual(['May'])
  })
})

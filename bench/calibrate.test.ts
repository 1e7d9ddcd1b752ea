import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { calibrationText, firstLookCounts, readFirstLook } from './calibrate'
import { fixturesDir } from './fixtures'

describe('the shipped calibration', () => {
  it('is what the first look at the tuning batches counts, so no confidence rests on a hand-edited number', () => {
    const shipped = readFileSync(join(fixturesDir, '../extract/calibration.json'), 'utf8')
    const look = readFirstLook()
    expect(Object.keys(look.batches).every((b) => b.startsWith('tune-'))).toBe(true)
    expect(calibrationText(firstLookCounts(look))).toBe(shipped)
  })
})

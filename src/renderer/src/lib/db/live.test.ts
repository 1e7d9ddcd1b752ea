import { beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyAggregate } from '@core/review/day-summary'
import { database } from './database'
import { observeTables } from './live'
import { freshDatabase } from './test-support'

beforeEach(async () => {
  await freshDatabase()
})

describe('observeTables', () => {
  it('reads at once, again after a write to a watched table only, and not once stopped', async () => {
    let runs = 0
    const values: number[] = []
    const stop = observeTables(
      ['days'],
      async () => {
        runs++
        return database().days.count()
      },
      (n) => values.push(n),
      (e) => {
        throw e
      }
    )
    // The first read is under way before observeTables returns.
    expect(runs).toBe(1)
    await vi.waitFor(() => expect(values).toEqual([0]))

    await database().settings.put({ key: 'bundled-imported', value: 1 })
    await database().days.put({ ...emptyAggregate('2025-01-15'), good: 1 })
    await vi.waitFor(() => expect(values).toEqual([0, 1]))
    expect(runs).toBe(2)

    stop()
    await database().days.clear()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(values).toEqual([0, 1])
  })
})

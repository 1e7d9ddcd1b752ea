import { beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyAggregate } from '@core/review/day-summary'
import { database } from './database'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { observeTables, onTablesWritten } from './live'
import { saveStudySettings } from './settings-repo'
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

describe('onTablesWritten, by key', () => {
  it('hears a write to a watched settings record, or a cleared table, and not other settings', async () => {
    let heard = 0
    const stop = onTablesWritten(['days', { table: 'settings', keys: ['study'] }], () => heard++)
    const settled = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 50))

    await database().settings.put({ key: 'last-backup-saved', value: 1 })
    await database().settings.put({ key: 'bundled-imported', value: 1 })
    await settled()
    expect(heard).toBe(0)

    await saveStudySettings({ ...DEFAULT_SETTINGS, desiredRetention: 0.85 })
    await vi.waitFor(() => expect(heard).toBe(1))
    await database().settings.clear()
    await vi.waitFor(() => expect(heard).toBe(2))
    await database().days.put({ ...emptyAggregate('2025-01-15'), good: 1 })
    await vi.waitFor(() => expect(heard).toBe(3))

    stop()
    await database().settings.delete('study')
    await settled()
    expect(heard).toBe(3)
  })
})

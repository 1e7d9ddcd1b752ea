import { beforeEach, describe, expect, it } from 'vitest'
import { at, library } from '@core/export/sample-library'
import { readFileBytes } from '../platform'
import { restoreLibrary } from '../db/backup-repo'
import { database } from '../db/database'
import { freshDatabase } from '../db/test-support'
import { BackupJobs } from './backup-jobs'

const NOW = at(2025, 1, 15, 21)

/** Every stored record of every table, kept counts included, by table name. */
async function everything(): Promise<Record<string, unknown[]>> {
  const db = database()
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()]))
  return Object.fromEntries(tables) as Record<string, unknown[]>
}

beforeEach(async () => {
  await freshDatabase()
  const studied = library()
  studied.cards[0] = { ...studied.cards[0]!, tags: ['leech', 'mine'], suspended: true }
  await restoreLibrary(studied)
})

describe('a full backup', () => {
  it('exported, the library wiped, and restored, gives the same records field for field', async () => {
    const jobs = new BackupJobs()
    const stored = await everything()
    const file = await readFileBytes(await jobs.export(NOW))

    await freshDatabase() // wiped: a new, empty database
    expect((await everything()).cards).toEqual([])
    const checked = await jobs.check(1, file)
    expect(checked.preview.replace).toMatchObject({ cardsAdded: 2, answersAdded: 1 })
    await jobs.restore(checked.id, 'replace')

    expect(await everything()).toEqual(stored)
  })

  it('that fails partway rejects with the reason, and a retry writes a whole file', async () => {
    const jobs = new BackupJobs()
    const failing = (): void => {
      throw new Error('the disk went away')
    }
    await expect(jobs.export(NOW, failing)).rejects.toThrow('the disk went away')

    const file = await readFileBytes(await jobs.export(NOW))
    expect((await jobs.check(2, file)).cards).toBe(2)
  })
})

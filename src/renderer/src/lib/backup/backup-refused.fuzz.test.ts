/**
 * Refusing a malformed backup changes nothing stored: the same thousand malformed files as core's
 * fuzz test (`FUZZ_RUNS`, `FUZZ_SEED`), each handed to the backup job the Restore button uses,
 * against a real (fake-indexeddb) database holding a studied library. Each is refused with a
 * BackupFormatError, nothing is left waiting to be restored, and a hash of every stored record,
 * kept counts included, is what it was.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { BackupFormatError } from '@core/errors'
import { library } from '@core/export/sample-library'
import { hash53 } from '@core/hash'
import { malformed, mutation } from '@core/testing/malformed-backups'
import { restoreLibrary } from '../db/backup-repo'
import { database } from '../db/database'
import { freshDatabase } from '../db/test-support'
import { BackupJobs } from './backup-jobs'

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined

/** Every record of every table, each as a hash of its JSON, under its table and key. */
async function recordHashes(): Promise<string[]> {
  const db = database()
  const out: string[] = []
  for (const table of db.tables) {
    const keys = await table.toCollection().primaryKeys()
    const rows = await table.toArray()
    rows.forEach((row, i) =>
      out.push(`${table.name}:${String(keys[i])}:${hash53(JSON.stringify(row))}`)
    )
  }
  return out
}

let before: string[]

beforeAll(async () => {
  await freshDatabase()
  await restoreLibrary(library())
  before = await recordHashes()
  expect(before.length).toBeGreaterThan(8)
})

describe('refusing a malformed backup', () => {
  it(`leaves every stored record as it was, for each of ${RUNS}`, async () => {
    const jobs = new BackupJobs()
    let refused = 0
    let id = 0
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const bytes = await malformed(m)
        fc.pre(bytes !== null)
        const checking = ++id
        await expect(jobs.check(checking, bytes!), JSON.stringify(m)).rejects.toBeInstanceOf(
          BackupFormatError
        )
        // Nothing waits for a go-ahead: a Replace or Merge sent now is refused too.
        await expect(jobs.restore(checking, 'merge')).rejects.toThrow(/no longer ready/)
        expect(await recordHashes()).toEqual(before)
        refused++
      }),
      { numRuns: RUNS, seed: SEED }
    )
    expect(refused).toBeGreaterThanOrEqual(RUNS)
  }, 300_000)
})

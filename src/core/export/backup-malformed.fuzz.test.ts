/**
 * A thousand malformed backups, made by fast-check from a valid one: a field of some record given
 * a value of the wrong kind or out of range, a field taken away, a record pointing at a card or
 * article that is not there, a duplicate key, or the file itself cut short or with a byte changed.
 * Every one is refused with a BackupFormatError in one sentence, and nothing else is thrown.
 * `FUZZ_RUNS` and `FUZZ_SEED` dig deeper or replay, as in the generator's fuzz test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BackupFormatError } from '../errors'
import { malformed, mutation, plain, type Json } from '../testing/malformed-backups'
import { encodeBackup, parseBackup, type Backup } from './backup'

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined

describe('malformed backups', () => {
  it(`refuses every one of ${RUNS} with a clear sentence, and never throws anything else`, async () => {
    let refused = 0
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const bytes = await malformed(m)
        fc.pre(bytes !== null)
        let error: unknown = null
        try {
          await parseBackup(bytes!)
        } catch (e) {
          error = e
        }
        expect(error, `accepted: ${JSON.stringify(m)}`).toBeInstanceOf(BackupFormatError)
        expect((error as Error).message).toMatch(/^[A-Z“"'].*[.)]$/s)
        refused++
      }),
      { numRuns: RUNS, seed: SEED }
    )
    // Draws that changed nothing are skipped, not counted: at least RUNS files were refused.
    expect(refused).toBeGreaterThanOrEqual(RUNS)
  }, 120_000)

  it('refuses a log id past 2^53, where IndexedDB would number no later answer', async () => {
    const backup = plain()
    ;(backup.reviewLogs as Json[])[0]!.id = 1e308
    await expect(parseBackup(await encodeBackup(backup as unknown as Backup))).rejects.toThrow(
      /review log entry 1 of 1 has an id too large to number answers after/
    )
  })

  it('still accepts the backup it mutates, every record in it', async () => {
    const backup = plain()
    const parsed = await parseBackup(await encodeBackup(backup as unknown as Backup))
    expect(parsed.cards).toHaveLength((backup.cards as Json[]).length)
    expect(parsed.reviewLogs).toHaveLength((backup.reviewLogs as Json[]).length)
  })
})

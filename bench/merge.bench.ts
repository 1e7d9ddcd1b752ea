/**
 * Issue 9's merge limit: merging a 100,000-card backup (and its 1,000,000 answers) takes at
 * most 1.5× the time of putting those records raw, measured in the same run. The backup is the
 * seeded library's own full backup, made from Statistics; it is merged into another profile's
 * library (the bundled article only), so every one of its records is written, through the app:
 * Restore, the preview, Merge (whose copy of the library as it was is timed apart), the notice.
 * The floor is the raw put of the same records in one strict transaction (library-probes).
 * `npm run bench -- merge`; NEWSDECK_BENCH_SCALE=0.1 tries it on a tenth of the size.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromiumLaunchOptions } from '../playwright.config'
import type { BenchResult } from './bench-result'
import { load, ms, stepper } from './bench-result'
import { firstLaunch, restoreFile, seededWithBackup, statsPage } from './browser/backup-runs'
import { rawPutFloor } from './browser/library-probes'
import { SEED } from './browser/profile'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const step = stepper()

export default async (): Promise<BenchResult[]> => {
  if (!existsSync(chromiumLaunchOptions.executablePath)) {
    throw new Error(`not measured: ${chromiumLaunchOptions.executablePath} is missing`)
  }
  const other = mkdtempSync(join(tmpdir(), 'newsdeck-bench-other-'))
  const file = join(other, '..', `${other.split('/').pop()}-backup.json.gz`)
  step('the seeded library’s full backup')
  const { seeded, dispose } = await seededWithBackup(root, file)
  try {
    step('the floor: raw puts of the same records')
    const floorPage = await statsPage(seeded)
    const floor = await floorPage.evaluate(rawPutFloor)
    await seeded.close()

    step('merging it into another profile’s library')
    const elsewhere = await firstLaunch(other)
    const loadBefore = load()
    const run = await restoreFile(elsewhere, file, 'Merge', 'Backup merged')
    await elsewhere.close()
    return [
      {
        name: `merge a ${SEED.cards.toLocaleString('en-GB')}-card backup, Merge to merged`,
        value: run.writeMs,
        unit: 'ms',
        limit: 1.5 * floor.ms,
        floor: { name: 'raw puts of the same records in one strict transaction', value: floor.ms },
        detail: `${floor.records.toLocaleString('en-GB')} records; limit is 1.5× the floor; reading, checking and previewing the file took ${ms(run.checkMs)}, the copy of the library first ${ms(run.copyMs)}; ${loadBefore} before, ${load()} after; said “${run.said.split('. ')[0]}”`
      }
    ]
  } finally {
    await seeded.close().catch(() => undefined)
    dispose()
    rmSync(other, { recursive: true, force: true })
    rmSync(file, { force: true })
  }
}

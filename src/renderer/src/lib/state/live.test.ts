import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@core/review/settings'
import { rememberBackupSaved } from '../db/meta-repo'
import { loadStudySettings, saveStudySettings } from '../db/settings-repo'
import { freshDatabase } from '../db/test-support'
import { LiveValue } from './live.svelte'

/** Resolves once `check` holds, polling the event loop (live queries answer a few tasks later). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

const settle = () => new Promise((r) => setTimeout(r, 100))

beforeEach(freshDatabase)

describe('a value watching whole tables', () => {
  it('is not replaced, so nothing is redrawn, when a write to its table changes nothing it read', async () => {
    let values = 0
    const live = new LiveValue(
      async () => ({ retention: (await loadStudySettings()).desiredRetention }),
      null as { retention: number } | null,
      { watch: ['settings'], onValue: () => values++ }
    )
    const stop = live.start()
    await until(() => live.loaded)
    const first = live.current

    // The date of the last backup is written to the same table.
    await rememberBackupSaved(Date.now())
    await settle()
    expect(live.current).toBe(first)
    expect(values).toBe(1)

    // A change it did read replaces it.
    await saveStudySettings({ ...DEFAULT_SETTINGS, desiredRetention: 0.85 })
    await until(() => live.current?.retention === 0.85)
    expect(values).toBe(2)
    stop()
  })
})

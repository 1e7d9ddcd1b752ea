import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
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

describe('a value with an early first read', () => {
  /** Frames are painted only when the test says so. */
  function paintedByHand(): { paint: () => void } {
    let frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb))
    vi.stubGlobal('cancelAnimationFrame', () => {})
    return {
      paint: () => {
        const due = frames
        frames = []
        for (const cb of due) cb(0)
      }
    }
  }

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('shows the early value at once and reads the table only once that has painted', async () => {
    const frames = paintedByHand()
    const values: string[] = []
    let reads = 0
    const live = new LiveValue(
      async () => {
        reads++
        return 'from the table'
      },
      'nothing yet',
      { watch: ['settings'], early: async () => 'read early', onValue: (v) => values.push(v) }
    )
    const stop = live.start()
    await settle()
    expect(live.current).toBe('read early')
    expect(live.loaded).toBe(true)
    expect(reads).toBe(0)

    frames.paint()
    await until(() => live.current === 'from the table')
    expect(values).toEqual(['read early', 'from the table'])
    expect(reads).toBe(1)

    // From then on it follows the table as any watching value does.
    await saveStudySettings({ ...DEFAULT_SETTINGS, desiredRetention: 0.85 })
    await until(() => reads === 2)
    stop()
  })

  it('reads the table at once when there is no early value', async () => {
    paintedByHand()
    const live = new LiveValue(async () => 'from the table', 'nothing yet', {
      watch: ['settings'],
      early: async () => null
    })
    const stop = live.start()
    await until(() => live.current === 'from the table')
    stop()
  })
})

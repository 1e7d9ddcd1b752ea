import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { killLoop } from '../bench/browser/kill-loop'

/**
 * Issue 16's loop, 20 cycles (the benchmark runs 100): the browser is killed the moment the
 * next card appears, or closed normally then, or killed just after a grade key, with the CPU
 * throttled 20x and 4x on some cycles, and relaunched on the same profile each time.
 */
test('no acknowledged answer is lost when the browser is killed or closed as the next card appears', async ({
  baseURL
}) => {
  test.setTimeout(300_000)
  const profileDir = mkdtempSync(join(tmpdir(), 'newsdeck-kill-loop-'))
  try {
    const report = await killLoop({
      origin: baseURL ?? 'http://127.0.0.1:4173',
      profileDir,
      cycles: 20,
      throttle: [1, 20, 1, 4],
      endings: ['kill-after-card', 'kill-after-card', 'close-after-card', 'kill-after-key'],
      cards: 200
    })
    expect(report.cycles).toBe(20)
    expect(report.acknowledged).toBeGreaterThanOrEqual(20)
    expect(report.lost).toEqual([])
    expect(report.stored).toBe(report.acknowledged)
    expect(report.inconsistent).toEqual([])
  } finally {
    rmSync(profileDir, { recursive: true, force: true })
  }
})

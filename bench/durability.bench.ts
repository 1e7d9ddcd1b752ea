/**
 * Issue 16's durability numbers: the kill-and-relaunch loop, 100 cycles, in the web build in
 * Debian's Chromium. The browser is killed (SIGKILL to its whole process group) the moment the
 * next card appears, closed normally then, or killed just after a grade key; a quarter of the
 * cycles run with the CPU throttled 20x and a quarter 4x. Target: no acknowledged answer lost,
 * every card in its last log's state.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromiumLaunchOptions } from '../playwright.config'
import type { BenchResult } from './bench-result'
import { load } from './bench-result'
import { killLoop } from './browser/kill-loop'
import { BENCH_ORIGIN, ensureWebBuild, startPreview } from './browser/server'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const CYCLES = 100

export default async (): Promise<BenchResult[]> => {
  const name = `kill-and-relaunch loop: acknowledged answers lost (${CYCLES} cycles)`
  if (!existsSync(chromiumLaunchOptions.executablePath)) {
    return [{ name, value: Number.NaN, unit: 'answers', limit: 0, detail: 'no Chromium' }]
  }
  ensureWebBuild(root)
  const server = await startPreview(root)
  const profileDir = mkdtempSync(join(tmpdir(), 'newsdeck-bench-kill-'))
  const before = load()
  try {
    const r = await killLoop({
      origin: BENCH_ORIGIN,
      profileDir,
      cycles: CYCLES,
      throttle: [1, 20, 1, 4],
      endings: ['kill-after-card', 'kill-after-card', 'close-after-card', 'kill-after-key'],
      cards: 600
    })
    const ended = Object.entries(r.ended)
      .map(([how, n]) => `${n} ${how}`)
      .join(', ')
    return [
      {
        name,
        value: r.lost.length,
        unit: 'answers',
        limit: 0,
        detail: `${r.acknowledged} acknowledged, ${r.stored} stored; ${ended}; ${r.lost.slice(0, 3).join('; ')}`
      },
      {
        name: 'kill-and-relaunch loop: cards not in their last log’s state, day totals off the log',
        value: r.inconsistent.length,
        unit: 'problems',
        limit: 0,
        detail: `${r.inconsistent.slice(0, 3).join('; ') || 'none'}; ${(r.ms / 1000).toFixed(0)} s; ${before} before, ${load()} after`
      }
    ]
  } finally {
    server.stop()
    rmSync(profileDir, { recursive: true, force: true })
  }
}

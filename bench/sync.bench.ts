/**
 * Issue 14's sync limits, against a real apache2 (mod_dav) on 127.0.0.1 started by the
 * measurement itself, with two devices' libraries in fake-indexeddb under Node (the unit tests'
 * IndexedDB: slower than Chromium's at bulk writes, so these figures err on the slow side):
 *
 * - an incremental sync of 200 answers takes under 1 s: the device that gave them sending
 *   them, and the other receiving them, each a whole "Sync now" (the floor: the requests any
 *   sync must make for it, raw: list the folders and GET the one new chunk);
 * - the first sync of a new device takes at most 2× restoring the same library from a backup
 *   (the floor: the app's restore of the same library's backup file into an empty database,
 *   reading and checking the file, then writing its records, without the preview shown in
 *   between; the write alone is printed beside it). A first sync likewise reads and checks what
 *   it downloads before it writes.
 *
 * The library is 5,000 cards in 50 articles with 100,000 answers over two years, not the
 * issue's 1,000,000: under fake-indexeddb a million would take the better part of an hour.
 * sync-first.bench.ts times the first sync at the issue's size, in Chromium.
 * NEWSDECK_BENCH_SCALE scales it; NEWSDECK_WEBDAV_PORT picks the server's port.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { webDavUnavailable } from '../scripts/webdav-server.mjs'
import type { BenchResult } from './bench-result'
import { load, ms } from './bench-result'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

interface Figures {
  cards: number
  answers: number
  records: number
  firstUpload: number
  compacted: number | null
  restore: number
  restoreWrite: number
  backupBytes: number
  firstSync: number
  send: number
  sentChanges: number
  receive: number
  brought: { answers: number; cards: number }
  requests: number
}

const INCREMENTAL = 'incremental sync of 200 answers'
const FIRST = 'first sync of a new device'

export default async (): Promise<BenchResult[]> => {
  const unavailable = webDavUnavailable()
  if (unavailable) {
    return [INCREMENTAL, FIRST].map((name) => ({
      name,
      value: Number.NaN,
      unit: 'ms',
      limit: Number.NaN,
      detail: `not measured: ${unavailable}`
    }))
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsdeck-bench-sync-'))
  const out = join(dir, 'figures.json')
  const before = load()
  try {
    const run = spawnSync('npx', ['vitest', 'run', '--config', 'bench/sync/vitest.config.mts'], {
      cwd: root,
      env: { ...process.env, NEWSDECK_SYNC_BENCH_OUT: out },
      stdio: ['ignore', 'inherit', 'inherit']
    })
    if (run.status !== 0) throw new Error(`the sync measurement failed (exit ${run.status})`)
    const f = JSON.parse(readFileSync(out, 'utf8')) as Figures
    const size = `${f.cards.toLocaleString('en-GB')} cards, ${f.answers.toLocaleString('en-GB')} answers`
    const floor = { name: 'its requests, raw', value: f.requests }
    return [
      {
        name: `${INCREMENTAL}, sent (${size})`,
        value: f.send,
        unit: 'ms',
        limit: 1000,
        floor,
        detail: `${f.sentChanges} changes sent; ${before} before, ${load()} after`
      },
      {
        name: `${INCREMENTAL}, received (${size})`,
        value: f.receive,
        unit: 'ms',
        limit: 1000,
        floor,
        detail: `brought ${f.brought.answers} answers and ${f.brought.cards} cards`
      },
      {
        name: `${FIRST} (${size})`,
        value: f.firstSync,
        unit: 'ms',
        limit: 2 * f.restore,
        floor: { name: 'restoring the same library from its backup file', value: f.restore },
        detail: `${f.records.toLocaleString('en-GB')} records, a ${(f.backupBytes / 1e6).toFixed(1)} MB backup file; limit is 2× the floor; writing the records alone took ${ms(f.restoreWrite)} (${(f.firstSync / f.restoreWrite).toFixed(2)}× that); the first device's own first sync (uploading it all${f.compacted ? `, then its snapshot up to chunk ${f.compacted}` : ''}) took ${ms(f.firstUpload)}`
      }
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

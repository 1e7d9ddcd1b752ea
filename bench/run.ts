/**
 * `npm run bench`: runs every benchmark module in this folder and prints each measurement
 * against the limit an issue sets. Exits non-zero when a limit is missed.
 * A module default-exports `() => Promise<BenchResult[]>`.
 */
import { readdirSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BenchResult } from './bench-result'

const here = __dirname
const only = process.argv[2]
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort()

/** A limit of Infinity marks a figure an issue asks to see reported, with no limit. */
const limit = (r: BenchResult): string =>
  Number.isFinite(r.limit) ? `limit ${Number(r.limit.toFixed(2))} ${r.unit}` : 'reported'

/** The machine's one-minute load average over its cores, printed beside every measurement. */
const load = (): string => `${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`

async function main(): Promise<number> {
  let failed = 0
  for (const file of modules) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      default: () => Promise<BenchResult[]>
    }
    console.log(`\n# ${file}`)
    for (const r of await mod.default()) {
      const ok = r.value <= r.limit
      if (!ok) failed++
      const ratio = r.floor
        ? `; ${(r.value / r.floor.value).toFixed(2)}× ${r.floor.name} (${r.floor.value.toFixed(2)} ${r.unit})`
        : ''
      console.log(
        `${ok ? 'ok  ' : 'MISS'} ${r.name}: ${r.value.toFixed(2)} ${r.unit} (${limit(r)}${ratio}; load ${load()})${r.detail ? ` — ${r.detail}` : ''}`
      )
    }
  }
  console.log(
    failed ? `\n${failed} benchmark(s) missed their limit` : '\nall benchmarks within their limits'
  )
  return failed
}

// No top-level await: package.json has no "type": "module", so tsx runs this file as CommonJS.
main().then(
  (failed) => process.exit(failed ? 1 : 0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)

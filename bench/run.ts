/**
 * `npm run bench`: runs every benchmark module in this folder and prints each measurement
 * against the limit an issue sets. Exits non-zero when a limit is missed.
 * A module default-exports `() => Promise<BenchResult[]>`.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BenchResult } from './bench-result'

const here = __dirname
const only = process.argv[2]
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort()

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
      console.log(
        `${ok ? 'ok  ' : 'MISS'} ${r.name}: ${r.value.toFixed(2)} ${r.unit} (limit ${r.limit} ${r.unit})${r.detail ? ` — ${r.detail}` : ''}`
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

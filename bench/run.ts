/**
 * `npm run bench`: runs every benchmark module in this folder and prints each measurement
 * against the limit an issue sets. Exits non-zero when a limit is missed.
 * A module default-exports `() => Promise<BenchResult[]>`.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { BenchResult } from './bench-result'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv[2]
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort()

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
console.log(failed ? `\n${failed} benchmark(s) missed their limit` : '\nall benchmarks within their limits')
process.exit(failed ? 1 : 0)

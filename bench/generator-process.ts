/**
 * The generator's timings, run by generator.bench.ts from a Rolldown bundle of this file in a
 * Node process of its own: as the app's import worker runs the generator, one module (not tsx's
 * CommonJS per source file, whose every imported name is read through a getter) in a V8 that
 * holds nothing else. In the bench's own process, after the attribution bench had compiled the
 * source modules' patterns, a second copy of them pushed executable memory past the 16 MB limit
 * below, and the megabyte took 5.3 s.
 *
 * Reads `{ article, big }` from the JSON file its first argument names; prints `BenchResult[]`.
 */
import { readFileSync } from 'node:fs'
import { getHeapSpaceStatistics } from 'node:v8'
import { tag } from '../src/core/extract/tagging/tag'
import { generateFromText } from '../src/core/generate'
import { percentile, timeRuns, type BenchResult } from './bench-result'

/**
 * Executable memory (V8's code spaces). Past 16 MB, with over a megabyte of regular-expression
 * code compiled, V8 compiles every later pattern without optimisation, several times slower: the
 * lexicon's long lists must not be copied into pattern after pattern.
 */
const codeMegabytes = (): number =>
  getHeapSpaceStatistics()
    .filter((s) => s.space_name.startsWith('code'))
    .reduce((sum, s) => sum + s.space_size, 0) /
  1024 /
  1024

const tagAll = (text: string): void => {
  for (const paragraph of text.split(/\n\s*\n/)) tag(paragraph)
}

function measure(article: string, big: string): BenchResult[] {
  // Warm up first: the figure that matters is a running app's, not V8's first compile.
  const small = timeRuns(() => generateFromText(article), 50, 20)
  const smallFloor = timeRuns(() => tagAll(article), 50, 20)
  const cpu0 = process.cpuUsage().user
  const large = timeRuns(() => generateFromText(big), 5, 1)
  const cpuPerRun = (process.cpuUsage().user - cpu0) / 1000 / 6
  const code = codeMegabytes()
  const largeFloor = timeRuns(() => tagAll(big), 3, 1)
  return [
    {
      name: 'bundled article, median',
      value: percentile(small, 50),
      unit: 'ms',
      limit: 20,
      floor: { name: 'tagging it', value: percentile(smallFloor, 50) },
      detail: `p95 ${percentile(small, 95).toFixed(2)} ms`
    },
    {
      name: `${(big.length / 1024 / 1024).toFixed(2)} MB of article text, median`,
      value: percentile(large, 50),
      unit: 'ms',
      limit: 2000,
      floor: { name: 'tagging it', value: percentile(largeFloor, 50) },
      detail: `CPU ${cpuPerRun.toFixed(0)} ms/run (wall time grows on a loaded machine); executable code ${code.toFixed(1)} MB after the runs (regular expressions compiled past 16 MB are not optimised)`
    }
  ]
}

const { article, big } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as {
  article: string
  big: string
}
process.stdout.write(JSON.stringify(measure(article, big)))

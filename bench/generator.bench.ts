/**
 * Generator speed (the limits: bundled article < 20 ms, 1 MB of article text < 2 s) and
 * extraction quality on the annotated development and own articles.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateFromText } from '../src/core/generate'
import {
  formatSummary,
  scoreExtraction,
  summarise,
  type Fixture,
  type Truth
} from '../src/core/fixtures/scoring'
import { articleOfSize } from './article-text'
import { percentile, timeRuns, type BenchResult } from './bench-result'

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../src/core/fixtures')

function load(set: string): Fixture[] {
  const dir = join(fixturesDir, set)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: f,
      text: readFileSync(join(dir, f), 'utf8'),
      truth: JSON.parse(
        readFileSync(join(dir, f.replace(/\.txt$/, '.truth.json')), 'utf8')
      ) as Truth
    }))
}

/** About 1 MB of article text: every fixture body, repeated with varied numbers and names. */
function megabyte(fixtures: Fixture[]): string {
  return articleOfSize(
    fixtures.map((f) => f.text),
    1024 * 1024,
    'One megabyte of news'
  )
}

export default async function bench(): Promise<BenchResult[]> {
  const bundled = load('bundled')
  const wikinews = load('wikinews')
  const own = load('own')
  const article = bundled[0]!.text
  // Warm up first: the figure that matters is a running app's, not V8's first compile.
  const small = timeRuns(() => generateFromText(article), 50, 20)
  const big = megabyte([...bundled, ...wikinews, ...own])
  const cpu0 = process.cpuUsage().user
  const large = timeRuns(() => generateFromText(big), 5, 1)
  const cpuPerRun = (process.cpuUsage().user - cpu0) / 1000 / 6
  const quality = (set: Fixture[]): string =>
    formatSummary(summarise(set.map((f) => scoreExtraction(generateFromText(f.text), f.truth))))
  return [
    {
      name: 'bundled article, median',
      value: percentile(small, 50),
      unit: 'ms',
      limit: 20,
      detail: `p95 ${percentile(small, 95).toFixed(2)} ms; bundled: ${quality(bundled)}`
    },
    {
      name: `${(big.length / 1024 / 1024).toFixed(2)} MB of article text, median`,
      value: percentile(large, 50),
      unit: 'ms',
      limit: 2000,
      detail: `CPU ${cpuPerRun.toFixed(0)} ms/run (wall time grows on a loaded machine); wikinews: ${quality(wikinews)}; own: ${quality(own)}`
    }
  ]
}

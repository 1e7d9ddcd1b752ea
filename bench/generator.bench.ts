/**
 * Generator speed (the limits: bundled article < 20 ms, 1 MB of article text < 2 s),
 * each beside a floor measured in the same run: tagging the same text with wink-nlp, the
 * reading every generation has to do, so a busy machine shows as a high floor, not a miss.
 * Both run from the generator as the app ships it (see `shipped`). Attribution quality is in
 * attribution.bench.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { getHeapSpaceStatistics } from 'node:v8'
import { build } from 'rolldown'
import { articleOfSize } from './article-text'
import { percentile, timeRuns, type BenchResult } from './bench-result'
import { loadSet } from './fixtures'

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

type Generator = typeof import('./shipped-generator')

/**
 * The generator bundled by Rolldown, the bundler Vite builds the app's worker with: one module
 * whose functions call each other directly. Imported through tsx instead, each source file
 * becomes a CommonJS module whose every imported name is read through a getter, and the 1 MB
 * run took a quarter longer than in the app (2.09 s against 1.64 s, same quiet machine).
 */
async function shipped(): Promise<Generator> {
  const { output } = await build({
    input: fileURLToPath(new URL('./shipped-generator.ts', import.meta.url)),
    platform: 'node',
    write: false,
    logLevel: 'warn',
    output: { format: 'esm', entryFileNames: '[name].mjs', codeSplitting: false }
  })
  const dir = mkdtempSync(join(tmpdir(), 'newsdeck-generator-'))
  try {
    for (const file of output)
      if (file.type === 'chunk') writeFileSync(join(dir, file.fileName), file.code)
    return (await import(pathToFileURL(join(dir, 'shipped-generator.mjs')).href)) as Generator
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export default async function bench(): Promise<BenchResult[]> {
  const { generateFromText, tag } = await shipped()
  const tagAll = (text: string): void => {
    for (const paragraph of text.split(/\n\s*\n/)) tag(paragraph)
  }
  const bundled = loadSet('bundled')
  const texts = [...bundled, ...loadSet('wikinews'), ...loadSet('own')].map((f) => f.text)
  const article = bundled[0]!.text
  // Warm up first: the figure that matters is a running app's, not V8's first compile.
  const small = timeRuns(() => generateFromText(article), 50, 20)
  const smallFloor = timeRuns(() => tagAll(article), 50, 20)
  const big = articleOfSize(texts, 1024 * 1024, 'One megabyte of news')
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

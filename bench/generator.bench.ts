/**
 * Generator speed (the limits: bundled article < 20 ms, 1 MB of article text < 2 s),
 * each beside a floor measured in the same run: tagging the same text with wink-nlp, the
 * reading every generation has to do, so a busy machine shows as a high floor, not a miss.
 * Both are timed by `generator-process.ts`, bundled by Rolldown (the bundler Vite builds the
 * app's worker with) and run in a process of its own. Attribution quality is in
 * attribution.bench.ts.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'rolldown'
import { articleOfSize } from './article-text'
import type { BenchResult } from './bench-result'
import { loadSet } from './fixtures'

export default async function bench(): Promise<BenchResult[]> {
  const bundled = loadSet('bundled')
  const texts = [...bundled, ...loadSet('wikinews'), ...loadSet('own')].map((f) => f.text)
  const article = bundled[0]!.text
  const big = articleOfSize(texts, 1024 * 1024, 'One megabyte of news')
  const { output } = await build({
    input: fileURLToPath(new URL('./generator-process.ts', import.meta.url)),
    platform: 'node',
    write: false,
    logLevel: 'warn',
    output: { format: 'esm', entryFileNames: '[name].mjs', codeSplitting: false }
  })
  const dir = mkdtempSync(join(tmpdir(), 'newsdeck-generator-'))
  try {
    for (const file of output)
      if (file.type === 'chunk') writeFileSync(join(dir, file.fileName), file.code)
    writeFileSync(join(dir, 'input.json'), JSON.stringify({ article, big }))
    const printed = execFileSync(
      process.execPath,
      [join(dir, 'generator-process.mjs'), join(dir, 'input.json')],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
    )
    return JSON.parse(printed) as BenchResult[]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

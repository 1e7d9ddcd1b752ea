/**
 * The annotated article sets, read with node:fs for the benchmarks (tests read the same files
 * through Vite). `corpus()` adds a directory of annotated articles collected from public
 * sources: `bench/corpus` (rounds 38 and 40; their text belongs to their publishers and is there
 * for evaluation only), or the directory NEWSDECK_CORPUS names.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Fixture, Truth } from '../src/core/fixtures/scoring'

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../src/core/fixtures')
/** The corpus kept in the repository. */
export const corpusDir = join(dirname(fileURLToPath(import.meta.url)), 'corpus')

export function loadDir(dir: string): Fixture[] {
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

export const loadSet = (set: string): Fixture[] => loadDir(join(fixturesDir, set))

/** Local corpus sets: `tune-*` for rules, `heldout-*` never looked at while writing them. */
export function corpus(
  dir = process.env.NEWSDECK_CORPUS ?? corpusDir
): Array<{ name: string; heldOut: boolean; fixtures: Fixture[] }> {
  if (!dir || !existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .map((d) => ({ name: d, heldOut: d.startsWith('heldout'), fixtures: loadDir(join(dir, d)) }))
}

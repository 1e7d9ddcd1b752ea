/**
 * `npx tsx bench/calibrate.ts [--corpus DIR] [--check]`: counts, for each sieve and mention rule,
 * how often the generator named the right speaker on the annotated tuning articles, and writes
 * them to `src/core/extract/calibration.json` (see calibration.ts). Only tuning data counts: the
 * repository's bundled, Wikinews and dev2 sets and the corpus's `tune-*` sets. Held-out sets
 * (`fixtures/heldout`, `heldout-*`) and the team's own articles never do. With `--check` it
 * writes nothing and exits 1 when the file differs from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateFromText } from '../src/core/generate'
import { calibrationKey, type CalibrationTable } from '../src/core/extract/calibration'
import { sameQuote, sameSpeaker, type Fixture } from '../src/core/fixtures/scoring'
import { corpus, fixturesDir, loadSet } from './fixtures'

const args = process.argv.slice(2)
const at = args.indexOf('--corpus')
const dir = at >= 0 ? args[at + 1] : process.env.NEWSDECK_CORPUS
const sets: Array<[string, Fixture[]]> = [
  ['bundled', loadSet('bundled')],
  ['wikinews', loadSet('wikinews')],
  ['dev2', loadSet('dev2')],
  ...corpus(dir)
    .filter((c) => !c.heldOut && c.name.startsWith('tune'))
    .map((c): [string, Fixture[]] => [c.name, c.fixtures])
]

const counts: Record<string, [number, number]> = {}
let quotes = 0
let articles = 0
for (const [, fixtures] of sets)
  for (const f of fixtures) {
    articles++
    const x = generateFromText(f.text)
    for (const t of f.truth.quotes) {
      const q = x.quotes.find((k) => sameQuote(k.text, t.text))
      if (!q?.speaker || !q.basis || !t.speaker) continue
      const c = (counts[calibrationKey(q.basis.sieve, q.basis.rule)] ??= [0, 0])
      if (sameSpeaker(q.speaker, t.speaker)) c[0]++
      c[1]++
      quotes++
    }
  }

const table: CalibrationTable = {
  source: `${quotes} attributed quotations in ${articles} annotated tuning articles (${sets.map(([n]) => n).join(', ')})`,
  counts: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))
}
const file = join(fixturesDir, '../extract/calibration.json')
const text = `${JSON.stringify(table, null, 2).replace(/\[\n\s*(\d+),\n\s*(\d+)\n\s*\]/g, '[$1, $2]')}\n`
if (args.includes('--check')) {
  const same = readFileSync(file, 'utf8') === text
  console.log(same ? 'calibration.json is up to date' : 'calibration.json differs from the counts')
  process.exit(same ? 0 : 1)
}
writeFileSync(file, text)
console.log(`wrote ${file}: ${table.source}`)

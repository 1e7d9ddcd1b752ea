/**
 * `npx tsx bench/calibrate.ts [--check]`: counts, for each sieve and mention rule, how often the
 * generator named the right speaker on text it had never seen, and writes them to
 * `src/core/extract/calibration.json` (see calibration.ts). The counts come from
 * `bench/corpus/first-look.json` (`bench/first-look.ts`): every tuning batch as read by the
 * commit that added it, before any rule was written against it. Counting the current
 * generator's output on those batches instead would count the rules' own texts, a best case
 * (speakers 95% right there, against 86% on held-out text). Held-out batches never count. With
 * `--check` it writes nothing and exits 1 when the file differs from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { calibrationKey, type CalibrationTable } from '../src/core/extract/calibration'
import { matchQuotes, sameSpeaker, type Truth } from '../src/core/fixtures/scoring'
import { corpusDir, fixturesDir } from './fixtures'
import { firstLookFile, type FirstLook } from './first-look'

/**
 * Right and all attributions by "sieve/rule", and the sum of their hand-set confidences, over
 * every first-look quotation the truth has.
 */
export function firstLookCounts(look: FirstLook, dir = corpusDir): CalibrationTable {
  const counts: Record<string, [number, number, number]> = {}
  let quotes = 0
  let articles = 0
  for (const [batch, { articles: byFile }] of Object.entries(look.batches))
    for (const [file, found] of Object.entries(byFile)) {
      articles++
      const truth = JSON.parse(
        readFileSync(join(dir, batch, file.replace(/\.txt$/, '.truth.json')), 'utf8')
      ) as Truth
      for (const [t, q] of matchQuotes(found, truth.quotes).pairs) {
        if (!q?.speaker || !q.sieve) continue
        const c = (counts[calibrationKey(q.sieve, q.rule)] ??= [0, 0, 0])
        if (sameSpeaker(q.speaker, t.speaker)) c[0]++
        c[1]++
        c[2] = Math.round((c[2] + (q.confidence ?? 0)) * 100) / 100
        quotes++
      }
    }
  const batches = Object.keys(look.batches)
  return {
    source: `${quotes} attributed quotations in ${articles} tuning articles (${batches.length} batches, ${batches[0]} to ${batches.at(-1)}), each as the generator read it before any rule was written against it (bench/first-look.ts)`,
    counts: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))
  }
}

/** The file's text for a table: one line a pair. */
export const calibrationText = (table: CalibrationTable): string =>
  `${JSON.stringify(table, null, 2).replace(/\[\n\s*([\d.]+),\n\s*([\d.]+),\n\s*([\d.]+)\n\s*\]/g, '[$1, $2, $3]')}\n`

export const readFirstLook = (): FirstLook =>
  JSON.parse(readFileSync(firstLookFile, 'utf8')) as FirstLook

if (process.argv[1]?.endsWith('calibrate.ts')) {
  const table = firstLookCounts(readFirstLook())
  const file = join(fixturesDir, '../extract/calibration.json')
  const text = calibrationText(table)
  if (process.argv.includes('--check')) {
    const same = readFileSync(file, 'utf8') === text
    console.log(
      same ? 'calibration.json is up to date' : 'calibration.json differs from the counts'
    )
    process.exit(same ? 0 : 1)
  }
  writeFileSync(file, text)
  console.log(`wrote ${file}: ${table.source}`)
}

/**
 * `npx tsx bench/attribution-eval.ts [--misses] [--heldout] [--corpus DIR] [--sets A,B]
 * [--decimals N]` (the corpus is `bench/corpus` unless named): the generator's attribution
 * scores per annotated set. `--misses` lists every wrong speaker, place and time on the tuning
 * sets only; the held-out set is scored in aggregate and never listed, so nobody writes a rule
 * against it. `--sets` prints only the sets whose names hold one of the words given (the totals
 * still count every set); `--decimals 2` prints the figures to two decimals, to compare two runs.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { corpusDir, fixturesDir, loadDir as loadDirOf } from './fixtures'
import { generateFromText } from '../src/core/generate'
import {
  formatSummary,
  matchQuotes,
  samePlace,
  sameSpeaker,
  sameWhen,
  scoreExtraction,
  summarise,
  type Fixture
} from '../src/core/fixtures/scoring'

const loadDir = loadDirOf

function misses(f: Fixture): string[] {
  const x = generateFromText(f.text)
  const out: string[] = []
  const { pairs, extra } = matchQuotes(x.quotes, f.truth.quotes)
  for (const [t, q] of pairs) {
    if (!q) {
      out.push(`  MISSING "${t.text.slice(0, 60)}"`)
      continue
    }
    const head = `  "${t.text.slice(0, 50)}"`
    const b = q.basis
    if (!sameSpeaker(q.speaker, t.speaker))
      out.push(
        `${head}\n     who: got ${q.speaker} | want ${t.speaker}  [${b?.sieve}/${b?.rule} ${b?.confidence}]`
      )
    if (!samePlace(q.where, t.where))
      out.push(`${head}\n     where: got ${q.where} | want ${t.where}  [${b?.whereSieve}]`)
    if (!sameWhen(q.when, t.when))
      out.push(
        `${head}\n     when: got ${q.when?.phrase ?? null} (${q.when?.resolved ?? ''}) | want ${t.when}  [${b?.whenSieve}]`
      )
  }
  for (const q of extra) out.push(`  EXTRA "${q.text.slice(0, 60)}" (${q.speaker})`)
  return out
}

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const corpus = option('--corpus') ?? process.env.NEWSDECK_CORPUS ?? corpusDir
const decimals = Number(option('--decimals') ?? 0)
const digits = Number.isInteger(decimals) && decimals >= 0 && decimals <= 4 ? decimals : 0
const only = option('--sets')?.split(',').filter(Boolean)
const shown = (name: string): boolean => !only || only.some((word) => name.includes(word))
const sets: Array<[string, Fixture[], boolean]> = [
  ['bundled', loadDir(join(fixturesDir, 'bundled')), false],
  ['wikinews', loadDir(join(fixturesDir, 'wikinews')), false],
  ['dev2', loadDir(join(fixturesDir, 'dev2')), false],
  ['own (written by the team)', loadDir(join(fixturesDir, 'own')), false]
]
if (corpus && existsSync(corpus))
  for (const d of readdirSync(corpus).sort()) {
    const dir = join(corpus, d)
    if (!statSync(dir).isDirectory()) continue
    const held = d.startsWith('heldout')
    if (held && !args.includes('--heldout')) continue
    sets.push([`corpus/${d}`, loadDir(dir), held])
  }
if (args.includes('--heldout'))
  sets.push(['heldout (dev2)', loadDir(join(fixturesDir, 'heldout')), true])

const totals = {
  tuned: [] as ReturnType<typeof scoreExtraction>[],
  held: [] as ReturnType<typeof scoreExtraction>[]
}
for (const [name, fixtures, held] of sets) {
  const scores = fixtures.map((f) => scoreExtraction(generateFromText(f.text), f.truth))
  if (!name.startsWith('own') && !name.startsWith('bundled'))
    (held ? totals.held : totals.tuned).push(...scores)
  if (!shown(name)) continue
  const s = summarise(scores)
  const n = fixtures.reduce((k, f) => k + f.truth.quotes.length, 0)
  console.log(`${name} (${fixtures.length} articles, ${n} quotes): ${formatSummary(s, digits)}`)
  if (held || !args.includes('--misses')) continue
  for (const f of fixtures) {
    const m = misses(f)
    if (m.length) console.log(` ${f.name}\n${m.join('\n')}`)
  }
}

console.log(`TUNED real articles: ${formatSummary(summarise(totals.tuned), digits)}`)
if (totals.held.length)
  console.log(`HELD-OUT real articles: ${formatSummary(summarise(totals.held), digits)}`)

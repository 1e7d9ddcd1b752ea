/**
 * `npx tsx bench/agreement.ts [--list]`: how far two annotators agree on the tuning batches'
 * speakers, places and times. `bench/agreement/<batch>/<article>.re.json` is a second,
 * blind annotation of the same quotations (bench/agreement/README.md says how it was made),
 * scored against `bench/corpus/<batch>/<article>.truth.json` with the measures the generator
 * is scored with. It is the ceiling those measures can show: where two careful annotators
 * differ, no generator can agree with both.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { samePlace, sameSpeaker, truthWhen } from '../src/core/fixtures/scoring'

interface Annotated {
  text: string
  speaker: string | null
  where: string | null
  when: string | null
}

const here = __dirname
const quotesOf = (file: string): Annotated[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { quotes: Annotated[] }).quotes

/** A time as written, without its preposition or a note in brackets ("on Tuesday" is "Tuesday"). */
const bare = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*(?:on|in|at|early|late|last|this)\s+/, '')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** Two annotated times (both as the article words them) name the same time. */
function sameStatedTime(a: string | null, b: string | null): boolean {
  if (!a || !b) return !a && !b
  const [ra, rb] = [truthWhen(a), truthWhen(b)]
  if (ra && rb) return ra === rb
  const [x, y] = [bare(a), bare(b)]
  return x === y || x.includes(y) || y.includes(x)
}

const t = { n: 0, who: 0, where: 0, stated: 0, statedSame: 0, when: 0, timed: 0, timedSame: 0 }
const differ: string[] = []
for (const batch of readdirSync(join(here, 'agreement')).filter((d) => d.startsWith('tune-'))) {
  for (const file of readdirSync(join(here, 'agreement', batch)).filter((f) =>
    f.endsWith('.re.json')
  )) {
    const article = file.slice(0, -'.re.json'.length)
    const first = quotesOf(join(here, 'corpus', batch, `${article}.truth.json`))
    const second = quotesOf(join(here, 'agreement', batch, file))
    if (first.length !== second.length || first.some((q, i) => q.text !== second[i]!.text))
      throw new Error(`${batch}/${article}: the second annotation lists other quotations`)
    first.forEach((a, i) => {
      const b = second[i]!
      const tag = `${batch}/${article} "${a.text.slice(0, 40)}"`
      t.n++
      if (sameSpeaker(b.speaker, a.speaker)) t.who++
      else differ.push(`who   ${tag}: ${a.speaker} | ${b.speaker}`)
      const place = samePlace(b.where, a.where)
      if (place) t.where++
      else differ.push(`where ${tag}: ${a.where} | ${b.where}`)
      if (a.where) t.stated++
      if (a.where && place) t.statedSame++
      const time = sameStatedTime(a.when, b.when)
      if (time) t.when++
      else differ.push(`when  ${tag}: ${a.when} | ${b.when}`)
      if (a.when) t.timed++
      if (a.when && time) t.timedSame++
    })
  }
}
const pct = (a: number, b: number): string => `${Math.round((100 * a) / b)}%`
console.log(
  `${t.n} quotations, two annotators: speaker ${pct(t.who, t.n)}, where ${pct(t.where, t.n)} ` +
    `(where the first states one ${pct(t.statedSame, t.stated)} of ${t.stated}), ` +
    `when ${pct(t.when, t.n)} (where the first states one ${pct(t.timedSame, t.timed)} of ${t.timed})`
)
if (process.argv.includes('--list')) console.log(differ.join('\n'))

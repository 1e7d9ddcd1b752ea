/**
 * `npx tsx bench/corpus-check.ts DIR...`: checks annotated article sets against the conventions
 * in `src/core/fixtures/dev2/README.md` before they are used to score anything. For each
 * `.txt` / `.truth.json` pair: the first line is `date YYYY-MM-DD Title`; every quote text, term,
 * fact sentence and ambiguous text occurs in the article once whitespace is normalised; quotes
 * follow the text's order; a fact's answer occurs exactly once in its sentence; a `source` is
 * given. Prints one line per problem and exits 1 when there is any.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim()

interface TruthFile {
  source?: unknown
  quotes?: Array<{ text?: unknown; speaker?: unknown; where?: unknown; when?: unknown }>
  facts?: Array<{ sentence?: unknown; answer?: unknown }>
  terms?: unknown[]
  ambiguous?: Array<{ text?: unknown; why?: unknown }>
}

function occurrences(hay: string, needle: string): number {
  let n = 0
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++
  return n
}

export function checkPair(name: string, text: string, truthJson: string): string[] {
  const out: string[] = []
  const say = (m: string): number => out.push(`${name}: ${m}`)
  if (!/^date \d{4}-\d{2}-\d{2} \S/.test(text)) say('first line is not "date YYYY-MM-DD Title"')
  let t: TruthFile
  try {
    t = JSON.parse(truthJson) as TruthFile
  } catch (e) {
    say(`truth is not JSON: ${(e as Error).message}`)
    return out
  }
  const body = norm(text)
  if (typeof t.source !== 'string' || t.source.length < 10) say('no source')
  if (!Array.isArray(t.quotes)) say('no quotes array')
  if (!Array.isArray(t.facts)) say('no facts array')
  let from = 0
  for (const [i, q] of (t.quotes ?? []).entries()) {
    if (typeof q.text !== 'string' || !q.text) {
      say(`quote ${i}: no text`)
      continue
    }
    for (const k of ['speaker', 'where', 'when'] as const)
      if (!(k in q) || (q[k] !== null && typeof q[k] !== 'string'))
        say(`quote ${i}: ${k} must be a string or null`)
    const qt = norm(q.text)
    const at = body.indexOf(qt, from)
    if (at < 0) {
      say(
        body.includes(qt)
          ? `quote ${i} is out of text order: "${qt.slice(0, 50)}"`
          : `quote ${i} not in text: "${qt.slice(0, 50)}"`
      )
      continue
    }
    from = at + 1
  }
  for (const [i, f] of (t.facts ?? []).entries()) {
    if (typeof f.sentence !== 'string' || typeof f.answer !== 'string') {
      say(`fact ${i}: sentence and answer must be strings`)
      continue
    }
    if (!body.includes(norm(f.sentence)))
      say(`fact ${i} sentence not in text: "${f.sentence.slice(0, 50)}"`)
    const n = occurrences(norm(f.sentence), norm(f.answer))
    if (n !== 1) say(`fact ${i}: answer "${f.answer}" occurs ${n} times in its sentence`)
  }
  for (const term of t.terms ?? [])
    if (typeof term !== 'string' || !body.includes(norm(term)))
      say(`term not in text: ${JSON.stringify(term)}`)
  for (const a of t.ambiguous ?? [])
    if (typeof a.text !== 'string' || !body.includes(norm(a.text)))
      say(`ambiguous text not in text: ${JSON.stringify(a.text)}`)
  return out
}

export function checkDir(dir: string): string[] {
  const out: string[] = []
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt')) continue
    const truth = join(dir, f.replace(/\.txt$/, '.truth.json'))
    let json: string
    try {
      json = readFileSync(truth, 'utf8')
    } catch {
      out.push(`${f}: no ${truth}`)
      continue
    }
    out.push(...checkPair(f, readFileSync(join(dir, f), 'utf8'), json))
  }
  return out
}

if (process.argv[1]?.endsWith('corpus-check.ts')) {
  const dirs = process.argv.slice(2).filter((d) => statSync(d).isDirectory())
  const problems = dirs.flatMap(checkDir)
  for (const p of problems) console.log(p)
  console.log(`${problems.length} problem(s) in ${dirs.join(', ')}`)
  process.exit(problems.length ? 1 : 0)
}

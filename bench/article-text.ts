/**
 * Long article texts for the benchmarks: every fixture body, repeated with varied numbers and
 * names until the text reaches the size asked for, under one title.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../src/core/fixtures')

/** The texts of one fixture set, by file name. */
export function fixtureTexts(set: string): Array<{ name: string; text: string }> {
  const dir = join(fixturesDir, set)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
}

/**
 * `vary`: numbers and names change each round, so each round makes new cards (a megabyte of
 * news); without it the rounds repeat word for word, so the cards do too and a 5 MB article
 * makes a few hundred cards over tens of thousands of sentences, as a long document does.
 */
export function articleOfSize(texts: string[], bytes: number, title: string, vary = true): string {
  const bodies = texts.map((t) => t.split(/\r?\n\s*\r?\n/).slice(1))
  const parts: string[] = [`date 2025-07-11 ${title}`]
  let size = 0
  for (let round = 0; size < bytes; round++) {
    for (const paras of bodies) {
      for (const p of paras) {
        const varied = vary
          ? p
              .replace(/\d+/g, (d) => String(+d + round))
              .replace(/\b(Xi|Eastman|Bolden|Ortiz)\b/g, `$1${round % 7 ? '' : 's'}`)
          : p
        if (size + Buffer.byteLength(varied) + 2 > bytes) return parts.join('\n\n')
        parts.push(varied)
        size += Buffer.byteLength(varied) + 2
      }
    }
  }
  return parts.join('\n\n')
}

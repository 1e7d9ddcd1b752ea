/**
 * `npx tsx bench/extraction-hashes.ts > before.txt`: one line per annotated article (every
 * `.txt` of `src/core/fixtures` and `bench/corpus` with its `.truth.json`), the SHA-1 of
 * everything the generator extracts from it, then its path. Run it before and after a rule and
 * diff the two (`diff <(sort -k2 before.txt) <(sort -k2 after.txt)`): the articles a change
 * touched, and only those. A rule's author reads the differences of tuning articles; a held-out
 * article's line says only that it changed, never how.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { corpusDir, fixturesDir } from './fixtures'
import { generateFromText } from '../src/core/generate'

function texts(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return texts(path)
      // An article is a text with its annotation beside it (not the corpus's list of URLs).
      const annotated = name.endsWith('.txt') && existsSync(path.replace(/\.txt$/, '.truth.json'))
      return annotated ? [path] : []
    })
}

const root = join(fixturesDir, '../../..')
for (const path of [...texts(fixturesDir), ...texts(corpusDir)]) {
  const extraction = generateFromText(readFileSync(path, 'utf8'))
  const hash = createHash('sha1').update(JSON.stringify(extraction)).digest('hex').slice(0, 12)
  console.log(`${hash} ${relative(root, path)}`)
}

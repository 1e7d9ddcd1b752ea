import { readFileSync } from 'node:fs'
import { generateFromText } from '../src/core/generate'
const x = generateFromText(readFileSync(process.argv[2]!, 'utf8'))
for (const q of x.quotes) console.log(q.speaker, '|', q.basis?.sieve, q.basis?.rule, q.basis?.confidence, q.basis?.candidates, '|', q.text.slice(0, 50))

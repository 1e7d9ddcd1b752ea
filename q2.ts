import { generateFromText } from './src/core/generate'
import { readFileSync } from 'node:fs'
const x = generateFromText(readFileSync(process.argv[2]!, 'utf8'))
console.log(x.terms)
console.log(x.quotes.map(q=>q.text.slice(0,30)))

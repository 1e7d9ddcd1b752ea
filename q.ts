import { generateFromText } from './src/core/generate'
const body = process.argv.slice(2).join('\n\n')
const x = generateFromText(`Title\n\n${body}`)
for (const q of x.quotes) console.log(JSON.stringify([q.text.slice(0,30), q.speaker, q.where, q.when?.phrase ?? null, q.basis?.sieve, q.basis?.rule, q.basis?.confidence]))

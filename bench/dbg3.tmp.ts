import { generateFromText } from '../src/core/generate'
const x = generateFromText(`date 2024-01-01 T\n\n${process.argv.slice(2).join('\n\n')}`)
for (const q of x.quotes) console.log(q.speaker, '|', q.where, '|', q.when?.phrase, q.when?.resolved)

import { readFileSync, readdirSync } from 'node:fs'
import { generateFromText } from './src/core/generate'
const dir='src/core/fixtures/dev2/'
let parts=['date 2025-07-11 One megabyte']
let size=0; let round=0
while (size < 300*1024) { for (const f of readdirSync(dir).filter(f=>f.endsWith('.txt'))) { const b = readFileSync(dir+f,'utf8').split(/\n\s*\n/).slice(1).map(p=>p.replace(/\d+/g, d=>String(+d+round))); parts.push(...b); size += b.join('').length } round++ }
const text = parts.join('\n\n')
const t0 = performance.now(); generateFromText(text); console.log((text.length/1024).toFixed(0)+'KB', (performance.now()-t0).toFixed(0)+'ms')

import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
const dir = process.argv[2]!
const needles = process.argv.slice(3)
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
  const text = readFileSync(join(dir, f), 'utf8')
  const paras = text.split(/\n\s*\n/)
  paras.forEach((p, i) => {
    for (const n of needles) if (p.includes(n)) {
      console.log(`### ${f} ¶${i}`)
      if (i > 0) console.log('  prev: ' + paras[i - 1]!.slice(0, 400))
      console.log('  THIS: ' + p.slice(0, 700))
    }
  })
}

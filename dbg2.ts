import { parseArticle } from './src/core/article/parse-article'
import { buildView } from './src/core/extract/view'
import { EntityRegistry } from './src/core/extract/entities/registry'
import { readFileSync } from 'node:fs'
const [file, needle] = process.argv.slice(2)
const view = buildView(parseArticle(readFileSync(file!, 'utf8')))
const r = new EntityRegistry(view)
console.log(r.people.map(p=>`${p.name} ${p.gender} [${p.roles}] org=${p.org} @${p.first}`).join('\n'))
for (const s of view.sentences) if (s && s.text.includes(needle!)) console.log(s.index, s.paragraph, s.text.slice(0,200), (r.mentions[s.index]??[]).map(m=>m.person.name+(m.subject?'*':'')))
for (const site of view.sites) if (site.text.includes(needle!)) console.log(site)

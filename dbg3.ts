import { findNameRuns } from './src/core/extract/names'
for (const t of process.argv.slice(2)) console.log(findNameRuns(t).map(r=>[r.name,r.raw,r.index,r.end]))

import { viewOf } from './src/core/extract/test-helpers'
import { speechVerbs } from './src/core/extract/sieves/cue'
const v = viewOf(process.argv[2]!); const s = v.sentences[0]!; console.log(JSON.stringify(s.words), speechVerbs(s.words, s))

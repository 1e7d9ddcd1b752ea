/**
 * Sieve "issuer": a quotation in what a document says belongs to whoever issued the document —
 * The National Hurricane Center issued an advisory warning that the storm would become an
 * "extremely dangerous major hurricane"; The ministry released a statement that said the plan
 * was "final". The speaker is the subject of the verb that issued it.
 */
import { DOCUMENT_NOUN_PATTERN } from '../../lexicon/lexicon'
import type { LocalSieve } from './cue'
import { subjectOf } from './subject'

const ISSUED = new RegExp(
  `\\b(issued|released|published|sent|posted|put out|signed)\\s+((?:a|an|the|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:${DOCUMENT_NOUN_PATTERN}))\\s+(?:that|saying|stating|which said|that said)\\b[^⟦;]*$`,
  'i'
)

export const issuer: LocalSieve = (site, view) => {
  const s = view.sentences[site.sentence]
  if (!s) return null
  const before = s.masked.slice(0, site.start)
  const m = ISSUED.exec(before)
  if (!m) return null
  const chunk = subjectOf(s, 0, m.index)
  return chunk.trim()
    ? {
        sieve: 'issuer',
        sentence: s.index,
        verbAt: m.index,
        verbEnd: m.index + m[1]!.length,
        after: false,
        chunk,
        // The document is where the words are: "an advisory warning".
        medium: m[2]!
      }
    : null
}

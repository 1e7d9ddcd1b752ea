/**
 * Scare-quoted and coined terms ("little giant", 'low-end') and, when the article gives one,
 * what they mean: an appositive ("…, a title for …"), "refers to …", "means …" or a parenthesis.
 */
import type { Sentence, Term } from '../model'
import type { QuotedTerm } from './quotes'
import { allMatches } from '../matches'

const SINGLE_QUOTED =
  /(?<=^|[\s(\u201c"\u2014])['\u2018]([A-Za-z][^'\u2018\u2019"\u201c\u201d]{0,40}?)['\u2019](?=[\s,.;:!?)"\u201d]|$)/g

export interface LocatedTerm extends Term {
  /** The term exactly as it stands in the sentence, marks included ("\"little giant\""). */
  written: string
  at: number
}

export function extractTerms(sentences: Sentence[], quoted: QuotedTerm[]): LocatedTerm[] {
  const out: LocatedTerm[] = []
  for (const q of quoted) {
    const s = sentences[q.sentenceIndex]
    if (!s) continue
    const written = s.text.slice(q.at, q.at + q.term.length + 2)
    out.push({
      term: q.term,
      meaning: meaningAfter(s.text.slice(q.at + written.length)),
      sentenceIndex: s.index,
      written,
      at: q.at
    })
  }
  for (const s of sentences) {
    SINGLE_QUOTED.lastIndex = 0
    for (const m of allMatches(SINGLE_QUOTED, s.text)) {
      const term = m[1]!
      if (term.split(/\s+/).length > 4 || out.some((t) => t.term === term)) continue
      out.push({
        term,
        meaning: meaningAfter(s.text.slice(m.index + m[0].length)),
        sentenceIndex: s.index,
        written: m[0],
        at: m.index
      })
    }
  }
  return out
}

const EXPLAINERS = [
  /^(?:\s+[a-z-]+)?,\s+((?:a|an|the)\s+(?:title|term|label|name|designation|nickname|phrase|word|honou?r|status|reference|euphemism|slang|byword|moniker)\b[^;]*?)(?:[.;]\s*$|$)/,
  /^\s*\(([^)]{3,120})\)/,
  /^(?:\s+[a-z-]+){0,3},?\s+which\s+(?:means|refers to|describes|stands for)\s+([^;]+?)[.;]?\s*$/,
  /^[^.;]{0,60}?\b(?:refers to|means|meaning|describes|stands for|is (?:a|the) term for|is used to describe)\s+([^;]+?)[.;]?\s*$/
]

function meaningAfter(rest: string): string | null {
  for (const re of EXPLAINERS) {
    const m = rest.match(re)
    if (m?.[1] && m[1].split(/\s+/).length >= 3) return m[1].trim().replace(/[.,;]+$/, '')
  }
  return null
}

/**
 * Sieve "sentence-tail": a quotation inside the author's sentence, attributed at the sentence's
 * end — South Dakota's crisis is "growing at an alarming rate" and affects every community,
 * Noem said in a statement.
 */
import { speechVerb } from '../../lexicon/lexicon'
import type { LocalSieve } from './cue'
import { speechVerbs } from './cue'

export const sentenceTail: LocalSieve = (site, view) => {
  const s = view.sentences[site.sentence]
  if (!s) return null
  const rest = s.masked.slice(site.end)
  if (rest.includes('⟦')) return null
  const comma = rest.lastIndexOf(', ')
  if (comma < 0) return null
  const from = site.end + comma + 2
  const tail = s.masked.slice(from)
  const v = speechVerbs(tail, s, from)[0]
  if (!v) return null
  const subject = tail.slice(0, v.index).trim()
  const cue = {
    sieve: 'sentence-tail' as const,
    sentence: s.index,
    verbAt: from + v.index,
    verbEnd: from + v.end,
    after: true
  }
  if (subject && subject.split(/\s+/).length <= 8) return { ...cue, chunk: subject }
  if (subject || /ing$/.test(v.verb)) return null
  // "…" because of the conflict, Redwan Hussein, spokesman for the task force, told reporters:
  // the one after "told" is the hearer; the speaker is the name before it, with its titles.
  const sv = speechVerb(v.verb)
  if (sv?.hearer && !sv.inverts) {
    const segments = s.masked.slice(site.end, from - 2).split(', ')
    const named = segments.findIndex((x) => /^\s*\p{Lu}/u.test(x))
    return named < 0 ? null : { ...cue, chunk: segments.slice(named).join(', ').trim() }
  }
  const inverted = tail
    .slice(v.end)
    .match(/^\s*([^,;.]+)/)?.[1]
    ?.trim()
  return inverted ? { ...cue, chunk: inverted } : null
}

/**
 * Sieve "next-sentence": a quotation that makes a sentence of its own, then a sentence that only
 * attributes it — "…we don't know where the money is." Ali Awudu, CCT communications director,
 * told The Africa Report. The full stop stands where a comma would; the sentence after names
 * the speaker and a hearer, place or time, and reports nothing of its own. Or a paragraph that
 * is the quotation alone, then one that opens by saying whose words they were: "Those were the
 * words of the minister, Ana Roe, at the opening of …".
 */
import type { LocalSieve } from './cue'
import { speechVerbs } from './cue'
import { subjectOf } from './subject'
import { wordsOnly } from '../view'
import { SAYING_NOUN_PATTERN } from '../../lexicon/lexicon'

/** "Those were the words of", "These are the comments of": the words just quoted, owned. */
const WORDS_OF = new RegExp(
  `^\\s*(?:Those|These|Such)\\s+(?:were|are)\\s+(?:the\\s+)?(?:words|${SAYING_NOUN_PATTERN}|sentiments|thoughts|views)\\s+of\\s+`
)
/** Where the owner's words end and the occasion begins: ", on his …", " at the opening …". */
const OWNER_END = /,?\s+(?:on|at|during|in|when|as|after|while|who|speaking)\s|[.;]/

export const nextSentence: LocalSieve = (site, view) => {
  const s = view.sentences[site.sentence]
  const next = view.sentences[site.sentence + 1]
  if (!s || !next || next.masked.includes('⟦')) return null
  // The quotation is the whole of its sentence.
  const around = wordsOnly(s.masked.slice(0, site.start) + s.masked.slice(site.end))
  if (around.replace(/[\s.!?,"“”‘’'—–-]+/g, '')) return null
  const owned = WORDS_OF.exec(next.masked)
  if (owned && next.paragraph <= s.paragraph + 1) {
    const rest = next.masked.slice(owned[0].length)
    const chunk = rest.slice(0, OWNER_END.exec(rest)?.index ?? rest.length).replace(/,\s*$/, '')
    if (!chunk.trim()) return null
    return {
      sieve: 'next-sentence',
      sentence: next.index,
      verbAt: owned.index,
      verbEnd: owned[0].length,
      after: true,
      chunk
    }
  }
  if (next.paragraph !== s.paragraph) return null
  const v = speechVerbs(next.masked, next)[0]
  if (!v) return null
  // Nothing reported after the verb: no clause of its own, no "that".
  const after = next.tokens.filter((t) => t.start >= v.end)
  if (after.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || /^(?:that|as)$/i.test(t.text)))
    return null
  const chunk = subjectOf(next, 0, v.index)
  // A question ("Where is the proof …?") asks; it attributes nothing.
  if (!chunk || chunk.split(/\s+/).length > 12 || /[?]/.test(next.words.slice(0, v.index)))
    return null
  return {
    sieve: 'next-sentence',
    sentence: next.index,
    verbAt: v.index,
    verbEnd: v.end,
    after: true,
    chunk
  }
}

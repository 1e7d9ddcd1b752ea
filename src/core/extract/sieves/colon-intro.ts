/**
 * Sieve "colon-intro": with no verb of saying, a colon hands the sentence's subject the words
 * after it — Smith had a message for critics: "…".
 */
import { speechVerb } from '../../lexicon/lexicon'
import type { LocalSieve } from './cue'

export const colonIntro: LocalSieve = (site, view) => {
  const s = view.sentences[site.sentence]
  if (!s) return null
  const before = s.masked.slice(0, site.start)
  const m = before.match(/^([^⟦:]*?)[,]?\s*:\s*$/)
  if (!m?.[1]?.trim()) return null
  // The subject is what comes before the sentence's verb.
  // Not a capitalised word inside the sentence, a name the tagger read as a verb ("The Met Office").
  const verb = s.tokens.find(
    (t, i) =>
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      t.start < m[1]!.length &&
      (i === 0 || !/^\p{Lu}/u.test(t.text))
  )
  // "The Met Office advice for this week states:": a verb of saying the tagger read as a plural
  // noun ends the subject too.
  const last = /\s(\p{Ll}+)\s*$/u.exec(m[1])
  const end = verb?.start ?? (last && speechVerb(last[1]!) ? last.index : m[1].length)
  const chunk = m[1].slice(0, end).trim()
  return chunk
    ? { sieve: 'colon-intro', sentence: s.index, chunk, verbAt: -1, verbEnd: -1, after: false }
    : null
}

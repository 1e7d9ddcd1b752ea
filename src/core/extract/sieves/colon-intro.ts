/**
 * Sieve "colon-intro": with no verb of saying, a colon hands the sentence's subject the words
 * after it — Smith had a message for critics: "…".
 */
import type { LocalSieve } from './cue'

export const colonIntro: LocalSieve = (site, view) => {
  const s = view.sentences[site.sentence]
  if (!s) return null
  const before = s.masked.slice(0, site.start)
  const m = before.match(/^([^⟦:]*?)[,]?\s*:\s*$/)
  if (!m?.[1]?.trim()) return null
  // The subject is what comes before the sentence's verb.
  const verb = s.tokens.find((t) => (t.pos === 'VERB' || t.pos === 'AUX') && t.start < m[1]!.length)
  const chunk = verb ? m[1].slice(0, verb.start).trim() : m[1].trim()
  return chunk
    ? { sieve: 'colon-intro', sentence: s.index, chunk, verbAt: -1, verbEnd: -1, after: false }
    : null
}

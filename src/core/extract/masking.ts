/**
 * Replaces each quotation in a sentence by a marker ⟦n⟧ so attribution, place and time are read
 * from the author's own words only.
 */
import type { QuoteSpan } from '../article/quote-marks'
import { findOccasion } from './occasion'
import { findTimePhrases, type FoundTime, type TimeAnchor } from './time-phrases'

export interface MaskedSentence {
  text: string
  /** Span index (into the paragraph's span list) → [start, end) of its marker in `text`. */
  markers: Map<number, [number, number]>
}

export function maskSentence(
  paragraph: string,
  spans: QuoteSpan[],
  start: number,
  end: number
): MaskedSentence {
  const markers = new Map<number, [number, number]>()
  let out = ''
  let pos = start
  spans.forEach((s, i) => {
    const close = s.close < 0 ? paragraph.length - 1 : s.close
    if (close < start || s.open >= end) return
    const from = Math.max(s.open, start)
    out += paragraph.slice(pos, from)
    const marker = `⟦${i}⟧`
    markers.set(i, [out.length, out.length + marker.length])
    out += marker
    pos = Math.min(close + 1, end)
  })
  out += paragraph.slice(pos, end)
  // Wikinews marks foreign-language sources as "((it))"; it is not part of the sentence.
  return { text: out.replace(/\s*\(\([a-z]{2,3}\)\)/g, (m) => ' '.repeat(m.length)), markers }
}

export interface Circumstances {
  where: string | null
  when: FoundTime | null
}

/**
 * Place and time of the act of saying. Words inside a reported "that" clause describe the
 * content, not the occasion, so they are blanked first.
 */
const RELATIVE = /,\s*(?:who|which|whose|whom)\b[^,;⟦]*/g
const OCCASION_VERB =
  /\b(?:spoke|speaking|said|says|addressed|addressing|visited|visiting|attended|attending|toured|wrote|told|was speaking)\b/

export function circumstancesOf(
  masked: string,
  verbAt: number,
  contentFrom: number,
  contentTo: number,
  ref: TimeAnchor | null
): Circumstances {
  let text = masked
  if (contentFrom >= 0 && contentTo > contentFrom)
    text = text.slice(0, contentFrom) + ' '.repeat(contentTo - contentFrom) + text.slice(contentTo)
  // ", who arrived in 2019": a relative clause describes the speaker, not the occasion —
  // unless it is about speaking ("…, who spoke in Berlin on Thursday").
  text = text.replace(RELATIVE, (m) => (OCCASION_VERB.test(m) ? m : ' '.repeat(m.length)))
  const occasion = findOccasion(text, verbAt)
  const times = findTimePhrases(text, ref)
  // "since 2010" measures a duration ("a resident since 2010"); it is not when words were said.
  const when = times.find((t) => !/^since\b/i.test(t.phrase)) ?? null
  return { where: occasion?.phrase ?? null, when }
}

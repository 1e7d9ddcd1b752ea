/**
 * Direct quotations with who, where and when. Short quoted labels that nobody says ("little
 * giant" enterprise, a user labelled "Anonymous") are returned as terms instead.
 */
import { findQuoteSpans, type QuoteSpan } from '../article/quote-marks'
import type { ParsedDocument } from '../article/parse-article'
import { hashParts, normaliseForId } from '../hash'
import type { Quote, Sentence } from '../model'
import { findAttribution, speechVerbs } from './attribution'
import { circumstancesOf, maskSentence, type MaskedSentence } from './masking'
import type { SpeakerRef, SpeakerResolver } from './speakers'
import { carryOccasion, contextFor, fromNeighbours, leadTime } from './neighbours'
import { toTimeRef, type TimeAnchor } from './time-phrases'

export interface QuotedTerm {
  term: string
  sentenceIndex: number
  /** Offset of the opening mark in the sentence text. */
  at: number
}

export interface QuoteResult {
  quotes: Quote[]
  terms: QuotedTerm[]
  /** Masked text of each body sentence, reused by the reported-speech and fact extractors. */
  masked: Map<number, MaskedSentence>
  /** Per sentence, the [start, end) of each quotation (marks included) in the sentence text. */
  quoteRanges: Map<number, Array<[number, number]>>
}

interface Found {
  quote: Quote
  ref: SpeakerRef | null
  paragraph: number
  attributed: boolean
  /** The quotation runs on into the next paragraph. */
  unclosed: boolean
}

const NAMING =
  /\b(?:labell?ed|named|called|known as|so-called|dubbed|termed|term|word|phrase|website|site|slogan|motto|nickname|title|designation|To|to|the)\s*$/

export function extractQuotes(
  doc: ParsedDocument,
  resolver: SpeakerResolver,
  ref: TimeAnchor | null
): QuoteResult {
  const { article, offsets } = doc
  const found: Found[] = []
  const terms: QuotedTerm[] = []
  const masked = new Map<number, MaskedSentence>()
  const bySentence = new Map<number, Found[]>()
  const quoteRanges = new Map<number, Array<[number, number]>>()

  const byParagraph = new Map<number, Sentence[]>()
  for (const s of article.sentences)
    if (!s.caption) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s])
  article.paragraphs.forEach((paragraph, p) => {
    const spans = findQuoteSpans(paragraph)
    const sentences = byParagraph.get(p) ?? []
    const sentenceOf = (pos: number): number =>
      sentences.findLast((s) => offsets[s.index]! <= pos)?.index ?? sentences[0]?.index ?? -1
    for (const s of sentences) {
      const start = offsets[s.index]!
      masked.set(s.index, maskSentence(paragraph, spans, start, start + s.text.length))
    }
    spans.forEach((span, k) => {
      const si = sentenceOf(span.open)
      const sentence = article.sentences[si]
      const m = masked.get(si)
      if (!sentence || !m) return
      const marker = m.markers.get(k)!
      const text = quoteText(paragraph, span)
      if (!text) return
      const at = span.open - offsets[si]!
      const prefix = paragraph.slice(offsets[si]!, span.open)
      const suffix = paragraph.slice(span.close < 0 ? paragraph.length : span.close + 1)
      const attribution = findAttribution(m.text, marker[0], marker[1])
      const closedByPunctuation = /[,.!?;:]\s*$/.test(
        paragraph.slice(span.open + 1, span.close < 0 ? paragraph.length : span.close)
      )
      if (isTerm(text, prefix, closedByPunctuation ? '' : suffix, attribution !== null)) {
        terms.push({ term: text, sentenceIndex: si, at })
        return
      }
      const speaker = attribution
        ? resolver.resolveChunk(attribution.chunk, () => contextFor(article.sentences, si))
        : null
      const verbAt = attribution?.verbAt ?? -1
      // In "X noted that … "…"", the that-clause is content; its dates are not the occasion.
      const contentFrom =
        attribution && !attribution.after ? contentStart(m.text, attribution.verbEnd) : -1
      let circ = circumstancesOf(
        m.text,
        verbAt,
        contentFrom,
        contentFrom >= 0 ? marker[0] : -1,
        ref
      )
      circ = fromNeighbours(circ, article.sentences, si, masked, ref, speaker, resolver)
      const quote: Quote = {
        id: '',
        text,
        speaker: speaker?.name ?? null,
        where: speaker?.medium ?? circ.where,
        when: circ.when ? toTimeRef(circ.when) : null,
        sentenceIndex: si,
        partial: isPartial(prefix) && !/^[A-Z]/.test(text)
      }
      for (const other of sentences) {
        const from = offsets[other.index]!
        const to = from + other.text.length
        const end = span.close < 0 ? paragraph.length : span.close + 1
        if (end <= from || span.open >= to) continue
        const list = quoteRanges.get(other.index) ?? []
        list.push([Math.max(span.open, from) - from, Math.min(end, to) - from])
        quoteRanges.set(other.index, list)
      }
      const f: Found = {
        quote,
        ref: speaker,
        paragraph: p,
        attributed: speaker !== null,
        unclosed: span.close < 0
      }
      if (speaker) resolver.noteSpeaker(speaker)
      found.push(f)
      bySentence.set(si, [...(bySentence.get(si) ?? []), f])
    })
  })

  inheritSpeakers(found, doc, resolver, masked, bySentence, ref)
  carryOccasion(found, article.sentences, offsets, masked)
  leadTime(found, article.sentences, masked, ref)
  const quotes = found.map((f) => ({
    ...f.quote,
    id: hashParts(article.id, 'quote', normaliseForId(f.quote.text))
  }))
  return { quotes, terms, masked, quoteRanges }
}

function quoteText(paragraph: string, span: QuoteSpan): string {
  const raw = paragraph.slice(span.open + 1, span.close < 0 ? paragraph.length : span.close)
  return raw.trim().replace(/\s*,$/, '').trim()
}

function isTerm(text: string, prefix: string, suffix: string, attributed: boolean): boolean {
  const words = text.split(/\s+/).length
  const sentenceLike = /[.!?,;:]/.test(text.replace(/\b(?:[A-Z]\.|vs\.|Co\.|Ltd\.|Inc\.)/g, ''))
  // A quoted phrase used as a modifier ("little giant" enterprise) labels something.
  const modifier =
    /^\s+[a-z][a-z-]+/.test(suffix) &&
    !/^\s+(?:and|or|but|is|are|was|were|said|says|he|she|it|they|in|as|to|of|on|at|for|with|from|by|into|about|after|before|over|under|the|a|an|this|that|these|those|his|her|their|its|our|because|if|when|while|than|so)\b/.test(
      suffix
    )
  if (words <= 6 && !sentenceLike && modifier) return true
  if (
    words <= 6 &&
    !sentenceLike &&
    NAMING.test(prefix) &&
    !/\b(?:said|says|told)\s+(?:the\s*)?$/.test(prefix)
  )
    return true
  // A reflexive label ("calls itself a "green leader"") is not speech.
  if (
    words <= 6 &&
    /\b(?:calls?|called|calling) (?:it|itself|themselves|himself|herself)(?: (?:a|an|the))?\s*$/.test(
      prefix
    )
  )
    return true
  // An unattributed title-case span is the name of a work, a slogan or a label.
  const capitalised = text.split(/\s+/).filter((w) => /^[A-Z0-9]/.test(w)).length
  const introduced = /\b(?:said|says|told|added|stated|wrote)\s*[,:]?\s*$/.test(prefix)
  if (
    (!attributed || (!introduced && words <= 8)) &&
    !/[.!?]$/.test(text) &&
    words <= 12 &&
    capitalised >= Math.max(2, words * 0.6)
  )
    return true
  return words <= 3 && !sentenceLike && !attributed
}

function isPartial(prefix: string): boolean {
  const p = prefix.trim()
  if (!p) return false
  if (/[,:\u2014]$/.test(p)) return false
  const verbs = speechVerbs(p)
  const last = verbs[verbs.length - 1]
  return !(last && last.end >= p.length - 1)
}

function contentStart(masked: string, verbEnd: number): number {
  const m = masked.slice(verbEnd).match(/^[^⟦]*?\bthat\b/)
  return m ? verbEnd + m[0].length : -1
}

/** Quotes with no attribution of their own take the speaker of the quotation they continue. */
function inheritSpeakers(
  found: Found[],
  doc: ParsedDocument,
  resolver: SpeakerResolver,
  masked: Map<number, MaskedSentence>,
  bySentence: Map<number, Found[]>,
  ref: TimeAnchor | null
): void {
  const { sentences } = doc.article
  found.forEach((f, i) => {
    if (f.attributed) return
    const s = sentences[f.quote.sentenceIndex]!
    const prevQuote = found[i - 1]
    let source: Found | undefined
    // A quotation running over paragraphs is often attributed only at its end.
    for (let j = i + 1, last = f; f.unclosed && j < found.length; j++) {
      const next = found[j]!
      const ns = sentences[next.quote.sentenceIndex]!
      if (
        next.paragraph !== last.paragraph + 1 ||
        doc.offsets[ns.index] !== 0 ||
        !startsWithQuote(ns.text)
      )
        break
      if (next.attributed) {
        source = next
        break
      }
      if (!next.unclosed) break
      last = next
    }
    source ??= continuedFrom(f, prevQuote, s, doc.offsets[s.index] === 0)
    if (source?.quote.speaker) {
      f.quote.speaker = source.quote.speaker
      f.ref = source.ref
      const sameSentence = source.quote.sentenceIndex === f.quote.sentenceIndex
      f.quote.where = sameSentence ? source.quote.where : (f.quote.where ?? source.quote.where)
      f.quote.when = sameSentence ? source.quote.when : (f.quote.when ?? source.quote.when)
      return
    }
    // "Cornyn issued a statement … " followed by the statement itself.
    const prev = sentences[s.index - 1]
    const pm = masked.get(s.index - 1)
    if (prev && pm && prev.paragraph === s.paragraph && !bySentence.has(prev.index)) {
      const at =
        speechVerbs(pm.text)[0]?.index ?? pm.text.search(/\b(?:released|posted|published)\b/)
      if (at > 0) {
        const speaker = resolver.resolveChunk(pm.text.slice(0, at), () => [pm.text])
        if (speaker) {
          const c = circumstancesOf(pm.text, at, -1, -1, ref)
          f.quote.speaker = speaker.name
          f.ref = speaker
          f.quote.where ??= speaker.medium ?? c.where
          f.quote.when ??= c.when ? toTimeRef(c.when) : null
        }
      }
    }
  })
}

/** The quotation `f` continues: earlier in its sentence, the sentence before, or the paragraph before. */
function continuedFrom(
  f: Found,
  prev: Found | undefined,
  s: Sentence,
  startsParagraph: boolean
): Found | undefined {
  if (!prev) return undefined
  if (prev.quote.sentenceIndex === s.index) return prev
  if (prev.quote.sentenceIndex === s.index - 1 && prev.paragraph === f.paragraph) return prev
  if (prev.paragraph === f.paragraph - 1 && startsParagraph && startsWithQuote(s.text)) return prev
  return undefined
}

function startsWithQuote(text: string): boolean {
  return /^["\u201c\u201e\u00ab]/.test(text)
}

import { isShortTitle, quoteVerbAfter, quoteVerbEnd, shortForm } from '../lexicon/lexicon'
import { findQuoteSpans, insideSpan, type QuoteSpan } from './quote-marks'

/** Sentence offsets inside a paragraph. */
export interface SentenceRange {
  start: number
  end: number
}

// After an acronym like "U.S." or a name's last word like "Inc.", a new sentence is only likely
// when a typical opener follows.
const SENTENCE_OPENERS = new Set(
  'The A An He She It They We I This That These Those But And In On At However Meanwhile Its His Her Their There'.split(
    ' '
  )
)
// A name, perhaps described between commas, then its verb ("… Jane Roe, the mayor, said"); or a
// verb, then a capital ("… said I").
const NAME_BEFORE_VERB = /^ [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [^,.]{1,90},)? /
const CAPITAL_WORD = / [A-Z]\b/y
function verbBeforeCapital(text: string): boolean {
  const end = text.startsWith(' ') ? quoteVerbEnd(text, 1) : -1
  CAPITAL_WORD.lastIndex = end
  return end > 0 && CAPITAL_WORD.test(text)
}
const attributionAfter = (text: string): boolean =>
  quoteVerbAfter(NAME_BEFORE_VERB, text) || verbBeforeCapital(text)
const NEXT_WORD = /["\u201c\u2018'(]*([^\s]+)/y
const CLOSING = /["\u201c\u201d\u2019')\]]/

/** Splits a paragraph into sentences without breaking abbreviations, initials, decimals or quotes. */
export function splitSentences(paragraph: string): SentenceRange[] {
  const spans = findQuoteSpans(paragraph)
  const ranges: SentenceRange[] = []
  let start = 0
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i]!
    if (ch !== '.' && ch !== '!' && ch !== '?') continue
    let end = i + 1
    while (end < paragraph.length && (CLOSING.test(paragraph[end]!) || paragraph[end] === '.'))
      end++
    if (end >= paragraph.length) continue
    if (paragraph[end] !== ' ') {
      const next = gluedSentence(paragraph, i, spans)
      if (next < 0) continue
      ranges.push({ start, end: i + 1 })
      start = next
      i = next - 1
      continue
    }
    NEXT_WORD.lastIndex = end + 1
    const nextWord = NEXT_WORD.exec(paragraph)?.[1] ?? ''
    if (!/^[A-Z0-9\u00c0-\u024f]/.test(nextWord) && !/["\u201c]/.test(paragraph[end + 1] ?? ''))
      continue
    if (insideSpan(spans, end, paragraph.length)) continue
    // "…?" Schiff asked. — a question or exclamation closing a quotation, then its attribution.
    if (ch !== '.' && end > i + 1 && attributionAfter(paragraph.slice(end))) continue
    if (ch === '.' && !endsSentence(paragraph.slice(start, i), nextWord, paragraph[i + 1] ?? ''))
      continue
    ranges.push({ start, end })
    start = end + 1
    i = end
  }
  if (start < paragraph.length && paragraph.slice(start).trim())
    ranges.push({ start, end: paragraph.length })
  return ranges
}

/**
 * "… 427 tons of food aid.The convoy carried …", "… said in a statement."The convoy is …": a
 * page that lost the space between two sentences. After a full stop that ends a word of two
 * lower-case letters or more, a capitalised word (or a quotation it opens) starts the next
 * sentence; returns where, or -1. Not inside a quotation, nor after a short form.
 */
function gluedSentence(paragraph: string, dot: number, spans: QuoteSpan[]): number {
  if (paragraph[dot] !== '.' || !/[a-z]{2}$/.test(paragraph.slice(Math.max(0, dot - 2), dot)))
    return -1
  if (insideSpan(spans, dot, paragraph.length)) return -1
  const opens = spans.some((s) => s.open === dot + 1)
  const word = dot + 1 + (opens ? (spans.find((s) => s.open === dot + 1)!.width ?? 1) : 0)
  if (!/^[A-Z][a-z]/.test(paragraph.slice(word, word + 2))) return -1
  const nextWord = /^[^\s]+/.exec(paragraph.slice(word))?.[0] ?? ''
  return endsSentence(paragraph.slice(0, dot), nextWord, '') ? dot + 1 : -1
}

function endsSentence(before: string, nextWord: string, afterDot: string): boolean {
  if (CLOSING.test(afterDot)) return true
  const token = before.match(/(\S+)$/)?.[1] ?? ''
  const bare = token.replace(/^[("\u201c']+/, '')
  // A single capital letter is an initial ("L. Ron Hubbard"), not the end of a sentence.
  if (/^[A-Z]$/.test(bare)) return false
  switch (shortForm(bare)) {
    case 'after-name':
    case 'clock':
      return SENTENCE_OPENERS.has(nextWord)
    case 'before-number':
      return !/^\d/.test(nextWord)
    case 'before-name':
    case 'other':
      return false
  }
  // Nor after the lexicon's other titles written short, before a name ("Coun. Skylar Franke").
  if (/^[A-Z][a-z]+$/.test(bare) && isShortTitle(bare) && /^[A-Z]/.test(nextWord)) return false
  return true
}

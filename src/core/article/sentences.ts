import { isShortTitle, QUOTE_VERB_PATTERN, shortForm } from '../lexicon/lexicon'
import { findQuoteSpans, insideSpan } from './quote-marks'

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
const ATTRIBUTION_AFTER = new RegExp(
  `^ (?:[A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,3}(?:, [^,.]{1,90},)? (?:${QUOTE_VERB_PATTERN})|(?:${QUOTE_VERB_PATTERN}) [A-Z])\\b`
)
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
    if (end >= paragraph.length || paragraph[end] !== ' ') continue
    NEXT_WORD.lastIndex = end + 1
    const nextWord = NEXT_WORD.exec(paragraph)?.[1] ?? ''
    if (!/^[A-Z0-9\u00c0-\u024f]/.test(nextWord) && !/["\u201c]/.test(paragraph[end + 1] ?? ''))
      continue
    if (insideSpan(spans, end, paragraph.length)) continue
    // "…?" Schiff asked. — a question or exclamation closing a quotation, then its attribution.
    if (ch !== '.' && end > i + 1 && ATTRIBUTION_AFTER.test(paragraph.slice(end))) continue
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

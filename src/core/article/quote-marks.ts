import { quoteVerbAfter } from '../lexicon/lexicon'
import { hasWords } from './words'
import { allMatches } from '../matches'

/**
 * Finds double-quoted spans in one paragraph. Shared by the sentence splitter (which must not
 * split inside a quotation) and the quote extractor, so both agree on where quotes are.
 */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number
  /** Index of the closing mark, or -1 when the quote runs past the end of the paragraph. */
  close: number
  /** Characters in each mark: 2 for a doubled single mark (‘’ … ’’); 1 when absent. */
  width?: 2
  /** Characters in the closing mark when it differs from the opening one (“ … ’’): 2. */
  closeWidth?: 2
}

// "‘’Don’t believe …,’’ he said", "said: ''This lady …''": two single marks written as one double.
const MARKS = /[\u2018\u2019']{2}|["\u201c\u201d\u201e\u00ab\u00bb]/g
const OPENERS = new Set(['\u201c', '\u201e', '\u00ab'])
const CLOSERS = new Set(['\u201d', '\u00bb'])

const isSpace = (ch: string | undefined): boolean =>
  ch === undefined || /[\s([{\u2014\u2013-]/.test(ch)
const isCloseContext = (ch: string | undefined): boolean =>
  ch === undefined || /[\s.,;:!?)\]}\u2014\u2013-]/.test(ch)

/**
 * Quoted spans, paired as a reader pairs them. A pair of marks around no words (`" "`, `“““`) is
 * typography, not a quotation: it is left out, so it can never open a quote in a sentence that
 * the article drops for having no words.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans =
    !DOUBLE.test(text) && /['\u2018]/.test(text) ? singleQuoteSpans(text) : pairMarks(text)
  return spans.filter((s) => hasWords(text.slice(s.open + 1, s.close < 0 ? text.length : s.close)))
}

/** "he said.", "she added", "Smith said": a pronoun or a name, then a verb of saying. */
const ATTRIBUTION_AFTER = /^(?:he|she|they|we|it|[A-Z][\w'’-]+)\s+/

function pairMarks(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let openAt = -1
  let doubled = false
  MARKS.lastIndex = 0
  for (let found = MARKS.exec(text); found; found = MARKS.exec(text)) {
    const i = found.index
    const ch = found[0]
    const before = text[i - 1]
    const after = text[i + 1]
    // 5" is five inches, not a quotation mark.
    if (
      ch === '"' &&
      openAt < 0 &&
      before !== undefined &&
      /\d/.test(before) &&
      isCloseContext(after)
    )
      continue
    let opens: boolean
    if (ch.length === 2) {
      // A doubled single mark opens after a space and closes before one, and pairs only with
      // another doubled mark.
      const next = text[i + 2]
      if (openAt < 0 && isSpace(before) && !isCloseContext(next)) {
        openAt = i
        doubled = true
      } else if (openAt >= 0 && doubled && isCloseContext(next)) {
        spans.push({ open: openAt, close: i + 1, width: 2 })
        openAt = -1
        doubled = false
      } else if (openAt >= 0 && !doubled && isCloseContext(next)) {
        // "“This manifesto is unlike …,’’ Rahul stressed": a double mark opened, and two
        // single marks close it, as some papers set them.
        spans.push({ open: openAt, close: i + 1, closeWidth: 2 })
        openAt = -1
      }
      continue
    }
    if (doubled) continue
    if (
      OPENERS.has(ch) &&
      openAt >= 0 &&
      text[openAt] === '"' &&
      /[.!?]\s$/.test(text.slice(i - 2, i))
    ) {
      // ""What is viralled … verified. “Once we receive …,” he said": a straight mark opened,
      // and a curly one opens a new quotation after a full stop: the first lost its closing
      // mark, and ends with its sentence.
      spans.push({ open: openAt, close: i - 1 })
      openAt = i
      continue
    }
    if (OPENERS.has(ch)) {
      // Sources often close a quote with a left mark (“); context decides: what follows it, or
      // the attribution after it ("…, the opening will remain, “he said.").
      opens = !(
        openAt >= 0 &&
        ((isCloseContext(after) && !isSpace(before)) ||
          (/,\s$/.test(text.slice(i - 2, i)) &&
            quoteVerbAfter(ATTRIBUTION_AFTER, text.slice(i + 1))))
      )
    } else if (CLOSERS.has(ch)) {
      opens = openAt < 0 && isSpace(before) && !isCloseContext(after)
    } else {
      opens = openAt < 0
    }
    if (opens && openAt < 0) openAt = i
    else if (!opens && openAt >= 0) {
      spans.push({ open: openAt, close: i })
      openAt = -1
    }
  }
  if (openAt >= 0)
    spans.push({ open: openAt, close: -1, ...(doubled ? { width: 2 as const } : {}) })
  return spans
}

/** True when position `pos` lies strictly inside one of the spans. */
export function insideSpan(spans: QuoteSpan[], pos: number, textLength: number): boolean {
  return spans.some((s) => pos > s.open && pos < (s.close < 0 ? textLength : s.close))
}

const DOUBLE = /["\u201c\u201d\u201e\u00ab\u00bb]|[\u2018\u2019']{2}/

/**
 * Papers that quote with single marks ('We have asked the police,' said …), in a paragraph with
 * no double marks. Only a whole quoted sentence counts: it opens before a letter at the start or
 * after a space, and closes after its own punctuation (,' .' ?' !'), so apostrophes ("don't",
 * "the workers' money") and a partial 'scare quote' never make a span; an unclosed one is dropped.
 */
function singleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let openAt = -1
  for (const m of allMatches(/['\u2018\u2019]/g, text)) {
    const i = m.index
    const before = text[i - 1]
    const after = text[i + 1]
    if (openAt < 0) {
      if ((before === undefined || /[\s(:\u2014\u2013]/.test(before)) && /\p{L}/u.test(after ?? ''))
        openAt = i
    } else if (
      /[,.?!]/.test(before ?? '') &&
      (after === undefined || /[\s)\u2014\u2013]/.test(after))
    ) {
      spans.push({ open: openAt, close: i })
      openAt = -1
    }
  }
  return spans
}

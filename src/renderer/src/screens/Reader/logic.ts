import { normaliseText, toBlocks } from '@core/article/parse-article'
import { isUnsure, quoteKey, unsureOf } from '@core/library/corrections'
import type {
  CardContent,
  Extraction,
  ParsedArticle,
  Quote,
  SchedulingState,
  Sentence
} from '@core/model'
import { PHASE } from '@core/review/phase'
import { formatInterval } from '@core/review/scheduler'

export type MarkKind = 'quote' | 'fact'

export interface Segment {
  text: string
  mark: MarkKind | null
  /** A quote whose speaker, place or time is still to be checked. */
  unsure?: boolean
}

interface Mark {
  start: number
  end: number
  kind: MarkKind
  unsure?: boolean
}

/** Where each quote and fact answer sits inside its sentence, for highlighting. */
export function marksBySentence(extraction: Omit<Extraction, 'cards'>): Map<number, Mark[]> {
  const marks = new Map<number, Mark[]>()
  const add = (
    index: number,
    sentence: string,
    needle: string,
    kind: MarkKind,
    unsure = false
  ): void => {
    const start = needle ? sentence.indexOf(needle) : -1
    if (start < 0) return
    const list = marks.get(index) ?? []
    list.push({ start, end: start + needle.length, kind, ...(unsure ? { unsure } : {}) })
    marks.set(index, list)
  }
  const text = (i: number): string => extraction.article.sentences[i]?.text ?? ''
  for (const q of extraction.quotes)
    add(q.sentenceIndex, text(q.sentenceIndex), q.text, 'quote', isUnsure(unsureOf(q)))
  for (const f of extraction.facts) add(f.sentenceIndex, text(f.sentenceIndex), f.answer, 'fact')
  return marks
}

/**
 * Splits a sentence into plain and highlighted runs. Overlapping marks are resolved in favour
 * of the one that starts first (a fact inside a quote stays part of the quote's highlight).
 */
export function segmentSentence(text: string, marks: Mark[] = []): Segment[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end)
  const segments: Segment[] = []
  let at = 0
  for (const m of sorted) {
    if (m.start < at) continue
    if (m.start > at) segments.push({ text: text.slice(at, m.start), mark: null })
    segments.push({
      text: text.slice(m.start, m.end),
      mark: m.kind,
      ...(m.unsure ? { unsure: true } : {})
    })
    at = m.end
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: null })
  return segments
}

/** A stretch of a paragraph: one of its sentences, or the text between them (usually a space). */
export interface Run {
  text: string
  /** The sentence's index, or null for the text between sentences. */
  sentence: number | null
  /** The dateline the source opens its first paragraph with ("BEIJING, July 10 (Xinhua) -- "). */
  dateline?: boolean
}

export interface ReaderBlocks {
  captions: Run[][]
  paragraphs: Run[][]
}

/**
 * The article as the reader shows it: each caption and paragraph in the source's own characters,
 * cut into its sentences and the text between them, so nothing the source had is lost (the
 * space after a full stop included) and each sentence can still be selected.
 */
export function readerBlocks(article: ParsedArticle, sourceText: string): ReaderBlocks {
  const body = new Map<number, Sentence[]>()
  const captionSentences: Sentence[] = []
  for (const s of article.sentences) {
    if (s.caption) captionSentences.push(s)
    else body.set(s.paragraph, [...(body.get(s.paragraph) ?? []), s])
  }
  const paragraphs = article.paragraphs.map((p, i) => blockRuns(p, body.get(i) ?? []))
  const dateline = leadDateline(sourceText, article.paragraphs[0] ?? '')
  if (dateline) paragraphs[0]?.unshift({ text: dateline, sentence: null, dateline: true })
  const captions = article.captions.map((c) => blockRuns(c, takeFound(captionSentences, c)))
  // A caption sentence that none of the captions holds as written is still shown.
  if (captionSentences.length) captions.push(joined(captionSentences))
  return { captions, paragraphs }
}

/** A block cut at its sentences; sentences it does not hold as written are joined by spaces. */
export function blockRuns(block: string, sentences: readonly Sentence[]): Run[] {
  const runs: Run[] = []
  let at = 0
  for (const s of sentences) {
    const start = block.indexOf(s.text, at)
    if (start < 0) return joined(sentences)
    if (start > at) runs.push({ text: block.slice(at, start), sentence: null })
    runs.push({ text: s.text, sentence: s.index })
    at = start + s.text.length
  }
  if (at < block.length) runs.push({ text: block.slice(at), sentence: null })
  return runs
}

function joined(sentences: readonly Sentence[]): Run[] {
  return sentences.flatMap((s, i) => [
    ...(i > 0 ? [{ text: ' ', sentence: null }] : []),
    { text: s.text, sentence: s.index }
  ])
}

/** Removes and returns the sentences at the head of `pending` that `block` holds, in order. */
function takeFound(pending: Sentence[], block: string): Sentence[] {
  const found: Sentence[] = []
  let at = 0
  while (pending[0]) {
    const start = block.indexOf(pending[0].text, at)
    if (start < 0) break
    at = start + pending[0].text.length
    found.push(pending.shift()!)
  }
  return found
}

/**
 * The dateline the parser took off the first paragraph, as the source wrote it, found again in
 * the source: the start of the block that ends with the first paragraph. '' when there is none.
 */
export function leadDateline(sourceText: string, firstParagraph: string): string {
  if (!firstParagraph) return ''
  const block = toBlocks(normaliseText(sourceText)).find(
    (b) => b.length > firstParagraph.length && b.endsWith(firstParagraph)
  )
  return block ? block.slice(0, block.length - firstParagraph.length) : ''
}

export function cardsBySentence<T extends Pick<CardContent, 'sentenceIndex'>>(
  cards: T[]
): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const c of cards) {
    const list = map.get(c.sentenceIndex) ?? []
    list.push(c)
    map.set(c.sentenceIndex, list)
  }
  return map
}

/** "New", or when the card is next due, in the answer buttons' notation. */
export function scheduleLabel(sched: SchedulingState, now: number): string {
  if (sched.phase === PHASE.new) return 'New'
  if (sched.due <= now) return 'Due now'
  return `Next review in ${formatInterval(sched.due - now)}`
}

/**
 * The quotes the cards panel lists with their speakers: one sentence's, or every one; the same
 * words quoted again are listed once (a correction holds for every copy).
 */
export function quotesShown<Q extends Pick<Quote, 'sentenceIndex' | 'text'>>(
  quotes: readonly Q[],
  sentence: number | null
): Q[] {
  const seen = new Set<string>()
  return quotes.filter((q) => {
    if (sentence !== null && q.sentenceIndex !== sentence) return false
    const key = quoteKey(q.text)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

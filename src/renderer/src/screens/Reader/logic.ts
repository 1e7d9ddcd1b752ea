import type { CardContent, Extraction, SchedulingState, Sentence } from '@core/model'
import { formatInterval } from '@core/review/scheduler'

export type MarkKind = 'quote' | 'fact'

export interface Segment {
  text: string
  mark: MarkKind | null
}

interface Mark {
  start: number
  end: number
  kind: MarkKind
}

/** Where each quote and fact answer sits inside its sentence, for highlighting. */
export function marksBySentence(extraction: Omit<Extraction, 'cards'>): Map<number, Mark[]> {
  const marks = new Map<number, Mark[]>()
  const add = (index: number, sentence: string, needle: string, kind: MarkKind): void => {
    const start = needle ? sentence.indexOf(needle) : -1
    if (start < 0) return
    const list = marks.get(index) ?? []
    list.push({ start, end: start + needle.length, kind })
    marks.set(index, list)
  }
  const text = (i: number): string => extraction.article.sentences[i]?.text ?? ''
  for (const q of extraction.quotes) add(q.sentenceIndex, text(q.sentenceIndex), q.text, 'quote')
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
    segments.push({ text: text.slice(m.start, m.end), mark: m.kind })
    at = m.end
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: null })
  return segments
}

/** Body sentences grouped by paragraph, in reading order. */
export function paragraphsOf(sentences: Sentence[]): Sentence[][] {
  const groups = new Map<number, Sentence[]>()
  for (const s of sentences) {
    if (s.caption) continue
    const list = groups.get(s.paragraph) ?? []
    list.push(s)
    groups.set(s.paragraph, list)
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list)
}

export function captionSentences(sentences: Sentence[]): Sentence[] {
  return sentences.filter((s) => s.caption)
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
  if (sched.phase === 0) return 'New'
  if (sched.due <= now) return 'Due now'
  return `Next review in ${formatInterval(sched.due - now)}`
}

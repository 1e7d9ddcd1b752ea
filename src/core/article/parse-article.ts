/**
 * Turns pasted article text into title, metadata, body paragraphs and sentences. Tolerant by
 * design: a Xinhua page copy, a Wikinews export and a bare "title + paragraphs" paste all work.
 */
import { isCalendarDay } from '../calendar'
import { hashNormalised } from '../hash'
import { keepsStop } from '../lexicon/lexicon'
import type { ParsedArticle, Sentence } from '../model'
import { parseWrittenDate } from './dates'
import { isByline, isCaption, isFooter, readDateline, standaloneDate } from './metadata'
import { splitSentences } from './sentences'
import { hasWords } from './words'

/** A parsed article plus, per sentence, where it sits in its source block. */
export interface ParsedDocument {
  article: ParsedArticle
  /** Start offset of each sentence inside its paragraph (or caption) text. */
  offsets: number[]
}

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/i

/** Whitespace and typographic noise that should never reach a card. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\u2060/g, '')
}

/** The text's paragraphs (blocks between blank lines), each on one line with single spaces. */
export function toBlocks(text: string): string[] {
  const hasBlankLines = /\n[ ]*\n/.test(text.trim())
  const raw = hasBlankLines ? text.split(/\n[ ]*\n+/) : text.split('\n')
  return raw.map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b.length > 0)
}

function looksLikeTitle(block: string, blockCount: number): boolean {
  if (blockCount < 2 || block.length > 200) return false
  const words = block.split(' ').length
  const last = /(\S+)\.$/.exec(block)?.[1] ?? ''
  return words <= 30 && !/[.!?]["\u201d']?$/.test(keepsStop(last) ? block.slice(0, -1) : block)
}

export function parseArticle(input: string): ParsedDocument {
  const text = normaliseText(input)
  // The header line stands alone even when the byline follows it without a blank line.
  const firstLine = text.match(/^\s*([^\n]*)\n(?![ ]*\n)/)
  // So does a title line with a byline right under it ("… protest\nTom Davies, Associated Press").
  const bylineNext = firstLine && isByline(text.slice(firstLine[0].length).split('\n')[0]!.trim())
  const blocks =
    firstLine && (HEADER.test(firstLine[1]!) || bylineNext)
      ? [firstLine[1]!.trim(), ...toBlocks(text.slice(firstLine[0].length))]
      : toBlocks(text)
  let title = ''
  let published: string | null = null
  let first = 0
  const header = blocks[0]?.match(HEADER)
  if (header) {
    // "date 0000-00-00 Title": a date not known is no date; the title still stands.
    published = isCalendarDay(header[1]!) ? header[1]! : null
    title = header[2]!.trim()
    first = 1
  } else if (blocks[0] && looksLikeTitle(blocks[0], blocks.length)) {
    title = blocks[0]
    first = 1
  }

  let byline: string | null = null
  let footer: string | null = null
  const captions: string[] = []
  const paragraphs: string[] = []
  for (const block of blocks.slice(first)) {
    const date = standaloneDate(block)
    if (date) {
      published ??= date
      continue
    }
    if (paragraphs.length === 0 && isByline(block)) {
      byline ??= block
      published ??= parseWrittenDate(block)
      continue
    }
    if (isCaption(block)) captions.push(block)
    else if (isFooter(block)) footer = footer ? `${footer} ${block}` : block
    else paragraphs.push(block)
  }

  let dateline = null
  // The lead's dateline, or the next paragraph's after a standfirst ("The report – about … ¶
  // MANILA, Philippines – …").
  for (const at of [0, 1]) {
    const lead = paragraphs[at]
    const read = lead === undefined ? null : readDateline(lead, published)
    if (read && read.rest.trim()) {
      dateline = read.dateline
      paragraphs[at] = read.rest.trim()
      break
    }
  }

  const sentences: Sentence[] = []
  const offsets: number[] = []
  const add = (source: string, paragraph: number, caption: boolean): void => {
    for (const r of splitSentences(source)) {
      const raw = source.slice(r.start, r.end)
      const lead = raw.length - raw.trimStart().length
      const text = raw.trim()
      if (!hasWords(text)) continue
      sentences.push({ index: sentences.length, paragraph, text, caption })
      offsets.push(r.start + lead)
    }
  }
  paragraphs.forEach((p, i) => add(p, i, false))
  for (const c of captions) add(c.replace(/\s*(?:\([^()]*\)|\[[^\]]*\])\s*$/, ''), -1, true)

  if (!title) {
    const firstSentence = sentences[0]?.text ?? ''
    title =
      firstSentence.length > 120
        ? `${firstSentence.slice(0, 117).replace(/\s+\S*$/, '')}…`
        : firstSentence
  }
  const id = hashNormalised(`${title}\n${paragraphs.join('\n')}`)
  return {
    article: { id, title, published, dateline, byline, captions, footer, paragraphs, sentences },
    offsets
  }
}

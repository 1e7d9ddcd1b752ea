/**
 * The article as the extractors read it: each body sentence with its tags and a "masked" copy
 * in which every quotation (marks included) is overwritten by a marker of the same length,
 * "⟦0⁃⁃⁃⁃⟧", so the author's own words can be matched without ever matching inside a quote,
 * and an offset in the masked text is the same offset in the sentence and in its tags.
 */
import { findQuoteSpans, type QuoteSpan } from '../article/quote-marks'
import type { ParsedDocument } from '../article/parse-article'
import type { ParsedArticle } from '../model'
import { slice, tag, type Entity, type Token } from './tagging/tag'
import type { TimeAnchor } from './time-phrases'

export interface SentenceView {
  index: number
  paragraph: number
  text: string
  /** `text` with each quotation overwritten by a same-length marker ⟦n…⟧ (n its site number). */
  masked: string
  /** `masked` with the markers blanked: the author's own words only, offsets unchanged. */
  words: string
  tokens: Token[]
  entities: Entity[]
  /** Offset of the sentence in its paragraph. */
  offset: number
}

export interface QuoteSite {
  /** Position among the article's quotations and terms, in reading order. */
  n: number
  text: string
  sentence: number
  paragraph: number
  /** [start, end) of the quotation, marks included, in its sentence; end is the sentence's end when it runs on. */
  start: number
  end: number
  /** The quotation runs on past its paragraph. */
  unclosed: boolean
  /** Nothing but the quotation's opening mark comes before it in the paragraph. */
  opensParagraph: boolean
}

export interface ArticleView {
  article: ParsedArticle
  sentences: SentenceView[]
  /** Body sentences of each paragraph, in order. */
  paragraphs: SentenceView[][]
  sites: QuoteSite[]
  anchor: TimeAnchor
}

export const MARK_OPEN = '⟦'
export const MARK_CLOSE = '⟧'
export const MARKER = /⟦(\d+)⁃*⟧/g

function marker(n: number, length: number): string {
  const id = String(n)
  if (length < id.length + 2) return MARK_OPEN.repeat(length)
  return `${MARK_OPEN}${id}${'⁃'.repeat(length - id.length - 2)}${MARK_CLOSE}`
}

export function buildView(doc: ParsedDocument): ArticleView {
  const { article, offsets } = doc
  const sentences: SentenceView[] = []
  const paragraphs: SentenceView[][] = article.paragraphs.map(() => [])
  const sites: QuoteSite[] = []
  const body = article.sentences.filter((s) => !s.caption)
  const byParagraph = new Map<number, typeof body>()
  for (const s of body) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s])

  article.paragraphs.forEach((paragraph, p) => {
    const spans = findQuoteSpans(paragraph)
    const tags = tag(paragraph)
    const own = byParagraph.get(p) ?? []
    let masked = paragraph
    const siteOf = new Map<QuoteSpan, number>()
    for (const span of spans) {
      const n = sites.length + siteOf.size
      siteOf.set(span, n)
      const end = span.close < 0 ? paragraph.length : span.close + 1
      masked = masked.slice(0, span.open) + marker(n, end - span.open) + masked.slice(end)
    }
    for (const s of own) {
      const from = offsets[s.index]!
      const to = from + s.text.length
      const t = slice(tags, from, to)
      const view: SentenceView = {
        index: s.index,
        paragraph: p,
        text: s.text,
        masked: masked.slice(from, to),
        words: wordsOnly(masked.slice(from, to)),
        tokens: t.tokens,
        entities: t.entities,
        offset: from
      }
      sentences[s.index] = view
      paragraphs[p]!.push(view)
    }
    for (const span of spans) {
      const owner = own.findLast((s) => offsets[s.index]! <= span.open) ?? own[0]
      if (!owner) continue
      const from = offsets[owner.index]!
      const end = span.close < 0 ? paragraph.length : span.close + 1
      const width = span.width ?? 1
      const raw = paragraph.slice(
        span.open + width,
        span.close < 0 ? paragraph.length : span.close + 1 - (span.closeWidth ?? width)
      )
      sites.push({
        n: siteOf.get(span)!,
        text: raw.trim().replace(/\s*,$/, '').trim(),
        sentence: owner.index,
        paragraph: p,
        start: span.open - from,
        end: Math.min(end, from + owner.text.length) - from,
        unclosed: span.close < 0,
        // "- "I've sat on this bench …"": a list's dash or bullet before it opens it still.
        opensParagraph: /^\s*(?:[-–—•*·]\s*)?$/.test(paragraph.slice(0, span.open))
      })
    }
  })
  return {
    article,
    sentences,
    paragraphs,
    sites,
    anchor: { story: article.dateline?.date ?? article.published, published: article.published }
  }
}

/** Masked text with the markers blanked, for matching words only. */
export function wordsOnly(masked: string): string {
  return masked.replace(/⟦(?:[^⟧⟦]*⟧)?/g, (m) => ' '.repeat(m.length))
}

/**
 * Direct quotations with who, where and when, and the quoted labels that are terms instead.
 * The article is tagged and masked once (view.ts), every quotation attributed by the sieves
 * (attribute.ts), and the result kept with the view so the other extractors reuse both.
 */
import type { ParsedDocument } from '../article/parse-article'
import { hashParts, normaliseForId } from '../hash'
import type { Quote } from '../model'
import { attributeQuotes, toQuote, type AttributedQuote } from './attribute'
import type { EntityRegistry } from './entities/registry'
import type { SpeakerResolver } from './entities/resolve'
import { buildView, type ArticleView } from './view'

export interface QuotedTerm {
  term: string
  sentenceIndex: number
  /** Offset of the opening mark in the sentence text. */
  at: number
}

export interface QuoteResult {
  quotes: Quote[]
  terms: QuotedTerm[]
  view: ArticleView
  registry: EntityRegistry
  resolver: SpeakerResolver
  /** Per quotation, how it was attributed (for `--explain`). */
  attributed: AttributedQuote[]
  /** Per sentence, the [start, end) of each quotation (marks included) in the sentence text. */
  quoteRanges: Map<number, Array<[number, number]>>
}

export function extractQuotes(doc: ParsedDocument): QuoteResult {
  const view = buildView(doc)
  const { quotes: attributed, terms, registry, resolver } = attributeQuotes(view)
  const quoteRanges = new Map<number, Array<[number, number]>>()
  for (const { site } of attributed) {
    const list = quoteRanges.get(site.sentence) ?? []
    list.push([site.start, site.end])
    quoteRanges.set(site.sentence, list)
  }
  const quotes = attributed.map((q) =>
    toQuote(
      q,
      hashParts(doc.article.id, 'quote', normaliseForId(q.site.text)),
      view.sentences[q.site.sentence]?.text ?? ''
    )
  )
  return {
    quotes,
    terms: terms.map((t) => ({ term: t.text, sentenceIndex: t.sentence, at: t.start })),
    view,
    registry,
    resolver,
    attributed,
    quoteRanges
  }
}

/**
 * The import preview's attribution checks: which quotes to ask about, what a choice does to the
 * extraction, and how the drafts under review take the rewritten cards. The first three run where
 * the extraction is kept (the import job, in its worker); `redraftQuote` runs on the page, which
 * receives only each check's view and the rewritten cards of one quote.
 */
import {
  choicesFor,
  mergeChoices,
  type AttributionChoices
} from '@core/library/attribution-choices'
import {
  applyCorrections,
  quoteKey,
  unsureOf,
  withCorrection,
  type AttributionCorrection,
  type Corrections,
  type Unsure
} from '@core/library/corrections'
import type { CardContent, Extraction, ParsedArticle, Quote } from '@core/model'
import { unsureFields, type Field } from '../attribution/labels'
import { QUOTE_KINDS } from './import-drafts'

/** A quote the preview asks about, and the parts of it the generator was unsure of. */
export interface AttributionCheck {
  quoteId: string
  /** Fixed when the article is generated: a part stays on offer after the user settles it. */
  fields: Field[]
  /** The choices as first offered, so that none moves or goes once the user picks one. */
  choices: AttributionChoices
}

/**
 * The quotes whose speaker, place or time the generator was unsure of, in reading order; the
 * same words quoted again are asked about once, since a correction holds for every copy.
 */
export function checksFor(extraction: Pick<Extraction, 'quotes' | 'reported'>): AttributionCheck[] {
  const asked = new Set<string>()
  return extraction.quotes.flatMap((q) => {
    const fields = unsureFields(unsureOf(q))
    const key = quoteKey(q.text)
    if (fields.length === 0 || asked.has(key)) return []
    asked.add(key)
    return [{ quoteId: q.id, fields, choices: choicesFor(q, extraction) }]
  })
}

/** What the preview shows for one check, from the extraction as it is now. */
export interface CheckView {
  check: AttributionCheck
  quote: Quote
  unsure: Unsure
  choices: AttributionChoices
  /** The sentence before the quote's and the quote's own: enough to tell who is speaking. */
  context: string
}

export function checkView(extraction: Extraction, check: AttributionCheck): CheckView | null {
  const quote = extraction.quotes.find((q) => q.id === check.quoteId)
  if (!quote) return null
  const sentences = extraction.article.sentences
  const own = sentences[quote.sentenceIndex]
  const before = sentences[quote.sentenceIndex - 1]
  const context = [before && !before.caption && !own?.caption ? before.text : '', own?.text ?? '']
    .filter(Boolean)
    .join(' ')
  const choices = mergeChoices(check.choices, choicesFor(quote, extraction))
  return { check, quote, unsure: unsureOf(quote), choices, context }
}

/**
 * The user's choice for one quote: the correction recorded, and the extraction with it applied
 * (the quote's cards rebuilt under the same ids).
 */
export function applyChoice(
  extraction: Extraction,
  corrections: Corrections,
  quoteId: string,
  change: AttributionCorrection
): { extraction: Extraction; corrections: Corrections } {
  const quote = extraction.quotes.find((q) => q.id === quoteId)
  if (!quote) return { extraction, corrections }
  const next = withCorrection(corrections, quote, change)
  const key = quoteKey(quote.text)
  return { extraction: applyCorrections(extraction, { [key]: next[key]! }), corrections: next }
}

/**
 * An article as generated, with what the user said about its quotes before (the library's
 * corrections, for an article imported again) applied first, and the checks the preview asks.
 */
export function withLibraryCorrections(
  generated: Extraction,
  corrections: Corrections
): { extraction: Extraction; checks: AttributionCheck[]; preview: AttributionPreview } {
  const extraction = applyCorrections(generated, corrections)
  const checks = checksFor(extraction)
  const { published, dateline } = extraction.article
  return {
    extraction,
    checks,
    preview: {
      checks: checks.map((c) => checkView(extraction, c)!),
      reapplied: extraction.quotes.filter((q, i) => q !== generated.quotes[i]).length,
      dates: { published, dateline }
    }
  }
}

/** What a choice sends back to the page: the check as it now stands and its quote's cards. */
export interface AttributionUpdate {
  view: CheckView
  /** The quotes the choice rewrote: every quote with these words. */
  quoteIds: string[]
  /** Their who, where and when cards as now generated, in the extraction's order. */
  cards: CardContent[]
}

/** The preview's part about attributions. */
export interface AttributionPreview {
  checks: CheckView[]
  /** How many quotes the library's corrections were applied to before the preview. */
  reapplied: number
  /** The article's dates, against which a typed time is read. */
  dates: Pick<ParsedArticle, 'published' | 'dateline'>
}

/** A choice applied where the extraction is kept: the new extraction and what the page needs. */
export function choose(
  extraction: Extraction,
  corrections: Corrections,
  check: AttributionCheck,
  change: AttributionCorrection
): { extraction: Extraction; corrections: Corrections; update: AttributionUpdate } {
  const next = applyChoice(extraction, corrections, check.quoteId, change)
  const key = quoteKey(extraction.quotes.find((q) => q.id === check.quoteId)?.text ?? '')
  const quoteIds = next.extraction.quotes.filter((q) => quoteKey(q.text) === key).map((q) => q.id)
  const ids = new Set(quoteIds)
  const cards = next.extraction.cards.filter(
    (c) => c.quoteId !== null && ids.has(c.quoteId) && QUOTE_KINDS.has(c.kind)
  )
  const view = checkView(next.extraction, check)!
  return { ...next, update: { view, quoteIds, cards } }
}

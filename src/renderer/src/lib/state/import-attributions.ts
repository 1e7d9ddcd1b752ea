/**
 * The import preview's attribution checks: which quotes to ask about, and what a choice does to
 * the extraction and to the drafts the user is reviewing. Plain functions over the extraction, so
 * they can run wherever the extraction is kept.
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
import type { CardContent, Extraction, Quote } from '@core/model'
import { unsureFields, type Field } from '../attribution/labels'
import type { CardDraft } from './import-drafts'

/** A quote the preview asks about, and the parts of it the generator was unsure of. */
export interface AttributionCheck {
  quoteId: string
  /** Fixed when the article is generated: a part stays on offer after the user settles it. */
  fields: Field[]
  /** The choices as first offered, so that none moves or goes once the user picks one. */
  choices: AttributionChoices
}

/** The quotes whose speaker, place or time the generator was unsure of, in reading order. */
export function checksFor(extraction: Pick<Extraction, 'quotes' | 'reported'>): AttributionCheck[] {
  return extraction.quotes.flatMap((q) => {
    const fields = unsureFields(unsureOf(q))
    return fields.length ? [{ quoteId: q.id, fields, choices: choicesFor(q, extraction) }] : []
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

const sameContent = (a: CardContent, b: CardContent): boolean =>
  a.front === b.front &&
  a.back === b.back &&
  a.answerSpan?.start === b.answerSpan?.start &&
  a.answerSpan?.end === b.answerSpan?.end

/**
 * The drafts for the cards now generated: a card that did not change keeps its draft (kept or
 * dropped, and the user's edits); a card a choice rewrote shows its new text, still kept or
 * dropped as it was; a new card is kept; a card no longer generated goes.
 */
export function redraft(drafts: readonly CardDraft[], cards: readonly CardContent[]): CardDraft[] {
  const byId = new Map(drafts.map((d) => [d.card.id, d]))
  return cards.map((card) => {
    const draft = byId.get(card.id)
    if (draft && sameContent(draft.card, card)) return draft
    return { card, keep: draft?.keep ?? true, front: card.front, back: card.back }
  })
}

import { unsureOf, type Unsure } from '@core/library/corrections'
import type { CardContent, CardKind, Quote } from '@core/model'

export type Field = 'speaker' | 'where' | 'when'

export const FIELDS: readonly Field[] = ['speaker', 'where', 'when']

const CHECK_LABEL: Record<Field, string> = {
  speaker: 'check the speaker',
  where: 'check the place',
  when: 'check the time'
}

/** The marks an attribution gets: "check the speaker", "check the place", "check the time". */
export function checkLabels(unsure: Unsure): string[] {
  return FIELDS.filter((f) => unsure[f]).map((f) => CHECK_LABEL[f])
}

export const checkLabel = (field: Field): string => CHECK_LABEL[field]

/** The fields the generator is unsure of, in reading order. */
export const unsureFields = (unsure: Unsure): Field[] => FIELDS.filter((f) => unsure[f])

/** The speaker as the reader and the preview name them. */
export const speakerName = (q: Pick<Quote, 'speaker'>): string => q.speaker ?? 'Speaker not found'

/** A quotation cut to a line, for lists of quotes. */
export function shortQuote(text: string, max = 90): string {
  const t = text.trim()
  return t.length <= max ? t : `${t.slice(0, max).replace(/\s+\S*$/, '')}…`
}

const CARD_FIELD: Partial<Record<CardKind, Field>> = {
  'quote-who': 'speaker',
  'quote-where': 'where',
  'quote-when': 'when'
}

/** The mark a quote's card gets while its answer is unsure: the who card "check the speaker". */
export function checkLabelsForCard(
  card: Pick<CardContent, 'kind' | 'quoteId'>,
  unsureByQuote: ReadonlyMap<string, Unsure>
): string[] {
  const field = CARD_FIELD[card.kind]
  const unsure = card.quoteId ? unsureByQuote.get(card.quoteId) : undefined
  return field && unsure?.[field] ? [CHECK_LABEL[field]] : []
}

/**
 * The mark a stored card gets while the quote it asks about is unsure and nobody has checked it:
 * the review shows it with the answer, since the quiz leaves such a quote out until it is checked.
 * A card whose text the user edited has an answer of the user's own: it is not marked.
 */
export function checkLabelsForStoredCard(
  card: Pick<CardContent, 'kind' | 'quoteId'> & { edited?: boolean },
  quotes: readonly Quote[]
): string[] {
  if (card.edited) return []
  const quote = card.quoteId ? quotes.find((q) => q.id === card.quoteId) : undefined
  return quote ? checkLabelsForCard(card, new Map([[quote.id, unsureOf(quote)]])) : []
}

/**
 * The user's word on who said a quotation, where and when. The generator says how sure it is of
 * each (AttributionBasis); what it is unsure of is offered for checking, and what the user
 * chooses is stored with the article, keyed by the quotation's words so that it survives a
 * re-import of an edited article, and applied before any card or quiz question is made.
 */
import { cardsForQuote } from '../cards/build-cards'
import { normaliseForId } from '../hash'
import type { Extraction, Quote, TimeRef } from '../model'

/**
 * Below this confidence the app asks the user to check an attribution, and the quiz leaves it
 * out until they have. The confidences are rates measured on news the generator had not seen
 * (calibration.ts), so this sets the share of wrong speakers the app accepts unasked. Chosen on
 * the first-look counts alone, each round's batches scored with counts from the other rounds:
 * at 0.85 the quotations not asked about were 95.5% right and 78% of all (at 0.8, 95.0% and 81%;
 * at 0.7, 93.1% and 87%); the issue asks for 95%.
 */
export const LOW_CONFIDENCE = 0.85

export interface AttributionCorrection {
  speaker?: string | null
  where?: string | null
  when?: TimeRef | null
}

/** Corrections of one article, by `quoteKey` of the quotation's text. */
export type Corrections = Record<string, AttributionCorrection>

export const quoteKey = (text: string): string => normaliseForId(text)

/** Place and time sieves that guess from context rather than read the quotation's own clause. */
const CONTEXT_SCENES = new Set([
  'speaker-scene',
  'same-medium',
  'lede-scene',
  'continued',
  'remarks-after',
  'speaker-throughout',
  'court-sitting',
  'group-channel',
  'article-occasion',
  'same-paragraph'
])

export interface Unsure {
  speaker: boolean
  where: boolean
  when: boolean
}

/** What about a quotation the generator is unsure of and the user has not confirmed. */
export function unsureOf(q: Quote): Unsure {
  if (q.confirmed || !q.basis) return { speaker: false, where: false, when: false }
  const b = q.basis
  return {
    speaker: q.speaker === null || b.confidence < LOW_CONFIDENCE,
    where: q.where !== null && CONTEXT_SCENES.has(b.whereSieve ?? ''),
    when: q.when !== null && CONTEXT_SCENES.has(b.whenSieve ?? '')
  }
}

export const isUnsure = (u: Unsure): boolean => u.speaker || u.where || u.when

/** The sieve name recorded for whatever the user settled themselves. */
export const USER_SIEVE = 'user'

/**
 * A quotation with one correction applied. What the correction settles is recorded in its basis
 * as decided by the user (so `unsureOf` no longer asks about it); the quotation is `confirmed`
 * once nothing the generator was unsure of is left unsettled. A correction of the speaker alone
 * therefore leaves an unsure place or time still to check.
 */
export function correctedQuote(q: Quote, c: AttributionCorrection): Quote {
  const before = unsureOf(q)
  const basis = q.basis && {
    ...q.basis,
    ...(c.speaker !== undefined ? { sieve: USER_SIEVE, rule: null, confidence: 1 } : {}),
    ...(c.where !== undefined ? { whereSieve: USER_SIEVE } : {}),
    ...(c.when !== undefined ? { whenSieve: USER_SIEVE } : {})
  }
  const left =
    (before.speaker && c.speaker === undefined) ||
    (before.where && c.where === undefined) ||
    (before.when && c.when === undefined)
  return {
    ...q,
    speaker: c.speaker !== undefined ? c.speaker : q.speaker,
    where: c.where !== undefined ? c.where : q.where,
    when: c.when !== undefined ? c.when : q.when,
    ...(basis ? { basis } : {}),
    ...(q.confirmed || !left ? { confirmed: true } : {})
  }
}

/**
 * The extraction with the user's corrections applied: each corrected quotation is settled as
 * `correctedQuote` says and its who, where and when cards are rebuilt (same ids, so their
 * history stays).
 */
export function applyCorrections(x: Extraction, corrections: Corrections): Extraction {
  if (Object.keys(corrections).length === 0) return x
  const changed = new Map<string, Quote>()
  const quotes = x.quotes.map((q) => {
    const c = corrections[quoteKey(q.text)]
    if (!c) return q
    const next = correctedQuote(q, c)
    changed.set(q.id, next)
    return next
  })
  if (changed.size === 0) return x
  const quoteKinds = new Set(['quote-who', 'quote-where', 'quote-when'])
  const done = new Set<string>()
  const cards = x.cards.flatMap((c) => {
    const q = c.quoteId ? changed.get(c.quoteId) : undefined
    if (!q || !quoteKinds.has(c.kind)) return [c]
    // The quotation's rebuilt cards stand where its first card stood.
    if (done.has(q.id)) return []
    done.add(q.id)
    return cardsForQuote(x.article, q)
  })
  for (const q of changed.values()) if (!done.has(q.id)) cards.push(...cardsForQuote(x.article, q))
  return { ...x, quotes, cards }
}

/** Records one correction, replacing any earlier one for the same quotation and field. */
export function withCorrection(
  corrections: Corrections,
  quote: Pick<Quote, 'text'>,
  change: AttributionCorrection
): Corrections {
  const key = quoteKey(quote.text)
  return { ...corrections, [key]: { ...corrections[key], ...change } }
}

/**
 * What the app offers when the user checks who said a quotation, where and when: the speakers the
 * generator weighed (its choice first), then the article's other speakers, places and times, so
 * the right answer is usually one click away. Typed answers are read the way the generator reads
 * the article: a time phrase is resolved against the article's own date.
 */
import { labelFor, parseWrittenDate } from '../article/dates'
import { findTimePhrases } from '../extract/time-phrases'
import type { Extraction, ParsedArticle, Quote, TimeRef } from '../model'
import { normalizeText, samePerson } from '../quiz/equivalence'

/** At most this many one-click choices for each of speaker, place and time. */
export const MAX_CHOICES = 6

export interface AttributionChoices {
  speakers: string[]
  places: string[]
  times: TimeRef[]
}

type Source = Pick<Extraction, 'quotes' | 'reported'>

export function choicesFor(quote: Quote, extraction: Source): AttributionChoices {
  const others = extraction.quotes.filter((q) => q !== quote && q.id !== quote.id)
  // The generator's candidates as they are (the current speaker first); the article's other
  // speakers only when they are not another spelling of someone already offered.
  const speakers = distinct([quote.speaker, ...(quote.basis?.candidates ?? [])], normalizeText)
  const tried = new Set<string>()
  for (const list of [others, extraction.reported]) {
    for (const { speaker } of list) {
      if (speakers.length >= MAX_CHOICES) break
      // A long article names the same few people thousands of times: compare each name once.
      if (!speaker || tried.has(speaker)) continue
      tried.add(speaker)
      if (!speakers.some((n) => samePerson(n, speaker))) speakers.push(speaker)
    }
  }
  return {
    speakers: speakers.slice(0, MAX_CHOICES),
    places: distinct(
      (function* () {
        yield quote.where
        for (const q of others) yield q.where
      })(),
      normalizeText
    ),
    times: distinct(
      (function* () {
        yield quote.when
        for (const q of others) yield q.when
      })(),
      (t) => normalizeText(t.label)
    )
  }
}

/**
 * The choices first offered, in their order, then any the quotation has gained since (a typed
 * answer): a button the user clicks never moves, and an answer they leave stays on offer.
 */
export function mergeChoices(
  first: AttributionChoices,
  now: AttributionChoices
): AttributionChoices {
  return {
    // No limit here: the answer just typed must show, after the six first offered.
    speakers: distinct([...first.speakers, ...now.speakers], normalizeText, Infinity),
    places: distinct([...first.places, ...now.places], normalizeText, Infinity),
    times: distinct([...first.times, ...now.times], (t) => normalizeText(t.label), Infinity)
  }
}

/** The first `limit` distinct items by `key`; a long article is read only that far. */
function distinct<T>(
  items: Iterable<T | null | undefined>,
  key: (item: T) => string,
  limit = MAX_CHOICES
): T[] {
  const seen = new Set<string>()
  const out: T[] = []
  for (const item of items) {
    if (out.length >= limit) break
    if (item === null || item === undefined) continue
    const k = key(item)
    if (k === '' || seen.has(k)) continue
    seen.add(k)
    out.push(item)
  }
  return out
}

/**
 * A time the user typed, as a TimeRef: "on Thursday" or "last May" resolved against the article's
 * date, "14 March 2025" as that day; anything else kept as written, unresolved.
 */
export function typedTime(
  text: string,
  article: Pick<ParsedArticle, 'published' | 'dateline'>
): TimeRef {
  const phrase = text.trim().replace(/\s+/g, ' ')
  const story = article.dateline?.date ?? article.published
  // The article's year for a date written without one ("March 3").
  const written = parseWrittenDate(phrase, Number(story?.slice(0, 4)) || undefined)
  if (written) return { phrase, resolved: written, label: labelFor(written) }
  const year = phrase.match(/^(?:in )?(\d{4})$/i)?.[1]
  if (year) return { phrase, resolved: year, label: year }
  const found = findTimePhrases(phrase, { story, published: article.published })
  // Only a phrase that is (nearly) all the user typed: "on Thursday", not "after Thursday's vote".
  const whole = found.length === 1 && found[0]!.phrase.length >= phrase.length - 3 ? found[0] : null
  if (whole?.resolved) return { phrase, resolved: whole.resolved, label: whole.label }
  return { phrase, resolved: null, label: phrase }
}

/** Two times are the same choice when they read the same. */
export const sameTimeChoice = (a: TimeRef | null, b: TimeRef | null): boolean =>
  a === null || b === null ? a === b : normalizeText(a.label) === normalizeText(b.label)

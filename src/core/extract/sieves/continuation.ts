/**
 * Quote-to-quote sieves: a quotation with no attribution of its own shares the speaker of one
 * that has one. Each looks at the quotations already attributed (`done`, by site number) and
 * names the one this continues, or returns null.
 */
import type { ArticleView, QuoteSite } from '../view'
import { wordsOnly } from '../view'
import type { SieveId } from './cue'
import { speechVerbs } from './cue'
import { SPEECH_FORMS } from '../../lexicon/lexicon'

export interface Attributed {
  site: QuoteSite
  speaker: string | null
  sieve: SieveId
}

export interface Link {
  sieve: SieveId
  from: number
}

export type ContextSieve = (
  site: QuoteSite,
  view: ArticleView,
  done: ReadonlyMap<number, Attributed>,
  sites: readonly QuoteSite[]
) => Link | null

const positions = new WeakMap<readonly QuoteSite[], Map<QuoteSite, number>>()
/** Position of `site` in `sites`, without a scan per call. */
function indexOf(sites: readonly QuoteSite[], site: QuoteSite): number {
  let map = positions.get(sites)
  if (!map) {
    map = new Map(sites.map((s, i) => [s, i]))
    positions.set(sites, map)
  }
  return map.get(site) ?? -1
}

const attributedBefore = (
  site: QuoteSite,
  done: ReadonlyMap<number, Attributed>,
  sites: readonly QuoteSite[]
): Attributed | undefined => {
  for (let i = indexOf(sites, site) - 1; i >= 0; i--) {
    const a = done.get(sites[i]!.n)
    if (a) return a
    if (sites[i]!.paragraph < site.paragraph - 1) return undefined
  }
  return undefined
}

/**
 * Sieve "same-sentence": "…," Xi said, "…" — the second part of a split quotation; or, with none
 * attributed before it in the sentence, the first attributed after it there ("The delays were
 * "deeply frustrating" but "we will finish," Haddad said").
 */
export const sameSentence: ContextSieve = (site, _view, done, sites) => {
  const prev = attributedBefore(site, done, sites)
  if (prev?.speaker && prev.site.sentence === site.sentence)
    return { sieve: 'same-sentence', from: prev.site.n }
  for (let j = indexOf(sites, site) + 1; sites[j]?.sentence === site.sentence; j++) {
    const next = done.get(sites[j]!.n)
    if (next) return next.speaker ? { sieve: 'same-sentence', from: next.site.n } : null
  }
  return null
}

/**
 * Sieve "paragraph-continuation": a later quotation in the paragraph of an attributed one, with
 * no other verb of saying in the sentences between ("…," Cooper said. "They start …").
 */
export const paragraphContinuation: ContextSieve = (site, view, done, sites) => {
  const prev = attributedBefore(site, done, sites)
  if (!prev?.speaker || prev.site.paragraph !== site.paragraph) return null
  for (let k = prev.site.sentence + 1; k <= site.sentence; k++) {
    const s = view.sentences[k]
    if (!s) continue
    const upto = k === site.sentence ? s.masked.slice(0, site.start) : s.masked
    // Another speaker's verb between them breaks the thread.
    if (speechVerbs(wordsOnly(upto), s).length && k !== prev.site.sentence) return null
  }
  return { sieve: 'paragraph-continuation', from: prev.site.n }
}

/**
 * Sieve "runs-on": a quotation that runs over paragraphs ("…¶"…") keeps one speaker; when
 * only its last paragraph is attributed, the earlier ones take that attribution.
 */
export const runsOn: ContextSieve = (site, view, done, sites) => {
  const i = indexOf(sites, site)
  const prev = sites[i - 1]
  if (prev?.unclosed && prev.paragraph === site.paragraph - 1 && site.opensParagraph) {
    const a = done.get(prev.n)
    if (a?.speaker) return { sieve: 'runs-on', from: prev.n }
  }
  if (!site.unclosed) return null
  for (let j = i + 1, last = site; j < sites.length; j++) {
    const next = sites[j]!
    if (next.paragraph !== last.paragraph + 1 || !next.opensParagraph) break
    const a = done.get(next.n)
    if (a?.speaker) return { sieve: 'runs-on', from: next.n }
    if (!next.unclosed) break
    last = next
  }
  void view
  return null
}

/**
 * "Adding: "…"", "Continuing, "…"": a paragraph that opens with a bare participle of a verb of
 * saying, with no subject, before its quotation.
 */
function opensWithParticiple(site: QuoteSite, view: ArticleView): boolean {
  const s = view.sentences[site.sentence]
  if (!s || view.paragraphs[site.paragraph]?.[0]?.index !== site.sentence) return false
  const word = s.masked.slice(0, site.start).match(/^\s*(\p{L}+)\s*[:,]\s*$/u)?.[1]
  return !!word && SPEECH_FORMS.get(word.toLowerCase())?.form === 'ing'
}

/**
 * Sieve "next-paragraph": a paragraph that opens with a quotation continues the speaker whose
 * quotation closed the paragraph before ("…," Gambill said. ¶ "The issue is …"), and so does one
 * that opens with a bare participle of saying ("Adding: "…"").
 */
export const nextParagraph: ContextSieve = (site, view, done, sites) => {
  if (!site.opensParagraph && !opensWithParticiple(site, view)) return null
  const prev = attributedBefore(site, done, sites)
  if (!prev?.speaker || prev.site.paragraph !== site.paragraph - 1) return null
  const paragraph = view.paragraphs[prev.site.paragraph] ?? []
  const lastSentence = paragraph[paragraph.length - 1]
  return lastSentence && lastSentence.index === prev.site.sentence
    ? { sieve: 'next-paragraph', from: prev.site.n }
    : null
}

/** Sieve "attributed-later": "…. "…," X said." — the paragraph's later attribution covers it. */
export const attributedLater: ContextSieve = (site, view, done, sites) => {
  const i = indexOf(sites, site)
  for (let j = i + 1; j < sites.length; j++) {
    const next = sites[j]!
    if (next.paragraph !== site.paragraph) return null
    const a = done.get(next.n)
    if (!a) continue
    if (!a.speaker || (a.sieve !== 'trailing-verb' && a.sieve !== 'leading-verb')) return null
    // Only when nothing but quotations stands between them.
    for (let k = site.sentence; k < next.sentence; k++) {
      const s = view.sentences[k]
      const rest = s ? wordsOnly(k === site.sentence ? s.masked.slice(site.end) : s.masked) : ''
      if (rest.replace(/[\s.,;:!?\u2014\u2013-]+/g, '')) return null
    }
    return { sieve: 'attributed-later', from: next.n }
  }
  return null
}

const norm = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** Sieve "echo": a heading or pull quote that repeats words quoted elsewhere with a speaker. */
export const echo: ContextSieve = (site, _view, done, sites) => {
  const text = norm(site.text)
  if (text.split(' ').length < 2) return null
  for (const other of sites) {
    if (other === site || Math.abs(other.paragraph - site.paragraph) > 6) continue
    const a = done.get(other.n)
    if (a?.speaker && norm(other.text).includes(text)) return { sieve: 'echo', from: other.n }
  }
  return null
}

/** How many paragraphs back "recent-speaker" looks for the last speaker. */
const RECENT_REACH = 3

/**
 * Sieve "recent-speaker", the last resort: a paragraph that opens with a quotation no other
 * sieve attributed, after narration that quotes and reports nobody ("…," Robertson said. ¶ It was a relief after ten
 * days. ¶ "There's a lot of firsts …"), continues the speaker of the last quotation within
 * three paragraphs. Nobody else may be quoted, or said to have said anything, in between.
 */
export const recentSpeaker: ContextSieve = (site, view, done, sites) => {
  if (!site.opensParagraph) return null
  const i = indexOf(sites, site)
  const prev = sites[i - 1]
  if (!prev || prev.paragraph < site.paragraph - RECENT_REACH) return null
  const a = done.get(prev.n)
  if (!a?.speaker) return null
  for (let p = prev.paragraph + 1; p < site.paragraph; p++)
    for (const s of view.paragraphs[p] ?? []) if (speechVerbs(s.words, s).length > 0) return null
  return { sieve: 'recent-speaker', from: prev.n }
}

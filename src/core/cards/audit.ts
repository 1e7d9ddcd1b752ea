/**
 * The card audit: the checks a careful teacher reading the generated cards would apply, run
 * by `npm run bench` over the held-out articles. A card fails when its blank splits a name or
 * a figure, a quotation mark is left stray, it asks page furniture, it repeats another card,
 * its prompt is a fragment, or its answer runs past eight words; an article fails its reader
 * when it states where or when a quotation was said and no card asks it.
 */
import { splitsName, THOUSANDS_GAP } from '../extract/facts'
import type { CardContent, Extraction } from '../model'

export type AuditCheck =
  | 'blank-splits-name'
  | 'blank-splits-figure'
  | 'stray-mark'
  | 'page-furniture'
  | 'duplicate'
  | 'fragment-prompt'
  | 'long-answer'
  | 'missing-where'
  | 'missing-when'

export interface AuditFinding {
  check: AuditCheck
  /** The card at fault, or null for a card that should exist and does not. */
  cardId: string | null
  detail: string
}

export interface AuditResult {
  cards: number
  /** Places and times the annotation says an article states for its quotations. */
  stated: number
  findings: AuditFinding[]
}

const MAX_ANSWER_WORDS = 8
const MARKS = /["\u201c\u201d]/g
const FURNITURE =
  /\(\s*[A-Z][\w.&' -]{0,40}\d{1,2}\/\d{1,2}\/\d{2,4}\s*page\s*\d+\s*\)|\((?:Xinhua|AP|Reuters|AFP|Getty|Photo)[^)]*\/[^)]*\)|\b(?:Web editor|Editor|Reporting by|Photo(?:graph)?:|Follow [A-Z][\w ]+ on (?:Twitter|Facebook|Instagram))\b|https?:\/\//
const FRAGMENT_START = /^(?:and|but|or|because|of|in|on|at|with|by|as|than)\b/i
const DANGLING_END = /\b(?:the|a|an|of|and|or|to|in|on|at|for|with|by|that)$/i

const words = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length
const normal = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const FIGURE_GOES_ON_BEFORE = new RegExp(`(?:\\d${THOUSANDS_GAP}|[\\d.,])$`)
const FIGURE_GOES_ON_AFTER = new RegExp(`^(?:${THOUSANDS_GAP}\\d{3}(?!\\d)|[.,]?\\d)`)

/**
 * A blank that takes part of a figure: "more than 2 […]" for "2 000 MW", "R4 […]" for "R4 500",
 * "1,[…]". A space before three digits groups thousands; any digit, comma or point touching the
 * blank carries the figure on.
 */
export function splitsFigure(text: string, start: number, end: number): boolean {
  const answer = text.slice(start, end)
  const before = text.slice(Math.max(0, start - 2), start)
  const after = text.slice(end, end + 5)
  const opens = /^\d/.test(answer) && FIGURE_GOES_ON_BEFORE.test(before)
  const grouped = /^\d{3}(?!\d)/.test(answer) || !/\d\s$/.test(before)
  const closes = /\d$/.test(answer) && FIGURE_GOES_ON_AFTER.test(after)
  return (opens && grouped) || closes
}

/** The text inside a card's own quotation marks ("Who said: “…”?"), which the card adds itself. */
const ownQuote = (front: string): string => front.match(/“(.*)”/s)?.[1] ?? ''

export function auditCard(card: CardContent, x: Extraction): AuditFinding[] {
  const out: AuditFinding[] = []
  const sentence = x.article.sentences[card.sentenceIndex]?.text ?? ''
  const f = (check: AuditCheck, detail: string): void => {
    out.push({ check, cardId: card.id, detail })
  }
  if (card.kind === 'fact-cloze' && card.answerSpan) {
    if (splitsName(sentence, card.answerSpan.start, card.answerSpan.end))
      f('blank-splits-name', card.front)
    if (splitsFigure(sentence, card.answerSpan.start, card.answerSpan.end))
      f('blank-splits-figure', card.front)
    const marks = (t: string): number => t.match(MARKS)?.length ?? 0
    if (marks(card.front) % 2 === 1 || marks(card.back) % 2 === 1) f('stray-mark', card.front)
  } else {
    const inner = card.kind.startsWith('quote-') ? ownQuote(card.front) : card.front
    if ((inner.match(MARKS)?.length ?? 0) % 2 === 1) f('stray-mark', card.front)
  }
  if (FURNITURE.test(sentence) || FURNITURE.test(card.back)) f('page-furniture', sentence)
  if (card.kind === 'reported-who') {
    const asked = card.front.replace(/^Who \S+(?: (?:that|for|on|of|out))? /, '').replace(/\?$/, '')
    if (FRAGMENT_START.test(asked) || DANGLING_END.test(asked) || words(asked) < 3)
      f('fragment-prompt', card.front)
  }
  if (card.kind !== 'term-meaning' && words(card.back) > MAX_ANSWER_WORDS)
    f('long-answer', card.back)
  return out
}

/** Audits an extraction; with the article's annotation, also the places and times it states. */
export function auditExtraction(
  x: Extraction,
  truth?: { quotes: Array<{ text: string; where: string | null; when: string | null }> }
): AuditResult {
  const findings: AuditFinding[] = []
  const seen = new Map<string, string>()
  for (const card of x.cards) {
    findings.push(...auditCard(card, x))
    const key = `${card.kind}\u0000${normal(card.front)}`
    const again = seen.get(key)
    if (again) findings.push({ check: 'duplicate', cardId: card.id, detail: card.front })
    else seen.set(key, card.id)
  }
  let stated = 0
  for (const t of truth?.quotes ?? []) {
    const q = x.quotes.find((k) => normal(k.text) === normal(t.text))
    for (const [field, kind, check] of [
      ['where', 'quote-where', 'missing-where'],
      ['when', 'quote-when', 'missing-when']
    ] as const) {
      if (!t[field]) continue
      stated++
      const has = q && x.cards.some((c) => c.quoteId === q.id && c.kind === kind)
      if (!has) findings.push({ check, cardId: null, detail: t.text.slice(0, 60) })
    }
  }
  return { cards: x.cards.length, stated, findings }
}

/** The share of cards (and stated places and times) that fail a check. */
export function failureShare(results: AuditResult[]): number {
  const total = results.reduce((n, r) => n + r.cards + r.stated, 0)
  const failing = results.reduce(
    (n, r) => n + new Set(r.findings.map((f) => f.cardId ?? `${f.check}:${f.detail}`)).size,
    0
  )
  return total === 0 ? 0 : failing / total
}

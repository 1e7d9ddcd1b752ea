/**
 * Turns an extraction into flashcards. A card's id hashes the article key, the kind and the
 * card's own content — never its position — so re-importing or editing an article keeps the
 * ids (and the review history) of every card whose content did not change.
 */
import { hashParts, normaliseForId } from '../hash'
import type { CardContent, CardKind, ParsedArticle, Quote, ReportedStatement, Term } from '../model'
import type { LocatedFact } from '../extract/facts'

const MAX_QUOTE_CHARS = 280

/** Identity of the article for card ids: its title and date, which survive body edits. */
export function articleKey(article: ParsedArticle): string {
  return normaliseForId(`${article.title}\n${article.published ?? ''}`)
}

export function quoteForFront(text: string): string {
  const t = text.replace(/[,\s]+$/, '')
  if (t.length <= MAX_QUOTE_CHARS) return t
  return `${t.slice(0, MAX_QUOTE_CHARS).replace(/\s+\S*$/, '')} …`
}

export function buildCards(
  article: ParsedArticle,
  quotes: Quote[],
  reported: ReportedStatement[],
  facts: LocatedFact[],
  terms: Term[]
): CardContent[] {
  const cards: CardContent[] = []
  const seen = new Set<string>()
  const push = (card: CardContent): void => {
    if (seen.has(card.id)) return
    seen.add(card.id)
    cards.push(card)
  }
  const make = cardMaker(article)
  const spanOf = spanIn(article)

  // The same words quoted twice (a summary line, then the quotation) make one set of cards.
  const asked = new Set<string>()
  for (const q of quotes) {
    const words = normaliseForId(q.text).replace(/[.!?,]+$/, '')
    if (asked.has(words)) continue
    asked.add(words)
    for (const c of cardsForQuote(article, q)) push(c)
  }
  for (const r of reported) {
    const verb = r.verb ?? 'said that'
    push(
      make(
        'reported-who',
        `${verb} ${r.text}`,
        `Who ${verb} ${quoteForFront(r.text)}?`,
        r.speaker,
        r.sentenceIndex,
        spanOf(r.sentenceIndex, r.speaker),
        r.id
      )
    )
  }
  const factFronts = new Set(cards.filter((c) => c.kind === 'fact-cloze').map((c) => c.front))
  for (const f of facts) {
    const front = balanceMarks(`${f.sentence.slice(0, f.start)}[…]${f.sentence.slice(f.end)}`)
    // The same sentence and answer twice (a repeated lede) is one card.
    const card = make(
      'fact-cloze',
      `${f.sentence}\n${f.answer}`,
      front,
      f.answer,
      f.sentenceIndex,
      { start: f.start, end: f.end },
      null
    )
    if (factFronts.has(card.front)) continue
    const before = cards.length
    push(card)
    if (cards.length > before) factFronts.add(card.front)
  }
  for (const t of terms) {
    if (!t.meaning) continue
    push(
      make(
        'term-meaning',
        t.term,
        `What does “${t.term}” mean here?`,
        t.meaning,
        t.sentenceIndex,
        spanOf(t.sentenceIndex, t.meaning),
        null
      )
    )
  }
  return cards
}

type MakeCard = (
  kind: CardKind,
  identity: string,
  front: string,
  back: string,
  sentenceIndex: number,
  answerSpan: CardContent['answerSpan'],
  quoteId: string | null
) => CardContent

/** Cards of one article: the id hashes the article key, the kind and the card's identity. */
function cardMaker(article: ParsedArticle): MakeCard {
  const key = articleKey(article)
  return (kind, identity, front, back, sentenceIndex, answerSpan, quoteId) => ({
    id: hashParts(key, kind, normaliseForId(identity)),
    articleId: article.id,
    kind,
    front,
    back,
    sentenceIndex,
    answerSpan,
    quoteId
  })
}

const spanIn =
  (article: ParsedArticle) =>
  (sentenceIndex: number, answer: string): CardContent['answerSpan'] => {
    const text = article.sentences[sentenceIndex]?.text ?? ''
    const at = answer ? text.indexOf(answer) : -1
    return at >= 0 ? { start: at, end: at + answer.length } : null
  }

/**
 * The who, where and when cards of one quotation. Their ids hang on the quotation's words, so
 * correcting its speaker, place or time rewrites the cards and keeps their history.
 */
export function cardsForQuote(article: ParsedArticle, q: Quote): CardContent[] {
  const make = cardMaker(article)
  const spanOf = spanIn(article)
  const shown = `“${quoteForFront(q.text)}”`
  const out: CardContent[] = []
  if (q.speaker)
    out.push(
      make(
        'quote-who',
        q.text,
        `Who said: ${shown}?`,
        q.speaker,
        q.sentenceIndex,
        spanOf(q.sentenceIndex, q.speaker),
        q.id
      )
    )
  const who = q.speaker ?? 'the speaker'
  if (q.where)
    out.push(
      make(
        'quote-where',
        q.text,
        `Where did ${who} say: ${shown}?`,
        q.where,
        q.sentenceIndex,
        spanOf(q.sentenceIndex, q.where),
        q.id
      )
    )
  if (q.when)
    out.push(
      make(
        'quote-when',
        q.text,
        `When did ${who} say: ${shown}?`,
        q.when.label,
        q.sentenceIndex,
        spanOf(q.sentenceIndex, q.when.phrase),
        q.id
      )
    )
  return out
}

/**
 * A sentence cut from a quotation that runs on past it opens (or closes) a quotation mark it
 * never closes; a card shows no such stray mark.
 */
export function balanceMarks(text: string): string {
  const marks = text.match(/["\u201c\u201d]/g) ?? []
  if (marks.length % 2 === 0) return text
  if (/^\s*["\u201c]/.test(text)) return text.replace(/^\s*["\u201c]\s*/, '')
  if (/["\u201d]\s*$/.test(text)) return text.replace(/\s*["\u201d]\s*$/, '')
  // A quotation opened in the sentence and closed after it: close it where the sentence ends.
  return /["\u201c]/.test(marks[marks.length - 1] ?? '') ? `${text}\u201d` : text
}

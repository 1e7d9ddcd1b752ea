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
  const key = articleKey(article)
  const cards: CardContent[] = []
  const seen = new Set<string>()
  const push = (
    kind: CardKind,
    identity: string,
    front: string,
    back: string,
    sentenceIndex: number,
    answerSpan: CardContent['answerSpan'],
    quoteId: string | null
  ): void => {
    const id = hashParts(key, kind, normaliseForId(identity))
    if (seen.has(id)) return
    seen.add(id)
    cards.push({ id, articleId: article.id, kind, front, back, sentenceIndex, answerSpan, quoteId })
  }
  const spanOf = (sentenceIndex: number, answer: string): CardContent['answerSpan'] => {
    const text = article.sentences[sentenceIndex]?.text ?? ''
    const at = answer ? text.indexOf(answer) : -1
    return at >= 0 ? { start: at, end: at + answer.length } : null
  }

  for (const q of quotes) {
    const shown = `“${quoteForFront(q.text)}”`
    if (q.speaker)
      push(
        'quote-who',
        q.text,
        `Who said: ${shown}?`,
        q.speaker,
        q.sentenceIndex,
        spanOf(q.sentenceIndex, q.speaker),
        q.id
      )
    const who = q.speaker ?? 'the speaker'
    if (q.where)
      push(
        'quote-where',
        q.text,
        `Where did ${who} say: ${shown}?`,
        q.where,
        q.sentenceIndex,
        spanOf(q.sentenceIndex, q.where),
        q.id
      )
    if (q.when)
      push(
        'quote-when',
        q.text,
        `When did ${who} say: ${shown}?`,
        q.when.label,
        q.sentenceIndex,
        spanOf(q.sentenceIndex, q.when.phrase),
        q.id
      )
  }
  for (const r of reported) {
    const verb = r.verb ?? 'said that'
    push(
      'reported-who',
      `${verb} ${r.text}`,
      `Who (in paraphrase) ${verb} ${quoteForFront(r.text)}?`,
      r.speaker,
      r.sentenceIndex,
      spanOf(r.sentenceIndex, r.speaker),
      r.id
    )
  }
  for (const f of facts) {
    const front = `${f.sentence.slice(0, f.start)}[…]${f.sentence.slice(f.end)}`
    push(
      'fact-cloze',
      `${f.sentence}\n${f.answer}`,
      front,
      f.answer,
      f.sentenceIndex,
      { start: f.start, end: f.end },
      null
    )
  }
  for (const t of terms) {
    if (!t.meaning) continue
    push(
      'term-meaning',
      t.term,
      `What does “${t.term}” mean here?`,
      t.meaning,
      t.sentenceIndex,
      spanOf(t.sentenceIndex, t.meaning),
      null
    )
  }
  return cards
}

/**
 * The generator: article text in, quotes, reported speech, terms, facts and cards out. Pure and
 * synchronous, shared by the app, the web build and the command line.
 */
import { parseArticle } from './article/parse-article'
import { buildCards } from './cards/build-cards'
import { ArticleInputError } from './errors'
import { extractFacts } from './extract/facts'
import { extractQuotes } from './extract/quotes'
import { extractReported } from './extract/reported'
import { extractTerms } from './extract/terms'
import type { Extraction, Term } from './model'

// Kept in their own module so the app can check a file without loading the generator.
export { decodeArticleBytes, MAX_ARTICLE_BYTES } from './article-bytes'

/** The generator's steps, in order, for a caller that shows progress on a long article. */
export const GENERATE_STEPS = ['parse', 'quotes', 'statements', 'facts', 'cards'] as const
export type GenerateStep = (typeof GENERATE_STEPS)[number]

export interface GenerateOptions {
  /** Called as each step starts. */
  onStep?: (step: GenerateStep) => void
}

/**
 * The same text, held by V8 in two bytes a character whatever it holds. V8 compiles each
 * regular expression once for each encoding of the strings it meets, and a long-lived worker
 * meets both: an article in plain Latin-1 is stored one byte a character, one with curly quotes
 * two. Every string the generator derives from its text keeps the text's encoding, so the
 * patterns are compiled once, not twice; that keeps their code under the 16 MB of executable
 * memory past which V8 stops optimising new patterns (see the generator bench). The characters
 * are the same: a word joiner (U+2060) is put before the text, which makes the joined copy two
 * bytes a character, and sliced off again; the slice keeps that copy underneath.
 */
function inOneEncoding(text: string): string {
  return ('\u2060' + text).slice(1)
}

export function generateFromText(text: string, options: GenerateOptions = {}): Extraction {
  const step = options.onStep ?? (() => undefined)
  if (!text.trim()) throw new ArticleInputError('empty', 'The article is empty.')
  step('parse')
  const doc = parseArticle(inOneEncoding(text))
  const { article } = doc
  if (article.sentences.length === 0)
    throw new ArticleInputError('no-sentences', 'The article has no sentences to make cards from.')
  step('quotes')
  const { quotes, terms: quotedTerms, view, resolver } = extractQuotes(doc)
  step('statements')
  const located = extractTerms(article.sentences, quotedTerms)
  const reported = extractReported(view, quotes, resolver)
  step('facts')
  const facts = extractFacts(article.sentences, located, view.sentences)
  const terms: Term[] = located.map((t) => ({
    term: t.term,
    meaning: t.meaning,
    sentenceIndex: t.sentenceIndex
  }))
  step('cards')
  const cards = buildCards(article, quotes, reported, facts, terms)
  return {
    article,
    quotes,
    reported,
    terms,
    facts: facts.map((f) => ({
      sentence: f.sentence,
      answer: f.answer,
      sentenceIndex: f.sentenceIndex,
      category: f.category
    })),
    cards
  }
}

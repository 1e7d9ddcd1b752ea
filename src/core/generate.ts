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

export function generateFromText(text: string, options: GenerateOptions = {}): Extraction {
  const step = options.onStep ?? (() => undefined)
  if (!text.trim()) throw new ArticleInputError('empty', 'The article is empty.')
  step('parse')
  const doc = parseArticle(text)
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

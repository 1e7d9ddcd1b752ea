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

export function generateFromText(text: string): Extraction {
  if (!text.trim()) throw new ArticleInputError('empty', 'The article is empty.')
  const doc = parseArticle(text)
  const { article } = doc
  if (article.sentences.length === 0)
    throw new ArticleInputError('no-sentences', 'The article has no sentences to make cards from.')
  const { quotes, terms: quotedTerms, view, resolver } = extractQuotes(doc)
  const located = extractTerms(article.sentences, quotedTerms)
  const reported = extractReported(view, quotes, resolver)
  const facts = extractFacts(article.sentences, located, view.sentences)
  const terms: Term[] = located.map((t) => ({
    term: t.term,
    meaning: t.meaning,
    sentenceIndex: t.sentenceIndex
  }))
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

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
import { SpeakerResolver } from './extract/speakers'
import { extractTerms } from './extract/terms'
import type { Extraction, Term } from './model'

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024

export function generateFromText(text: string): Extraction {
  if (!text.trim()) throw new ArticleInputError('empty', 'The article is empty.')
  const doc = parseArticle(text)
  const { article } = doc
  if (article.sentences.length === 0)
    throw new ArticleInputError('no-sentences', 'The article has no sentences to make cards from.')
  const ref = { story: article.dateline?.date ?? article.published, published: article.published }
  const resolver = new SpeakerResolver(
    article.sentences.filter((s) => !s.caption).map((s) => s.text)
  )
  const { quotes, terms: quotedTerms, masked, quoteRanges } = extractQuotes(doc, resolver, ref)
  const located = extractTerms(article.sentences, quotedTerms)
  const reported = extractReported(article, masked, quotes, resolver, ref)
  const facts = extractFacts(article.sentences, quoteRanges, located)
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

/**
 * Bytes from a file or a drop to text. Rejects what is not an article before any parsing, with a
 * message a person can act on.
 */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleInputError('empty', 'The file is empty.')
  if (bytes.length > MAX_ARTICLE_BYTES)
    throw new ArticleInputError(
      'too-large',
      `The file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB; an article is much smaller.`
    )
  const sample = bytes.subarray(0, 65536)
  let control = 0
  for (const b of sample) {
    if (b === 0) throw new ArticleInputError('binary', 'The file is binary, not text.')
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++
  }
  if (control > sample.length * 0.1)
    throw new ArticleInputError('binary', 'The file is binary, not text.')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ArticleInputError(
      'not-utf8',
      'The file is not UTF-8 text; save it as UTF-8 and try again.'
    )
  }
  text = text.replace(/^\uFEFF/, '')
  if (!text.trim()) throw new ArticleInputError('empty', 'The file contains only whitespace.')
  return text
}

import { ArticleInputError } from './errors'

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024

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

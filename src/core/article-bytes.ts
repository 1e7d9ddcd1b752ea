import { ArticleInputError } from './errors'

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024

/** Where an article's text came from, so a message names it as the person knows it. */
export type ArticleInputKind = 'file' | 'paste'

const SUBJECT: Record<ArticleInputKind, string> = { file: 'The file', paste: 'The pasted text' }

/** Past this share of control characters a text is some other kind of file. */
const MAX_CONTROL_SHARE = 0.1
// C0 controls and DEL, but not tab, line feed, form feed or carriage return, which text has.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/g

const MB = 1024 * 1024

function size(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 1 : 2)} MB`
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`
  return `${bytes} byte${bytes === 1 ? '' : 's'}`
}

/** "The file is 5.04 MB, 41 KB over the 5 MB limit for an article." */
export function tooLargeMessage(bytes: number, kind: ArticleInputKind = 'file'): string {
  return `${SUBJECT[kind]} is ${size(bytes)}, ${size(bytes - MAX_ARTICLE_BYTES)} over the ${MAX_ARTICLE_BYTES / MB} MB limit for an article.`
}

/** Refuses an article by its size alone, before anything reads or copies its text. */
export function checkArticleSize(bytes: number, kind: ArticleInputKind = 'file'): void {
  if (bytes > MAX_ARTICLE_BYTES)
    throw new ArticleInputError('too-large', tooLargeMessage(bytes, kind))
}

/**
 * UTF-8 size of a string without encoding it: a pasted text is refused for its size before a
 * copy of it is made. Each UTF-16 unit is at least one byte, so a long text stops early.
 */
export function utf8Length(text: string): number {
  if (text.length > MAX_ARTICLE_BYTES) return text.length
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

const binary = (kind: ArticleInputKind): ArticleInputError =>
  new ArticleInputError(
    'binary',
    kind === 'file'
      ? 'The file is binary, not text.'
      : 'The pasted text holds binary data, not an article.'
  )

/**
 * Bytes from a file or a drop to text. Rejects what is not an article before any parsing, with a
 * message a person can act on: too large, empty, binary or not UTF-8.
 */
export function decodeArticleBytes(bytes: Uint8Array, kind: ArticleInputKind = 'file'): string {
  if (bytes.length === 0) throw new ArticleInputError('empty', `${SUBJECT[kind]} is empty.`)
  checkArticleSize(bytes.length, kind)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Most binary files are not valid UTF-8 either: call them what they are.
    if (looksBinary(bytes.subarray(0, 65536))) throw binary(kind)
    throw new ArticleInputError(
      'not-utf8',
      `${SUBJECT[kind]} is not UTF-8 text; save it as UTF-8 and try again.`
    )
  }
  return checkArticleText(text, kind)
}

/**
 * The whole decoded text, not a sample: a NUL anywhere, or a text that is more than a tenth
 * control characters, is binary. A few stray control characters (a DOS end-of-file mark, a
 * terminal colour code) are removed, so they never reach a card.
 */
export function checkArticleText(text: string, kind: ArticleInputKind = 'file'): string {
  const controls = text.match(CONTROL)
  if (controls) {
    if (text.includes('\0') || controls.length > text.length * MAX_CONTROL_SHARE) throw binary(kind)
    text = text.replace(CONTROL, '')
  }
  text = text.replace(/^\uFEFF/, '')
  if (!text.trim())
    throw new ArticleInputError('empty', `${SUBJECT[kind]} contains only whitespace.`)
  return text
}

function looksBinary(sample: Uint8Array): boolean {
  let control = 0
  for (const b of sample) {
    if (b === 0) return true
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++
  }
  return control > sample.length * MAX_CONTROL_SHARE
}

/**
 * Splits a query into tokens with their offsets. Never throws: a quote left open is reported as
 * a QueryError with the place it opened.
 */
import type { QueryError, Span } from './types'

export type Token =
  | ({ kind: 'open' | 'close' | 'or' | 'and' | 'not' } & Span)
  /** A term: free text, or `key:value`. `quoted` when the text (or the value) was in quotes. */
  | ({ kind: 'term'; key: string | null; value: string; quoted: boolean } & Span)

const SPACE = /\s/
/** Ends an unquoted word. */
const BREAK = /[\s()]/

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: QueryError }

export function lex(query: string): LexResult {
  const tokens: Token[] = []
  let i = 0
  while (i < query.length) {
    const ch = query[i]!
    if (SPACE.test(ch)) {
      i++
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'open' : 'close', start: i, end: i + 1 })
      i++
    } else if (ch === '-' && startsTerm(query, i)) {
      tokens.push({ kind: 'not', start: i, end: i + 1 })
      i++
    } else if (ch === '-') {
      return fail(i, i + 1, 'A “-” leaves out what follows it directly, as in -is:suspended.')
    } else {
      const word = readWord(query, i)
      if (!word.ok) return word
      tokens.push(word.token)
      i = word.token.end
    }
  }
  return { ok: true, tokens }
}

/** A `-` negates when something to negate follows it at once. */
function startsTerm(query: string, i: number): boolean {
  const next = query[i + 1]
  return next !== undefined && !SPACE.test(next) && next !== ')'
}

type WordResult = { ok: true; token: Token } | { ok: false; error: QueryError }

function readWord(query: string, start: number): WordResult {
  if (query[start] === '"') {
    const text = readQuoted(query, start)
    if (!text.ok) return text
    return {
      ok: true,
      token: { kind: 'term', key: null, value: text.value, quoted: true, start, end: text.end }
    }
  }
  let i = start
  while (i < query.length && !BREAK.test(query[i]!) && query[i] !== ':' && query[i] !== '"') i++
  if (query[i] === ':' && i > start) {
    const key = query.slice(start, i).toLowerCase()
    if (query[i + 1] === '"') {
      const text = readQuoted(query, i + 1)
      if (!text.ok) return text
      return {
        ok: true,
        token: { kind: 'term', key, value: text.value, quoted: true, start, end: text.end }
      }
    }
    let end = i + 1
    while (end < query.length && !BREAK.test(query[end]!)) end++
    return {
      ok: true,
      token: { kind: 'term', key, value: query.slice(i + 1, end), quoted: false, start, end }
    }
  }
  while (i < query.length && !BREAK.test(query[i]!)) i++
  const value = query.slice(start, i)
  const lower = value.toLowerCase()
  if (lower === 'or' || lower === 'and') return { ok: true, token: { kind: lower, start, end: i } }
  return { ok: true, token: { kind: 'term', key: null, value, quoted: false, start, end: i } }
}

/** Reads "…" from the quote at `start`; `\"` is a quote inside. */
function readQuoted(
  query: string,
  start: number
): { ok: true; value: string; end: number } | { ok: false; error: QueryError } {
  let value = ''
  let i = start + 1
  while (i < query.length) {
    const ch = query[i]!
    if (ch === '\\' && query[i + 1] === '"') {
      value += '"'
      i += 2
    } else if (ch === '"') {
      return { ok: true, value, end: i + 1 }
    } else {
      value += ch
      i++
    }
  }
  return fail(start, query.length, 'This quote is never closed: end the words with another ".')
}

function fail(start: number, end: number, message: string): { ok: false; error: QueryError } {
  return { ok: false, error: { start, end, message } }
}

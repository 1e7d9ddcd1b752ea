/**
 * Parses a query in the Anki-like search language into a tree:
 *
 *   query  := or?                     (an empty query finds every card)
 *   or     := and ("or" and)*
 *   and    := unary ("and"? unary)*   (terms side by side must all match)
 *   unary  := "-" unary | "(" or ")" | term
 *
 * so `a b or c` is `(a and b) or c`, as in Anki. Never throws: a malformed query gives a
 * QueryError with its place and a sentence saying what to change.
 */
import { lex, type Token } from './lexer'
import { readTerm } from './terms'
import type { ParseResult, QueryError, SearchNode } from './types'

class ParseFailure {
  constructor(readonly error: QueryError) {}
}

export function parseQuery(query: string): ParseResult {
  const lexed = lex(query)
  if (!lexed.ok) return lexed
  const parser = new Parser(lexed.tokens, query.length)
  try {
    return { ok: true, query: parser.parse() }
  } catch (failure) {
    if (failure instanceof ParseFailure) return { ok: false, error: failure.error }
    throw failure
  }
}

class Parser {
  #i = 0
  #depth = 0

  constructor(
    private readonly tokens: Token[],
    private readonly length: number
  ) {}

  parse(): SearchNode {
    if (this.tokens.length === 0) return { type: 'all' }
    const node = this.#or()
    const extra = this.#peek()
    if (extra) this.#fail(extra, 'This “)” closes nothing: remove it or add a “(” before it.')
    return node
  }

  #or(): SearchNode {
    const items = [this.#and()]
    for (let t = this.#peek(); t?.kind === 'or'; t = this.#peek()) {
      this.#i++
      if (this.#endsGroup(this.#peek()))
        this.#fail(t, '“or” needs a search after it, as in is:new or is:learn.')
      items.push(this.#and())
    }
    return items.length === 1 ? items[0]! : { type: 'or', items }
  }

  #and(): SearchNode {
    const items: SearchNode[] = []
    for (let t = this.#peek(); !this.#endsGroup(t) && t?.kind !== 'or'; t = this.#peek()) {
      if (t?.kind === 'and') {
        this.#i++
        if (items.length === 0) this.#fail(t, '“and” needs a search before it.')
        const next = this.#peek()
        if (this.#endsGroup(next) || next?.kind === 'or' || next?.kind === 'and')
          this.#fail(t, '“and” needs a search after it, as in speaker:Xi and is:due.')
        continue
      }
      items.push(this.#unary())
    }
    if (items.length === 0) {
      const t = this.#peek()
      if (t?.kind === 'or')
        this.#fail(t, '“or” needs a search before it, as in is:new or is:learn.')
      if (t?.kind === 'close' && this.#depth === 0)
        this.#fail(t, 'This “)” closes nothing: remove it or add a “(” before it.')
      // Otherwise inside a group: the empty query returned early.
      this.#fail(t ?? this.#last(), 'These parentheses hold nothing: put a search inside them.')
    }
    return items.length === 1 ? items[0]! : { type: 'and', items }
  }

  #unary(): SearchNode {
    const t = this.#next()
    if (t.kind === 'not') return { type: 'not', item: this.#unary() }
    if (t.kind === 'open') {
      this.#depth++
      const inner = this.#or()
      this.#depth--
      const close = this.#peek()
      if (close?.kind !== 'close')
        this.#fail(t, 'This “(” is never closed: add a “)” after what it groups.')
      this.#i++
      return inner
    }
    if (t.kind !== 'term') this.#fail(t, 'A search is missing here.')
    const read = readTerm(t)
    if (!read.ok) this.#fail(t, read.message)
    return { ...read.term, span: { start: t.start, end: t.end } }
  }

  #endsGroup(t: Token | undefined): boolean {
    return t === undefined || t.kind === 'close'
  }

  #peek(): Token | undefined {
    return this.tokens[this.#i]
  }

  #next(): Token {
    const t = this.tokens[this.#i++]
    // The callers check for the end first; running past it is a bug in this parser.
    if (!t) throw new Error('The search parser read past the end of the query')
    return t
  }

  #last(): { start: number; end: number } {
    return { start: this.length, end: this.length }
  }

  #fail(at: { start: number; end: number }, message: string): never {
    throw new ParseFailure({ start: at.start, end: at.end, message })
  }
}

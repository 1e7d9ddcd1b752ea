/**
 * Reading a backup's JSON without making one string of it. A library of a million reviews is
 * about 500 MB of JSON, past the longest string a JavaScript engine will build, so the top-level
 * object is scanned byte by byte instead: each field's value is located, and a list is located
 * element by element, to be parsed a batch at a time (`JSON.parse` of a slice). The scan only
 * finds where values start and end; the parse of each slice is what checks they are valid JSON.
 */
import { BackupFormatError } from '../errors'

/** A top-level field: a list (located, not parsed) or any other value (parsed). */
export type JsonField = { kind: 'list'; list: JsonList } | { kind: 'value'; value: unknown }

export interface JsonList {
  readonly length: number
  /** The elements in order, parsed `size` at a time. */
  batches(size: number): Iterable<unknown[]>
}

/** The top-level object's fields by name, or null when the JSON is not an object. */
export type JsonObjectIndex = Map<string, JsonField> | null

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

const isSpace = (b: number | undefined): boolean =>
  b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09

export function notJson(): BackupFormatError {
  return new BackupFormatError(
    'backup-json',
    'The backup’s contents are not readable JSON, so the file is damaged.'
  )
}

const decoder = new TextDecoder('utf-8', { fatal: true })

function parseSlice(bytes: Uint8Array, start: number, end: number, wrap = false): unknown {
  try {
    const text = decoder.decode(bytes.subarray(start, end))
    return JSON.parse(wrap ? `[${text}]` : text)
  } catch {
    throw notJson()
  }
}

/** Locates every field of the top-level object in `bytes`. */
export function indexJsonObject(bytes: Uint8Array): JsonObjectIndex {
  const scan = new Scanner(bytes)
  let i = scan.space(0)
  // A byte-order mark an editor may have added.
  if (bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) i = scan.space(i + 3)
  if (bytes[i] !== OPEN_BRACE) {
    // Valid JSON that is not an object is not a backup; anything else is not JSON.
    parseSlice(bytes, i, bytes.length)
    return null
  }
  const fields = new Map<string, JsonField>()
  i = scan.space(i + 1)
  if (bytes[i] === CLOSE_BRACE) return scan.end(i + 1, fields)
  for (;;) {
    if (bytes[i] !== QUOTE) throw notJson()
    const keyEnd = scan.string(i)
    const key = parseSlice(bytes, i, keyEnd) as string
    i = scan.space(keyEnd)
    if (bytes[i] !== COLON) throw notJson()
    i = scan.space(i + 1)
    if (bytes[i] === OPEN_BRACKET) {
      const list = scan.list(i)
      fields.set(key, { kind: 'list', list: list.list })
      i = list.end
    } else {
      const end = scan.value(i)
      fields.set(key, { kind: 'value', value: parseSlice(bytes, i, end) })
      i = end
    }
    i = scan.space(i)
    if (bytes[i] === CLOSE_BRACE) return scan.end(i + 1, fields)
    if (bytes[i] !== COMMA) throw notJson()
    i = scan.space(i + 1)
  }
}

class Scanner {
  constructor(private readonly b: Uint8Array) {}

  space(i: number): number {
    const b = this.b
    while (i < b.length && isSpace(b[i])) i++
    return i
  }

  end<T>(i: number, value: T): T {
    if (this.space(i) !== this.b.length) throw notJson()
    return value
  }

  /** The end (exclusive) of the string starting at `i`. */
  string(i: number): number {
    const b = this.b
    for (i++; i < b.length; i++) {
      const c = b[i]
      if (c === QUOTE) return i + 1
      if (c === BACKSLASH) i++
    }
    throw notJson()
  }

  /** The end of the value starting at `i`: a string, a nested object or list, or a literal. */
  value(i: number): number {
    const b = this.b
    const first = b[i]
    if (first === QUOTE) return this.string(i)
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      // Depth only, never a stack: a hostile file may nest a hundred thousand levels deep.
      let depth = 0
      while (i < b.length) {
        const c = b[i]!
        if (c === QUOTE) {
          i = this.string(i)
          continue
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          if (--depth === 0) return i + 1
        }
        i++
      }
      throw notJson()
    }
    while (i < b.length) {
      const c = b[i]
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break
      i++
    }
    return i
  }

  /** A list starting at `i`: where each element starts and ends, and where the list ends. */
  list(i: number): { list: JsonList; end: number } {
    const b = this.b
    const starts: number[] = []
    const ends: number[] = []
    i = this.space(i + 1)
    if (b[i] === CLOSE_BRACKET) return { list: new LocatedList(b, starts, ends), end: i + 1 }
    for (;;) {
      if (i >= b.length) throw notJson()
      const end = this.value(i)
      if (end === i) throw notJson()
      starts.push(i)
      ends.push(end)
      i = this.space(end)
      if (b[i] === CLOSE_BRACKET) return { list: new LocatedList(b, starts, ends), end: i + 1 }
      if (b[i] !== COMMA) throw notJson()
      i = this.space(i + 1)
    }
  }
}

class LocatedList implements JsonList {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: number[],
    private readonly ends: number[]
  ) {}

  get length(): number {
    return this.starts.length
  }

  *batches(size: number): Iterable<unknown[]> {
    for (let from = 0; from < this.starts.length; from += size) {
      const to = Math.min(from + size, this.starts.length) - 1
      // The elements and the commas between them, as one JSON list.
      yield parseSlice(this.bytes, this.starts[from]!, this.ends[to]!, true) as unknown[]
    }
  }
}

/** A list already in memory, for a backup read whole (tests, small files). */
export function listOf(values: unknown[]): JsonList {
  return {
    length: values.length,
    *batches(size: number) {
      for (let i = 0; i < values.length; i += size) yield values.slice(i, i + size)
    }
  }
}

/**
 * A JSON object written a piece at a time to `push`: a field whole, a list a page of records at
 * a time, so no string ever holds more than a page (the writing counterpart of
 * `indexJsonObject`). Backups and sync snapshots are written with it.
 */
export class JsonObjectWriter {
  #fields = 0
  #inList = false
  #rows = 0

  constructor(private readonly push: (text: string) => void) {}

  /** A field whose value is not a list. */
  field(name: string, value: unknown): void {
    this.#key(name)
    this.push(JSON.stringify(value))
  }

  /** Starts the list `name`; `rows` adds to it until the next field. */
  list(name: string): void {
    this.#key(name)
    this.push('[')
    this.#inList = true
    this.#rows = 0
  }

  rows(records: readonly unknown[]): void {
    if (records.length === 0) return
    const json = JSON.stringify(records)
    this.push(`${this.#rows > 0 ? ',' : ''}${json.slice(1, -1)}`)
    this.#rows += records.length
  }

  /** Closes the object. Nothing may be written after. */
  end(): void {
    this.push(`${this.#fields === 0 ? '{' : ''}${this.#inList ? ']' : ''}}`)
  }

  #key(name: string): void {
    this.push(
      `${this.#inList ? ']' : ''}${this.#fields++ === 0 ? '{' : ','}${JSON.stringify(name)}:`
    )
    this.#inList = false
  }
}

/** Byte arrays made into one, in order, over a plain ArrayBuffer of its own (which fetch can send). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/**
 * A small, fast, synchronous string hash (cyrb53) rendered in base 36. Ids must be the same in
 * the browser, in Electron and on the command line, and must not need async WebCrypto, so the
 * generator can stay a pure synchronous function.
 */
export function hashString(input: string, seed = 0): string {
  return hash53(input, seed).toString(36)
}

/** The same hash as a number: 53 bits, so it is a safe integer. */
export function hash53(input: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  return finish(h1, h2)
}

function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** Hashes several parts without letting "ab"+"c" collide with "a"+"bc". */
export function hashParts(...parts: string[]): string {
  return hashString(parts.map((p) => `${p.length}:${p}`).join('|'))
}

/**
 * `hashString(normaliseForId(text))`, without building the folded copy: an article's id hashes
 * all of its text, and on a megabyte the five passes over it cost more than the hash itself.
 * The same id to the bit (ids are stored, so a re-import must find them), which the property
 * test checks against the two-step form on arbitrary text.
 */
export function hashNormalised(text: string): string {
  // A capital sigma lowers to "ς" or "σ" by what follows it, which a character at a time
  // cannot tell; such text takes the long way.
  if (text.includes('\u03a3')) return hashString(normaliseForId(text))
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  const put = (ch: number): void => {
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  let started = false
  let space = false
  for (let i = 0; i < text.length; i++) {
    let ch = text.charCodeAt(i)
    if (isSpace(ch)) {
      space = started
      continue
    }
    if (space) put(32)
    space = false
    started = true
    if (ch < 0x80) {
      put(ch >= 65 && ch <= 90 ? ch + 32 : ch)
      continue
    }
    ch = FOLDED.get(ch) ?? ch
    const pair =
      ch >= 0xd800 && ch <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))
    const lower = lowered(pair ? text.slice(i, i + 2) : String.fromCharCode(ch))
    if (pair) i++
    for (let k = 0; k < lower.length; k++) put(lower.charCodeAt(k))
  }
  return finish(h1, h2).toString(36)
}

/** The quotes and dashes ids fold (curly to straight, dashes to a hyphen), as code points. */
const FOLDED = new Map<number, number>([
  ...[0x2018, 0x2019, 0x201a, 0x2032].map((c): [number, number] => [c, 0x27]),
  ...[0x201c, 0x201d, 0x201e, 0x2033, 0xab, 0xbb].map((c): [number, number] => [c, 0x22]),
  [0x2013, 0x2d],
  [0x2014, 0x2d]
])
const FOLDED_PATTERN = new RegExp(`[${String.fromCharCode(...FOLDED.keys())}]`, 'g')

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/** What `\s` and `trim` take for white space. */
function isSpace(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff
}

const lowerCache = new Map<string, string>()
function lowered(s: string): string {
  let v = lowerCache.get(s)
  if (v === undefined) lowerCache.set(s, (v = s.toLowerCase()))
  return v
}

/**
 * Folds away differences that do not change meaning (curly vs straight quotes, dashes,
 * whitespace, case), so re-importing a re-typed or re-encoded copy keeps the same ids.
 */
export function normaliseForId(text: string): string {
  // No Unicode normalisation: on a megabyte it costs more than the rest of id-making together.
  return (
    text
      .replace(FOLDED_PATTERN, (c) => String.fromCharCode(FOLDED.get(c.charCodeAt(0))!))
      // Only runs that are not already one space: most of a text's spaces need no rewriting.
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim()
      .toLowerCase()
  )
}

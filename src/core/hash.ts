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
 * Folds away differences that do not change meaning (curly vs straight quotes, dashes,
 * whitespace, case), so re-importing a re-typed or re-encoded copy keeps the same ids.
 */
export function normaliseForId(text: string): string {
  // No Unicode normalisation: on a megabyte it costs more than the rest of id-making together.
  return (
    text
      .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033\u00ab\u00bb]/g, '"')
      .replace(/[\u2013\u2014]/g, '-')
      // Only runs that are not already one space: most of a text's spaces need no rewriting.
      .replace(/\s{2,}|[^\S ]/g, ' ')
      .trim()
      .toLowerCase()
  )
}

/**
 * Web addresses in an article's text, as link segments. Only http and https are ever links;
 * main checks the same again before anything opens (security.ts, isExternalLinkUrl).
 */
export interface TextSegment {
  text: string
  /** Set when the segment is a web address; the same as its text, so what you see is where it goes. */
  href?: string
}

const ADDRESS = /\bhttps?:\/\/[^\s<>"'“”‘’«»]+/giu
// Sentence punctuation after an address ends the sentence, not the address.
const PUNCTUATION = '.,;:!?…'
const OPENING: Record<string, string> = { ')': '(', ']': '[', '}': '{' }

function count(text: string, ch: string): number {
  return text.split(ch).length - 1
}

/**
 * Drops what follows an address in prose: "see https://x.org/a." or "(https://x.org/a)". A closing
 * bracket the address opened itself stays: https://en.wikipedia.org/wiki/Mercury_(planet).
 */
function trimTrailing(candidate: string): string {
  let url = candidate
  for (;;) {
    const last = url.at(-1) ?? ''
    const opening = OPENING[last]
    if (PUNCTUATION.includes(last) || (opening && count(url, opening) < count(url, last))) {
      url = url.slice(0, -1)
    } else return url
  }
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

export function linkSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = []
  let at = 0
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index ?? 0
    const address = trimTrailing(match[0])
    if (!isWebAddress(address)) continue
    if (start > at) segments.push({ text: text.slice(at, start) })
    segments.push({ text: address, href: address })
    at = start + address.length
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) })
  return segments
}

/**
 * Every match of a global pattern in `text`, as `String.prototype.matchAll` gives them, without
 * its cost. `matchAll` clones the pattern on each call, and a clone starts cold: for the
 * lexicon's patterns (hundreds of words each), called once per sentence, the clones took longer
 * than the matching. This runs the pattern itself and leaves its `lastIndex` at 0, so a shared
 * module-level pattern stays safe to use again, even from inside a loop over its own matches.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern.source}`)
  const out: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m)
    // An empty match moves on by one character (one code point under the u and v flags).
    if (m[0] === '')
      pattern.lastIndex = advance(
        text,
        pattern.lastIndex,
        pattern.unicode || pattern.flags.includes('v')
      )
  }
  pattern.lastIndex = 0
  return out
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1
  const first = text.charCodeAt(at)
  const second = text.charCodeAt(at + 1)
  const pair = first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff
  return at + (pair ? 2 : 1)
}

/**
 * Where a sticky pattern's match at `at` in `text` ends, or -1. Leaves its `lastIndex` at 0, as
 * `allMatches` does, so a shared module-level pattern stays safe to use again.
 */
export function stickyEnd(pattern: RegExp, text: string, at: number): number {
  if (!pattern.sticky) throw new TypeError(`stickyEnd needs a sticky pattern: ${pattern.source}`)
  pattern.lastIndex = at
  const end = pattern.test(text) ? pattern.lastIndex : -1
  pattern.lastIndex = 0
  return end
}

/**
 * The matches that start where words start, left to right and not overlapping, as a global
 * pattern opening with `\b` and a word character finds them: `endAt(i)` says where a match at
 * the word start `i` ends, or -1. For patterns built from a long list, which then need no copy of
 * the list each (a copy compiles to hundreds of kilobytes): the shared sticky pattern is tried
 * at each word instead. Lazy: a caller that stops at the first it wants reads no further.
 */
export function* matchesAtWordStarts(
  text: string,
  endAt: (at: number) => number
): Generator<{ index: number; end: number }> {
  for (let i = 0; i < text.length; i++) {
    if (!WORD_CHAR.test(text[i]!) || (i > 0 && WORD_CHAR.test(text[i - 1]!))) continue
    const end = endAt(i)
    if (end < 0) continue
    yield { index: i, end }
    i = Math.max(i, end - 1)
  }
}
const WORD_CHAR = /\w/

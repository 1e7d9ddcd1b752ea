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

/** How organisations are written: a name completed by "of …", and acronyms an article defines. */
import { ORG_SYNONYMS } from '../../lexicon/lexicon'
import { isOrganisation, isPolityHead } from '../names'
import { allMatches } from '../../matches'

const NAME_TAIL = String.raw`(?:the )?[A-Z][\w'&.-]*(?: (?:and )?[A-Z][\w'&.-]*)*`
const OF_OR_FOR = new RegExp(`^ (?:of|for) ${NAME_TAIL}`)
const OF = new RegExp(`^ of ${NAME_TAIL}`)

/**
 * "Springfield Chamber" + " of Commerce said" → "Springfield Chamber of Commerce"; a governed
 * place's head takes "of" alone: "City" + " of Toronto said" → "City of Toronto". A second
 * tail goes on with the name: "National Union" + " of Teachers of the Philippines said".
 */
export function withOrgTail(name: string, rest: string): string {
  const tail = isOrganisation(name) ? OF_OR_FOR : isPolityHead(name) ? OF : null
  if (!tail) return name
  let full = name
  let left = rest
  for (let i = 0; i < 2; i++) {
    const m = left.match(tail)
    if (!m) break
    full += m[0]
    left = left.slice(m[0].length)
  }
  return full
}

/** "Korean Central News Agency (KCNA)" → ["KCNA", "Korean Central News Agency"]. */
export function acronymsIn(text: string): Array<[string, string]> {
  if (!text.includes('(')) return []
  const out: Array<[string, string]> = []
  for (const m of allMatches(
    /((?:[A-Z][\w'’.&-]*\s+(?:of\s+|for\s+|and\s+|the\s+)?){1,7})\(((?:[A-Z][a-z]+\s)?[A-Z][A-Za-z0-9&.]{1,9})\)/g,
    text
  )) {
    const full = m[1]!.trim().replace(/^(?:the|The)\s+/, '')
    out.push([m[2]!, full])
    // "(China CDC)": the acronym alone names it too.
    const last = m[2]!.split(' ').pop()!
    if (last !== m[2]) out.push([last, full])
  }
  return out
}

const LINKING = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', '&'])

/** "Sri Lanka Podujana Peramuna" → "SLPP": the first letters of a name's words, linking words left out. */
function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => !LINKING.has(w))
    .map((w) => w[0])
    .join('')
}

/**
 * "Sri Lanka Podujana Peramuna (SLPP)": a name followed in brackets by its own initials, as a
 * body's is; "Jane Roe (DA)", a person's party, is not.
 */
export function initialledAfter(name: string, after: string): boolean {
  const letters = /^\s*\(\s*([A-Z]{2,8})\s*\)/.exec(after)?.[1]
  return letters !== undefined && initialsOf(name.split(/\s+/)) === letters
}

/**
 * Acronyms an article uses without defining them in brackets: "the National Institutes of
 * Health … NIH said" or "the National Security Council, or NSC". An acronym of three or more
 * capitals names the one capitalised run in the article whose initials spell it.
 */
export function acronymsByInitials(texts: readonly string[]): Array<[string, string]> {
  const used = new Set<string>()
  for (const t of texts) for (const m of allMatches(/\b[A-Z]{3,6}\b/g, t)) used.add(m[0])
  if (used.size === 0) return []
  const found = new Map<string, Set<string>>()
  for (const t of texts)
    for (const m of allMatches(
      /\b[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|in|to|&)\s+)*[A-Z][\w'’-]*)+/g,
      t
    )) {
      const words = m[0].split(/\s+/)
      // "The National Security Council": a sentence's opening article is no part of the name;
      // nor is "According to the" before "Independent Investigations Office" (IIO).
      for (let k = 0; k < words.length; k++) {
        if (LINKING.has(words[k]!) || /^(?:The|A|An)$/.test(words[k]!)) continue
        const name = words.slice(k).filter((w) => !LINKING.has(w))
        // "Counter-Terrorism Department" is the CTD, a hyphened word giving each part's initial.
        const initials = [
          initialsOf(name),
          name
            .flatMap((w) => w.split('-').filter((p) => /^[A-Z]/.test(p)))
            .map((p) => p[0])
            .join('')
        ].find((i) => i.length >= 3 && used.has(i))
        if (!initials) continue
        const full = words.slice(k).join(' ')
        found.set(initials, (found.get(initials) ?? new Set()).add(full))
        break
      }
    }
  return [...found].filter(([, fulls]) => fulls.size === 1).map(([a, fulls]) => [a, [...fulls][0]!])
}

/**
 * "the association" can stand for "National Association of Automobile Manufacturers", "the
 * board" for "Pharmacy and Poisons Board": a noun whose kinds of body (lexicon `orgSynonyms`)
 * include a word of the name.
 */
export function nounFitsOrg(noun: string, name: string): boolean {
  const heads = ORG_SYNONYMS[noun.toLowerCase()]
  return (
    !!heads &&
    name
      .toLowerCase()
      .split(/\s+/)
      .some((w) => heads.includes(w))
  )
}

/** "In the same report, the association warned": a definite noun in `words` that fits `name`. */
export function describesOrg(words: string, name: string): boolean {
  // "the association", "the trade association": the noun is one of the next two words.
  for (const m of allMatches(/\b(?:the|its)\s+([a-z-]+)(?:\s+([a-z]+))?/gi, words))
    if (nounFitsOrg(m[1]!, name) || (m[2] && nounFitsOrg(m[2], name))) return true
  return false
}

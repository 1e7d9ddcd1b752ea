/**
 * Shapes of the words before a verb of saying that decide which comma segment names the speaker:
 * the source quoted by an agency ("According to Yonhap, quoting KCNA") and the appositive
 * ("The housing minister, Matthew Pennycook, said"), and the acronyms an article defines.
 */
import { speechVerbs } from './attribution'
import { findNameRuns, isOrganisation, looksLikeSpeakerName, type NameRun } from './names'
import { ROLE_NOUNS } from './speaker-words'

/** "According to Yonhap, quoting the Korean Central News Agency (KCNA), …": the source quoted. */
export function quotedSource(
  chunk: string,
  segments: string[]
): { run: NameRun; via: string | undefined } | null {
  const quoting = segments.find((seg) => /^quoting\s/i.test(seg))
  if (!quoting) return null
  const runs = findNameRuns(quoting).filter((r) => isOrganisation(r.name) || r.name.includes(' '))
  const last = runs[runs.length - 1]
  if (!last) return null
  return { run: last, via: chunk.match(/\baccording to ([^,]+)/i)?.[1]?.trim() }
}

/**
 * In "The <role>, <Name>, said" the name between the commas is the subject; the role phrase only
 * describes it, so it must not be read as "the minister" standing for someone named earlier.
 * Returns the index of the name segment, or -1.
 */
export function appositiveName(segments: string[]): number {
  for (let i = 0; i + 1 < segments.length; i++) {
    const role = segments[i]!.trim().replace(/^(?:and|but|then)\s+/i, '')
    if (!/^(?:the|its|his|her|their|a|an)\s+(?:[\w'’-]+\s+){0,5}?[a-z][\w-]*$/i.test(role)) continue
    const next = segments[i + 1]!.trim()
    const runs = findNameRuns(next)
    // The whole segment is one name of at least two words ("Matthew Pennycook").
    if (runs.length === 1 && runs[0]!.index === 0 && runs[0]!.raw === next && next.includes(' '))
      return i + 1
  }
  return -1
}

/** "Korean Central News Agency (KCNA)" → ["KCNA", "Korean Central News Agency"]. */
export function acronymsIn(text: string): Array<[string, string]> {
  if (!text.includes('(')) return []
  return [
    ...text.matchAll(
      /((?:[A-Z][\w'’.&-]*\s+(?:of\s+|for\s+|and\s+|the\s+)?){1,7})\(([A-Z][A-Za-z0-9&.]{1,9})\)/g
    )
  ].map((m) => [m[2]!, m[1]!.trim().replace(/^(?:the|The)\s+/, '')])
}

const DOCUMENT_NOUNS = 'statement|press release|release|letter|memo|email|post|note'

/**
 * "…," the statement said: a document speaks for whoever issued it in the sentences before
 * ("In a statement, a city spokesperson said …", "The council said in a letter …"), and is
 * the medium of the words. `context` holds the earlier sentences, nearest first.
 */
export function issuerOf<T extends { medium?: string }>(
  np: string,
  context: string[],
  resolveChunk: (chunk: string) => T | null
): T | null {
  const noun = np.match(new RegExp(`^(?:the|that|this)\\s+(${DOCUMENT_NOUNS})$`, 'i'))?.[1]
  if (!noun) return null
  const mention = new RegExp(`\\b(?:a|an|its|his|her|their)\\s+(?:[\\w-]+\\s+)?${noun}\\b`, 'i')
  for (const text of context) {
    const m = text.match(mention)
    if (!m) continue
    const verb = speechVerbs(text).find((v) => v.index > 0 && !/^(?:according to)$/.test(v.verb))
    const ref = verb ? resolveChunk(text.slice(0, verb.index)) : null
    return ref ? { ...ref, medium: m[0] } : null
  }
  return null
}

/**
 * "A senior official, who did not wish to be named, said …" and then "…," the official added:
 * the role word stands for the unnamed source just introduced, not for the last named person.
 * An appositive ("Ruth Amos, a senior official, said") describes a named person, so it is skipped.
 */
export function unnamedRole(np: string, context: string[]): { name: string; kind: 'group' } | null {
  const head = np.match(/^the\s+(?:[a-z][\w-]*\s+)?([a-z]+)$/i)?.[1]?.toLowerCase()
  if (!head || !ROLE_NOUNS.test(head)) return null
  const re = new RegExp(
    `(?:^|(?<!,)\\s)((?:[Aa]n?|[Oo]ne)\\s+(?:[a-z][\\w-]*\\s+){0,3}?${head})\\b`
  )
  for (const text of context.slice(0, 2)) {
    const m = text.match(re)
    if (m) return { name: m[1]!, kind: 'group' }
  }
  return null
}

/**
 * "Frank Russo thought … ¶ Mr. Russo said": a surname the article gives an honorific (Mr., Mrs.,
 * Ms., Dr.) makes the full name a person even when its first name is also a word ("Frank", "Hope").
 */
export function honorificNames(sentences: string[]): (run: NameRun) => boolean {
  const surnames = new Set<string>()
  for (const text of sentences)
    for (const m of text.matchAll(/\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w'’-]+)/g))
      surnames.add(m[1]!)
  return (run) =>
    surnames.size > 0 &&
    run.name.includes(' ') &&
    surnames.has(run.name.split(' ').pop()!) &&
    looksLikeSpeakerName(run)
}

/** "said Wang Hui", "Chen Gang, chief engineer at …, told", "Li Na, 34, said": a speaker's slot. */
export function inSpeakerPosition(text: string, run: NameRun): boolean {
  return (
    /^,? (?:said|says|told|added|stated|wrote)\b|^, (?:a |an |the )?[a-z]|^, \d{1,3},/.test(
      text.slice(run.end, run.end + 30)
    ) || /\b(?:said|says|told|added)\s+$/.test(text.slice(Math.max(0, run.index - 12), run.index))
  )
}

/**
 * Shapes of the words before a verb of saying that decide which comma segment names the speaker:
 * the source quoted by an agency ("According to Yonhap, quoting KCNA") and the appositive
 * ("The housing minister, Matthew Pennycook, said"), and the acronyms an article defines.
 */
import { findNameRuns, isOrganisation, type NameRun } from './names'

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

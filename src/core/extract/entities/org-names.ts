/** How organisations are written: a name completed by "of …", and acronyms an article defines. */
import { isOrganisation } from '../names'

/** "Springfield Chamber" + " of Commerce said" → "Springfield Chamber of Commerce". */
export function withOrgTail(name: string, rest: string): string {
  if (!isOrganisation(name)) return name
  const m = rest.match(/^ (?:of|for) (?:the )?[A-Z][\w'&.-]*(?: (?:and )?[A-Z][\w'&.-]*)*/)
  return m ? name + m[0] : name
}

/** "Korean Central News Agency (KCNA)" → ["KCNA", "Korean Central News Agency"]. */
export function acronymsIn(text: string): Array<[string, string]> {
  if (!text.includes('(')) return []
  const out: Array<[string, string]> = []
  for (const m of text.matchAll(
    /((?:[A-Z][\w'’.&-]*\s+(?:of\s+|for\s+|and\s+|the\s+)?){1,7})\(((?:[A-Z][a-z]+\s)?[A-Z][A-Za-z0-9&.]{1,9})\)/g
  )) {
    const full = m[1]!.trim().replace(/^(?:the|The)\s+/, '')
    out.push([m[2]!, full])
    // "(China CDC)": the acronym alone names it too.
    const last = m[2]!.split(' ').pop()!
    if (last !== m[2]) out.push([last, full])
  }
  return out
}

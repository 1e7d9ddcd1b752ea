/**
 * Word lists and phrase helpers for reading who speaks: role nouns, organisation synonyms,
 * comma segments, the leading noun phrase of a clause, surname spelling distance.
 */
import { isOrganisation } from './names'

export const ROLE_NOUNS =
  /^(?:expert|official|minister|spokes(?:man|woman|person)|lecturer|professor|analyst|economist|researcher|scientist|director|chair(?:man|woman)?|president|ambassador|envoy|mayor|governor|senator|lawmaker|diplomat|executive|engineer|doctor|officer|author|writer|negotiator|secretary|premier|chancellor|manager|founder|leader|coach|woman|man|resident|farmer|villager|worker|student|teacher|mother|father|owner|driver|volunteer|nurse|veteran|aide|advis[eo]r|staffer|source|witness|attorney|lawyer|prosecutor|judge|sheriff|detective|commissioner|\d+-year-old)$/
/** "the city" may stand for "the Municipality of Livorno", "the company" for "Acme Co., Ltd.". */
export const ORG_SYNONYMS: Record<string, string[]> = {
  city: ['city', 'municipality', 'council'],
  town: ['town', 'municipality', 'council'],
  company: ['company', 'co.', 'corp.', 'corporation', 'inc.', 'ltd.', 'group'],
  firm: ['company', 'co.', 'corp.', 'corporation', 'inc.', 'ltd.', 'group'],
  government: ['government', 'administration', 'cabinet'],
  department: ['department', 'ministry'],
  ministry: ['ministry', 'department']
}
export const NOT_HEAD =
  /^(?:said|says|say|told|tells|added|adds|stated|states|wrote|writes|noted|of|for|and|or|in|at|on|to|who|which|that|with|from|by|as|is|was|are|were|has|have|had|will|would|can|could)$/
export const PRONOUNS = /^(he|she|they|it|we|i)$/i
export const INTRO =
  /^(?:in|on|at|during|while|when|after|before|since|under|according|though|although|because|if|unless|whereas|despite|writing|speaking|asked|also|however|meanwhile|later|earlier|then|and|but|so|yet|as|for|with|by|from|last|this|next|today|yesterday)\b/i
export const VERBISH =
  /^(?:has|have|had|is|was|are|were|will|would|can|could|did|does|do|may|might|must|should|also|then|later|further|again|previously|once|repeatedly|recently|consistently|[a-z]+ed|[a-z]+ly)$/

/** "Springfield Chamber" + " of Commerce said" → "Springfield Chamber of Commerce". */
export function withOrgTail(name: string, rest: string): string {
  if (!isOrganisation(name)) return name
  const m = rest.match(/^ (?:of|for) (?:the )?[A-Z][\w'&.-]*(?: (?:and )?[A-Z][\w'&.-]*)*/)
  return m ? name + m[0] : name
}

/** Splits at commas outside parentheses and brackets. */
export function splitSegments(chunk: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of chunk) {
    if (ch === '(' || ch === '[') depth++
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1)
    if (ch === ',' && depth === 0) {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out
    .map((s) =>
      s
        .replace(/\([^)]*\)/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    )
    .filter(Boolean)
}

const PROFESSIONS = [
  'analysts',
  'economists',
  'researchers',
  'scientists',
  'experts',
  'strategists',
  'engineers',
  'lawyers',
  'doctors'
]
// "Analysts at Barclays", "economists from the University of Cape Town": the employer names the group.
const EMPLOYED = new RegExp(
  `^((?:[\\w'’-]+\\s+){0,3}?(?:${PROFESSIONS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})` +
    `\\s+(?:at|from|with)\\s+(?:the\\s+)?[A-Z][\\w&'’.-]*(?:\\s+(?:of\\s+|for\\s+|&\\s+)?[A-Z][\\w&'’.-]*)*)`
)

/** A group named by its employer or its knowledge: a speaker in itself, not a person's name. */
export const isEmployedGroup = (np: string): boolean =>
  EMPLOYED.test(np) || /\sfamiliar with\s/.test(np)

/** "The report's authors" from "The report's authors say", "one poster" from "one poster admitted". */
export function leadingNounPhrase(seg: string): string | null {
  const employed = seg.match(EMPLOYED)?.[1]
  if (employed) return employed
  // "People familiar with the matter", "a source familiar with the talks": the whole description.
  const familiar = seg.match(
    /^(?:[\w'’-]+\s+){1,3}?familiar with (?:the |their |its )?[a-z][\w-]*/i
  )
  if (familiar) return familiar[0]
  const words = seg.split(/\s+/)
  const out: string[] = []
  for (const w of words) {
    if (out.length > 0 && VERBISH.test(w.toLowerCase())) break
    if (
      /^(?:said|says|say|told|wrote|stated|added|to|that|who|which|of|in|on|at|for|with)$/i.test(
        w
      ) &&
      out.length > 0
    ) {
      if (!/^(?:of|on|for)$/i.test(w) || out.length >= 4) break
    }
    out.push(w)
    if (out.length >= 7) break
  }
  const np = out.join(' ').replace(/[,.;:]+$/, '')
  return np || null
}

export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!
    dp[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return dp[b.length]!
}

/** "the statement by X" → X (a segment to resolve); "X's statement" → X (a name), possessive. */
export function mediumAuthor(seg: string): { author: string; possessive: boolean } | null {
  const by = seg.match(
    /^(?:the|a|an)\s+(?:post|statement|report|message|letter|blog post|article|website|tweet)\s+(?:by|from|of)\s+(.+)$/i
  )
  if (by) return { author: by[1]!, possessive: false }
  const own = seg.match(
    /^([A-Z][\w.'’ -]*?)['’]s\s+(?:statement|blog|website|post|report|letter|office|spokes(?:man|woman|person)|account)$/
  )
  return own ? { author: own[1]!, possessive: true } : null
}

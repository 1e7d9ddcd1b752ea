/**
 * Finds where something was said: the place, occasion or medium, as the article words it
 * ("visiting Yangquan Valve Co., Ltd. ... in Shanxi Province", "a statement", "told Xinhua").
 */
import { findTimePhrases } from './time-phrases'

export interface FoundOccasion {
  phrase: string
  index: number
}

const EVENT_NOUNS =
  'visit|visits|inspection|inspections|tour|trip|deliberation|deliberations|meeting|conference|briefing|ceremony|event|' +
  'speech|address|interview|statement|summit|forum|session|rally|hearing|debate|post|letter|video|symposium|congress|' +
  'gathering|seminar|talks|dialogue|release|remarks|panel|appearance|broadcast|podcast|op-ed|column|email|message|' +
  'tweet|town hall|celebration|plenary|assembly|sidelines|reception|banquet|lecture|exhibition|expo|fair|festival|' +
  'vote|game|match|race|funeral|service|signing|ruling|verdict|election|note|research note|paper|filing|' +
  'blog|website|newsgroup|message board|chat|thread|channel|program|programme|show|documentary|report|testimony|memo|editorial|commentary|call'

const VISIT_VERBS =
  'visiting|visited|touring|toured|inspecting|inspected|addressing|addressed|speaking|spoke|meeting|met|attending|' +
  'attended|joining|joined|receiving|received|presiding|presided|chairing|chaired|hosting|hosted|delivering|delivered|opening|opened|campaigning|' +
  'campaigned|testifying|testified|appearing|appeared'

const AUDIENCE =
  '(?:(?:a|an|the) )?(?:[\\w-]+ ){0,2}(?:reporters|journalists|supporters|lawmakers|delegates|students|workers|residents|investors|analysts|viewers|listeners|legislators|parliament|press|media|crowd|audience|briefing|conference|meeting|forum|rally|session|summit|gathering)'
// A named medium runs to its head noun: "told the BBC's Today programme", "told the Daily Mail newspaper".
const MEDIUM_HEAD =
  '(?:programme|program|show|podcast|newspaper|magazine|radio|channel|network|website|broadcaster|news agency|news site)\\b'
const DET = "(?:a|an|the|this|that|his|her|their|its|our|[A-Z][\\w.&-]*(?:'s|’s))"

// Extending triggers run to the end of their clause; the others are exactly their match.
const EXTENDING: RegExp[] = [
  new RegExp(
    `\\b(?:[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore|[Aa]s) (?:(?:he|she|they|it|[A-Z][\\w-]+) )?(?:was |were )?((?:${VISIT_VERBS})\\b)`,
    'g'
  ),
  /\b(?:[Ss]peaking|[Ss]poke|[Aa]ppearing|[Aa]ppeared|[Tt]alking) (?:at|in|on|during|before) ((?:a|an|the|his|her|their|[A-Z])[^,;⟦]*)/g,
  // "…," Smith said at the site of the collapsed bridge: a place right after the verb.
  /\b(?:said|says|added|stated|announced|declared|warned|spoke)(?: on \w+)?,? (?:at|outside|inside|near|in front of) ((?:the|a|an|his|her|their) [^,;⟦]+)/g,
  new RegExp(
    `\\b(?:[Dd]uring|[Aa]t|[Ii]n|[Oo]n|[Vv]ia|[Tt]hrough|[Ff]rom|after|before|following) (${DET}(?: [\\w'’.-]+){0,5}? (?:${EVENT_NOUNS}))\\b`,
    'g'
  )
]
const EXACT: RegExp[] = [
  // "told reporters outside the ECT terminal", "told supporters gathered in Varna", "told Xinhua",
  // "told analysts on a conference call".
  new RegExp(
    `\\b((?:told|speaking to|talking to|addressing) (?:${AUDIENCE}|(?:the )?(?:[A-Z]|[a-z]{1,2}(?=[A-Z]{2}))[\\w&'’-]*(?:\\.(?= [A-Z]))?(?: (?:of |for |and )?[A-Z][\\w&'’-]*)*(?: ${MEDIUM_HEAD})?)` +
      `(?: (?:gathered|assembled|waiting|outside|inside|at|in|during|on(?= (?:a|an|the|his|her|their) ))\\b[^,;⟦]*?(?= that\\b|[,;⟦]|\\.(?:\\s|$)|$))?)`,
    'g'
  ),
  /\bon ((?:Twitter|X|Facebook|Instagram|Weibo|WeChat|TikTok|YouTube|Telegram|LinkedIn|Truth Social|social media|state television|national television|state TV))\b/g,
  // "said in Geneva on Monday": a bare place after the verb of saying.
  /\b(?:said|says|told reporters|stated|added|announced|declared|warned|spoke|speaking)(?: on \w+)? in ((?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.-]+(?: [A-Z][\w.-]+)*)/g,
  /\b(?:issued|released|posted|published|put out|sent) ((?:a|an) (?:written |joint )?(?:statement|press release|letter|video|message|post))\b/g,
  // "Writing in the journal Nature", "wrote in The Lancet": the publication is the medium.
  /\b(?:[Ww]riting|wrote|writes|published|[Rr]eporting) in ((?:the )?(?:(?:medical |scientific |academic |peer-reviewed )?(?:journal|magazine|newspaper) )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w&'’-]*(?: (?:of |for |and |the )?[A-Z][\w&'’-]*)*)/g,
  /\bon (his|her|their|its|the) (blog|website|Twitter|X|Facebook|Instagram|social media|Weibo|radio|television|TV)\b/g,
  /\b(?:to) (the (?:gathered )?(?:crowd|audience|reporters|journalists|lawmakers|parliament|delegates|students|assembly))\b/g
]

// The occasion stops where the clause does: at a participle, a relative clause or a "that" clause.
const CLAUSE_END =
  /(?:;|\s[\u2014\u2013]\s|,? (?:adding|saying|stressing|noting|urging|calling|according|where|which|who|but|whose)\b| that\b| for (?:its|their|his|her|the)\b|⟦)/

const HINT = new RegExp(
  `\\b(?:while|when|after|before|as|during|at|in|on|via|through|from|following|told|speaking|spoke|appearing|appeared|talking|addressing|said|says|stated|added|announced|declared|warned|issued|released|posted|published|put out|sent|to|writing|wrote|writes|reporting)\\b`,
  'i'
)

export function findOccasion(masked: string, speechVerbAt: number): FoundOccasion | null {
  if (!HINT.test(masked)) return null
  let best: { start: number; phraseStart: number; exact: string | null } | null = null
  for (const [list, exact] of [
    [EXTENDING, false],
    [EXACT, true]
  ] as const) {
    for (const re of list) {
      re.lastIndex = 0
      for (let m = re.exec(masked); m; m = re.exec(masked)) {
        const phraseStart = m.index + m[0].indexOf(m[1]!)
        if (!best || m.index < best.start)
          best = { start: m.index, phraseStart, exact: exact ? m[1]! : null }
      }
    }
  }
  if (!best) return null
  if (best.exact) return { phrase: best.exact, index: best.phraseStart }
  let rest = masked.slice(best.phraseStart)
  // An introductory phrase ("During a deliberation at ..., Xi noted") ends at its comma.
  const before = best.start < speechVerbAt || speechVerbAt < 0
  const stop = rest.search(CLAUSE_END)
  if (stop > 0) rest = rest.slice(0, stop)
  if (before) {
    const comma = rest.search(/,\s/)
    if (comma > 0) rest = rest.slice(0, comma)
    rest = rest
      .replace(
        /\s+(?:[A-Z][\w'’-]*|he|she|they|it)\s+(?:said|says|stated|noted|told|added|wrote)\b.*$/,
        ''
      )
      .replace(/\s+(?:was|were|is|are|has|have|had|will|would)\b.*$/, '')
  }
  rest = stripTrailingTime(rest.replace(/[\s.,;:!?]+$/, ''))
  return rest ? { phrase: rest, index: best.phraseStart } : null
}

function stripTrailingTime(phrase: string): string {
  let out = phrase
  for (let guard = 0; guard < 3; guard++) {
    const times = findTimePhrases(out, null)
    const last = times[times.length - 1]
    if (!last || last.index + last.length < out.replace(/[\s,.]+$/, '').length) break
    out = out.slice(0, last.index).replace(/[\s,]+$/, '')
  }
  return out
}

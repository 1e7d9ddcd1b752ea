/**
 * Finds where something was said: the place, occasion or medium, as the article words it
 * ("visiting Yangquan Valve Co., Ltd. ... in Shanxi Province", "a statement", "told Xinhua").
 */
import {
  alternation,
  AUDIENCE_PATTERN,
  DOCUMENT_NOUN_PATTERN,
  EVENT_NOUN_PATTERN,
  GATHERING_VERB_PATTERN,
  HEARER_VERB_PATTERN,
  MEDIUM_HEAD_PATTERN,
  MONTH_PATTERN,
  NAMED_OCCASION_HEAD_PATTERN,
  NEWS_OUTLET_PATTERN,
  PLAIN_VERB_PATTERN,
  QUERY_NOUN_PATTERN,
  beforeQuoteVerb,
  leadBeforeQuoteVerb,
  QUOTE_VERB_PATTERN,
  SAYING_NOUNS,
  ROLE_NOUNS,
  SOCIAL_MEDIA_PATTERN,
  SPEAKING_OCCASION_PATTERN,
  TIME_NOUN_PATTERN,
  TITLES,
  TOPIC_NOUN_PATTERN,
  TRAVEL_ING_PATTERN,
  TRAVEL_PAST_PATTERN,
  VISIT_VERB_PATTERN,
  WEEKDAY_PATTERN
} from '../lexicon/lexicon'
import { findTimePhrases, SPAN_LEAD } from './time-phrases'

/**
 * "… Gomez said …" after an occasion: the speaker before a verb of saying (see beforeQuoteVerb),
 * which ends an opening phrase ("at the rally Roe said"). Not a name after "a", "an" or an
 * owner's word: in "Roe, in a Facebook post, said" the name qualifies the noun after it, which is
 * no verb ("post").
 */
const SPEAKER =
  /(?<!\b(?:an?|his|her|its|their|our)\s*)\s+(?:[A-Z][\w\u00C0-\u024F'’-]*|he|she|they|it)\s+/g

const PLAIN_VERB_AFTER = new RegExp(`\\s+(?:${PLAIN_VERB_PATTERN})\\b.*$`)

export interface FoundOccasion {
  phrase: string
  index: number
}

const EVENT_NOUNS = `${EVENT_NOUN_PATTERN}|${DOCUMENT_NOUN_PATTERN}|case study|study`
const VISIT_VERBS = VISIT_VERB_PATTERN
const AUDIENCE = `(?:(?:a|an|the|his|her|their|cheering|gathered) )?(?:(?!(?:on|at|in|to|for|of|with|during|after|before) )[\\w\\u00C0-\\u024F-]+ ){0,3}(?:${AUDIENCE_PATTERN}|${MEDIUM_HEAD_PATTERN})`
// A named medium runs to its head noun: "told the BBC's Today programme", "told the Daily Mail newspaper".
const MEDIUM_HEAD = `(?:${MEDIUM_HEAD_PATTERN})\\b`
// Finite forms that never stand before a noun as a modifier ("a hastily called news conference"
// does).
const CLAUSE_VERB = `(?:said|says|${HEARER_VERB_PATTERN}|gave|gives|made|makes|took|takes|was|were|is|are|has|have|had)(?![\\w\\u00C0-\\u024F'’-])`
const PLURAL_SAYING = alternation(SAYING_NOUNS.filter((w) => w.endsWith('s')))
const NOT_A_PLACE = `(?!(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN})\\b)`
/** A medium's name after its head noun: "NTV", "Capital FM", "Radio France Internationale". */
const MEDIUM_NAME = `${NOT_A_PLACE}[A-Z][\\w\\u00C0-\\u024F&'’.-]*(?: [A-Z][\\w\\u00C0-\\u024F&'’.-]*){0,3}`
/** "state broadcaster RTS", "the local radio station Capital FM". */
const NAMED_MEDIUM = `(?:(?:a|an|the) )?(?:[a-z]+(?:-[a-z]+)* ){0,3}${MEDIUM_HEAD} ${MEDIUM_NAME}`
/**
 * "RTÉ's Morning Ireland", "BBC Radio 4's Today programme": a news outlet's own programme, by
 * its name; not "Biden's Build Back Better plan", nobody's outlet.
 */
export const OUTLET_PROGRAMME = `(?:the )?(?:${NEWS_OUTLET_PATTERN})(?: (?:[A-Z][\\w\u00C0-\u024F]*|\\d+)){0,2}['’]s? ${MEDIUM_NAME}(?: ${MEDIUM_HEAD})?`
// "The New York Times‘ DealBook conference": an outlet's own capital "The", and a possessive
// written with whichever apostrophe the page used.
const DET = "(?:a|an|[Tt]he|this|that|his|her|their|its|our|[A-Z][\\w\\u00C0-\\u024F.&-]*(?:'s|’s))"

/**
 * "Speaking exclusively to The Courier", "speaking publicly at …": how someone spoke, between
 * the verb and the one spoken to or the place; every pattern that reads "speaking to" allows it.
 */
export const MANNER = '(?:\\s+[a-z]+ly)?'

/** "on the outcome of the campaign", "on these issues": what was spoken about, not where. */
const ON_TOPIC = `(?:(?:the|a|an|this|that|these|those|his|her|their|its) )?(?:[a-z-]+ ){0,2}(?:${TOPIC_NOUN_PATTERN})\\b`

/**
 * "confirmed the development to journalists in Lagos", "disclosed this to reporters": a verb of
 * saying, its short object, and the ones it was said to (not "said the law was a threat to
 * journalists", whose object is a clause).
 */
const SAID_TO_AUDIENCE = new RegExp(
  `\\b(?:${QUOTE_VERB_PATTERN}) (?:(?:this|that|it|these|them|the [a-z]+) )?(to (?:${AUDIENCE_PATTERN})(?: (?:in|at) [A-Z][\\w\u00C0-\u024F'’-]*(?: [A-Z][\\w\u00C0-\u024F'’-]*)*)?)\\b`,
  'g'
)
/** Whether `text` says something to an audience, as SAID_TO_AUDIENCE reads it. */
export function saysToAudience(text: string): boolean {
  SAID_TO_AUDIENCE.lastIndex = 0
  const says = SAID_TO_AUDIENCE.test(text)
  SAID_TO_AUDIENCE.lastIndex = 0
  return says
}

// Extending triggers run to the end of their clause; the others are exactly their match.
const EXTENDING: RegExp[] = [
  new RegExp(
    `\\b(?:[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore|[Aa]s) (?:(?:he|she|they|it|[A-Z][\\w\\u00C0-\\u024F-]+) )?(?:was |were )?((?:${VISIT_VERBS})\\b)`,
    'g'
  ),
  new RegExp(
    // "Speaking to Citi News", "Speaking to the Guardian", "Speaking to State House
    // correspondents at the end of …": one spoken to by name keeps the verb in the answer, as
    // "told Xinhua" does.
    `\\b((?:[Ss]peaking|[Tt]alking)${MANNER} to (?:the )?[A-Z][^,;⟦]*)`,
    'g'
  ),
  // Not "spoke to the Daily Post": the one spoken to is a hearer, read on the tags (adjuncts.ts),
  // not a place running to the end of the clause.
  // "Speaking on Wednesday in Abuja": a day between the verb and its place is the time.
  new RegExp(
    `\\b(?:[Ss]peaking|[Ss]poke|[Aa]ppearing|[Aa]ppeared|[Tt]alking|[Tt]estif(?:ied|ying|ies))${MANNER}(?: on (?:${WEEKDAY_PATTERN}))? (?:at|in|on(?! ${ON_TOPIC}| (?:${WEEKDAY_PATTERN})\\b)|during|before) ((?:a|an|the|his|her|their|[A-Z]|(?:${EVENT_NOUNS})s?\\b)[^,;⟦]*)`,
    'g'
  ),
  // "Speaking after his win, …", "speaking from the control centre": the preposition says
  // what the occasion was, so it stays in the answer.
  new RegExp(
    `\\b(?:[Ss]peaking|[Tt]alking)${MANNER} ((?:after|from|with|by|outside|following) (?:a|an|the|his|her|their|[A-Z])[^,;⟦]*)`,
    'g'
  ),
  // "…," Smith said at the site of the collapsed bridge: a place right after the verb; "said
  // outside the court" keeps its preposition, which "at" alone does not add to.
  new RegExp(
    `\\b(?:${QUOTE_VERB_PATTERN})(?: [A-Z][\\w\\u00C0-\\u024F'’-]*(?: [A-Z][\\w\\u00C0-\\u024F'’-]*){0,3})?(?: on [\\w\\u00C0-\\u024F]+)?,? (?:at |(?=(?:outside|inside|near|in front of|before) ))((?:(?:outside|inside|near|in front of|before) )?(?:the|a|an|his|her|their|[A-Z][\\w\\u00C0-\\u024F.&'’-]*['’]s) [^,;⟦]+)`,
    'g'
  ),
  // "President Rodrigo Chaves toured San Carlos and …": a visit, as the main verb, is where its
  // subject was, and answered by the places it names.
  new RegExp(`\\b((?:${TRAVEL_PAST_PATTERN}) (?:a|an|the|his|her|their|[A-Z])[^,;⟦]*)`, 'g'),
  // "Visiting the hospital in Kitwe, Muchima praised …", "Muchima, touring the site, said": a
  // visit as a participle opening the sentence or set off by a comma (not "the visiting Premier").
  new RegExp(
    `(?:^\\s*|,\\s+)((?:${TRAVEL_ING_PATTERN}) (?:a|an|the|his|her|their|[A-Z])[^,;⟦]*)`,
    'g'
  ),
  // Its words before the noun hold no verb of a clause of their own: "Laura Roe from the health
  // department gave a report" is no occasion "from … a report".
  new RegExp(
    `\\b(?:[Dd]uring|[Aa]t|[Ii]n|[Oo]n|[Vv]ia|[Tt]hrough|[Ff]rom|after|following) (${DET}(?: (?!${CLAUSE_VERB})[\\w\\u00C0-\\u024F'’‘.-]+){0,5}? (?:${EVENT_NOUNS}))(?![\\w\\u00C0-\\u024F-])`,
    'g'
  ),
  // "stated this at the Munich Security Conference in Germany", "at the just concluded
  // Anambra Investment Summit 2023": a gathering by its name, its head noun capitalised.
  new RegExp(
    `\\b(?:[Dd]uring|[Aa]t|[Ii]n|[Ff]rom|after|following) ((?:the |this year['’]s |last year['’]s )?(?:[a-z]+ ){0,2}(?:[A-Z][\\w\\u00C0-\\u024F'’.&-]* ){1,6}(?:${NAMED_OCCASION_HEAD_PATTERN}))(?![\\w\\u00C0-\\u024F-])`,
    'g'
  ),
  // "In comments after voting, Khamenei described …", "said in remarks to reporters at the
  // airport": acts of saying in the plural, with what they were made on or to.
  new RegExp(`\\b(?:[Ii]n|[Dd]uring) ((?:[a-z]+ )?(?:${PLURAL_SAYING})\\b[^,;⟦]*)`, 'g'),
  // "disclosed this in separate interviews", "said at news conferences": occasions in the
  // plural need no determiner.
  new RegExp(`\\b(?:[Dd]uring|[Aa]t|[Ii]n) ((?:[a-z]+ )?(?:${SPEAKING_OCCASION_PATTERN})s)\\b`, 'g')
]
const EXACT: RegExp[] = [
  // "testified before the House Intelligence Committee", "appeared before a judge".
  new RegExp(
    `\\b(before (?:the |a |an )?(?:[A-Z][\\w\\u00C0-\\u024F'’.-]*\\s+){0,5}(?:Committee|Subcommittee|Court|Tribunal|Commission|Parliament|Congress|Senate|House|Assembly|Council|Board|${AUDIENCE_PATTERN}))\\b`,
    'g'
  ),
  // "told reporters outside the ECT terminal", "told supporters gathered in Varna", "told Xinhua",
  // "told the same programme" (one named before),
  // "told analysts on a conference call", "told state broadcaster RTS" (a medium and its name),
  // "told ‘Asian Mirror’" (a title in quotation marks), "told 2GB", "speaking to 702's Ann Lee"
  // (a station's call sign, or a number that owns something: a name, as a person's never is),
  // "speaking to residents at a camp outside the town": before the act alone, below, which
  // would leave the place out.
  new RegExp(
    `\\b((?:told|tells|tell|telling|(?:[Ss]peaking|[Tt]alking)${MANNER} to|addressing|said to) (?:${NAMED_MEDIUM}|${AUDIENCE}|(?:the|that|this) same ${MEDIUM_HEAD}|(?:the )?‘?(?:[A-Z]|[a-z]{1,2}(?=[A-Z]{2})|\\d{1,4}(?=[A-Z]{1,4}\\b|['’]s\\b))[\\w\\u00C0-\\u024F&'’-]*(?:\\.(?= [A-Z]))?(?: (?:(?:of|for) (?:the )?|and |& )?(?:[A-Z][\\w\\u00C0-\\u024F&'’-]*|\\d{1,3}\\b))*(?: ${MEDIUM_HEAD})?)` +
      `(?: (?:gathered|assembled|waiting|outside|inside|at|in|during|after|following|on(?= (?:a|an|the|his|her|their) ))\\b[^,;⟦]*?(?= that\\b|[,;⟦]|\\.(?:\\s|$)|$))?)`,
    'g'
  ),
  // "spoke before lawmakers", "testified to the committee": the act and its audience.
  new RegExp(
    `\\b((?:[Ss]poke|[Ss]peaking|[Tt]estified|[Tt]estifying|[Aa]ppeared|[Aa]ppearing|[Tt]alking) (?:before|to) ${AUDIENCE})\\b`,
    'g'
  ),
  // "Explaining the situation via Twitter", "via social media": a network the words went out
  // on, "via" and all.
  new RegExp(`\\b(via (?:[a-z]+(?:-[a-z]+)* ){0,2}?(?:${SOCIAL_MEDIA_PATTERN}))\\b`, 'g'),
  // "on Facebook", "on state television"; "on privately-owned television station NTV": a medium
  // described, with its head noun and its name.
  new RegExp(
    `\\bon ((?:[a-z]+(?:-[a-z]+)* ){0,2}(?:${SOCIAL_MEDIA_PATTERN}) ${MEDIUM_HEAD}(?: ${MEDIUM_NAME})?|(?:${SOCIAL_MEDIA_PATTERN}))\\b`,
    'g'
  ),
  // "In response to Mothership queries, a spokesperson said", "responding to questions from
  // reporters": the words answer an outlet's questions, as "told" would say.
  new RegExp(
    `\\b((?:[Ii]n (?:an? )?(?:emailed |written )?(?:response|reply) to|[Rr]esponding to|[Rr]eplying to) (?:(?:[A-Z][\\w\\u00C0-\\u024F'’&.-]*|the|a|an|our|its) ){0,4}(?:${QUERY_NOUN_PATTERN})(?: (?:from|by) (?:the )?[A-Z][\\w\\u00C0-\\u024F'’&.-]*(?: [A-Z][\\w\\u00C0-\\u024F'’&.-]*)*)?)`,
    'g'
  ),
  // "gave his players a pep talk", "held a news conference", "holding a 24/7 picket line": the
  // event itself, as an object.
  new RegExp(
    `\\b(?:${GATHERING_VERB_PATTERN}) (?:[\\w\\u00C0-\\u024F'’-]+ ){0,3}?((?:a|an|the|his|her|their|its) (?:[\\w\\u00C0-\\u024F'’./-]+ ){0,3}?(?:${EVENT_NOUNS}))(?![\\w\\u00C0-\\u024F-])`,
    'g'
  ),
  // "made her regular report for the county board", "made a statement": an act of speaking
  // made, not one referred back to ("made the comments from the dock").
  new RegExp(
    `\\bmade ((?:a|an|his|her|their|its) (?:[\\w\\u00C0-\\u024F'’.-]+ ){0,3}?(?:${EVENT_NOUNS}))(?![\\w\\u00C0-\\u024F-])`,
    'g'
  ),
  // "said in Geneva on Monday": a bare place after the verb of saying.
  new RegExp(
    `\\b(?:${QUOTE_VERB_PATTERN}|told reporters)(?: on [\\w\\u00C0-\\u024F]+)? in (${NOT_A_PLACE}[A-Z][\\w\\u00C0-\\u024F.-]+(?: [A-Z][\\w\\u00C0-\\u024F.-]+)*)`,
    'g'
  ),
  /\b(?:issued|released|posted|published|put out|sent) ((?:a|an) (?:written |joint )?(?:statement|press release|letter|video|message|post))\b/g,
  // "Writing in the journal Nature", "wrote in The Lancet": the publication is the medium.
  new RegExp(
    `\\b(?:[Ww]riting|wrote|writes|published|[Rr]eporting) in ((?:the )?(?:(?:medical |scientific |academic |peer-reviewed )?(?:journal|magazine|newspaper) )?${NOT_A_PLACE}[A-Z][\\w\\u00C0-\\u024F&'’-]*(?: (?:of |for |and |the )?[A-Z][\\w\\u00C0-\\u024F&'’-]*)*)`,
    'g'
  ),
  new RegExp(`\\bon ((?:his|her|their|its|the) (?:blog|website|${SOCIAL_MEDIA_PATTERN}))\\b`, 'g'),
  // "on RTÉ's Morning Ireland", "on BBC Radio 4's Today programme".
  new RegExp(`\\bon (${OUTLET_PROGRAMME})`, 'g'),
  new RegExp(`\\b(?:to) (the (?:gathered )?(?:${AUDIENCE_PATTERN}))\\b`, 'g'),
  // One pattern for both uses: it carries the whole list of verbs.
  SAID_TO_AUDIENCE
]

// The occasion stops where the clause does: at a participle, a relative clause or a "that" clause,
// or where what was talked "about" begins;
// "toured San Carlos and highlighted …": so does a second verb joined by "and".
const CLAUSE_END =
  /(?:;|\s[\u2014\u2013]\s|,? (?:adding|saying|stressing|noting|urging|calling|according|where|which|who|but|whose)\b| that\b| for (?:its|their|his|her|the)\b| and (?:then |also )?[a-z]+ed\b| about\b|⟦)/

/** "When asked …,", "Speaking to reporters …,": an adverbial clause that opens the sentence, to its comma. */
const OPENING_CLAUSE =
  /^\s*(?:When|While|After|Before|Once|Asked|Questioned|Pressed|Speaking|Addressing|Talking|Writing)\b[^,⟦]*(?=,\s)/

const CONTENT_AFTER_NOUN = new RegExp(
  `^(.*?\\b(?:${EVENT_NOUNS}))\\s+(?:the|a|an|he|she|they|it|we|his|her|their|its)\\s+(?:[\\w\\u00C0-\\u024F'’-]+\\s+){0,3}?(?:was|were|is|are|has|have|had|will|would|could|should|must|may|might|did|does|do)\\b`
)

const HINT = new RegExp(
  `\\b(?:${GATHERING_VERB_PATTERN}|made|while|when|after|before|as|during|at|in|on|via|through|from|following|told|tells|telling|speaking|spoke|appearing|appeared|talking|addressing|said|says|stated|added|announced|declared|warned|issued|released|posted|published|put out|sent|to|writing|wrote|writes|reporting|${TRAVEL_PAST_PATTERN}|${TRAVEL_ING_PATTERN})\\b`,
  'i'
)

/**
 * "Just as he did during his first visit in 2011, Mars promised …": an opening clause that
 * compares with another occasion; its place and time are not this one's.
 */
export const COMPARED = /^\s*(?:Just\s+as|As|Like)\s[^,;⟦]*\b(?:did|had|has|does|do)\b[^,;⟦]*,/

export function findOccasion(masked: string, speechVerbAt: number): FoundOccasion | null {
  if (!HINT.test(masked)) return null
  // "With two red cards in the game, Foster said …": an opening "with" phrase gives the
  // circumstances of what was said, not where it was said.
  // Nor is a clause that compares with another occasion.
  const compared = COMPARED.exec(masked)
  const circumstances = /^\s*With\s/.test(masked) ? speechVerbAt : (compared?.[0].length ?? -1)
  // Each pattern's first match after the opening, earliest first (on a tie, the pattern listed
  // first).
  const found: Array<{ start: number; phraseStart: number; exact: string | null }> = []
  for (const [list, exact] of [
    [EXTENDING, false],
    [EXACT, true]
  ] as const) {
    for (const re of list) {
      re.lastIndex = 0
      for (let m = re.exec(masked); m; m = re.exec(masked)) {
        if (m.index < circumstances) continue
        // "… following a prayer meeting at a church, an act that Roe said is a reminder …": the
        // verb comments from a relative clause; the occasion before it is the main clause's.
        if (m.index < speechVerbAt && RELATIVE_VERB.test(masked.slice(m.index, speechVerbAt)))
          continue
        // "minutes after the launch" is a time, not the place of the words.
        if (SPAN_LEAD.test(masked.slice(Math.max(0, m.index - 40), m.index))) continue
        found.push({
          start: m.index,
          phraseStart: m.index + m[0].indexOf(m[1]!),
          exact: exact ? m[1]! : null
        })
        break
      }
    }
  }
  found.sort((a, b) => a.start - b.start)
  // "Speaking on Friday, December 6, during a press briefing, …": a match that turns out to be
  // only a time names no occasion; the next one may.
  for (const [i, candidate] of found.entries()) {
    const phrase = occasionAt(masked, speechVerbAt, candidate)
    if (!phrase) continue
    // "Speaking in Abuja, the minister, who spoke at the opening of the Language Conference 2025,
    // said": a town by its name alone yields to a gathering the sentence names too.
    if (!BARE_NAME.test(phrase.phrase)) return phrase
    for (const later of found.slice(i + 1)) {
      const other = occasionAt(masked, speechVerbAt, later)
      if (other && GATHERING_NAMED.test(other.phrase)) return other
    }
    return phrase
  }
  return null
}

const BARE_NAME = /^[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*)*$/
const GATHERING_NAMED = new RegExp(`\\b(?:${SPEAKING_OCCASION_PATTERN})s?\\b`, 'i')

/** ", an act that Roe said", ", which Roe said": a verb in a relative clause after a comma. */
const RELATIVE_VERB = /,\s+(?:(?:an?|the|this|that)\s+(?:[a-z]+\s+){0,2})?(?:that|which)\s+[^,⟦]*$/

/** The occasion phrase a match of `findOccasion`'s patterns starts, or null when it is a time. */
function occasionAt(
  masked: string,
  speechVerbAt: number,
  best: { start: number; phraseStart: number; exact: string | null }
): FoundOccasion | null {
  // "told reporters at the airport on Sunday": the time is the answer to when, not where.
  if (best.exact) {
    const phrase = stripTrailingTime(best.exact)
    return phrase ? { phrase, index: best.phraseStart } : null
  }
  let rest = masked.slice(best.phraseStart)
  // An introductory phrase ("During a deliberation at ..., Xi noted") ends at its comma.
  const before = best.start < speechVerbAt || speechVerbAt < 0
  const stop = rest.search(CLAUSE_END)
  if (stop > 0) rest = rest.slice(0, stop)
  // "When asked on the BBC's Today programme about the strike, Minister Ana Roe said …": an
  // opening clause ends at its comma, whichever verb the phrase follows.
  const opening = OPENING_CLAUSE.exec(masked)
  if (opening && best.phraseStart < opening[0].length)
    rest = rest.slice(0, opening[0].length - best.phraseStart)
  if (before) {
    const comma = rest.search(/,\s/)
    if (comma > 0) rest = rest.slice(0, comma)
    rest = beforeQuoteVerb(SPEAKER, beforeTitledSubject(rest))
      // "In the post-match press conference it was put to …": nor is a pronoun subject.
      .replace(
        /\s+(?:(?:it|he|she|they|there)\s+)?(?:was|were|is|are|has|have|had|will|would)\b.*$/,
        ''
      )
  }
  // "MP Hassan Fungaroo who was appearing on the same show said …": the sentence's own verb of
  // saying ends a phrase in the clause that describes its subject.
  rest = rest.replace(PLAIN_VERB_AFTER, '')
  // "said in a statement the two were employed at a farm": a clause of content right after the
  // occasion's noun, with no "that", is no part of it.
  const content = CONTENT_AFTER_NOUN.exec(rest)
  if (content) rest = rest.slice(0, content.index + content[1]!.length)
  rest = stripTrailingTime(rest.replace(/[\s.,;:!?]+$/, ''))
  // "said at the time": a point in time, no place; "at the end of the match": the match.
  const time = TIME_HEAD.exec(rest)
  if (time && !time[1]) return null
  // "Roe was speaking after the chef Ana Ruiz told …": cut before another's name and verb, a
  // preposition alone is left, which names nothing.
  if (
    /^(?:after|from|with|by|outside|following|before|during|at|in|on)(?:\s+(?:the|a|an|his|her|their))?$/i.test(
      rest
    )
  )
    return null
  const start = time ? rest.length - time[1]!.length : 0
  return rest ? { phrase: rest.slice(start), index: best.phraseStart + start } : null
}

const SPACE = /\s/g

/**
 * "Speaking in the Assembly chamber Education Secretary Kirsty Williams confirmed …": an opening
 * phrase with no comma after it ends where its speaker's title and name begin, the capitalised
 * words and titles before the verb of saying. Unchanged when no title is among them.
 */
function beforeTitledSubject(phrase: string): string {
  const verb = leadBeforeQuoteVerb(SPACE, phrase)
  if (!verb) return phrase
  const words = phrase.slice(0, verb.index).split(' ')
  let start = words.length
  let titled = false
  while (start > 1) {
    const word = words[start - 1]!
    const title = TITLES.has(word.toLowerCase()) || ROLE_NOUNS.has(word.toLowerCase())
    if (!title && !/^\p{Lu}/u.test(word)) break
    titled ||= title
    start--
  }
  return titled && start < words.length - 1 ? words.slice(0, start).join(' ') : phrase
}

const TIME_HEAD = new RegExp(
  `^(?:the|this|that)\\s+(?:${TIME_NOUN_PATTERN})\\b(?:\\s+of\\s+(.+))?$`,
  'i'
)

export function stripTrailingTime(phrase: string): string {
  let out = phrase
  for (let guard = 0; guard < 3; guard++) {
    const times = findTimePhrases(out, null)
    const last = times[times.length - 1]
    if (!last || last.index + last.length < out.replace(/[\s,.]+$/, '').length) break
    out = out.slice(0, last.index).replace(/[\s,]+$/, '')
  }
  return out
}

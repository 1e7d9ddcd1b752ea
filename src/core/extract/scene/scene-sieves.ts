/**
 * Place and time sieves, tried in order for each quotation once its speaker is known:
 *   clause          — the attribution's own clause ("…," Xi said at a briefing on Tuesday)
 *   described-place — where the one described stood ("A shopper outside the market said")
 *   continued       — the quotation this one continues
 *   remarks-after   — "Xi made the remarks while …", "The minister was speaking at …" just
 *                     after the quotation: these words' own occasion, before any earlier one
 *   speaker-scene   — the occasion last set for this speaker ("Xi made the remarks during a
 *                     visit to …"; "Morrison testified before the committee Tuesday"), which
 *                     holds until the article sets another for them
 *   same-medium     — the time of the one statement (letter, release) the article dated for
 *                     this speaker, for words it says came in a statement too
 *   lede-scene      — the lede's occasion and time, for the people the lede is about; or
 *                     the day of what a group did ("Adams County supervisors instructed …
 *                     Monday"), for the people the article titles with the group's noun
 * and, once every quotation has been through those, the article-wide passes in
 * article-sieves.ts.
 */
import {
  BODY_VOICES,
  BUSINESS_NOUNS,
  CROWD_VERB_PATTERN,
  DOCUMENT_NOUN_PATTERN,
  DOCUMENT_NOUNS,
  isPersonNoun,
  personNounOfPlural,
  POST_VERB_PATTERN,
  quoteVerbEnd,
  ORG_SYNONYMS,
  SAYING_NOUN_PATTERN,
  SAYING_NOUNS,
  SOCIAL_MEDIA_PATTERN,
  SPEAKING_OCCASION_PATTERN,
  speechVerb,
  VENUE_NOUN_PATTERN,
  VISIT_VERB_PATTERN
} from '../../lexicon/lexicon'
import { WEEKDAY_PATTERN } from '../../calendar-words'
import { describesOrg } from '../entities/org-names'
import { roleIn, type EntityRegistry, type Person } from '../entities/registry'
import type { SpeakerResolver } from '../entities/resolve'
import { closingSpeaker, POST_NOMINAL_END, speechVerbs, type VerbMatch } from '../sieves/cue'
import { subjectOf } from '../sieves/subject'
import { MADE_THIS } from '../sieves/made-this'
import { firstTime, timesDiffer, type FoundTime, type TimeAnchor } from '../time-phrases'
import { MANNER } from '../occasion'
import { MARK_OPEN, type ArticleView, type SentenceView } from '../view'
import { surnameOf } from '../names'
import { isSpeakingParticiple } from './adjuncts'
import { tidyPlace } from './place-answer'
import { circumstancesOf, MEDIUM_VERB, reportedContent, type Circumstances } from './circumstances'
import { matchesAtWordStarts, stickyEnd } from '../../matches'

export type SceneSieveId =
  | 'clause'
  | 'described-place'
  | 'medium'
  | 'continued'
  | 'speaker-scene'
  | 'same-medium'
  | 'remarks-after'
  | 'lede-scene'
  | 'speaker-throughout'
  | 'court-sitting'
  | 'group-channel'
  | 'article-occasion'
  | 'same-paragraph'

export interface Scene {
  where: string | null
  when: FoundTime | null
  whereSieve: SceneSieveId | null
  whenSieve: SceneSieveId | null
  /** The words' own clause puts them on an occasion the article does not tell: keep it empty. */
  untold?: true
}

/** "Xi made the remarks while …": the words just quoted, referred back to. */
const REMARKS = new RegExp(
  `\\b(?:made|delivered|gave|offered) (?:the|these|those|his|her|their) (?:${SAYING_NOUN_PATTERN})\\b`
)
/**
 * "The remarks came during a visit to …", "His comments were made at …": the words just quoted,
 * as the subject. Its owner (group 1), when it has one, must be able to stand for the speaker.
 */
const REMARKS_CAME = new RegExp(
  `^\\s*(?:(?:But|And)\\s+)?(?:The|These|Those|(His|Her|Their))\\s+(?:[a-z]+\\s+)?(?:${SAYING_NOUN_PATTERN})\\s+(?:came|come|were made|was made|were delivered|was delivered)\\b`
)
/** "She said this during the honey week", "He said so at a rally": the words just quoted, again. */
const SAID_THIS =
  /\b([a-z]+)\s+(?:this|so)(?=\s+(?:at|during|in|on|while|when|after|before|to|as)\b)/
const saidThis = (words: string): RegExpMatchArray | null => {
  const m = words.match(SAID_THIS)
  return m && speechVerb(m[1]!)?.content ? m : null
}
/** "The minister was speaking at a camp outside the town": the occasion of the words just quoted. */
const WAS_ING = /\b(?:was|were)\s+([a-z]+ing)\b/
const wasSpeaking = (words: string): RegExpExecArray | null => {
  const m = WAS_ING.exec(words)
  return m && isSpeakingParticiple(m[1]!) ? m : null
}
/** "made the remark", "made a “forced” statement": the act of saying as a noun after its verb. */
const MADE_REMARKS = new RegExp(
  `\\b(?:made|delivered|gave|offered|issued)\\s+(?:the|these|those|his|her|their|a|an)\\s+(?:\\S+\\s+)?(?:${SAYING_NOUN_PATTERN})\\b`
)
/** At an offset: the act of saying as a noun ("made the remarks"). */
const MADE_REMARKS_AT = new RegExp(MADE_REMARKS.source, 'y')
/** "Usman made this known in Bida at the inauguration of …": words said, referred back to. */
const MADE_KNOWN_WORDS = String.raw`made\s+(?:this|these|it)\s+known\b`
const MADE_KNOWN = new RegExp(String.raw`\b${MADE_KNOWN_WORDS}`)
const MADE_KNOWN_AT = new RegExp(MADE_KNOWN_WORDS, 'y')
/** At an offset: an act that makes an occasion besides saying (visiting, holding, issuing …). */
const EVENT_ACT_AT = new RegExp(
  `(?:${VISIT_VERB_PATTERN}|gave|held|hosted|convened|led|issued|released|published|sent|paid)\\b`,
  'y'
)
/** At an offset: "(The announcement) was made", an act of saying as the subject of a passive. */
const MADE_PASSIVE = String.raw`(?:was|were)\s+(?:made|delivered|given|issued)\b`
const MADE_PASSIVE_AT = new RegExp(MADE_PASSIVE, 'y')
const SAYING_NOUN_SET: ReadonlySet<string> = new Set(SAYING_NOUNS)
/** The word right before offset `at` is a noun for an act of saying ("announcement", "remarks"). */
const afterSayingNoun = (text: string, at: number): boolean =>
  SAYING_NOUN_SET.has(/([a-z]+)\s+$/.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '')
/**
 * Each act of saying or going in `text`, left to right, as one alternation of them would match
 * (the alternatives in that order: the first that matches wins): offsets where words start.
 */
const eventVerbs = (text: string): Generator<{ index: number }> =>
  matchesAtWordStarts(text, (i) => {
    const made = stickyEnd(MADE_REMARKS_AT, text, i)
    if (made >= 0) return made
    const known = stickyEnd(MADE_KNOWN_AT, text, i)
    if (known >= 0) return known
    const passive = afterSayingNoun(text, i) ? stickyEnd(MADE_PASSIVE_AT, text, i) : -1
    if (passive >= 0) return passive
    const said = quoteVerbEnd(text, i)
    return said >= 0 ? said : stickyEnd(EVENT_ACT_AT, text, i)
  })

const OCCASION_PREPOSITION = /^(?:in|during|at|on|over|via|through)$/i

/**
 * "In the post-match press conference it was put to Seibold that …", "Ortiz was pressed on the
 * delays": a question put to someone is an act of saying theirs, its occasion the one they
 * answered on.
 */
const PUT_TO = /\b(?:(?:was|were)\s+)?(?:put\s+to|asked|questioned|pressed|quizzed)\b/
const ADDRESSED_BEFORE = /\b(?:put to|asked|questioned|pressed|quizzed)\s+$/
const ADDRESSED_AFTER =
  /^\s*(?:,[^,]{1,40},\s*)?(?:was|were)\s+(?:asked|questioned|pressed|quizzed)\b/

/**
 * The first act of saying or going in `s`: a verb, or a noun of the same spelling that heads an
 * occasion ("in a phone call", "during his address"), but not a noun that is only talked about
 * ("pulled out his original remarks from Saturday").
 */
function eventVerb(s: SentenceView): number | null {
  for (const { index } of eventVerbs(s.words)) {
    const at = s.tokens.findIndex((t) => t.start <= index && index < t.end)
    if (notSaying(s, at)) continue
    if (s.tokens[at]?.pos !== 'NOUN') return index
    for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
      const t = s.tokens[k]!
      if (t.pos === 'ADP' && OCCASION_PREPOSITION.test(t.text)) return index
      if (!/^(?:DET|ADJ|NOUN|PROPN|PRON)$/.test(t.pos)) break
    }
  }
  return null
}

/**
 * "Eskom will continue with load shedding on Saturday, the utility confirmed on Friday": a verb
 * that only closes a quotation ("…," he continued) says nothing when a word of its clause follows
 * it; the act is the later verb.
 */
function notSaying(s: SentenceView, at: number): boolean {
  const verb = s.tokens[at]
  const next = s.tokens[at + 1]
  if (!verb || !next) return false
  return (
    speechVerb(verb.text)?.aspect === true &&
    /^(?:ADP|DET|PRON|PART|NOUN|ADJ|ADV|VERB)$/.test(next.pos)
  )
}

/** "via Twitter", "via social media": a network the words went out on. */
const VIA_NETWORK = new RegExp(`^via\\s+(?:[a-z-]+\\s+){0,2}?(?:${SOCIAL_MEDIA_PATTERN})$`)
const MEDIUM = new RegExp(
  `^(?:via\\b|(?:${POST_VERB_PATTERN})\\b|(?:told|tells|(?:speaking|talking)${MANNER} to|according to|as quoted by)\\s+(?:the\\s+)?[A-Z]|.*\\b(?:${DOCUMENT_NOUN_PATTERN}|interview|podcast|blog|website|account|${SOCIAL_MEDIA_PATTERN})\\b(?!-))`
)
/**
 * How many paragraphs an occasion or a channel set for a speaker carries over to their later
 * words, counted from the last paragraph about them: the annotation convention's "a nearby
 * paragraph that clearly sets the context". A place holds further than a time: an article
 * returns to a speech after paragraphs of background, but a time that far back is more often
 * another day's.
 */
const SCENE_REACH = 3
/** The furthest back, in paragraphs, a chain of paragraphs about the speaker carries a scene. */
const CHAIN_REACH = 8
const TIME_REACH = 2

/**
 * A channel ("told the BBC", "in a statement", "on Twitter") belongs to the words that came
 * through it; an occasion ("at the hearing", "during a visit to …") holds for everything the
 * speaker said there.
 */
export const isMedium = (where: string): boolean => MEDIUM.test(where)

export interface SceneContext {
  view: ArticleView
  registry: EntityRegistry
  resolver: SpeakerResolver
  anchor: TimeAnchor | null
}

/** A capitalised word, as the words before a subject's name are ("Deputy Minister Lin …"). */
const CAPITALISED = /^[A-Z][\w.'’-]*$/
const openingSubjectsRead = new WeakMap<SentenceView, ReadonlySet<string>>()

/**
 * "Lin made the remarks …", "Deputy Minister Lin also said …": each word of the sentence's
 * opening run of capitalised words (and the word after it) that a lower-case word follows, so
 * could be the surname of the sentence's subject.
 */
function openingSubjects(s: SentenceView): ReadonlySet<string> {
  const read = openingSubjectsRead.get(s)
  if (read) return read
  const out = new Set<string>()
  const tokens = s.words.trimStart().split(/\s+/)
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (/^[a-z]/.test(tokens[i + 1]!)) out.add(tokens[i]!)
    if (!CAPITALISED.test(tokens[i]!)) break
  }
  openingSubjectsRead.set(s, out)
  return out
}

const subjectRoles = new WeakMap<SentenceView, string | null>()

/** "The ambassador was speaking …", "In his speech, the legislator recognized …": the noun. */
function subjectRole(s: SentenceView): string | null {
  let role = subjectRoles.get(s)
  if (role === undefined) {
    role =
      /^(?:[A-Z][^,]{0,60},\s+)?[Tt]he\s+((?:[A-Za-z-]+\s+)?[A-Za-z-]+)(?:\s*,[^,]+,)?\s+(?:[a-z]+ly\s+)?(?:was|is|had|has|[a-z]+ed)\b/.exec(
        s.words.trimStart()
      )?.[1] ?? null
    subjectRoles.set(s, role)
  }
  return role
}

/**
 * Is `person` what sentence `si` is about: its subject by name, a leading he/she after a
 * sentence about them, or — just before their quotation, in its paragraph — any he/she that
 * can be them ("… when he visited Shandong Province. "…," Xi said.").
 */
export function isAbout(
  ctx: SceneContext,
  si: number,
  speaker: string,
  quoteSentence = -1
): boolean {
  return aboutWhom(ctx, si, quoteSentence)(speaker)
}

/** "… was made on Tuesday by (the Minister of Interior,) ": the words before a passive's agent. */
const PASSIVE_AGENT = new RegExp(
  String.raw`\b([a-z]+)\s+${MADE_PASSIVE}[^.;]*\bby\s+(?:the\s+[^,;]{1,60},\s+)?$`
)
const passiveSayingAgent = (before: string): boolean =>
  SAYING_NOUN_SET.has(PASSIVE_AGENT.exec(before)?.[1] ?? '')

/** "A driver", "one local trader", "another resident": one of a group, by its noun (group 1). */
const ONE_OF_GROUP = /^(?:a|an|one|another)\s+(?:[a-z-]+\s+)?([a-z]+)$/i

/** "A driver" and "another driver": two of one group, whose words share the group's scene. */
function oneGroup(a: string, b: string): boolean {
  const noun = ONE_OF_GROUP.exec(a)?.[1]?.toLowerCase()
  return noun !== undefined && noun === ONE_OF_GROUP.exec(b)?.[1]?.toLowerCase()
}

/** What isAbout reads of a sentence, whoever it is asked about. */
interface AboutReading {
  /** People, not names: a name can still grow longer ("Hawk Sawyer" → "Kathleen Hawk Sawyer"). */
  subjects: readonly Person[]
  s: SentenceView | undefined
  opening: ReadonlySet<string>
  verbs: readonly VerbMatch[]
  firstVerb: VerbMatch | undefined
  holder: Person | null
  /** Whom the sentence puts a question to ("it was put to Seibold", "Ortiz was asked"). */
  addressed: readonly Person[]
  earlierSubjects: readonly Person[]
  personBefore: boolean
  pronounAfter: boolean
  mentioned: boolean
}

/** Per registry (the people are known once it is built), each sentence's reading. */
const aboutReadings = new WeakMap<EntityRegistry, Map<number, AboutReading>>()

function readAbout(ctx: SceneContext, si: number): AboutReading {
  let read = aboutReadings.get(ctx.registry)
  if (!read) aboutReadings.set(ctx.registry, (read = new Map()))
  const known = read.get(si)
  if (known) return known
  const subjectsOf = (k: number): Person[] =>
    (ctx.registry.mentions[k] ?? []).filter((m) => m.subject).map((m) => m.person)
  const s = ctx.view.sentences[si]
  const verbs = s ? speechVerbs(s.words, s) : []
  // "The ambassador was speaking during …", "The minister, speaking to reporters during …,
  // acknowledged …": a role the article gave the speaker, as the subject of the sentence's verb.
  // So does a noun for one person right after a sentence about them, past an opening phrase
  // ("Arias was re-elected … ¶ In his speech, the legislator recognized …").
  const role = s ? subjectRole(s) : null
  const noun = role ? roleIn(role) : null
  const holder = noun ? ctx.registry.withRole(noun, si) : null
  const reading: AboutReading = {
    subjects: subjectsOf(si),
    s,
    opening: s ? openingSubjects(s) : new Set(),
    verbs,
    // The verb the speaker is subject of, not an opening participle ("Speaking at …, X said").
    firstVerb: verbs.find((x) => !/ing$/.test(x.verb)),
    holder,
    addressed: s
      ? (ctx.registry.mentions[si] ?? [])
          .filter(
            (m) =>
              ADDRESSED_BEFORE.test(s.words.slice(0, m.start)) ||
              ADDRESSED_AFTER.test(s.words.slice(m.end))
          )
          .map((m) => m.person)
      : [],
    earlierSubjects: subjectsOf(si - 1),
    personBefore: role !== null && !holder && isPersonNoun(role.split(/\s+/).at(-1)!),
    // "He was speaking at …": a leading he/she after a sentence about them.
    pronounAfter: s ? pronounSubject(s) : false,
    mentioned: (ctx.registry.mentions[si] ?? []).length > 0
  }
  read.set(si, reading)
  return reading
}

/**
 * isAbout for one sentence, asked of many speakers: what does not depend on the speaker is
 * read once per sentence.
 */
export function aboutWhom(
  ctx: SceneContext,
  si: number,
  quoteSentence = -1
): (speaker: string) => boolean {
  const r = readAbout(ctx, si)
  const s = r.s
  const named = (people: readonly Person[], speaker: string): boolean =>
    people.some((p) => p.name === speaker)
  if (!s) return (speaker) => named(r.subjects, speaker)
  const words = s.words
  const next = ctx.view.sentences[si + 1]
  const beforeQuote = si + 1 === quoteSentence && next?.paragraph === s.paragraph
  return (speaker) => {
    if (named(r.subjects, speaker)) return true
    // "Lin made the remarks during a visit …": the speaker's name as the sentence's subject.
    if (r.opening.has(surnameOf(speaker))) return true
    if (words.includes(speaker)) {
      if (r.firstVerb && words.slice(0, r.firstVerb.index).includes(speaker)) return true
      // "The announcement was made on Tuesday by the Minister of Interior, Rauf Aregbesola": the
      // agent of a passive act of saying.
      if (passiveSayingAgent(words.slice(0, words.indexOf(speaker)))) return true
      // "…, said Wang Hui, deputy secretary-general of …, at a news conference": inverted.
      if (r.verbs.some((x) => words.slice(x.end).trimStart().startsWith(speaker))) return true
    }
    // "In the same report, the association warned …": a body by a noun for it, as the subject.
    if (r.firstVerb && describesOrg(words.slice(0, r.firstVerb.index), speaker)) return true
    // "Some drivers in Kumasi told Joy News …" ¶ "A driver said …": one of the group that is
    // the sentence's subject.
    const one = ONE_OF_GROUP.exec(speaker)?.[1]
    if (
      one &&
      r.firstVerb &&
      new RegExp(`\\b${one}s\\b`, 'i').test(words.slice(0, r.firstVerb.index))
    )
      return true
    if (r.holder?.name === speaker) return true
    if (named(r.addressed, speaker)) return true
    if ((r.personBefore || r.pronounAfter) && named(r.earlierSubjects, speaker)) return true
    // "According to him, the agency …" ¶ "He spoke during an interview in Lagos.": an opening
    // he or she that stands for the speaker, though the sentence before was about something else.
    if (r.pronounAfter && openingPronoun(ctx, si) === speaker) return true
    if (beforeQuote) {
      const gender = ctx.registry.person(speaker)?.gender
      const pronoun = gender === 'f' ? /\bshe\b/i : gender === 'm' ? /\bhe\b/i : /\b(?:he|she)\b/i
      return pronoun.test(words) && !r.mentioned
    }
    return false
  }
}

/**
 * Sentence `si` goes on about `speaker`, whatever it tells of them: they are its subject ("She,
 * however, regretted …", "Describing the market as …, Obi stressed …"), or its occasion is
 * theirs (isAbout).
 */
function goesOnAbout(
  ctx: SceneContext,
  si: number,
  speaker: string,
  quoteSentence: number
): boolean {
  const subjects = subjectsGoneOn(ctx, si)
  return subjects.has(speaker) || isAbout(ctx, si, speaker, quoteSentence)
}

/** Per registry, the people each sentence has as its subject, by name or by an opening he or she. */
const subjectsRead = new WeakMap<EntityRegistry, Map<number, ReadonlySet<string>>>()

function subjectsGoneOn(ctx: SceneContext, si: number): ReadonlySet<string> {
  let read = subjectsRead.get(ctx.registry)
  if (!read) subjectsRead.set(ctx.registry, (read = new Map()))
  const known = read.get(si)
  if (known) return known
  const out = new Set<string>()
  const s = ctx.view.sentences[si]
  if (s) {
    const acts = (end: number): boolean => {
      const verb = s.tokens.find((t) => t.start >= end && /\w/.test(t.text) && t.pos !== 'ADV')
      return (
        verb !== undefined &&
        /^[a-z]/.test(verb.text) &&
        (verb.pos === 'VERB' || verb.pos === 'AUX')
      )
    }
    for (const m of ctx.registry.mentions[si] ?? [])
      if (m.subject || acts(m.end)) out.add(m.person.name)
    const pronoun = /^\s*(?:(?:But|And|However),?\s+)?(He|She)\b/.exec(s.words)
    if (pronoun) {
      const r = ctx.resolver.resolve(pronoun[1]!, si, s.words.indexOf(pronoun[1]!))
      if (r?.ref.kind === 'person') out.add(r.ref.name)
    }
  }
  read.set(si, out)
  return out
}

const openingPronouns = new WeakMap<SentenceView, string | null>()

/** Whom the resolver takes an opening "He" or "She" of sentence `si` for, if anyone. */
function openingPronoun(ctx: SceneContext, si: number): string | null {
  const s = ctx.view.sentences[si]
  if (!s) return null
  let who = openingPronouns.get(s)
  if (who === undefined) {
    // Only a sentence whose he or she speaks ("He spoke during …"), not one that goes on about
    // someone else ("He traveled to Florida to meet …").
    const v = speechVerbs(s.words, s)[0]
    const word = v
      ? /^\s*(He|She)\s+(?:[a-z]+ly\s+|was\s+|had\s+)?$/.exec(s.words.slice(0, v.index))?.[1]
      : undefined
    const r = word ? ctx.resolver.resolve(word, si, s.words.indexOf(word)) : null
    who = r?.ref.kind === 'person' ? r.ref.name : null
    openingPronouns.set(s, who)
  }
  return who
}

/**
 * "He was speaking at …", "But in a news conference outside the building, he said …": "he" or
 * "she" opens the sentence, or is the subject right before its verb of saying.
 */
export function pronounSubject(s: SentenceView): boolean {
  if (/^(?:He|She)\s/.test(s.words.trimStart())) return true
  return speechVerbs(s.words, s).some(
    (v) =>
      !/ing$/.test(v.verb) &&
      /(?:^|[\s,])(?:he|she)\s+(?:[a-z]+ly\s+)?$/i.test(s.words.slice(0, v.index))
  )
}

/**
 * "Huawei said at a news conference in Shenzhen …": sentence `si` gives the words of the
 * organisation `speaker` speaks for ("Song Liuping, Huawei's chief legal officer"), so its
 * occasion is theirs too. Its time is not: a company's announcement is dated, its people's
 * words need not be.
 */
export function spokeForSpeaker(ctx: SceneContext, si: number, speaker: string): boolean {
  const org = ctx.registry.person(speaker)?.org
  const s = ctx.view.sentences[si]
  if (!org || !s || (ctx.registry.mentions[si] ?? []).some((m) => m.subject)) return false
  const v = speechVerbs(s.words, s).find((x) => !/ing$/.test(x.verb))
  const stems = wordStems(org)
  return !!v && wordStems(s.words.slice(0, v.index)).some((w) => stems.includes(w))
}

/**
 * "The WFP will increase its aid … this year, the country director Eddie Rowe has said.": a
 * clause of its own before the comma that the speaker and the verb close is what was reported,
 * so its times and places are the content's, not the occasion's. One clause only, opening on
 * its subject ("Speaking at …, X said" and "In Geneva, X said" open on no subject).
 */
function contentBefore(s: SentenceView, verbAt: number): [number, number] | null {
  const upTo = s.masked.slice(0, verbAt)
  const comma = upTo.lastIndexOf(', ')
  if (comma < 0 || upTo.includes('⟦') || /, /.test(upTo.slice(0, comma))) return null
  // "When asked, Roe said", "Roe, who …, said": no words reported before the comma. But "Prices
  // rose as farmers held on, farmers said": a conjunction inside the clause is the clause's.
  const clauseText = upTo.slice(0, comma)
  if (/\b(?:who|which|whose)\b/i.test(clauseText) || /^\W*(?:when|while|as)\b/i.test(clauseText))
    return null
  if (
    upTo
      .slice(comma + 2)
      .trim()
      .split(/\s+/).length > 12
  )
    return null
  const clause = s.tokens.filter((t) => t.end <= comma && /\w/.test(t.text))
  const first = clause[0]
  if (!first || /^(?:VERB|AUX|ADP|SCONJ|ADV|PART|CCONJ|NUM)$/.test(first.pos)) return null
  const finite = clause.some(
    (t) => (t.pos === 'AUX' || t.pos === 'VERB') && /^[a-z]/.test(t.text) && !/ing$/.test(t.text)
  )
  return finite ? [0, comma] : null
}

const scenesRead = new WeakMap<
  SentenceView,
  { anchor: TimeAnchor | null; scene: Readonly<Circumstances> | null }
>()

/**
 * The circumstances of sentence `si`'s first verb of saying or going, its content left out.
 * Read once per sentence: every quotation near it asks.
 */
export function sentenceScene(ctx: SceneContext, si: number): Readonly<Circumstances> | null {
  const s = ctx.view.sentences[si]
  if (!s) return null
  const read = scenesRead.get(s)
  if (read && read.anchor === ctx.anchor) return read.scene
  const words = s.words
  const event = eventVerb(s) ?? openingParticiple(s) ?? openingOccasion(s) ?? putTo(s)
  // The words reported, by the first verb of saying that reports any ("Ngige, who spoke to
  // reporters in Alor, stated that …": the places after "stated that" are not where he spoke).
  // A later verb's words are only those after it ("…, saying the plant must stay open").
  let content: readonly [number, number] = [-1, -1]
  for (const [i, v] of (event === null ? [] : speechVerbs(words, s)).entries()) {
    content = (i === 0 ? contentBefore(s, v.index) : null) ?? reportedContent(s, words, v.end)
    if (content[0] >= 0) break
  }
  const [from, to] = content
  const scene =
    event === null ? null : Object.freeze(circumstancesOf(s, event, from, to, ctx.anchor))
  scenesRead.set(s, { anchor: ctx.anchor, scene })
  return scene
}

/**
 * "Speaking to residents inside a local hall, Morero attributed the shortage to …": a sentence
 * that opens with a verb of saying's participle (or an act of speaking's: "Holding a press
 * conference, …") reports an act of saying, whatever its main verb. Its offset, or null.
 */
function openingParticiple(s: SentenceView): number | null {
  const first = s.tokens.find((t) => /\w/.test(t.text))
  return first && first.pos === 'VERB' && isSpeakingParticiple(first.text) ? first.start : null
}

/**
 * "At a rally in Porto on Saturday, Ruiz attacked the government": a sentence that opens with a
 * gathering where people speak reports its subject there, whatever its verb. Offset 0, or null.
 */
function openingOccasion(s: SentenceView): number | null {
  return OPENING_OCCASION.test(s.words) ? 0 : null
}
const OPENING_OCCASION = new RegExp(
  `^\\s*(?:At|During) (?:a|an|the|his|her|their) [^,]*?\\b(?:${SPEAKING_OCCASION_PATTERN})s?\\b[^,]*,`
)

/** "it was put to Seibold that …", "Ortiz was asked about …": where a question is put, or null. */
function putTo(s: SentenceView): number | null {
  const m = PUT_TO.exec(s.words)
  if (!m) return null
  const t = s.tokens.find(
    (t) => t.start <= m.index + m[0].length - 1 && m.index < t.end && t.pos === 'VERB'
  )
  return t ? m.index : null
}

/**
 * "…," the agency said in a statement. — after a lede's "…, the Department of Education said in a
 * statement on Monday, July 21": words in a document, and a document of that kind the article
 * dated for the same speaker before, however far back; its time is theirs.
 */
export function sameMedium(
  ctx: SceneContext,
  speaker: string,
  si: number,
  medium: string
): Circumstances | null {
  const key = documentKey(medium)
  if (!key) return null
  // Only the sentences that name a document of that kind, latest first.
  const naming = sentencesNaming(ctx.view, key.split(' ').at(-1)!)
  for (let i = naming.length - 1; i >= 0; i--) {
    const k = naming[i]!
    if (k >= si) continue
    const c = sentenceScene(ctx, k)
    if (!c?.when || !c.where || documentKey(c.where) !== key) continue
    if (isAbout(ctx, k, speaker, si)) return { where: null, when: c.when }
  }
  return null
}
/** Per article, per noun, the sentences whose words hold it, in order. */
const naming = new WeakMap<ArticleView, Map<string, number[]>>()
function sentencesNaming(view: ArticleView, noun: string): number[] {
  let byNoun = naming.get(view)
  if (!byNoun) naming.set(view, (byNoun = new Map()))
  let found = byNoun.get(noun)
  if (!found) {
    found = view.sentences.filter((s) => s.words.toLowerCase().includes(noun)).map((s) => s.index)
    byNoun.set(noun, found)
  }
  return found
}
const DOCUMENT_MEDIUM = /^(?:in\s+)?(?:a|an|the|its|his|her|their)\s+((?:[a-z-]+\s+)?([a-z-]+))$/i
/** "in a statement", "the statement" → "statement": the kind of document a medium names, or null. */
const documentKey = (where: string): string | null => {
  const m = DOCUMENT_MEDIUM.exec(where.trim())
  return m && DOCUMENT_NOUNS.has(m[2]!.toLowerCase()) ? m[1]!.toLowerCase() : null
}

/**
 * The latest scene the article set for `speaker` in the sentences before `si` (and in `si`
 * itself before offset `before`), from the quotations already placed or the speaker's own
 * sentences.
 */
export function speakerScene(
  ctx: SceneContext,
  speaker: string,
  si: number,
  earlier: ReadonlyArray<{ speaker: string | null; sentence: number; scene: Scene }>,
  own: FoundTime | null = null
): Circumstances | null {
  const paragraphOf = (k: number): number => ctx.view.sentences[k]?.paragraph ?? 0
  const paragraph = paragraphOf(si)
  const distance = (k: number): number => paragraph - paragraphOf(k)
  // The reach counts from the last paragraph still about the speaker: a report of one speech
  // ("Obi gave the reassurance at the summit. She said … She regretted … Obi stressed … She
  // said: '…'") keeps its occasion through paragraphs about them, up to CHAIN_REACH. The walk stops
  // at another's words, and at the speaker's own earlier words, whose scene was read the same way.
  let reachFrom = paragraph
  const nearby = (k: number): boolean =>
    reachFrom - paragraphOf(k) <= SCENE_REACH && distance(k) <= CHAIN_REACH
  // Another of the speaker's group ("A driver said …" ¶ "Another added …") is no other voice.
  const other = (who: string | null): boolean =>
    who !== null && who !== speaker && !oneGroup(who, speaker)
  // `earlier` is in reading order: walked back alongside the sentences.
  let e = earlier.length - 1
  for (let k = si - 1; k >= 0 && nearby(k); k--) {
    while (e >= 0 && earlier[e]!.sentence > k) e--
    const quoted: Array<(typeof earlier)[number]> = []
    for (let j = e; j >= 0 && earlier[j]!.sentence === k; j--) quoted.push(earlier[j]!)
    if (quoted.some((q) => other(q.speaker))) break
    const own = quoted.some((q) => q.speaker === speaker)
    if (own || goesOnAbout(ctx, k, speaker, si)) reachFrom = paragraphOf(k)
    if (own) break
  }
  // Only the quotations and sentences within reach matter; walk back no further.
  const recent: Array<(typeof earlier)[number]> = []
  for (let i = earlier.length - 1; i >= 0 && nearby(earlier[i]!.sentence); i--)
    recent.push(earlier[i]!)
  const scenes: Array<{ sentence: number; scene: Circumstances }> = recent
    .filter((e) => e.speaker === speaker && e.sentence <= si && (e.scene.where || e.scene.when))
    .map((e) => ({ sentence: e.sentence, scene: e.scene }))
  for (let k = si - 1; k >= 0 && nearby(k); k--) {
    if (scenes.some((e) => e.sentence === k)) continue
    const about = isAbout(ctx, k, speaker, si)
    if (!about && !spokeForSpeaker(ctx, k, speaker)) continue
    const c = sentenceScene(ctx, k)
    const scene = c && (about ? c : { where: c.where, when: null })
    if (scene && (scene.where || scene.when)) scenes.push({ sentence: k, scene })
  }
  scenes.sort((a, b) => b.sentence - a.sentence)
  // Another speaker quoted in between starts another scene.
  const interrupted = (k: number): boolean =>
    recent.some((e) => e.sentence > k && e.sentence <= si && other(e.speaker))
  // A relay ("as quoted by Yonhap") names who passed those words on, not an occasion to share;
  // a tweet holds only the words posted in it.
  // "via Twitter" is a network, as "on Twitter" is, not a relay.
  const relay = (w: string): boolean =>
    /^(?:as quoted by|according to)\b/.test(w) ||
    (/^via\b/.test(w) && !VIA_NETWORK.test(w)) ||
    MEDIUM_VERB.test(w)
  const timely = (e: { sentence: number }): boolean => distance(e.sentence) <= TIME_REACH
  const timed = scenes.find(
    (e) => e.scene.when && !interrupted(e.sentence) && timely(e) && !timesDiffer(e.scene.when, own)
  )
  // "Roe first announced it at a news conference in January" is not where words their own
  // clause dates to Monday were said: an occasion of another time than the words' own yields
  // to an earlier one that fits.
  const placed = scenes.find(
    (e) =>
      e.scene.where &&
      !relay(e.scene.where) &&
      !interrupted(e.sentence) &&
      !timesDiffer(e.scene.when, own)
  )
  return {
    where: placed?.scene.where ?? null,
    when: (placed && timely(placed) ? placed.scene.when : null) || (timed?.scene.when ?? null)
  }
}

/**
 * "Xi made the remarks while meeting …", "The minister was speaking to residents at …", "His
 * comments came during …": the first sentence after the quotation that is not more of the
 * paragraph's quoted words, in its paragraph or the next.
 */
export function remarksAfter(ctx: SceneContext, speaker: string, si: number): Circumstances | null {
  const cur = ctx.view.sentences[si]
  if (!cur) return null
  let k = si + 1
  while (
    ctx.view.sentences[k]?.paragraph === cur.paragraph &&
    ctx.view.sentences[k]!.masked.includes(MARK_OPEN)
  )
    k++
  const next = ctx.view.sentences[k]
  if (!next || next.paragraph > cur.paragraph + 1) return null
  const words = next.words
  const came = REMARKS_CAME.exec(words)
  if (came) {
    const gender = ctx.registry.person(speaker)?.gender
    const owner = came[1]?.toLowerCase()
    if (
      owner === 'their' ||
      (owner === 'his' && gender === 'f') ||
      (owner === 'her' && gender === 'm')
    )
      return null
    return circumstancesOf(next, came[0].length, -1, -1, ctx.anchor)
  }
  const m =
    words.match(REMARKS) ??
    words.match(MADE_THIS) ??
    words.match(MADE_KNOWN) ??
    saidThis(words) ??
    wasSpeaking(words)
  if (!m) return null
  const who = ctx.resolver.resolve(words.slice(0, m.index), next.index, m.index!)
  if (who?.ref.name !== speaker) return null
  return circumstancesOf(next, m.index!, -1, -1, ctx.anchor)
}

/**
 * The lede's event ("Kurt Volker and Tim Morrison testified before the House Intelligence
 * Committee Tuesday …"): its occasion and time hold for the words of the people it is about,
 * wherever in the article they are quoted, unless the article sets another for them. A wire
 * lead about a government or company ("China on Tuesday called on …") is about its
 * spokespeople too: `stems` are the word stems of the lede's subject, to match their employer.
 */
export function ledeScene(ctx: SceneContext): {
  scene: Circumstances
  people: Set<string>
  stems: string[]
  crowd?: boolean
} | null {
  // "STUDENT fees in Wales are to rise … . Speaking in the Assembly chamber Education Secretary
  // Kirsty Williams confirmed …": the lede paragraph's first sentence that sets a scene.
  let lede: SentenceView | undefined
  let c: Circumstances | null = null
  for (const s of ctx.view.paragraphs.find((p) => p.length > 0) ?? []) {
    c = sentenceScene(ctx, s.index)
    lede = s
    if (c && (c.when || c.where)) break
  }
  const crowd = crowdScene(ctx)
  if (crowd) [lede, c] = [crowd.sentence, crowd.scene]
  if (!crowd && (!c || (!c.when && !c.where))) return groupAct(ctx)
  if (!lede || !c || (!c.when && !c.where)) return null
  const people = new Set(
    (ctx.registry.mentions[lede.index] ?? []).filter((m) => m.subject).map((m) => m.person.name)
  )
  const words = lede.words
  const verb = lede.tokens.find(
    (t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^[a-z]/.test(t.text)
  )
  const verbs = speechVerbs(words, lede)
  // The words before a verb of the lede, after the last comma: "…, coach Gary Kirsten said on
  // Wednesday.", "…, Minister Séan Sherlock, TD, has announced at Tyndall …" (letters after a
  // name left out), "…, but a tourism official on Friday said this figure is …".
  const clauseSpeaker = (v: VerbMatch): string => {
    const upTo = words.slice(0, v.index).replace(POST_NOMINAL_END, '')
    return (
      closingSpeaker(words, v) ??
      subjectOf(lede, upTo.lastIndexOf(',') + 1, upTo.length).replace(
        /^(?:but|and|while|yet)\s+/i,
        ''
      )
    )
  }
  // "…, its governor said on Thursday." ¶ "Governor Eli Remolona …": the one the lede reports
  // by a role, whom the article names next; or the one it names there.
  if (people.size === 0)
    for (const v of verbs) {
      const chunk = clauseSpeaker(v)
      const r = chunk ? ctx.resolver.resolve(chunk, lede.index, v.index) : null
      if (r?.ref.kind === 'person') people.add(r.ref.name)
    }
  // "…, said SLPP Parliamentarian Jane Roe in Parliament yesterday.": an inverted verb of the
  // lede, and the person named right after it, past only their capitalised titles.
  if (people.size === 0)
    for (const v of verbs) {
      if (!/,\s*$/.test(words.slice(0, v.index))) continue
      const named = (ctx.registry.mentions[lede.index] ?? []).find(
        (m) =>
          m.start >= v.end &&
          /^(?:\s+(?:[A-Z][\w.'’-]*|\([A-Z]{2,8}\)))*\s+$/.test(words.slice(v.end, m.start))
      )
      if (named) people.add(named.person.name)
    }
  // "…, the country's top diplomat said Wednesday." ¶ "Foreign Affairs Secretary Teo Locsin
  // said …": a lede that reports one person's words by a description names them as the subject
  // of the next paragraph's first sentence, speaking or "making the comments".
  const opening = words.slice(0, verb?.start ?? 0)
  const speakerOf = (v: VerbMatch): string => clauseSpeaker(v) || opening
  if (people.size === 0 && verbs.some((v) => oneDescribed(speakerOf(v))))
    for (const name of namedNext(ctx, lede.paragraph)) people.add(name)
  // "Energy levels were stabilising …, Eskom said on Friday.": the body that closes the lede
  // speaks for its people as one that opens it does.
  // Only a named body's words ("federal safety regulators" names none).
  const closing = verbs
    .flatMap((v) => (closingSpeaker(words, v) ?? '').split(/\s+/))
    .filter((w) => /^[A-Z]/.test(w))
    .join(' ')
  // "…, farmers said on Friday.": a lede that reports what ordinary people said, by a plural
  // noun for them (not officials, who speak for a body), is about those it then quotes, as a
  // crowd's is.
  const peopleSaid = verbs.some((v) => {
    const plural = (closingSpeaker(words, v) ?? '').trim().toLowerCase()
    const one = /^[a-z]+$/.test(plural) ? personNounOfPlural(plural) : null
    return one !== null && !BODY_VOICES.has(one)
  })
  // The crowd's people: those named after the lede with no office and no body of their own.
  if ((crowd || peopleSaid) && people.size === 0)
    for (const p of ctx.registry.people)
      if (p.first > lede.index && !p.org && p.offices.length === 0) people.add(p.name)
  // A body by its name only, as for the closing one: "local churches plan …" names no church.
  // "Tax Justice SA (TJSA)": its initials in brackets name it too.
  const namedOpening = opening
    .split(/\s+/)
    .map((w) => w.replace(/^\(/, ''))
    .filter((w) => /^\p{Lu}/u.test(w))
    .join(' ')
  const stems = wordStems(`${namedOpening} ${closing}`)
  // "NASA celebrated …": NASA's own people ("NASA Administrator Charles Bolden") were there too.
  for (const p of ctx.registry.people)
    if (p.org && wordStems(p.org).some((w) => stems.includes(w))) people.add(p.name)
  return {
    scene: { where: c.where && !isMedium(c.where) ? c.where : null, when: c.when },
    people,
    stems,
    crowd: crowd !== null
  }
}

/**
 * "said one resident", "a farmer added": someone of a crowd lede's crowd, quoted unnamed by a
 * noun for a person; not an official ("a county spokesperson"), who speaks for a body.
 */
export function oneOfCrowd(speaker: string): boolean {
  const noun = ONE_OF_GROUP.exec(speaker)?.[1]
  return !!noun && isPersonNoun(noun) && !BODY_VOICES.has(noun.toLowerCase())
}

/**
 * "Many of the bus riders waiting at the Rosa Parks Transit Center on Friday afternoon were eager
 * to share their opinions": a lede about a crowd at a place is where the people it then quotes
 * from that crowd spoke, and when.
 */
function crowdScene(ctx: SceneContext): { sentence: SentenceView; scene: Circumstances } | null {
  const s = ctx.view.paragraphs.find((p) => p.length > 0)?.[0]
  if (!s) return null
  const verb = s.tokens.find((t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^[a-z]/.test(t.text))
  if (!verb) return null
  const head = s.words.slice(0, verb.start).trim().split(/\s+/).at(-1) ?? ''
  // "Tenants …", "Dozens of people …": a plural for people, not one person ("A tenant …").
  const one = /^\p{Ll}+$/u.test(head) ? personNounOfPlural(head) : null
  if (!one || one === head) return null
  const m = CROWD_AT.exec(s.words.slice(verb.start))
  const at = m?.[1] ?? m?.[2]
  if (!at) return null
  return {
    sentence: s,
    scene: { where: tidyPlace(at), when: circumstancesOf(s, verb.start, -1, -1, ctx.anchor).when }
  }
}

/**
 * The people of a group that `opening`, the words before a lede's verb, names by a plural noun
 * ("Adams County supervisors"): those the article gives that noun as a role or as the title
 * right before their name ("Supervisor David Carter", "math teacher Angela Cooper").
 */
function membersOf(ctx: SceneContext, opening: string): Set<string> {
  const out = new Set<string>()
  const head = opening.trim().split(/\s+/).at(-1) ?? ''
  const member = personNounOfPlural(head)
  if (!member || member === head.toLowerCase()) return out
  const titled = (m: { sentence: number; start: number }): boolean =>
    (
      ctx.view.sentences[m.sentence]?.words.slice(0, m.start).trim().split(/\s+/).at(-1) ?? ''
    ).toLowerCase() === member
  for (const m of ctx.registry.mentions.flat())
    if (
      titled(m) ||
      [...m.person.roles, ...m.person.offices].some((r) => r.split(/\s+/).at(-1) === member)
    )
      out.add(m.person.name)
  return out
}

/**
 * "Adams County supervisors instructed their attorney Monday to …": a lede that dates what a
 * group of people did, where no one speaks, dates the words of the people of that group.
 */
function groupAct(
  ctx: SceneContext
): { scene: Circumstances; people: Set<string>; stems: string[] } | null {
  const s = ctx.view.paragraphs.find((p) => p.length > 0)?.[0]
  const verb = s?.tokens.find((t) => t.pos === 'VERB' && /^[a-z]/.test(t.text))
  if (!s || !verb) return null
  const people = membersOf(ctx, s.words.slice(0, verb.start))
  const when = people.size > 0 ? firstTime(s.words, ctx.anchor) : null
  return when ? { scene: { where: null, when }, people, stems: [] } : null
}

/**
 * "waiting at the Rosa Parks Transit Center in downtown Detroit", "marched through Lisbon",
 * "calling in at the Whiddon Down services", "gathered outside their factories in Dhaka",
 * "gathered in front of a city-owned apartment building", "packed the basement of the Woodbury
 * County Courthouse", up to its time or verb.
 */
const NAMED = `\\p{Lu}[\\p{L}'’.-]*`
const CROWD_AT = new RegExp(
  `^\\s*(?:(?:\\p{Ll}+ing\\s+(?:in\\s+|off\\s+|up\\s+|by\\s+)?|\\p{Ll}+ed\\s+)?(` +
    `(?:at|outside|inside|near|through|across)\\s+(?:the\\s+)?${NAMED}(?:\\s+(?:of\\s+|in\\s+)?\\p{L}[\\p{L}'’.-]*){0,8}?` +
    `|(?:at|outside|inside|near)\\s+(?:the|their|its|a)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}in\\s+${NAMED}(?:\\s+${NAMED}){0,3}` +
    // A building or room by its common noun: "in front of a city-owned apartment building".
    `|(?:at|outside|inside|near|in\\s+front\\s+of)\\s+(?:the|their|its|a|an)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}(?:${VENUE_NOUN_PATTERN})s?` +
    `)|(?:${CROWD_VERB_PATTERN})\\s+(` +
    // The place a crowd fills: "packed the basement of the … Courthouse", "lined the streets of Lagos".
    `(?:the|a|an)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(?:(?:${VENUE_NOUN_PATTERN})s?|\\p{Ll}+\\s+of\\s+(?:the\\s+)?${NAMED}(?:\\s+${NAMED}){0,4})` +
    `))(?=\\s+(?:on|this|last|early|late|yesterday|today|tonight|were|was|had|have|gathered|said|says|${WEEKDAY_PATTERN})\\b|,)`,
  'u'
)

/**
 * "the country's top diplomat", "The leader of the party", "Japan's leader": one person, by a
 * description.
 */
function oneDescribed(phrase: string): boolean {
  const head = phrase.trim().split(/\s+of\s+/)[0]!
  // "the country's top diplomat", not "the teachers' union", a body.
  const noun = head.split(/\s+/).at(-1)!.toLowerCase()
  return (
    /^(?:the|a|an|\p{Lu}[\p{L}-]*['’]s)\s/iu.test(head) &&
    !/s$/.test(head) &&
    !ORG_SYNONYMS[noun] &&
    !BUSINESS_NOUNS.has(noun)
  )
}

/**
 * The subjects of the first sentence of the paragraph after `paragraph`, when it reports someone
 * speaking or "making the comments": whom a description in `paragraph` stands for.
 */
function namedNext(ctx: SceneContext, paragraph: number): string[] {
  const next = ctx.view.paragraphs.find((p) => p.length > 0 && p[0]!.paragraph > paragraph)
  const first = next?.[0]
  if (!first || (speechVerbs(first.words, first).length === 0 && !REMARKS.test(first.words)))
    return []
  return (ctx.registry.mentions[first.index] ?? [])
    .filter((m) => m.subject)
    .map((m) => m.person.name)
}

/**
 * "…, the country's top diplomat said Wednesday." ¶ "Foreign Affairs Secretary Teodoro Locsin
 * said …": the one person a lede's description of one speaker stands for, named speaking at the
 * start of the next paragraph; or null.
 */
export function ledeDescribed(ctx: SceneContext, description: string): string | null {
  const lede = ctx.view.paragraphs.find((p) => p.length > 0)?.[0]
  // Not a spokesman or a source: the article seldom names them, and names others next.
  if (!lede || !oneDescribed(description) || /\b(?:spokes\w*|sources?)\b/i.test(description))
    return null
  const named = [...new Set(namedNext(ctx, lede.paragraph))]
  return named.length === 1 ? named[0]! : null
}

/** Four-letter stems of the content words in `text` ("Indian Foreign Ministry" → indi, fore, mini). */
export function wordStems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{4,}/g) ?? [])
    .filter((w) => !['that', 'with', 'from', 'this', 'their', 'said', 'says'].includes(w))
    .map((w) => w.slice(0, 4))
}

/**
 * The phrases around a verb of saying or going that say where it happened, read on the
 * part-of-speech tags rather than listed: the verb's own adjunct ("said Tuesday night in
 * Columbia", "explained on France Inter", "told thousands of cheering supporters in Toluca"),
 * an opening participle of speaking ("Speaking to bankers and estate agents, …") and an
 * opening phrase of place ("At the airport in Avarua, …"). Each judges a phrase by its head
 * noun, with the lexicon's classes: names, venues, events, documents, media and audiences.
 */
import {
  AUDIENCE_PATTERN,
  DOCUMENT_NOUN_PATTERN,
  EVENT_NOUN_PATTERN,
  inflect,
  CONTACT_MEANS_PATTERN,
  ERA_PATTERN,
  MEDIUM_HEAD_PATTERN,
  SOCIAL_MEDIA_PATTERN,
  VENUE_NOUN_PATTERN,
  SETTLEMENT_NOUN_PATTERN,
  VISIT_VERB_PATTERN,
  isAgentNoun,
  speechVerb
} from '../../lexicon/lexicon'
import { isDemonym, isOrganisation } from '../names'
import { stripTrailingTime } from '../occasion'
import type { Token } from '../tagging/tag'
import type { FoundTime } from '../time-phrases'
import type { SentenceView } from '../view'
import { tidyPlace } from './place-answer'
import { allMatches } from '../../matches'

const AUDIENCE = new RegExp(`^(?:${AUDIENCE_PATTERN})$`, 'i')
/** Prepositions whose phrase after a verb of saying is where, or through what, it was said. */
const PLACE_PREPOSITION = /^(?:in|at|from|outside|inside|near)$/i
const CHANNEL_PREPOSITION = /^(?:on|via|through|over)$/i
/** A word of an era of the lexicon's ("pandemic", "war"): a time of the world's. */
const ERA = new RegExp(`^(?:${ERA_PATTERN})$`, 'i')
/** The means after "by", the phrase's first words: "phone", "video link", "email from". */
const CONTACT_MEANS = new RegExp(`^(?:${CONTACT_MEANS_PATTERN})(?: |$)`, 'i')
const OCCASION_HEAD = new RegExp(
  `^(?:${EVENT_NOUN_PATTERN}|${DOCUMENT_NOUN_PATTERN}|${VENUE_NOUN_PATTERN}|${SETTLEMENT_NOUN_PATTERN})$`,
  'i'
)
const CHANNEL_HEAD = new RegExp(
  `^(?:${MEDIUM_HEAD_PATTERN}|${SOCIAL_MEDIA_PATTERN}|${EVENT_NOUN_PATTERN}|${DOCUMENT_NOUN_PATTERN})$`,
  'i'
)
/** "on the firm's Facebook page", "via her Instagram account": a page of a social medium. */
const SOCIAL_MEDIUM = new RegExp(`^(?:${SOCIAL_MEDIA_PATTERN})$`)
const AUDIENCE_VERB = /^(?:tell|inform|address|brief)$/i
const VISIT_VERB = new RegExp(`^(?:${VISIT_VERB_PATTERN})$`)
const NOUN_PHRASE = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/
const isNoun = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN'
/** Participles that name the act of speaking an opening phrase describes. */
const EVENT_HEAD = new RegExp(`^(?:${EVENT_NOUN_PATTERN})$`, 'i')
const SPEAKING_ACTS = [
  'speak',
  'talk',
  'address',
  'brief',
  'announce',
  'make',
  'open',
  'close',
  'hold'
]
/** The act an opening participle names ("Briefing" → "brief"), by its -ing form, not its lemma. */
const ACT_OF = new Map(SPEAKING_ACTS.map((base) => [inflect(base).ing, base]))

/** "speaking", "addressing", "testifying": a participle that names an act of speaking. */
export function isSpeakingParticiple(word: string): boolean {
  const w = word.toLowerCase()
  return ACT_OF.has(w) || (/ing$/.test(w) && speechVerb(w) !== null)
}

/** "told", "addressed", "briefing": a verb of saying, or one whose object is its hearers. */
export function speaksTo(t: Token): boolean {
  return speechVerb(t.text) !== null || AUDIENCE_VERB.test(t.lemma)
}

/**
 * Where the verb at `verbAt` in `s` happened, by its own adjunct, an opening participle of
 * speaking or an opening phrase of place, in that order; null when none says.
 */
export function placeAround(
  s: SentenceView,
  text: string,
  verbAt: number,
  times: readonly FoundTime[]
): string | null {
  return (
    verbAdjunct(s, text, verbAt, times) ??
    tookTo(text, verbAt) ??
    openingAct(s, text) ??
    appositiveAct(s, text, verbAt) ??
    openingPlace(s, text, times)
  )
}

const TOOK_TO = new RegExp(
  `\\b(?:took|takes|take|taking|has taken|had taken)\\s+to\\s+(?:${SOCIAL_MEDIA_PATTERN})\\b`,
  'g'
)

/**
 * "Mr Ong took to Facebook to apologise for …": the platform a verb of saying's subject took to,
 * just before the verb ("to apologise", "to say"), is its channel.
 */
function tookTo(text: string, verbAt: number): string | null {
  for (const m of allMatches(TOOK_TO, text.slice(0, verbAt))) {
    const between = text.slice(m.index + m[0].length, verbAt)
    if (/^\s+(?:on\s+\w+\s+)?to\s+$/.test(between)) return m[0]
  }
  return null
}

/**
 * A preposition, or "outside", "inside", "near" before a noun phrase, which the tagger may read
 * as an adjective or an adverb ("Outside the court, …").
 */
function isPreposition(t: Token, next: Token | undefined): boolean {
  if (t.pos === 'ADP') return true
  return (
    /^(?:outside|inside|near)$/i.test(t.text) &&
    next !== undefined &&
    (/^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(next.pos) ||
      // "outside of the power plant"
      (/^of$/i.test(next.text) && !/^near$/i.test(t.text)))
  )
}

/**
 * "At the airport in Avarua, Prime Minister Mark Brown said …": a phrase of place that opens
 * the sentence, up to its comma, before the subject. Judged as a verb's adjunct is. An adverb
 * or a time may come first ("Later, in Lagos, …", "On Monday in Accra, …").
 */
function openingPlace(s: SentenceView, text: string, times: readonly FoundTime[]): string | null {
  const { own, inTime } = tokenTests(text, times)
  const tokens = s.tokens
  let first = 0
  while (
    first < 6 &&
    tokens[first] &&
    (inTime(tokens[first]!) ||
      tokens[first]!.pos === 'ADV' ||
      (tokens[first]!.text === ',' && first > 0) ||
      // "On Monday": the preposition of a time.
      (tokens[first]!.pos === 'ADP' && tokens[first + 1] && inTime(tokens[first + 1]!)))
  )
    first++
  const prep = tokens[first]
  if (!prep || !isPreposition(prep, tokens[first + 1]) || !PLACE_PREPOSITION.test(prep.text))
    return null
  const end = nounPhraseEnd(tokens, first + 1, /^(?:of|in|at)$/i, (t) => own(t) && !inTime(t))
  let next = end
  while (tokens[next] && (inTime(tokens[next]!) || tokens[next]!.pos === 'ADV')) next++
  if (tokens[next]?.text !== ',' || !acceptsAdjunct(prep, tokens.slice(first + 1, end))) return null
  return tidyPlace(text.slice(prep.start, tokens[end - 1]!.end))
}

/**
 * "Speaking to bankers and real estate agents on Tuesday, …, the commissioner said": an opening
 * participle of speaking, up to its comma, with the people spoken to or the announcement made
 * as its head ("Making the announcement at Taradale, Foster said"), the gathering or body
 * addressed ("Addressing a press conference here", "Briefing the UN Security Council") or the
 * gathering opened or closed ("Opening the week-long trial"). Times are left out.
 */
function openingAct(s: SentenceView, text: string): string | null {
  const tokens = s.tokens.filter((t) => /\S/.test(text.slice(t.start, t.end)))
  // "Later, speaking from …": one word and a comma may come first.
  const at = tokens.findIndex((t, i) => i <= 2 && t.pos === 'VERB' && /ing$/.test(t.text))
  if (at < 0 || tokens.slice(0, at).some((t) => isNoun(t))) return null
  return participlePhrase(
    tokens,
    text,
    at,
    tokens.findIndex((t, i) => i > at && t.text === ',')
  )
}

/**
 * The occasion or channel a participle of speaking at token `at` names, up to the comma at token
 * `comma`: its act ("Addressing a press conference"), the clause that times it ("speaking as
 * … unveiled …"), or the phrase of place or channel after it ("speaking on local radio").
 */
function participlePhrase(
  tokens: readonly Token[],
  text: string,
  at: number,
  comma: number
): string | null {
  return (
    actOfSpeaking(tokens, text, at, comma) ??
    speakingAsClause(tokens, text, at, comma) ??
    participleAdjunct(tokens, text, at, comma)
  )
}

/**
 * "Speaking on local radio, …", "Posting on the firm's Facebook page, …", "Explaining the delay
 * via Twitter, …", "…, writing on Facebook, …": a participle of saying or posting, up to the
 * comma at token `comma`, with a phrase of place or channel after it (past its object): that
 * phrase, not a condition they were given on ("Speaking on condition of anonymity").
 */
function participleAdjunct(
  tokens: readonly Token[],
  text: string,
  at: number,
  comma: number
): string | null {
  if (comma < 0 || !isSpeakingParticiple(tokens[at]?.text ?? '')) return null
  for (let k = at + 1; k < comma - 1; k++) {
    const prep = tokens[k]!
    if (prep.pos !== 'ADP') continue
    const phrase = tokens.slice(k + 1, comma)
    if (acceptsAdjunct(prep, phrase))
      return tidyPlace(stripTrailingTime(text.slice(prep.start, phrase.at(-1)!.end)))
  }
  return null
}

/**
 * "speaking as his department unveiled its budget", "Speaking while the count went on": speaking
 * (or talking) timed by a clause of its own, up to the comma at token `comma`, is the occasion.
 * The clause needs a subject and a finite verb: "speaking as a former nurse" tells a capacity.
 */
function speakingAsClause(
  tokens: readonly Token[],
  text: string,
  at: number,
  comma: number
): string | null {
  const act = tokens[at]
  const conj = tokens[at + 1]
  if (
    !act ||
    !conj ||
    comma < at + 4 ||
    !/^(?:speak|talk)$/.test(ACT_OF.get(act.text.toLowerCase()) ?? '')
  )
    return null
  if (!/^(?:as|while|whilst|when)$/i.test(conj.text)) return null
  const clause = tokens.slice(at + 2, comma)
  const finite = clause.findIndex(
    (t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^[a-z]/.test(t.text) && !/ing$/.test(t.text)
  )
  if (finite < 1 || !clause.slice(0, finite).some((t) => isNoun(t) || t.pos === 'PRON')) return null
  return tidyPlace(text.slice(act.start, tokens[comma - 1]!.end), conj.end - act.start)
}

/**
 * "The mayor, speaking on local radio, said …": a participle of speaking set off by commas
 * between the subject and the verb at `verbAt`, judged as an opening one is.
 */
function appositiveAct(s: SentenceView, text: string, verbAt: number): string | null {
  // "Abdul Rauf Mukhtar, Chairman, …, whilst announcing the hike, said": an act of saying set
  // off by commas that timed the words is their occasion (read on the sentence's own words: its
  // object may have been taken for the act's reported content).
  const all = s.tokens
  const at = all.findIndex((t) => t.start >= verbAt)
  const [timed, conj] = [all[at], all[at - 1]]
  if (
    timed &&
    conj &&
    all[at - 2]?.text === ',' &&
    TIME_CLAUSE.test(conj.text) &&
    /ing$/.test(timed.text) &&
    (isSpeakingParticiple(timed.text) || VISIT_VERB.test(timed.lemma))
  ) {
    const close = all.findIndex((t, i) => i > at && t.text === ',')
    if (close > at + 1) return tidyPlace(s.words.slice(conj.start, all[close - 1]!.end))
  }
  const tokens = s.tokens.filter((t) => /\S/.test(text.slice(t.start, t.end)))
  const verb = tokens.findIndex((t) => t.start >= verbAt)
  // Asked of the participle itself ("Ryan, speaking as his department unveiled …, said").
  if (verb > 0 && tokens[verb - 1]!.text === ',') {
    const close = tokens.findIndex((t, i) => i > verb && t.text === ',')
    const timed = speakingAsClause(tokens, text, verb, close)
    if (timed) return timed
  }
  if (verb < 4 || tokens[verb - 1]!.text !== ',') return null
  const open = tokens.findLastIndex((t, i) => i < verb - 1 && t.text === ',')
  if (open < 1 || tokens[open + 1]?.pos !== 'VERB') return null
  // "…, speaking on local radio, …", "…, speaking from Geneva, …": where or through what.
  return participlePhrase(tokens, text, open + 1, verb - 1)
}

/**
 * The act of speaking named by the participle at token `at`, up to the comma at token `comma`:
 * its phrase when its head is the people spoken to, the announcement made, or the gathering or
 * body addressed; null otherwise.
 */
function actOfSpeaking(
  tokens: readonly Token[],
  text: string,
  at: number,
  comma: number
): string | null {
  const act = tokens[at]
  const base = act && /ing$/.test(act.text) && ACT_OF.get(act.text.toLowerCase())
  if (!act || !base || comma < 0) return null
  const phrase = tokens.slice(at + 1, comma)
  const heads = headNouns(phrase, /^(?:to|of)$/i).filter(
    (t) => t.pos === 'NOUN' || t.pos === 'PROPN'
  )
  const head = heads.at(-1)
  const event = head?.pos === 'NOUN' && EVENT_HEAD.test(head.lemma)
  // "Addressing concerns about fraud" addresses an issue: only an audience, a gathering or a
  // named body is addressed; an announcement made or announced is an occasion by its noun; a
  // gathering opened, closed or held ("Holding a press conference") is one by its noun.
  const spoken =
    head &&
    (/^(?:make|announce)$/.test(base)
      ? head.pos === 'NOUN' && OCCASION_HEAD.test(head.lemma)
      : /^(?:open|close|hold)$/.test(base)
        ? event
        : /^(?:address|brief)$/.test(base)
          ? AUDIENCE.test(head.text) || event || head.pos === 'PROPN'
          : head.pos === 'NOUN' && (AUDIENCE.test(head.text) || isAgentNoun(head.text)))
  if (!spoken) return null
  const phraseText = text.slice(act.start, tokens[comma - 1]!.end)
  return tidyPlace(stripTrailingTime(phraseText))
}

/**
 * Tests on a token of `text`: is it the author's own words (not a quotation's marker, nor
 * reported content blanked out), and is it inside one of `times`?
 */
function tokenTests(
  text: string,
  times: readonly FoundTime[]
): { own: (t: Token) => boolean; inTime: (t: Token) => boolean } {
  return {
    own: (t) => /^[^⟦⁃⟧]*\S/.test(text.slice(t.start, t.end)),
    inTime: (t) => times.some((x) => t.start >= x.index && t.start < x.index + x.length)
  }
}

/**
 * The phrase the verb of saying or going at `verbAt` takes as its adjunct, read on the tags:
 * "said Tuesday night in Columbia", "said during the cheque presentation", "explained on France
 * Inter", "said via Twitter", "met on Wednesday with the visiting minister at the Foreign
 * Ministry". Adverbs, times, a comma and the one met or spoken to are skipped. A place or
 * occasion is a proper noun or a noun for an event, a document or a venue ("in court"); a
 * channel is a proper noun or a medium; a phrase "during" something is an occasion whatever
 * its noun. A participle that times the verb ("said this after filing … at the EC's
 * headquarters") gives the place of its act. Null when the verb takes no such phrase.
 */
function verbAdjunct(
  s: SentenceView,
  text: string,
  verbAt: number,
  times: readonly FoundTime[]
): string | null {
  const tokens = s.tokens
  const { own, inTime } = tokenTests(text, times)
  const skipped = (t: Token): boolean => t.pos === 'ADV' || inTime(t) || t.text === ','
  const phraseEnd = (from: number, chain: RegExp): number =>
    nounPhraseEnd(tokens, from, chain, (t) => own(t) && !inTime(t))
  let k = tokens.findIndex((t) => t.start >= verbAt)
  const verb = tokens[k]
  if (!verb || !(speechVerb(verb.text) || VISIT_VERB.test(verb.text))) return null
  const told = heardBy(tokens, k, verb, phraseEnd)
  if (told) return tidyPlace(text.slice(verb.start, told))
  const timed = timingClause(tokens, k, text, (from) => phraseEnd(from, /^(?:of|in|at)$/i), own)
  if (timed !== undefined) return timed
  const named = k
  k = pastInvertedSubject(tokens, k, own)
  // "said José Torres from San Francisco's Homeless Outreach Team": the body the speaker is
  // from is who they are, not where they spoke.
  const affiliated = k > named && /^from$/i.test(tokens[k + 1]?.text ?? '')
  k = pastAnnouncedObject(tokens, k, verb)
  // "She said this during the honey week", "He said so at a rally": the words referred back to.
  if (
    /^(?:this|so)$/i.test(tokens[k + 1]?.text ?? '') &&
    tokens[k + 2] !== undefined &&
    isPreposition(tokens[k + 2]!, tokens[k + 3])
  )
    k++
  for (let phrases = 0; phrases < 2; phrases++) {
    k++
    while (tokens[k] && own(tokens[k]!) && skipped(tokens[k]!)) k++
    const prep = tokens[k]
    if (!prep || !isPreposition(prep, tokens[k + 1]) || !own(prep)) return null
    // "is calling on the Ministry of Health and the government to …": whom an appeal is made to.
    if (phrases === 0 && verb.lemma === 'call' && /^(?:on|upon)$/i.test(prep.text)) return null
    // "outside of the power plant": the noun phrase after the "of".
    const from =
      /^(?:outside|inside)$/i.test(prep.text) && /^of$/i.test(tokens[k + 1]?.text ?? '')
        ? k + 2
        : k + 1
    // "at the Foreign Ministry in Jerusalem" runs on; "with the minister at …" does not.
    const end = phraseEnd(
      from,
      /^(?:with|to)$/i.test(prep.text)
        ? /^of$/i
        : /^by$/i.test(prep.text)
          ? /^from$/i
          : /^(?:of|in|at)$/i
    )
    const phrase = tokens.slice(from, end)
    if (
      affiliated &&
      phrases === 0 &&
      isOrganisation(text.slice(phrase[0]!.start, tokens[end - 1]!.end))
    )
      return null
    if (
      acceptsAdjunct(prep, phrase) &&
      !(tokens[end]?.text === 'to' && tokens[end + 1]?.pos === 'VERB')
    )
      // tidyPlace drops a dangling "of" and keeps the answer short.
      return tidyPlace(text.slice(prep.start, tokens[end - 1]!.end))
    // Only the one met or spoken to may come first.
    if (!/^(?:with|to)$/i.test(prep.text)) return null
    k = end - 1
  }
  return null
}

/** Verbs that make a thing public at an event: "announced the strategy at …". */
const MADE_PUBLIC = /^(?:announce|unveil|launch|present)$/

/**
 * "announced the strategy at the Old Rail Trail in Moate": a short object of a verb that makes a
 * thing public ("the strategy", "its new budget"), then "at", where it was made public. The token
 * that ends the object, or `k` when no such object follows. Not "announced a factory in Ohio",
 * where the place is the thing's, nor an object with an "of" ("the closure of the plant at …").
 */
function pastAnnouncedObject(tokens: readonly Token[], k: number, verb: Token): number {
  if (!MADE_PUBLIC.test(verb.lemma) || tokens[k + 1]?.pos !== 'DET') return k
  let end = k + 2
  while (end < k + 5 && /^(?:ADJ|NOUN)$/.test(tokens[end]?.pos ?? '')) end++
  return end > k + 2 && /^at$/i.test(tokens[end]?.text ?? '') ? end - 1 : k
}

/**
 * "said Ana Lopez in Tilama", "said Rodrigo Weisner, the administrator for water, in the town of
 * San Pedro": the token that ends an inverted subject after the verb at `k` (a name with its
 * titles and a body's initials, and a description set off by commas), or `k` when a name does
 * not follow it.
 */
function pastInvertedSubject(
  tokens: readonly Token[],
  k: number,
  own: (t: Token) => boolean
): number {
  let end = k
  for (;;) {
    const next = tokens[end + 1]
    if (next && own(next) && (next.pos === 'PROPN' || capitalisedTitle(tokens, end + 1))) end++
    // "said Sri Lanka Podujana Peramuna (SLPP) Parliamentarian Jane Roe": a body's initials.
    else if (
      next?.text === '(' &&
      tokens[end + 2]?.pos === 'PROPN' &&
      tokens[end + 3]?.text === ')'
    )
      end += 3
    else break
  }
  if (end === k || tokens[end + 1]?.text !== ',') return end
  const close = tokens.findIndex((t, i) => i > end + 1 && (t.text === ',' || !own(t)))
  const described = /^(?:the|a|an|his|her|its|their)$/i.test(tokens[end + 2]?.text ?? '')
  return described && close > 0 && tokens[close]!.text === ',' ? close : end
}

/** "Parliamentarian Jane Roe": a capitalised noun, a title, before the name at `i + 1`. */
function capitalisedTitle(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.pos === 'NOUN' &&
    /^[A-Z][a-z]/.test(tokens[i]!.text) &&
    tokens[i + 1]?.pos === 'PROPN'
  )
}

/** "said this after filing", "commented while replying": a time clause of a participle. */
const TIME_CLAUSE = /^(?:while|whilst|after|before|when)$/i
const SAID_THIS = /^(?:this|that|so|it)$/i

/**
 * "President Akufo-Addo said this after filing his nomination forms at the EC's headquarters in
 * Accra", "commented while replying to a query at the weekly media briefing": the speaker was
 * where the participle that times the verb of saying at token `k` took place. The first phrase
 * of place in that clause, before its comma; undefined when the verb has no such clause.
 */
function timingClause(
  tokens: readonly Token[],
  k: number,
  text: string,
  placeEnd: (from: number) => number,
  own: (t: Token) => boolean
): string | null | undefined {
  const at = SAID_THIS.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1
  const [conj, act] = [tokens[at], tokens[at + 1]]
  // wink tags the participle after "after" as a verb or a noun ("after filing").
  if (!conj || !act || !TIME_CLAUSE.test(conj.text) || !/^(?:VERB|NOUN)$/.test(act.pos))
    return undefined
  if (!/ing$/.test(act.text)) return undefined
  for (let i = at + 2; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!own(t) || t.text === ',' || t.text === ';') return null
    if (t.pos !== 'ADP' || !PLACE_PREPOSITION.test(t.text)) continue
    const end = placeEnd(i + 1)
    if (end > i + 1 && acceptsAdjunct(t, tokens.slice(i + 1, end)))
      return tidyPlace(text.slice(t.start, tokens[end - 1]!.end))
  }
  return null
}

/**
 * Where the audience a verb of saying at token `k` was spoken to ends, in characters: its
 * object ("told thousands of cheering supporters in the city of Toluca", "briefed the
 * committee") or, for a verb that takes its hearer after "to", that phrase ("explained to the
 * county commissioners", "spoke to the Daily Post"). An audience is a gathering, a body or a
 * number of people ("told hospital directors"); one person told, or asked or urged to do
 * something, is not. Null when the verb has no audience.
 */
function heardBy(
  tokens: readonly Token[],
  k: number,
  verb: Token,
  phraseEnd: (from: number, chain: RegExp) => number
): number | null {
  const sv = speechVerb(verb.text)
  const direct = AUDIENCE_VERB.test(sv?.base ?? verb.lemma)
  const to = !direct && sv?.toHearer === true && /^to$/i.test(tokens[k + 1]?.text ?? '')
  if (!direct && !to) return null
  const from = to ? k + 2 : k + 1
  const end = phraseEnd(from, /^(?:of|in|at|inside|outside)$/i)
  // "thousands of cheering supporters": the head is past a quantity's "of".
  const head = headNouns(tokens.slice(from, end), /^of$/i).at(-1)
  if (!head || tokens[end]?.text === 'to') return null
  const audience =
    AUDIENCE.test(head.text) ||
    AUDIENCE.test(head.lemma) ||
    (head.pos === 'NOUN' && head.text !== head.lemma && isAgentNoun(head.text)) ||
    // "spoke to DAILY POST", "explained to the BBC": a named outlet or body.
    (to && head.pos === 'PROPN' && !isDemonym(head.text))
  return audience ? tokens[end - 1]!.end : null
}

/**
 * The nouns of a phrase's first noun phrase, up to its first preposition (other than those
 * `through` lets pass): the last is its head.
 */
function headNouns(phrase: readonly Token[], through?: RegExp): Token[] {
  const cut = phrase.findIndex((t) => t.pos === 'ADP' && !through?.test(t.text))
  return (cut < 0 ? phrase : phrase.slice(0, cut)).filter(isNoun)
}

/**
 * Where the noun phrase that starts at token `from` ends (exclusive), with the phrases that
 * `chain`'s prepositions join to it. A capitalised word goes on with the name before it however
 * tagged ("on France Inter"); a participle before the noun describes it ("the visiting
 * minister"); a determiner right after the noun starts another phrase ("via Twitter that …").
 */
function nounPhraseEnd(
  tokens: readonly Token[],
  from: number,
  chain: RegExp,
  usable: (t: Token) => boolean
): number {
  let end = from
  let noun: Token | null = null // the phrase's latest noun
  for (; end < tokens.length; end++) {
    const t = tokens[end]!
    if (!usable(t)) break
    const name = /^\p{Lu}/u.test(t.text) && tokens[end - 1]?.pos === 'PROPN'
    if (noun && t.pos === 'DET' && tokens[end - 1] === noun) break
    const opens = !noun || /^(?:ADP|DET)$/.test(tokens[end - 1]!.pos)
    const modifier = t.pos === 'VERB' && /ing$/.test(t.text) && opens
    if (NOUN_PHRASE.test(t.pos) || /^['’]s$/.test(t.text) || name || modifier) {
      if (isNoun(t)) noun = t
      continue
    }
    if (noun && t.pos === 'ADP' && chain.test(t.text)) continue
    break
  }
  return end
}

/** A proper noun that is no people's name ("Tema", not "Ghanaian"). */
const namedPlace = (t: Token): boolean => t.pos === 'PROPN' && !isDemonym(t.text)

/**
 * Is `prep` + `phrase` a place, an occasion or a channel? Judged by the head of its first
 * noun phrase, as written or as its lemma ("in statements to reporters"). "called on Beijing
 * to play …" is the one asked, which the caller rules out.
 */
function acceptsAdjunct(prep: Token, phrase: readonly Token[]): boolean {
  // "said by phone from London", "by video link": the means the words came by.
  if (/^by$/i.test(prep.text))
    return CONTACT_MEANS.test(
      phrase
        .slice(0, 2)
        .map((t) => t.text)
        .join(' ')
    )
  const place = PLACE_PREPOSITION.test(prep.text)
  const channel = CHANNEL_PREPOSITION.test(prep.text)
  if (!place && !channel && !/^during$/i.test(prep.text)) return false
  const nouns = headNouns(phrase)
  const head = nouns.at(-1)
  if (!head) return false
  // "during the pandemic", "during the Covid-19 pandemic period": a time of the world's, not an
  // occasion anyone spoke at.
  if (!place && !channel) return !nouns.some((t) => ERA.test(t.text))
  if (namedPlace(head)) return true
  // "at the port in Tema": a place named by the phrase's own "in" or "at" makes any noun a place.
  if (place && headNouns(phrase, /^(?:in|at)$/i).some(namedPlace)) return true
  if (channel && nouns.some((t) => SOCIAL_MEDIUM.test(t.text))) return true
  const heads = place ? OCCASION_HEAD : CHANNEL_HEAD
  // Two-word heads too: "news conference", "phone call".
  const lastTwo = nouns
    .slice(-2)
    .map((t) => t.text)
    .join(' ')
  return heads.test(head.text) || heads.test(head.lemma) || heads.test(lastTwo)
}

/**
 * The place or occasion and the time of an act of saying, read from one sentence: only the
 * author's words around the verb count. A reported "that" clause is the content, a relative
 * clause describes a person, and a date before a noun ("the July 25 call") names a thing;
 * none of them says when the words were spoken.
 */
import { COMPARED, findOccasion, saysToAudience } from '../occasion'
import { isDemonym } from '../names'
import { placeAnswer, tidyPlace } from './place-answer'
import { placeAround } from './adjuncts'
import {
  APPROXIMATOR_PATTERN,
  AUDIENCE_PATTERN,
  DAY_PART_PATTERN,
  DOCUMENT_NOUN_PATTERN,
  EVENT_NOUN_PATTERN,
  NUMBER_WORD_PATTERN,
  PERIOD_UNIT_PATTERN,
  POST_VERB_PATTERN,
  SAYING_NOUN_PATTERN,
  speechVerb,
  VISIT_VERB_PATTERN
} from '../../lexicon/lexicon'
import { tokenAt } from '../tagging/tag'
import {
  datesEarlierEvent,
  longBefore,
  ownsOccasion,
  pointsAhead,
  findTimePhrases,
  timesByEvent,
  type FoundTime,
  type TimeAnchor
} from '../time-phrases'
import { wordsOnly, type SentenceView } from '../view'
import { allMatches } from '../../matches'

export interface Circumstances {
  where: string | null
  when: FoundTime | null
}

// ", where the deal was signed on Nov. 24, 2016,": a place's relative clause, a date's own
// comma and year included, says when the place was used, not when the words were said.
const RELATIVE = /,\s*(?:who|which|whose|whom|where)\b[^,;⟦]*(?:,\s*\d{4}\b[^,;⟦]*)?/g
/**
 * A verb and the name after it, with a description set off by commas: "said Ben Ade", "said
 * Jakob Weber, a trade analyst at Bruegel".
 */
const INVERTED_SUBJECT = /^\S+\s+(?:[A-Z][\w.'’-]*\s*)+(?:,\s*(?:a|an|the)\s[^,;⟦]*)?$/
/**
 * "Harry who toured Australia": a relative clause after a name, with no comma. The cheap look
 * ahead comes first: a look behind tried first reads back over a word at every position.
 */
const NAMED_RELATIVE = /(?=\s+who\s)(?<=\p{Lu}[\p{L}'’-]*)\s+who\s[^,;⟦]*/gu
/**
 * "To a question asking him how he would respond to allegations of rigging in the election":
 * what a question was about, not where it was answered.
 */
const QUESTION_ABOUT =
  /\b(?:ask(?:ed|ing)?|question(?:ed|ing)?)\s+(?:(?:him|her|them|us|me)\s+)?(?:how|whether|if|what|why)\b[^,;⟦]*/gi
/** ", such as people living in the neighborhood": examples of something, not where it was said. */
const EXAMPLES = /,\s*(?:such as|including|like|especially|particularly)\b[^;⟦]*/g
const AUDIENCE = new RegExp(`^(?:${AUDIENCE_PATTERN})$`, 'i')
const VISIT_VERB = new RegExp(`^(?:${VISIT_VERB_PATTERN})$`, 'i')
const OCCASION_VERB =
  /\b(?:spoke|speaking|said|says|addressed|addressing|visited|visiting|attended|attending|toured|wrote|told|was speaking|testif(?:y|ied|ying))\b/

const blank = (text: string, from: number, to: number): string =>
  from >= 0 && to > from ? text.slice(0, from) + ' '.repeat(to - from) + text.slice(to) : text

/** "remarks", "comments": the words an act of saying made. */
const SAYING_NOUN = new RegExp(`^(?:${SAYING_NOUN_PATTERN})$`, 'i')
/** Things words are said in or at, whose time is the words' ("a video message posted Monday"). */
const WORDS_HELD_IN = new RegExp(
  `^(?:${SAYING_NOUN_PATTERN}|${DOCUMENT_NOUN_PATTERN}|${EVENT_NOUN_PATTERN})s?$`,
  'i'
)

/**
 * A time that belongs to a noun before it ("the election in November"), not to the verb: only
 * an audience ("told reporters on Tuesday") or an occasion phrase ("at a news conference on
 * Tuesday") may stand between a verb and its time.
 */
function followsNoun(s: SentenceView, t: FoundTime): boolean {
  const i = s.tokens.findIndex((k) => k.start >= t.index)
  const prev = s.tokens[i - 1]
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false
  if (AUDIENCE.test(prev.text)) return false
  // "… is how captain Ricky Ponting today summed up": between a subject and its verb.
  const next = s.tokens.find((k) => k.start >= t.index + t.length)
  if (next?.pos === 'VERB' && /^[a-z]/.test(next.text) && !/ing$/.test(next.text)) return false
  for (let k = i - 2; k >= Math.max(0, i - 7); k--) {
    const tok = s.tokens[k]!
    if (tok.pos === 'ADP') return false
    // "a city-owned building on Monday": a participle compounded with a hyphen describes the
    // noun; it is no verb of its own.
    if (tok.pos === 'VERB' && s.tokens[k - 1]?.text === '-' && s.tokens[k - 1]!.end === tok.start)
      continue
    // "told Xinhua on Tuesday", "told ABC's This Week programme on Sunday": the one spoken to;
    // "made the remarks on Sunday": the words, whose time is the act's (but "a statement on
    // Monday saying …" holds its time with the words it describes).
    // "visited the site on Wednesday": the visit's time, as a verb of saying's would be.
    // "told The AM Show on Friday": a capitalised word inside a name is no verb, whatever the
    // tagger reads ("AM" as "am").
    const opens = !s.tokens.slice(0, k).some((t) => /\w/.test(t.text))
    if ((tok.pos === 'VERB' || tok.pos === 'AUX') && (/^[a-z]/.test(tok.text) || opens))
      return (
        !speechVerb(tok.text) &&
        !VISIT_VERB.test(tok.text) &&
        (!SAYING_NOUN.test(prev.text) || (next?.pos === 'VERB' && /ing$/.test(next.text)))
      )
  }
  // "India on Thursday urged …": a time right after the subject belongs to the verb after it.
  return false
}

/**
 * "the first day of the filing period", "the final week": a time, however it is introduced (in
 * lower case: "the Day of Remembrance service" is an occasion).
 */
const TIME_HEADED = new RegExp(
  `^(?:(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${PERIOD_UNIT_PATTERN}|${DAY_PART_PATTERN}|weekend)s?\\b(?:\\s+(?:of|after|before)\\b.*)?$`
)

/**
 * "Candidate at the September 14 election and Rate Action Group president, Nina Dillon, said":
 * a role that opens the sentence, with its own "at" or "for", describes the name after it; it is
 * no place of the words. Blanked, up to its comma.
 */
function withoutOpeningTitle(s: SentenceView, text: string, verbAt: number): string {
  const m = OPENING_TITLE.exec(text.slice(0, verbAt))
  const first = s.tokens.find((t) => /\w/.test(t.text))
  if (!m || !first || !/^(?:NOUN|PROPN)$/.test(first.pos) || /ing$/.test(first.text)) return text
  return ' '.repeat(m[1]!.length) + text.slice(m[1]!.length)
}
const OPENING_TITLE =
  /^(\s*[A-Z][a-z]+\s+(?:at|of|for|in|on)\s[^,⟦]*),\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*,\s*$/

/**
 * "families of three girls murdered in a stabbing spree last year", "an architect of the
 * agreement announced this week": a time inside a participle phrase that describes the object of
 * a preposition times that participle, not the sentence's verb.
 */
function inParticiplePhrase(s: SentenceView, t: FoundTime): boolean {
  const i = s.tokens.findIndex((k) => k.start >= t.index)
  for (let k = i - 1; k >= 1; k--) {
    const tok = s.tokens[k]!
    if (tok.pos === 'PUNCT' || tok.pos === 'AUX' || tok.pos === 'SCONJ') return false
    if (tok.pos !== 'VERB') continue
    // "the riders waiting at the station on Friday": a present participle's time is the
    // people's then, who may be the ones who speak; it is passed over.
    if (/ing$/.test(tok.text)) continue
    if (!/ed$/.test(tok.text)) return false
    // A past participle right after a noun, which is a preposition's object; not a message, a
    // note or a meeting, whose time is that of the words in it ("in a note published Monday").
    let n = k - 1
    if (!/^(?:NOUN|PROPN)$/.test(s.tokens[n]?.pos ?? '')) return false
    if (WORDS_HELD_IN.test(s.tokens[n]!.text)) return false
    while (n > 0 && /^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(s.tokens[n - 1]!.pos)) n--
    if (s.tokens[n - 1]?.pos !== 'ADP') return false
    // And the sentence has a verb of its own, before ("told families of three girls murdered
    // …") or after the phrase ("… announced this week, contacted"): "The head of the board
    // criticised on Tuesday a plan" is the sentence's verb itself.
    const isVerb = (x: { pos: string }): boolean => x.pos === 'VERB' || x.pos === 'AUX'
    const rest = s.tokens.slice(i).filter((x) => x.start >= t.index + t.length)
    const verbAfter = rest[0]?.text === ',' && rest[1] !== undefined && isVerb(rest[1])
    return verbAfter || s.tokens.slice(0, n - 1).some(isVerb)
  }
  return false
}

/** A time written as a modifier of the noun after it ("the July 25 call", "Tuesday's vote"). */
function modifiesNoun(s: SentenceView, t: FoundTime, text: string): boolean {
  const after = text.slice(t.index + t.length)
  // "at today's team announcement press conference", "said in an Oct. 26 letter": the occasion
  // of the words, whose time it is.
  if (ownsOccasion(text, t.index, t.index + t.length)) return false
  if (/^['’]s\s/.test(after)) return true
  // "On Monday city officials said", "Late on Friday police said": a time after the sentence's
  // opening "On" is the verb's, the noun after it the subject's.
  if (/^\s*(?:On|(?:Early|Late)(?:\s+on)?)\s+$/.test(text.slice(0, t.index))) return false
  const next = after.match(/^\s+([a-z][\w-]*)/)
  if (!next) return false
  const token = tokenAt(s.tokens, t.index + t.length + after.indexOf(next[1]!))
  return token?.pos === 'NOUN' && !/^(?:morning|afternoon|evening|night)$/.test(next[1]!)
}

/**
 * `text` with each aside in brackets and the space before it taken out ("Platinum (Amplats)
 * strike" reads "Platinum strike"), and the maps between its offsets and the original's.
 */
function withoutAsides(text: string): {
  text: string
  at: (original: number) => number
  from: (closed: number) => number
} {
  // Most clauses hold no bracket at all.
  if (!text.includes('(')) return { text, at: (original) => original, from: (closed) => closed }
  const cuts: Array<{ start: number; length: number }> = []
  const out = text.replace(/\s*\([^()⟦⟧]*\)/g, (m, start: number) => {
    cuts.push({ start, length: m.length })
    return ''
  })
  const at = (original: number): number => {
    if (original < 0) return original
    let shift = 0
    for (const c of cuts) if (c.start < original) shift += Math.min(c.length, original - c.start)
    return original - shift
  }
  const from = (closed: number): number => {
    let original = closed
    for (const c of cuts) if (c.start <= original) original += c.length
    return original
  }
  return { text: out, at, from }
}

/**
 * Where and when of the verb at `verbAt` in sentence `s`. Characters [contentFrom, contentTo)
 * are the reported content and are ignored.
 */
export function circumstancesOf(
  s: SentenceView,
  verbAt: number,
  contentFrom: number,
  contentTo: number,
  anchor: TimeAnchor | null
): Circumstances {
  let text = blank(s.masked, contentFrom, contentTo)
  // "Ben Ade, who also confirmed this to journalists in Lagos, stated …": a relative clause
  // that tells where its subject spoke is kept; any other is no part of the verb's scene.
  // After the verb, only one on its inverted subject ("said Ben Ade, who was speaking in Lagos")
  // is; any other describes someone the verb is about ("spoke about his son, Harry who toured
  // Australia earlier this year"), not where its subject was.
  const ofSubject = (at: number): boolean =>
    at < verbAt || INVERTED_SUBJECT.test(text.slice(verbAt, at))
  text = text.replace(RELATIVE, (m, at: number) =>
    ofSubject(at) && (OCCASION_VERB.test(m) || saysToAudience(m)) ? m : ' '.repeat(m.length)
  )
  if (text.includes('who'))
    text = text.replace(NAMED_RELATIVE, (m, at: number) => (at > verbAt ? ' '.repeat(m.length) : m))
  text = text.replace(EXAMPLES, (m) => ' '.repeat(m.length))
  text = text.replace(QUESTION_ABOUT, (m) => ' '.repeat(m.length))
  text = text.replace(COMPARED, (m) => ' '.repeat(m.length))
  text = withoutOpeningTitle(s, text, verbAt)
  // "in an update at 8.40am (after Foran's comments) Wellington Airport said", "during an Anglo
  // American Platinum (Amplats) strike rally at …": an aside in brackets is no part of a place,
  // and the phrase reads on past it (a time in brackets still glosses the one before it, below).
  const closed = withoutAsides(text)
  const read = findOccasion(closed.text, closed.at(verbAt))
  const occasion = read ? { ...read, index: closed.from(read.index) } : null
  const words = wordsOnly(text)
  // An act ("visiting …") is answered by the places it names, read to the end of its clause.
  // An opening participle's act ("But addressing the press in Naivasha, Kuria said …") ends at
  // its comma: the places after it are the main clause's.
  const rest = occasion ? words.slice(occasion.index).split(/[;⟦]/)[0]! : ''
  const opening =
    occasion !== null &&
    /^\p{L}+ing\b/u.test(occasion.phrase) &&
    /^\s*(?:(?:but|and|yet|so|then|later|earlier|instead)\s+)?$/i.test(
      words.slice(0, occasion.index)
    )
  const act = occasion ? placeAnswer(occasion.phrase, opening ? rest.split(/,\s/)[0]! : rest) : null
  // Of several, the time nearest the verb: "X, who warned in 2001, Tuesday called for …".
  const distance = (t: FoundTime): number =>
    t.index >= verbAt ? t.index - verbAt : verbAt - (t.index + t.length)
  // "on Saturday (Mar 20)", "today (Wednesday 2 October)": a time in brackets glosses the one
  // before it.
  const gloss = (t: FoundTime): boolean => {
    const before = words.slice(0, t.index)
    return before.lastIndexOf('(') > before.lastIndexOf(')')
  }
  const times = findTimePhrases(words, anchor).filter(
    (t) =>
      !datesEarlierEvent(words, t) &&
      !datesReportedClause(words, verbAt, t, anchor) &&
      !pointsAhead(t, anchor) &&
      !modifiesNoun(s, t, words) &&
      !followsNoun(s, t) &&
      !inParticiplePhrase(s, t)
  )
  const plain = times.filter((t) => !gloss(t))
  // "…," said Moriuma, minutes after the launch: with no date, an event may time the words.
  const when =
    (plain.length > 0 ? plain : times).sort((a, b) => distance(a) - distance(b))[0] ??
    timesByEvent(words).sort((a, b) => distance(a) - distance(b))[0] ??
    null
  const found = act ?? (occasion ? tidyPlace(occasion.phrase) : null)
  // "said in French": a language is how, not where.
  const where = found && !isDemonym(found) && !TIME_HEADED.test(found) ? found : null
  // "at today's press conference": a time that owns the occasion is part of its place too.
  const around = placeAround(
    s,
    text,
    verbAt,
    times.filter((t) => !/^['’]s\s/.test(words.slice(t.index + t.length)))
  )
  return {
    // "Speaking to residents inside a local hall": the tags may read on past the phrase found.
    where:
      (where && around?.startsWith(`${where} `) ? around : where) ??
      around ??
      MEDIUM_VERB.exec(text.slice(verbAt))?.[0] ??
      null,
    when
  }
}

/**
 * "He said in 2012, the previous government appointed …": a year long before the story, right
 * after the verb of saying and closed by a comma before a clause, dates what the clause reports.
 * A year of the story's own ("said in 2025, the council would …") may still date the words.
 */
function datesReportedClause(
  words: string,
  verbAt: number,
  t: FoundTime,
  anchor: TimeAnchor | null
): boolean {
  if (!/^\d{4}$/.test(t.resolved ?? '') || !longBefore(t, anchor)) return false
  const between = words.slice(verbAt, t.index)
  const after = words.slice(t.index + t.length)
  return /^\S+\s+$/.test(between) && /^,\s+(?:the\s+|a\s+|an\s+)?\p{L}/u.test(after)
}

/** "…," Modi tweeted on Monday: a verb of saying that names its medium is the answer. */
export const MEDIUM_VERB = new RegExp(`^(?:${POST_VERB_PATTERN})\\b`)

const COUNT_OPENING = new RegExp(
  `^\\s*(?:${APPROXIMATOR_PATTERN})\\s+(?:\\d|(?:${NUMBER_WORD_PATTERN})\\b)`
)

/**
 * The reported clause after a verb of saying ("Yang said [the town would …]"), whose places and
 * dates belong to the content, not to the occasion; [-1, -1] when the verb has none. A clause
 * is a "that" clause, or a subject followed by its own verb ("said Starship missions could …");
 * "said on Tuesday", "testified before the committee" and "said Wang Hui" report nothing.
 */
export function reportedContent(s: SentenceView, text: string, verbEnd: number): [number, number] {
  // A quotation's own words ("announced the "integrated partnership" in …") are no clause.
  const quoted = allMatches(/⟦[^⟧⟦]*⟧/g, s.masked).map((m) => [m.index, m.index + m[0].length])
  const after = s.tokens.filter(
    (t) =>
      t.start >= verbEnd &&
      /\w/.test(t.text) &&
      !/^⟦/.test(t.text) &&
      !quoted.some(([from, to]) => t.start >= from! && t.start < to!)
  )
  const first = after[0]
  if (!first) return [-1, -1]
  // "said on Tuesday that …", "told reporters that …": a that-clause before any other verb.
  for (const t of after) {
    if (t.text.toLowerCase() === 'that') return [t.start, text.length]
    if (t.pos === 'VERB' || t.pos === 'AUX') break
  }
  // "told Wikinews the result was …": the one spoken to comes first, then the clause.
  const told = /\b(?:told|tells|tell|telling)$/.test(text.slice(0, verbEnd))
  // "said Friday he will …", "said on Wednesday it welcomed …": a time right after the verb is
  // the verb's, not the clause's.
  const next = text.slice(verbEnd, verbEnd + 40)
  const lead = /^\s*(?:[A-Z\d]|(?:on|last|this|early|late)\s)/.test(next)
    ? findTimePhrases(next, null)[0]
    : undefined
  const timed = lead && !text.slice(verbEnd, verbEnd + lead.index).trim()
  // "said in Lagos", "said that": a preposition or a particle after the verb opens no clause,
  // unless it is the time's ("on Wednesday").
  // "says more than 100 people attended …": a count that opens the clause's subject.
  const counted = COUNT_OPENING.test(text.slice(verbEnd))
  if (
    /^(?:ADP|ADV|PUNCT|SCONJ|PART)$/.test(first.pos) &&
    !counted &&
    !(timed && first.start < verbEnd + lead.index + lead.length)
  )
    return [-1, -1]
  let from = timed ? after.filter((t) => t.start < verbEnd + lead.index + lead.length).length : 0
  if (told) {
    // "told the court he …", "told ABC News the …": the hearer is a whole noun phrase.
    while (after[from] && /^(?:DET|ADJ|NUM)$/.test(after[from]!.pos)) from++
    while (after[from] && /^(?:NOUN|PROPN)$/.test(after[from]!.pos)) from++
    from = Math.max(from, 1)
    // "told attendees in Derry they should …": where the hearers were, then the clause.
    if (after[from]?.pos === 'ADP' && /^(?:in|at|from)$/i.test(after[from]!.text)) {
      let k = from + 1
      while (after[k] && /^(?:DET|ADJ|NUM)$/.test(after[k]!.pos)) k++
      const nounAt = k
      while (after[k] && /^(?:NOUN|PROPN)$/.test(after[k]!.pos)) k++
      if (k > nounAt) from = k
    }
  }
  // A subject of a few words, then a verb of its own: "said she opened it in 2019 …",
  // "insisted the National Football Development Programme (NFDP) has not been …".
  const rest = after.slice(from, from + 8)
  const verbAt = rest.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX')
  if (
    verbAt > 0 &&
    (counted ||
      rest.slice(0, verbAt).every((t) => /^(?:DET|PRON|NOUN|PROPN|ADJ|NUM|PART)$/.test(t.pos)))
  )
    return [rest[0]!.start, text.length]
  return [-1, -1]
}

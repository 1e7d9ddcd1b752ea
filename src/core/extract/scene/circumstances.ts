/**
 * The place or occasion and the time of an act of saying, read from one sentence: only the
 * author's words around the verb count. A reported "that" clause is the content, a relative
 * clause describes a person, and a date before a noun ("the July 25 call") names a thing;
 * none of them says when the words were spoken.
 */
import { findOccasion, stripTrailingTime } from '../occasion'
import { isDemonym } from '../names'
import { placeAnswer } from './place-answer'
import {
  AUDIENCE_PATTERN,
  DOCUMENT_NOUN_PATTERN,
  EVENT_NOUN_PATTERN,
  MEDIUM_HEAD_PATTERN,
  SOCIAL_MEDIA_PATTERN,
  VENUE_NOUN_PATTERN,
  VISIT_VERB_PATTERN,
  isAgentNoun,
  speechVerb
} from '../../lexicon/lexicon'
import { tokenAt, type Token } from '../tagging/tag'
import { findTimePhrases, type FoundTime, type TimeAnchor } from '../time-phrases'
import { wordsOnly, type SentenceView } from '../view'

export interface Circumstances {
  where: string | null
  when: FoundTime | null
}

// ", where the deal was signed on Nov. 24, 2016,": a place's relative clause, a date's own
// comma and year included, says when the place was used, not when the words were said.
const RELATIVE = /,\s*(?:who|which|whose|whom|where)\b[^,;⟦]*(?:,\s*\d{4}\b[^,;⟦]*)?/g
const AUDIENCE = new RegExp(`^(?:${AUDIENCE_PATTERN})$`, 'i')
const OCCASION_VERB =
  /\b(?:spoke|speaking|said|says|addressed|addressing|visited|visiting|attended|attending|toured|wrote|told|was speaking|testif(?:y|ied|ying))\b/

const blank = (text: string, from: number, to: number): string =>
  from >= 0 && to > from ? text.slice(0, from) + ' '.repeat(to - from) + text.slice(to) : text

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
    // "told Xinhua on Tuesday", "told ABC's This Week programme on Sunday": the one spoken to.
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return !speechVerb(tok.text)
  }
  // "India on Thursday urged …": a time right after the subject belongs to the verb after it.
  return false
}

/** A time written as a modifier of the noun after it ("the July 25 call", "Tuesday's vote"). */
function modifiesNoun(s: SentenceView, t: FoundTime, text: string): boolean {
  const after = text.slice(t.index + t.length)
  if (/^['’]s\s/.test(after)) return true
  const next = after.match(/^\s+([a-z][\w-]*)/)
  if (!next) return false
  const token = tokenAt(s.tokens, t.index + t.length + after.indexOf(next[1]!))
  return token?.pos === 'NOUN' && !/^(?:morning|afternoon|evening|night)$/.test(next[1]!)
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
  text = text.replace(RELATIVE, (m) => (OCCASION_VERB.test(m) ? m : ' '.repeat(m.length)))
  const occasion = findOccasion(text, verbAt)
  const words = wordsOnly(text)
  // An act ("visiting …") is answered by the places it names, read to the end of its clause.
  const act = occasion
    ? placeAnswer(occasion.phrase, words.slice(occasion.index).split(/[;⟦]/)[0]!)
    : null
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
    (t) => !/^since\b/i.test(t.phrase) && !modifiesNoun(s, t, words) && !followsNoun(s, t)
  )
  const plain = times.filter((t) => !gloss(t))
  const when =
    (plain.length > 0 ? plain : times).sort((a, b) => distance(a) - distance(b))[0] ?? null
  const found = act ?? (occasion ? tidyPlace(occasion.phrase) : null)
  // "said in French": a language is how, not where.
  const where = found && !isDemonym(found) ? found : null
  return {
    where:
      where ??
      verbAdjunct(s, text, verbAt, times) ??
      openingAct(s, text) ??
      openingPlace(s, text, times),
    when
  }
}

/**
 * "At the airport in Avarua, Prime Minister Mark Brown said …": a phrase of place that opens
 * the sentence, up to its comma, before the subject. Judged as a verb's adjunct is.
 */
function openingPlace(s: SentenceView, text: string, times: readonly FoundTime[]): string | null {
  const { own, inTime } = tokenTests(text, times)
  const tokens = s.tokens
  const prep = tokens[0]
  if (!prep || prep.pos !== 'ADP' || !PLACE_PREPOSITION.test(prep.text)) return null
  const end = nounPhraseEnd(tokens, 1, /^(?:of|in|at)$/i, (t) => own(t) && !inTime(t))
  let next = end
  while (tokens[next] && (inTime(tokens[next]!) || tokens[next]!.pos === 'ADV')) next++
  if (tokens[next]?.text !== ',' || !acceptsAdjunct(prep, tokens.slice(1, end))) return null
  return tidyPlace(text.slice(prep.start, tokens[end - 1]!.end))
}

/** Participles that name the act of speaking an opening phrase describes. */
const SPEAKING_ACT = /^(?:speak|talk|address|brief|announce|make)$/
/**
 * "Speaking to bankers and real estate agents on Tuesday, …, the commissioner said": an opening
 * participle of speaking, up to its comma, with the people spoken to or the announcement made
 * as its head ("Making the announcement at Taradale, Foster said"). Times are left out.
 */
function openingAct(s: SentenceView, text: string): string | null {
  const tokens = s.tokens.filter((t) => /\S/.test(text.slice(t.start, t.end)))
  // "Later, speaking from …": one word and a comma may come first.
  const at = tokens.findIndex((t, i) => i <= 2 && t.pos === 'VERB' && /ing$/.test(t.text))
  const act = tokens[at]
  if (!act || !SPEAKING_ACT.test(act.lemma) || tokens.slice(0, at).some((t) => isNoun(t)))
    return null
  const comma = tokens.findIndex((t, i) => i > at && t.text === ',')
  if (comma < 0) return null
  const phrase = tokens.slice(at + 1, comma)
  const heads = headNouns(phrase, /^(?:to|of)$/i).filter((t) => t.pos === 'NOUN')
  const head = heads.at(-1)
  // "Addressing concerns about fraud" addresses an issue: only an audience is addressed; an
  // announcement made or announced is an occasion by its noun.
  const spoken =
    head &&
    (/^(?:make|announce)$/.test(act.lemma)
      ? OCCASION_HEAD.test(head.lemma)
      : AUDIENCE.test(head.text) || (/^(?:speak|talk)$/.test(act.lemma) && isAgentNoun(head.text)))
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

/** Prepositions whose phrase after a verb of saying is where, or through what, it was said. */
const PLACE_PREPOSITION = /^(?:in|at|from|outside|inside|near)$/i
const CHANNEL_PREPOSITION = /^(?:on|via|through|over)$/i
const OCCASION_HEAD = new RegExp(
  `^(?:${EVENT_NOUN_PATTERN}|${DOCUMENT_NOUN_PATTERN}|${VENUE_NOUN_PATTERN})$`,
  'i'
)
const CHANNEL_HEAD = new RegExp(
  `^(?:${MEDIUM_HEAD_PATTERN}|${SOCIAL_MEDIA_PATTERN}|${EVENT_NOUN_PATTERN}|${DOCUMENT_NOUN_PATTERN})$`,
  'i'
)
const AUDIENCE_VERB = /^(?:tell|inform|address|brief)$/i
const VISIT_VERB = new RegExp(`^(?:${VISIT_VERB_PATTERN})$`)
const NOUN_PHRASE = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/
const isNoun = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN'

/**
 * The phrase the verb of saying or going at `verbAt` takes as its adjunct, read on the tags:
 * "said Tuesday night in Columbia", "said during the cheque presentation", "explained on France
 * Inter", "said via Twitter", "met on Wednesday with the visiting minister at the Foreign
 * Ministry". Adverbs, times, a comma and the one met or spoken to are skipped. A place or
 * occasion is a proper noun or a noun for an event, a document or a venue ("in court"); a
 * channel is a proper noun or a medium; a phrase "during" something is an occasion whatever
 * its noun. Null when the verb takes no such phrase.
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
  // "told thousands of cheering supporters in the city of Toluca": an audience spoken to (not
  // one asked or urged to do something).
  if (AUDIENCE_VERB.test(speechVerb(verb.text)?.base ?? verb.lemma)) {
    const end = phraseEnd(k + 1, /^(?:of|in|at)$/i)
    // "thousands of cheering supporters": the head is past a quantity's "of".
    const head = headNouns(tokens.slice(k + 1, end), /^of$/i).at(-1)
    if (head && (AUDIENCE.test(head.text) || AUDIENCE.test(head.lemma)))
      return tidyPlace(text.slice(verb.start, tokens[end - 1]!.end))
  }
  for (let phrases = 0; phrases < 2; phrases++) {
    k++
    while (tokens[k] && own(tokens[k]!) && skipped(tokens[k]!)) k++
    const prep = tokens[k]
    if (!prep || prep.pos !== 'ADP' || !own(prep)) return null
    // "at the Foreign Ministry in Jerusalem" runs on; "with the minister at …" does not.
    const end = phraseEnd(k + 1, /^(?:with|to)$/i.test(prep.text) ? /^of$/i : /^(?:of|in|at)$/i)
    const phrase = tokens.slice(k + 1, end)
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

/**
 * Is `prep` + `phrase` a place, an occasion or a channel? Judged by the head of its first
 * noun phrase, as written or as its lemma ("in statements to reporters"). "called on Beijing
 * to play …" is the one asked, which the caller rules out.
 */
function acceptsAdjunct(prep: Token, phrase: readonly Token[]): boolean {
  const place = PLACE_PREPOSITION.test(prep.text)
  const channel = CHANNEL_PREPOSITION.test(prep.text)
  if (!place && !channel && !/^during$/i.test(prep.text)) return false
  const nouns = headNouns(phrase)
  const head = nouns.at(-1)
  if (!head) return false
  if (!place && !channel) return true
  if (head.pos === 'PROPN' && !isDemonym(head.text)) return true
  const heads = place ? OCCASION_HEAD : CHANNEL_HEAD
  // Two-word heads too: "news conference", "phone call".
  const lastTwo = nouns
    .slice(-2)
    .map((t) => t.text)
    .join(' ')
  return heads.test(head.text) || heads.test(head.lemma) || heads.test(lastTwo)
}

const MAX_WORDS = 8
/**
 * A place or occasion short enough to be an answer: relative clauses and participles cut off,
 * and past eight words cut back to the last phrase that ends by then.
 */
export function tidyPlace(phrase: string): string {
  let p = phrase
    .replace(/\s+(?:who|which|where|whose|when|while|as|because)\s.*$/, '')
    .replace(/,\s+(?=[a-z]).*$/, '')
    .replace(/[\s.,;:]+$/, '')
  // "the festival of", "Newberg and then": a phrase cut off after a word that needs another.
  const DANGLING = /\s+(?:of|and|or|then|to|the|a|an|for|with|in|on|at|by|from)$/
  while (DANGLING.test(p)) p = p.replace(DANGLING, '')
  const words = p.split(/\s+/)
  if (words.length <= MAX_WORDS) return p
  // Cut before the last preposition that keeps the phrase within the limit.
  for (let i = MAX_WORDS; i >= 3; i--)
    if (/^(?:on|in|at|during|for|with|about|over|after|before|to|of)$/i.test(words[i]!)) {
      p = words.slice(0, i).join(' ')
      return p
    }
  return words.slice(0, MAX_WORDS).join(' ')
}

/**
 * The reported clause after a verb of saying ("Yang said [the town would …]"), whose places and
 * dates belong to the content, not to the occasion; [-1, -1] when the verb has none. A clause
 * is a "that" clause, or a subject followed by its own verb ("said Starship missions could …");
 * "said on Tuesday", "testified before the committee" and "said Wang Hui" report nothing.
 */
export function reportedContent(s: SentenceView, text: string, verbEnd: number): [number, number] {
  const after = s.tokens.filter(
    (t) => t.start >= verbEnd && /\w/.test(t.text) && !/^⟦/.test(t.text)
  )
  const first = after[0]
  if (!first) return [-1, -1]
  // "said on Tuesday that …", "told reporters that …": a that-clause before any other verb.
  for (const t of after) {
    if (t.text.toLowerCase() === 'that') return [t.start, text.length]
    if (t.pos === 'VERB' || t.pos === 'AUX') break
  }
  if (/^(?:ADP|ADV|PUNCT|SCONJ|PART)$/.test(first.pos)) return [-1, -1]
  // "told Wikinews the result was …": the one spoken to comes first, then the clause.
  const told = /\b(?:told|tells|tell|telling)$/.test(text.slice(0, verbEnd))
  let from = 0
  if (told) {
    // "told the court he …", "told ABC News the …": the hearer is a whole noun phrase.
    while (after[from] && /^(?:DET|ADJ|NUM)$/.test(after[from]!.pos)) from++
    while (after[from] && /^(?:NOUN|PROPN)$/.test(after[from]!.pos)) from++
    from = Math.max(from, 1)
  }
  // A subject of a few words, then a verb of its own: "said she opened it in 2019 …".
  const rest = after.slice(from, from + 6)
  const verbAt = rest.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX')
  if (
    verbAt > 0 &&
    rest.slice(0, verbAt).every((t) => /^(?:DET|PRON|NOUN|PROPN|ADJ|NUM|PART)$/.test(t.pos))
  )
    return [rest[0]!.start, text.length]
  return [-1, -1]
}

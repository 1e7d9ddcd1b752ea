/**
 * The lexicon as the extractors use it: the word lists of lexicon.json, with every inflected form
 * of its verbs derived here, and regular-expression alternations built from them. Nothing else in
 * src/core/extract keeps a word list of its own.
 */
import {
  DAY_PART_PATTERN,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  MONTH_PATTERN,
  WEEKDAY_PATTERN,
  WEEKDAYS
} from '../calendar-words'
import { stickyEnd } from '../matches'
import agents from './agent-nouns.json'
import given from './given-names.json'
import data from './lexicon.json'

export type Gender = 'm' | 'f'

export interface SpeechVerb {
  base: string
  /** Introduces or closes a direct quotation ("said", "told", "added"). */
  quote: boolean
  /** Takes a reported clause ("said that …", "believes …"). */
  content: boolean
  /** Takes the person spoken to as its object ("told reporters", "urged lawmakers"). */
  hearer: boolean
  /** Takes the one spoken to after "to" ("spoke to the BBC", "explained to the commissioners"). */
  toHearer: boolean
  /** Names or describes rather than reports ("called it …", "described as …"). */
  label: boolean
  /**
   * A plain verb of saying ("said", "told", "wrote", "added", "asked"): its past and present
   * forms are verbs wherever they stand, with no tag to check, and introduce words on their own.
   */
  plain: boolean
  /** Comes before its speaker in newswire ("…," said Wang Hui; "…," explains Dr Lee). */
  inverts: boolean
  /** Puts a question, which the words after it answer ("asked if …", "inquired whether …"). */
  question: boolean
  /** Its past participle often stands before a noun ("a hastily called news conference"). */
  modifier: boolean
  /**
   * Otherwise a verb of going on with something ("will continue with the cuts", "went on to
   * win"): an act of saying only where it closes or opens a quotation ("…," he continued).
   */
  aspect: boolean
}

export interface VerbForms {
  base: string
  third: string
  past: string
  participle: string
  ing: string
}

const VOWEL = /[aeiou]/
/** One-syllable consonant–vowel–consonant verbs double their last letter: beg → begged. */
function doubles(word: string): boolean {
  const w = word.replace(/^qu/, 'q')
  return /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(w) && !/[wxy]$/.test(w)
}

/** Regular English inflection, or the irregular [past, participle] the lexicon gives. */
export function inflect(base: string, irregular?: readonly string[]): VerbForms {
  const [head, ...rest] = base.split(' ')
  const tail = rest.length ? ` ${rest.join(' ')}` : ''
  const w = head!
  const third = /(?:s|sh|ch|x|z|o)$/.test(w)
    ? `${w}es`
    : /[^aeiou]y$/.test(w)
      ? `${w.slice(0, -1)}ies`
      : `${w}s`
  const regularPast = w.endsWith('e')
    ? `${w}d`
    : /[^aeiou]y$/.test(w)
      ? `${w.slice(0, -1)}ied`
      : doubles(w)
        ? `${w}${w.at(-1)}ed`
        : `${w}ed`
  const past = irregular?.[0]?.split(' ')[0] ?? regularPast
  const participle = irregular?.[1]?.split(' ')[0] ?? past
  const ing = /ie$/.test(w)
    ? `${w.slice(0, -2)}ying`
    : /[^e]e$/.test(w) && VOWEL.test(w.slice(0, -1))
      ? `${w.slice(0, -1)}ing`
      : doubles(w) || past === `${w}${w.at(-1)}ed`
        ? `${w}${w.at(-1)}ing`
        : `${w}ing`
  return {
    base: base,
    third: third + tail,
    past: past + tail,
    participle: participle + tail,
    ing: ing + tail
  }
}

const formsOf = (v: VerbForms): string[] => [
  ...new Set([v.base, v.third, v.past, v.participle, v.ing])
]

export const SPEECH_VERBS: readonly SpeechVerb[] = data.speechVerbs.map((v) => ({
  base: v.base,
  quote: v.quote ?? false,
  content: v.content ?? false,
  hearer: v.hearer ?? false,
  toHearer: v.toHearer ?? false,
  label: v.label ?? false,
  plain: v.plain ?? false,
  inverts: v.inverts ?? false,
  question: v.question ?? false,
  modifier: v.modifier ?? false,
  aspect: v.aspect ?? false
}))

/** The past and present-tense forms ("said", "says") of the verbs `pick` chooses. */
function finiteForms(pick: (v: SpeechVerb) => boolean): string[] {
  return data.speechVerbs.flatMap((v, i) => {
    if (!pick(SPEECH_VERBS[i]!)) return []
    const forms = inflect(v.base, v.irregular)
    return [forms.past, forms.third]
  })
}

/** Every written form of a verb of saying → the verb and which form it is. */
export const SPEECH_FORMS: ReadonlyMap<string, { verb: SpeechVerb; form: keyof VerbForms }> =
  (() => {
    const map = new Map<string, { verb: SpeechVerb; form: keyof VerbForms }>()
    data.speechVerbs.forEach((v, i) => {
      const forms = inflect(v.base, v.irregular)
      for (const form of ['base', 'third', 'past', 'participle', 'ing'] as const)
        if (!map.has(forms[form])) map.set(forms[form], { verb: SPEECH_VERBS[i]!, form })
    })
    return map
  })()

interface TrieNode {
  /** A word ends here. */
  end: boolean
  /** The longest word below here, in characters after this node's own. */
  longest: number
  next: Map<string, TrieNode>
}

const escapeChar = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every word below `at`, as what follows its prefix, longest first. */
function wordsBelow(at: TrieNode, prefix = ''): string[] {
  const out = at.end ? [prefix] : []
  for (const [ch, child] of at.next) out.push(...wordsBelow(child, prefix + ch))
  return out.sort((a, b) => b.length - a.length)
}

/**
 * The alternatives after `at`: each child's letters, then its own alternatives, the child that
 * reaches furthest first; a word that ends at a child is its last, shortest choice (a greedy
 * `?`). Where two children are one letter in two cases, either may match under the i flag, so
 * the words below are listed longest first, as they were given.
 */
function branches(at: TrieNode): string[] {
  const letters = [...at.next.keys()]
  if (letters.some((a, i) => letters.some((b, j) => j > i && a.toLowerCase() === b.toLowerCase())))
    return wordsBelow(at)
      .filter((w) => w !== '')
      .map((w) => [...w].map(escapeChar).join(''))
  return [...at.next]
    .sort(([, a], [, b]) => b.longest - a.longest)
    .map(([ch, child]) => {
      let literal = escapeChar(ch)
      let tail = child
      while (!tail.end && tail.next.size === 1) {
        const [c, only] = tail.next.entries().next().value!
        literal += escapeChar(c)
        tail = only
      }
      if (tail.next.size === 0) return literal
      const inner = branches(tail)
      const group = inner.length === 1 && !tail.end ? inner[0]! : `(?:${inner.join('|')})`
      return literal + group + (tail.end ? '?' : '')
    })
}

/**
 * A regular-expression alternation of `words`, metacharacters escaped, that prefers the longest
 * word where several match ("said to" before "said"), as the words sorted longest first would.
 * It is written as a trie, each shared beginning once ("s(?:a(?:y(?:s|ing)?|id)|…)"), so the
 * engine reads a letter once instead of trying hundreds of words at each position in turn.
 */
export function alternation(words: Iterable<string>): string {
  const root: TrieNode = { end: false, longest: 0, next: new Map() }
  for (const word of new Set(words)) {
    const chars = [...word]
    let at = root
    chars.forEach((ch, i) => {
      at.longest = Math.max(at.longest, chars.length - i)
      let child = at.next.get(ch)
      if (!child) at.next.set(ch, (child = { end: false, longest: 0, next: new Map() }))
      at = child
    })
    at.end = true
  }
  return [...branches(root), ...(root.end ? [''] : [])].join('|')
}

const WORD_CHAR = /\w/
const SPACE_CHAR = /\s/

/**
 * A test of whether a text ends with one of `words` (none begins or ends with a space), begun at a
 * word boundary, then whitespace: what `\b(?:${alternation(words)})\s+$` tests, read back from the
 * end instead of tried at every position, and with no pattern of the whole list to compile.
 */
export function endsWithWordThenSpace(words: Iterable<string>): (text: string) => boolean {
  const set = new Set(words)
  const longest = Math.max(0, ...[...set].map((w) => w.length))
  const wordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch)
  return (text) => {
    let end = text.length
    while (end > 0 && SPACE_CHAR.test(text[end - 1]!)) end--
    if (end === text.length) return false
    for (let start = Math.max(0, end - longest); start < end; start++)
      if (wordChar(text[start - 1]) !== wordChar(text[start]) && set.has(text.slice(start, end)))
        return true
    return false
  }
}

/** Forms of the verbs that attribute a quotation, plus "according to", "put it". */
export const QUOTE_VERB_PATTERN = alternation([
  ...[...SPEECH_FORMS].filter(([, v]) => v.verb.quote).map(([form]) => form),
  ...data.speechPhrases
])

const QUOTE_VERB_AT = new RegExp(`(?:${QUOTE_VERB_PATTERN})\\b`, 'y')

/**
 * Whether `lead`, a pattern anchored at the start of `text`, matches and a verb that attributes
 * a quotation follows straight after it: `quoteVerbAfter(/^,?\s+/, ", said Ms Roe")`. It stands
 * for one pattern `^lead(?:QUOTE_VERB_PATTERN)\b` where the lead has one way to end before a verb
 * (its words capitalised or set off by commas, none of them a verb of saying). Every such pattern
 * used to carry the whole list of verbs, each compiled to hundreds of kilobytes of code; this
 * keeps one.
 */
export function quoteVerbAfter(lead: RegExp, text: string): boolean {
  const m = lead.exec(text)
  return m !== null && m.index === 0 && quoteVerbAt(text, m[0].length)
}

/**
 * The first match of `lead`, a global pattern, that a verb attributing a quotation follows
 * straight after, as one pattern `lead(?:QUOTE_VERB_PATTERN)\b` would find it, where the lead has
 * one way to end at each place it starts; null when there is none.
 */
export function leadBeforeQuoteVerb(lead: RegExp, text: string): RegExpExecArray | null {
  if (!lead.global)
    throw new TypeError(`leadBeforeQuoteVerb needs a global pattern: ${lead.source}`)
  let found: RegExpExecArray | null = null
  lead.lastIndex = 0
  for (let m = lead.exec(text); m && !found; m = lead.exec(text)) {
    if (quoteVerbAt(text, m.index + m[0].length)) found = m
    else lead.lastIndex = m.index + 1
  }
  lead.lastIndex = 0
  return found
}

/**
 * `text` cut before the first match of `lead` that a verb attributing a quotation follows, as
 * `text.replace(/lead(?:QUOTE_VERB_PATTERN)\b.*$/, '')` cuts it ("after the match and said …"
 * keeps "after the match"); unchanged when there is none.
 */
export function beforeQuoteVerb(lead: RegExp, text: string): string {
  const m = leadBeforeQuoteVerb(lead, text)
  return m && !/[\n\r\u2028\u2029]/.test(text.slice(m.index)) ? text.slice(0, m.index) : text
}

/**
 * Whether a verb that attributes a quotation stands in `text` between a match of `leadEnd`, a
 * pattern anchored at its end that ends in a space, and one of `tail`, a sticky pattern tried
 * where the verb ends: a test of `lead(?:QUOTE_VERB_PATTERN)\b tail` with no copy of the list.
 */
export function quoteVerbBetween(leadEnd: RegExp, text: string, tail?: RegExp): boolean {
  for (let at = 1; at < text.length; at++) {
    if (!SPACE_CHAR.test(text[at - 1]!) || SPACE_CHAR.test(text[at]!)) continue
    const end = quoteVerbEnd(text, at)
    if (end < 0 || !leadEnd.test(text.slice(0, at))) continue
    if (!tail) return true
    tail.lastIndex = end
    if (tail.test(text)) return true
  }
  return false
}

/** Whether a verb that attributes a quotation, a whole word, starts at `at` in `text`. */
export function quoteVerbAt(text: string, at: number): boolean {
  return quoteVerbEnd(text, at) >= 0
}

/** Where the verb that attributes a quotation starting at `at` ends, the longest; -1 if none. */
export function quoteVerbEnd(text: string, at: number): number {
  return stickyEnd(QUOTE_VERB_AT, text, at)
}

/** "according to", "put it", "in the words of": phrases that attribute words like a verb. */
export const SPEECH_PHRASE_PATTERN = alternation(data.speechPhrases)
/** "said", "says", "told", "tells", …: the plain verbs of saying, past and present. */
export const PLAIN_VERB_PATTERN = alternation(finiteForms((v) => v.plain))
/**
 * "told", "informed", "urges", …: verbs whose object is the one spoken to, in the forms that are
 * verbs of a clause, not a noun's modifier ("a hastily called news conference" is left out).
 */
export const HEARER_VERB_PATTERN = alternation(finiteForms((v) => v.hearer && !v.modifier))
/** "spoke", "talks", …: verbs whose one spoken to follows "to" ("spoke to Capital FM News"). */
export const TO_HEARER_VERB_PATTERN = alternation(finiteForms((v) => v.toHearer && !v.modifier))
/** "said", "added", "explains", …: the verbs newswire writes before their speaker. */
export const INVERTING_VERB_PATTERN = alternation(finiteForms((v) => v.inverts))
/** "said Ana Roe": whether a text ends with a verb that puts its speaker after it, then a space. */
export const endsWithInvertingVerb = endsWithWordThenSpace(finiteForms((v) => v.inverts))
/** Forms of the verbs that report a clause of content. */
export const CONTENT_VERB_PATTERN = alternation(
  [...SPEECH_FORMS].filter(([, v]) => v.verb.content).map(([form]) => form)
)

export function speechVerb(form: string): SpeechVerb | null {
  return SPEECH_FORMS.get(form.toLowerCase())?.verb ?? null
}

const lower = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()))
const genderMap = (
  list: ReadonlyArray<{ word: string; gender?: string }>
): ReadonlyMap<string, Gender | null> =>
  new Map(list.map((e) => [e.word.toLowerCase(), (e.gender as Gender | undefined) ?? null]))

export const HONORIFICS = genderMap(data.honorifics)
export const HONORIFIC_PATTERN = alternation(data.honorifics.map((h) => h.word))
/** Titles written before a name ("Prime Minister", "spokeswoman"), lower case. */
export const TITLE_PHRASES: ReadonlySet<string> = lower(data.titles)
/** Single words that are a title or an honorific before a name ("minister", "mr", "dr."). */
export const TITLES: ReadonlySet<string> = new Set([
  ...[...TITLE_PHRASES].filter((t) => !t.includes(' ')),
  ...data.honorifics.flatMap((h) => [h.word.toLowerCase(), `${h.word.toLowerCase()}.`]),
  ...data.titles.filter((t) => !t.includes(' ') && t.length <= 4).map((t) => `${t}.`)
])
/** Letters written after a name for an office or an honour ("Victoria Atkins MP"): no part of it. */
const SHORT = data.abbreviations
const BEFORE_NAME: ReadonlySet<string> = lower(SHORT.beforeName)
const AFTER_NAME: ReadonlySet<string> = lower(SHORT.afterName)
const BEFORE_NUMBER: ReadonlySet<string> = lower(SHORT.beforeNumber)
const CLOCK: ReadonlySet<string> = lower(SHORT.clock)
const OTHER_SHORT: ReadonlySet<string> = lower([...SHORT.other, ...MONTH_ABBREVIATIONS])
const INITIALS = /^(?:[A-Z]|(?:[a-z]\.)+[a-z])$/i

/**
 * Where a word written short stands, and so what its full stop can mean: a stop after a word
 * that opens a name or comes before a number ends no sentence; after one that ends a name or a
 * clock time it may end the sentence as well.
 */
export type ShortForm = 'before-name' | 'after-name' | 'before-number' | 'clock' | 'other'

/**
 * What `word` (without its stop) is when a full stop follows it, or null for a whole word. An
 * initial or a dotted acronym ("L.", "U.S.") ends a name, as "Jr." and "Inc." do. Any case.
 */
export function shortForm(word: string): ShortForm | null {
  const w = word.toLowerCase()
  if (BEFORE_NAME.has(w)) return 'before-name'
  if (AFTER_NAME.has(w)) return 'after-name'
  if (BEFORE_NUMBER.has(w)) return 'before-number'
  if (CLOCK.has(w)) return 'clock'
  if (OTHER_SHORT.has(w)) return 'other'
  return INITIALS.test(word) ? 'after-name' : null
}

/** A full stop after `word` belongs to the name it ends or opens: "Jr.", "Inc.", "Dr.", "L.", "U.S.". */
export function keepsStop(word: string): boolean {
  const kind = shortForm(word)
  return kind === 'before-name' || kind === 'after-name'
}

/** "Jr.", "Sr.", "III": the last word of a name that tells a parent from a child of the same name. */
export function isGeneration(word: string): boolean {
  return GENERATIONS.has(word.replace(/\.$/, ''))
}
const GENERATIONS: ReadonlySet<string> = new Set(data.generations)
/** "Jr", "III": a generation after a name, as a pattern (its stop optional). */
export const GENERATION_PATTERN = `(?:${alternation(data.generations)})\\.?`
/**
 * Words that join a given name to a father's or a child's name ("Abdulaziz Abu Musab", "Hamad
 * bin Jassim"): after a name word they go on with that person's name; they start no new one.
 */
export const NAME_LINKS: ReadonlySet<string> = new Set(data.nameLinks)
/** Lower-case words inside a name ("Ursula von der Leyen", "Rhun ap Iorwerth"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(data.nameParticles)
/**
 * Lower-case particles joined to the next name word by a hyphen: the Arabic article and its
 * assimilated forms ("Mohammed Shia al-Sudani", "Abdel Fattah el-Sisi", "Moqtada as-Sadr").
 */
export const HYPHEN_PARTICLE_PATTERN = alternation(data.hyphenParticles)
export const POST_NOMINALS: ReadonlySet<string> = new Set(data.postNominals)
export const TITLE_MODIFIERS: ReadonlySet<string> = lower(data.titleModifiers)
/** Titles written short ("PM"), with the title they stand for ("Prime Minister"). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries(data.titleAbbreviations)
)
/**
 * "MP|MLA|TD|…": a member's seat written short, which a minister holds as well as their office
 * ("Education Secretary Gillian Keegan" is "the Conservative MP for Chichester").
 */
export const SEAT_TITLES: ReadonlySet<string> = new Set(data.seatTitles.map((t) => t.toLowerCase()))
export const SEAT_TITLE_PATTERN = alternation(data.seatTitles)
/** Nouns for a person's role that can stand for them ("the ambassador"), with inherent gender. */
export const ROLE_NOUNS = genderMap(data.roleNouns)
export const ROLE_NOUN_PATTERN = alternation(data.roleNouns.map((r) => r.word))
/** "spokeswoman Jane Roe": whether a text ends with a role noun, then a space. */
export const endsWithRoleNoun = endsWithWordThenSpace(data.roleNouns.map((r) => r.word))
/** The role nouns as a title is written, capitalised: "Minister", "Chairman". */
export const ROLE_NOUN_CAPITALISED = alternation(
  data.roleNouns.map((r) => r.word.charAt(0).toUpperCase() + r.word.slice(1))
)
export const GROUP_NOUNS: ReadonlySet<string> = lower(data.groupNouns)
export const GROUP_NOUN_PATTERN = alternation(data.groupNouns)

/**
 * English first names that are no common word ("Pascale", "Quent", "Lucie"), from stdlib's name
 * lists (scripts/build-given-names.mjs): compromise's own lexicon knows the common ones only.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(given.names.split(' '))
/**
 * Irregular plurals of nouns for people, to their singular ("people" → "person"); the singulars
 * are person nouns too, though WordNet files "person" itself above noun.person.
 */
const PERSON_PLURALS = new Map(Object.entries(data.personPlurals as Record<string, string>))
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...agents.people.split(' '),
  ...PERSON_PLURALS.values()
])
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(agents.groups.split(' '))
/** A noun and the singulars it may be the plural of ("beneficiaries" → "beneficiary"), lower case. */
export function singularForms(noun: string): string[] {
  const w = noun.toLowerCase()
  return [
    w,
    w.replace(/ies$/, 'y'),
    w.replace(/es$/, ''),
    w.replace(/s$/, ''),
    w.replace(/men$/, 'man'),
    ...(PERSON_PLURALS.has(w) ? [PERSON_PLURALS.get(w)!] : [])
  ]
}

/**
 * "slaughterman", "meatworker", "stallholder": a closed compound whose last part names a person
 * by trade or holding, which WordNet lists only for some of them.
 */
const PERSON_COMPOUND = new RegExp(`^[a-z]{3,}(?:${alternation(data.personCompoundEnds)})$`)

/** "riders" → "rider", "beneficiaries" → "beneficiary": the noun for one person a plural is of, or null. */
export function personNounOfPlural(noun: string): string | null {
  return singularForms(noun).slice(1).find(isPersonNoun) ?? null
}

/**
 * Can a thing of this kind say something: a person or a group of people ("volunteer", "panel",
 * "residents"), by WordNet, or one of the lexicon's roles and groups? "The investigation" and
 * "acetylene" cannot.
 */
export function isAgentNoun(noun: string): boolean {
  return singularForms(noun).some(
    (x) => PERSON_NOUNS.has(x) || COLLECTIVE_NOUNS.has(x) || ROLE_NOUNS.has(x) || GROUP_NOUNS.has(x)
  )
}

/**
 * Does this singular noun only ever name one person ("magistrate", "striker", "incumbent"), by
 * WordNet: a person sense and no group sense ("host", "party" and "firm" have one) and none of
 * the lexicon's group nouns? A title of this kind before a name makes the name a person's, and
 * "the magistrate" then stands for the one the article gave it.
 */
export function isPersonNoun(noun: string): boolean {
  const w = noun.toLowerCase()
  return (
    (PERSON_NOUNS.has(w) || PERSON_COMPOUND.test(w)) &&
    !COLLECTIVE_NOUNS.has(w) &&
    !GROUP_NOUNS.has(w)
  )
}

/**
 * Whether every word of `words` (none at all counts) describes a person before their name: a
 * title ("principal", "Dr") or a noun for a person ("activist"), as in "principal John Cotter".
 */
export function describesPerson(words: string): boolean {
  return words
    .trim()
    .split(/\s+/)
    .every((w) => w === '' || TITLES.has(w.toLowerCase()) || isPersonNoun(w))
}

export const ORG_WORD_PATTERN = alternation(data.orgWords)
/**
 * A common noun for a body, and the words in a name that let it stand for that body: "the city"
 * for "the Municipality of Livorno", "the company" for "Acme Co., Ltd.".
 */
export const ORG_SYNONYMS: Readonly<Record<string, readonly string[]>> = data.orgSynonyms
/** Another name for the same office: "the premier" for the prime minister the article named. */
export const OFFICE_SYNONYMS: Readonly<Record<string, readonly string[]>> = data.officeSynonyms
/** Nouns that stand for a business or body the article has named ("the company", "the carrier"). */
export const BUSINESS_NOUNS: ReadonlySet<string> = lower(data.businessNouns)
/** Nouns that can stand for a news outlet ("the broadcaster said"). */
export const MEDIA_NOUNS: ReadonlySet<string> = lower(data.mediaNouns)
export const MEDIA_WORD_PATTERN = alternation(data.mediaWords)
export const NEWS_OUTLETS: readonly string[] = data.newsOutlets
export const NEWS_OUTLET_PATTERN = alternation(data.newsOutlets)
/** "Reuters", "The Kansas City Star", "the Telegraph & Argus": a news outlet's name, as a pattern. */
// "PREMIUM TIMES": some outlets write their name in capitals.
const MEDIA_WORD_ANY_CASE = alternation(data.mediaWords.flatMap((w) => [w, w.toUpperCase()]))
export const OUTLET_NAME_PATTERN = `(?:[Tt]he\\s+)?(?:(?:[A-Z][\\w&.'’-]*\\s+)*(?:${MEDIA_WORD_ANY_CASE})|${NEWS_OUTLET_PATTERN})`
const OUTLET_NAME = new RegExp(`^${OUTLET_NAME_PATTERN}$`)
/** A news outlet by name, the whole of `name`: "USA Today", "the Sunday Times", "the Herald". */
export const isOutletName = (name: string): boolean => OUTLET_NAME.test(name)
export const MEDIUM_HEAD_PATTERN = alternation(data.mediumHeads)
/** "phone|email|video link|…": what words reach a reporter by ("said by phone from London"). */
export const CONTACT_MEANS_PATTERN = alternation(data.contactMeans)
/** "website", "page", "account": where a body posts its own words ("posted on Acme's website"). */
export const OWNED_CHANNEL_PATTERN = alternation(data.ownedChannels)
/** The last word of a broadcast's own name: "The Andrew Marr Show", "the Today Programme". */
export const PROGRAMME_ENDING_PATTERN = alternation(data.programmeEndings)
export const DOCUMENT_NOUNS: ReadonlySet<string> = lower(data.documentNouns)
export const DOCUMENT_NOUN_PATTERN = alternation(data.documentNouns)
export const EVENT_NOUN_PATTERN = alternation(data.eventNouns)
/** Gatherings in which people speak (a subset of the event nouns): an occasion named once holds for everything its speaker said there. */
export const SPEAKING_OCCASION_PATTERN = alternation(data.speakingOccasions)
/**
 * The same gatherings as the head of a name ("the Munich Security Conference", "the World
 * Economic Forum"), capitalised word by word; not one that is also a month ("March").
 */
export const NAMED_OCCASION_HEAD_PATTERN = alternation(
  data.speakingOccasions
    .map((w) => w.replace(/\b[a-z]/g, (c) => c.toUpperCase()))
    .filter((w) => !(MONTH_NAMES as readonly string[]).includes(w))
)
/** Verbs, as written, whose object is a gathering or an act of speaking: "held a news conference". */
export const GATHERING_VERB_PATTERN = alternation(data.gatheringVerbs)
/** "spokesperson|official|aide|…": people who speak for a body, not for themselves. */
export const BODY_VOICES: ReadonlySet<string> = new Set(data.bodyVoices)
/** "packed|filled|thronged|…": what a crowd does to the place it is in ("packed the hall"). */
export const CROWD_VERB_PATTERN = alternation(data.crowdVerbs)
/** Common Chinese family names in Hanyu Pinyin, which come first in a Chinese name. */
export const CHINESE_FAMILY_NAMES: ReadonlySet<string> = new Set(data.chineseFamilyNames)
export const AUDIENCE_PATTERN = alternation(data.audienceNouns)
/** The press as an audience ("told reporters"): a briefing, which holds for the words after it. */
export const PRESS_NOUN_PATTERN = alternation(data.pressNouns)
/**
 * Hearers who take a statement rather than hear a speech ("told police", "told investigators"):
 * what they were told is the sentence's own, no occasion for the speaker's other words.
 */
export const STATEMENT_TAKER_PATTERN = alternation(data.statementTakers)
/**
 * Titles and honorifics written short before a name, whose full stop ends no sentence ("Coun.
 * Skylar Franke", "Sgt. Tom Hale"): the short ones that are no word for a person ("mayor").
 */
export function isShortTitle(word: string): boolean {
  const w = word.toLowerCase()
  return /^[a-z]{2,5}$/.test(w) && (TITLES.has(w) || HONORIFICS.has(w)) && !isPersonNoun(w)
}

/**
 * Channels that are occasions too ("an interview", "a news conference", "a statement"): all a
 * speaker said in one was said there, not only the words the clause introduces.
 */
export const OCCASION_CHANNEL_PATTERN = alternation(data.occasionChannels)
/** Nouns for an act of saying, as "made the remarks" and "made the disclosure" name it. */
/** What words are about, not where they were said: "Speaking on the outcome of …". */
export const TOPIC_NOUN_PATTERN = alternation(data.topicNouns)
export const SAYING_NOUNS: readonly string[] = data.sayingNouns
export const SAYING_NOUN_PATTERN = alternation(data.sayingNouns)
/** Roles a title's holder also goes by: "Mr Justice Coulson" is "the judge". */
const ALSO_CALLED: Readonly<Record<string, readonly string[]>> = data.alsoCalled
/** Whether one who holds `role` is what `noun` names ("justice", "mr justice": a "judge"). */
export function roleAnswersTo(role: string, noun: string): boolean {
  if (role === noun) return true
  const head = role.split(' ').at(-1)!
  return Object.hasOwn(ALSO_CALLED, head) && ALSO_CALLED[head]!.includes(noun)
}
const BENCH_TITLE = new RegExp(`\\b(?:${alternation(data.benchTitles)})\\b`, 'i')
/** A title of one who sits in judgment: "judge", "mr justice", "district judge", "coroner". */
export const isBenchTitle = (title: string): boolean => BENCH_TITLE.test(title)
const COURT_ROLE = new RegExp(`\\b(?:${alternation(data.courtRoles)})s?\\b`, 'i')
/** Who speaks for a side in court: "prosecutor", "the prosecution", "defence counsel". */
export const isCourtRole = (title: string): boolean => COURT_ROLE.test(title)
/** Nouns that end a court's name ("Ballina District Court", "Employment Tribunal"). */
export const COURT_NOUN_PATTERN = alternation(data.courtNouns)
/** What a hearing comes to, after which words are no longer said in it ("after the verdict"). */
export const COURT_OUTCOME_PATTERN = alternation(data.courtOutcomes)
/** What an outlet puts to someone, whose answer is given in response ("in response to queries"). */
export const QUERY_NOUN_PATTERN = alternation(data.queryNouns)
/** Bodies that hear what is said to them ("the committee was told", "the inquiry heard"). */
export const HEARING_BODY_PATTERN = alternation(data.hearingBodies)
export const SOCIAL_MEDIA_PATTERN = alternation(data.socialMedia)
/** "tweeted", "tweets": a verb of saying that names its medium, which holds only its own words. */
export const POST_VERB_PATTERN = alternation(
  data.postVerbs.flatMap((v) => [inflect(v).third, inflect(v).past])
)
export const PLACE_WORD_PATTERN = alternation(data.placeWords)
/**
 * Words that head the name of a governed place ("the City of Toronto", "the Republic of Kenya",
 * "the Town of Kemptville"): completed by "of", the name stands for the body that governs it, which
 * speaks as an organisation does.
 */
export const POLITY_WORD_PATTERN = alternation(data.polityWords)
/** Common nouns for a place people speak in: "in court", "at the scene", "outside the hospital". */
export const VENUE_NOUN_PATTERN = alternation(data.venueNouns)
/** "had their say", "gave evidence": a turn at speaking taken somewhere, in the past. */
export const SPEAKING_TURN_PATTERN = alternation(data.speakingTurns)
/** Common nouns for a place people live in: "in the rural town of San Pedro", "in the capital". */
export const SETTLEMENT_NOUN_PATTERN = alternation(data.settlementNouns)

/** A verb's forms, irregular ones as the lexicon lists them ("meet" → "met"). */
const formsOfVerb = (base: string): VerbForms =>
  inflect(base, (data.irregularVerbForms as Record<string, string[]>)[base])
const verbForms = (bases: readonly string[]): string[] =>
  bases.flatMap((b) => formsOf(formsOfVerb(b)))
/** Verbs of going somewhere or addressing someone, every form ("visiting", "toured"). */
export const VISIT_VERB_PATTERN = alternation(verbForms(data.visitVerbs))
/** Of those, the ones whose act is itself the occasion as a main verb too: "toured San Carlos". */
export const TRAVEL_PAST_PATTERN = alternation(data.travelVerbs.map((v) => inflect(v).past))
/** "visiting", "touring": a visit as a participle, capitalised too for a sentence's start. */
export const TRAVEL_ING_PATTERN = alternation(
  data.travelVerbs.flatMap((v) => {
    const ing = inflect(v).ing
    return [ing, ing[0]!.toUpperCase() + ing.slice(1)]
  })
)
/** "published", "aired": how words came out, after the occasion they came out in. */
export const PUBLICATION_PARTICIPLE_PATTERN = alternation(data.publicationParticiples)
export const CHANGE_VERB_PATTERN = alternation(verbForms(data.changeVerbs))
/** What a body does when it sits, in the past: "the committee met on Tuesday", "convened". */
export const SITTING_PAST_PATTERN = alternation(data.sittingVerbs.map((b) => formsOfVerb(b).past))
/** "introduced", "tabled": what a member does with a bill in a sitting, in the past. */
export const MOTION_PAST_PATTERN = alternation(data.motionVerbs.map((b) => formsOfVerb(b).past))
/** "bill", "Bill", "motions": what is introduced or tabled in a sitting. */
export const MOTION_NOUN_PATTERN = alternation(
  data.motionNouns.flatMap((n) => [n, n[0]!.toUpperCase() + n.slice(1)])
)

// Months, weekdays and day parts are calendar facts, named in core/calendar-words for every layer.
export const MONTHS: readonly string[] = MONTH_NAMES
export { MONTH_ABBREVIATIONS, MONTH_PATTERN }
export { DAY_PART_PATTERN, WEEKDAY_PATTERN, WEEKDAYS }
export const RELATIVE_DAY_PATTERN = alternation(data.calendar.relativeDays)
export const SEASON_PATTERN = alternation(data.calendar.seasons)
/** "pandemic|war|WWII|…": a span of years known by what happened in it ("during the pandemic"). */
export const ERA_PATTERN = alternation(data.calendar.eras)
/** "Boxing Day", "New Year's Eve": days known by a name, which are dates to ask. */
export const HOLIDAY_PATTERN = alternation(data.calendar.holidays)
/** "minutes|hours|…|decades": a stretch of time in the plural ("the past three weeks"). */
export const PERIOD_PATTERN = alternation(data.calendar.periods)
/** Nouns of a point in time, not of a place ("at the time", "at the end of the match"). */
export const TIME_NOUN_PATTERN = alternation(data.calendar.timeNouns)
/** "midnight|noon|…": a time of day written as a word. */
export const TIME_OF_DAY_PATTERN = alternation(data.calendar.timesOfDay)
/** "a.m.|p.m.|am|pm", written after a clock time ("9 a.m.", "6am"). */
export const CLOCK_SUFFIX_PATTERN = alternation(data.calendar.clockSuffixes)
export const TIME_ZONE_PATTERN = alternation(data.calendar.timeZones)
/**
 * "next|upcoming|tomorrow|…": words that put a time or a gathering still ahead ("next month",
 * "the coming session").
 */
export const PROSPECTIVE_PATTERN = alternation(data.calendar.prospective)
/** "by|until|till": a time that opens with one is a deadline, not a point in time ("by 2016"). */
export const DEADLINE_PATTERN = alternation(data.calendar.deadlines)
/** "shortly before|around|until|…", kept with the time they qualify ("shortly before midnight"). */
export const TIME_APPROXIMATOR_PATTERN = alternation(data.calendar.timeApproximators)
export const CALENDAR_WORD = new RegExp(`^(?:${MONTHS.join('|')}|${WEEKDAY_PATTERN})$`)
const WEEKDAY_WORD = new RegExp(`^(?:${WEEKDAY_PATTERN})$`, 'i')
/** "Tuesday", "tues": a day of the week written as one word, in any case. */
export const isWeekday = (word: string): boolean => WEEKDAY_WORD.test(word)

export const PRONOUNS: Readonly<
  Record<string, { person?: boolean; group?: boolean; org?: boolean; gender?: string }>
> = data.pronouns

/** "about|around|more than|…" with an optional capital first letter (they open sentences). */
export const APPROXIMATOR_PATTERN = data.approximators
  .sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')
/**
 * A number in words: "thirty two" and "twenty-five" (a ten and a unit) before any single word,
 * so the compound is read whole.
 */
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
export const NUMBER_WORD_PATTERN = `(?:(?:${alternation(data.numberWords.filter((w) => /ty$/.test(w)))})[ -](?:${alternation(UNIT_WORDS)})|${alternation(data.numberWords)})`
/** "one" to "twelve", and "a" or "an" for one, as counts of days or weeks: their value, or null. */
export function smallNumberWord(word: string): number | null {
  const w = word.toLowerCase()
  if (w === 'a' || w === 'an') return 1
  const at = data.numberWords.indexOf(w)
  return at >= 0 && at < 12 ? at + 1 : null
}
export const SCALE_PATTERN = alternation(data.scales)
/** "bn|bil|mil": a scale written short, close to an amount ("RM430mil", "R2bn"). */
export const SHORT_SCALE_PATTERN = alternation(data.shortScales)
/** "first|second|…|tenth": an ordinal in words ("the third consecutive month"). */
export const ORDINAL_PATTERN = alternation(data.ordinals)
export const UNIT_PATTERN = alternation(data.units)
export const CURRENCY_PATTERN = alternation(data.currencies)
/** "US$|€|RM|…": a symbol or code written before an amount. */
export const CURRENCY_SYMBOL_PATTERN = alternation(data.currencySymbols)
/**
 * "R|N|P": a one-letter currency that is an amount only when a figure with a scale or a
 * thousands separator follows ("R2 billion", "N37billion", "R1,200"); "R2" alone is a road.
 */
export const CURRENCY_LETTER_PATTERN = alternation(data.currencyLetters)
/** "kg|km|°C|…", written straight after a figure ("20kg", "38C"). */
export const COMPACT_UNIT_PATTERN = alternation(data.compactUnits)
/** "a year|per day|…", after an amount or a unit ("$30 billion a year", "140 miles an hour"). */
export const RATE_SUFFIX_PATTERN = alternation(data.rateSuffixes)
/** Conjunctions that open a clause of their own ("after the vote, …", "when asked, …"). */
export const SUBORDINATORS: readonly string[] = data.subordinators
export const SUBORDINATOR_PATTERN = alternation(data.subordinators)
/** A unit of time, singular ("minute|hour|day|…"), from the plural periods. */
export const PERIOD_UNIT_PATTERN = alternation(
  data.calendar.periods.map((p) => p.replace(/s$/, ''))
)
/** Adverbs and auxiliaries that may stand between a subject and its verb ("X also said"). */
export const SENTENCE_ADVERBS: ReadonlySet<string> = lower(data.sentenceAdverbs)

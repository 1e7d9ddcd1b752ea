/**
 * Every person and organisation the article names, built once before any quotation is
 * attributed: the canonical full name, the aliases a later mention may use (surname, title and
 * surname, first name), the roles the article gives a person ("the ambassador", "the
 * spokeswoman"), their gender where a title, a role or a first name tells it, and the
 * organisation they speak for. Every later mention resolves through it.
 */
import {
  findNameRuns,
  genderOf,
  hasNameShape,
  isAdjectiveWord,
  isFirstName,
  isOffice,
  isOrganisation,
  isCommonPlural,
  isPlace,
  looksLikePerson,
  looksLikeSpeakerName,
  surnameOf,
  generationOf,
  type NameRun
} from '../names'
import {
  AUDIENCE_PATTERN,
  BUSINESS_NOUNS,
  GROUP_NOUNS,
  HONORIFICS,
  HONORIFIC_PATTERN,
  endsWithInvertingVerb,
  endsWithRoleNoun,
  NEWS_OUTLET_PATTERN,
  PROGRAMME_ENDING_PATTERN,
  isPersonNoun,
  personNounOfPlural,
  ORG_SYNONYMS,
  ORG_WORD_PATTERN,
  POST_NOMINALS,
  QUOTE_VERB_PATTERN,
  quoteVerbAfter,
  quoteVerbBetween,
  ROLE_NOUNS,
  roleAnswersTo,
  TITLE_ABBREVIATIONS,
  TITLES,
  singularForms,
  ROLE_NOUN_PATTERN,
  ROLE_NOUN_CAPITALISED,
  type Gender,
  isGeneration
} from '../../lexicon/lexicon'
import type { Token } from '../tagging/tag'
import type { ArticleView, SentenceView } from '../view'
import { acronymsByInitials, acronymsIn, initialledAfter, withOrgTail } from './org-names'
import { editDistance } from './spelling'
import { allMatches } from '../../matches'
import { isNickname } from '../quote-or-term'

export interface Person {
  name: string
  gender: Gender | null
  /** Role nouns the article gives them, lower case ("spokeswoman", "ambassador"). */
  roles: string[]
  /** Capitalised titles written before their name, lower case ("fiji prime minister"). */
  offices: string[]
  /** The organisation or country they speak for, as the article names it. */
  org: string | null
  /** Sentence of the first mention. */
  first: number
}

/** "Trump's lawyer", "Paxton' family": the mention at [m.start, m.end) of `text` owns what follows. */
export function isOwner(text: string, m: { start: number; end: number }): boolean {
  return /['’]s?$/.test(text.slice(m.start, m.end)) || /^['’]s?\s/.test(text.slice(m.end))
}

export interface PersonMention {
  person: Person
  sentence: number
  start: number
  end: number
  /** Before the sentence's first verb: the one the sentence is about. */
  subject: boolean
}

/**
 * "Rukia Kassim (Special Seats MP-CUF)", "Jane Doe (Senator, Ohio)": a title among the words in
 * brackets right after a name says the name is a person's.
 */
function titledInBrackets(after: string): boolean {
  const inside = /^\s*\(([^()⟦]{1,40})\)/.exec(after)?.[1]
  return (
    inside !== undefined &&
    inside
      .split(/[^\p{L}]+/u)
      .some((w) => TITLES.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()))
  )
}

const POST_NOMINAL_AFTER = new RegExp(`^,\\s*(?:${[...POST_NOMINALS].join('|')})(?=,)`)
const SPEECH_AFTER = /^,?\s+(?:(?:also|later|then)\s+)?/
/**
 * "Tanzania Rural and Urban Roads Agency": a run joined by "and" to words that end in a body's
 * word is the first half of the body's name, not a person.
 */
const JOINS_BODY_NAME = new RegExp(
  `^\\s+(?:and|&)\\s+(?:[A-Z][\\w'’-]*\\s+){0,4}(?:${ORG_WORD_PATTERN})\\b`
)
/**
 * "the release of ABU Students": a run that ends in the plural of a noun for a person, with no
 * first name before it, names a group ("Andrew Masters" has one, and is a man).
 */
function namesGroup(run: NameRun): boolean {
  const words = run.name.split(' ')
  const last = words.at(-1)!
  if (words.length < 2 || !/[a-z]s$/.test(last) || isFirstName(words[0]!)) return false
  return personNounOfPlural(last) !== null
}

/**
 * "General Manager, Regional Operations, East": an adjective and a plural noun name a unit of a
 * body, not a person ("Major Roberts" has a title, "Young Roberts" the plural of a first name).
 */
function namesUnit(run: NameRun): boolean {
  const words = run.name.split(' ')
  const [first, last] = [words[0]!, words.at(-1)!]
  return (
    words.length >= 2 &&
    /[a-z]s$/.test(last) &&
    isAdjectiveWord(first) &&
    !isFirstName(first) &&
    !TITLES.has(first.toLowerCase()) &&
    !singularForms(last).some(isFirstName)
  )
}

// "Lakshiwnder Singh, another deportee, said": a description in apposition, then the verb.
/** A sentence that opens with "He" or "She", taking up someone named before. */
const OPENING_PRONOUN = /^\s*(He|She)\b/
/**
 * ""…," he said", "She added": a verb whose subject is "he" or "she", opening the sentence or
 * right after its quotation.
 */
const HE_OR_SHE_SAYS = /^\s*(?:⟦[^⟧⟦]*⟧\s*,?\s*)?(?:he|she)\s+[a-z]+/i
const SPEECH_AFTER_APPOSITIVE =
  /^,\s+(?:a|an|another|the|one|his|her|their)\s+[^,;()⟦]{1,60},\s+(?:(?:also|later|then)\s+)?/
/** "Joel, who did not want to give his last name, said": a relative clause, then the verb. */
const SPEECH_AFTER_WHO = /^,\s+who\s[^,;()⟦]{1,80},\s+(?:(?:also|later|then)\s+)?/
/**
 * "Sizwe Dube from Northcliff, Randburg, said": where the speaker lives or comes from, between
 * the name and its verb of saying.
 */
const SPEECH_AFTER_FROM =
  /^,?\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?,?\s+(?:(?:also|later|then)\s+)?/
/**
 * "Tendai Moyo, representing the council, dismissed the claims": a participle phrase after the
 * name, then the sentence's verb. Only for a name opening its sentence, the subject.
 */
const PARTICIPLE_APPOSITIVE_VERB = /^,\s+\p{Ll}+ing\s[^,;()⟦]{1,60},\s+(?:also\s+)?\p{Ll}+ed\b/u
// Inverted: "said Wang Hui"; not "told Fox Sports", where the name is the one spoken to.
/** "the Student Union Government (SUG)": a body's initials after its name. */
const ACRONYM_IN_BRACKETS = String.raw`(?:\s+\([A-Z][A-Za-z&.]{1,11}\))?`
/**
 * What follows a name a role before it describes ("the Minister of Interior, Rauf Aregbesola,
 * said"): a comma or a verb whose subject the name is, of saying or in the past ("Union Minister
 * for Health, Ana Roe introduced the bill"); or, for a name that closes its sentence, its end.
 */
const NAME_THEN_VERB = String.raw`(?:,|\s+(?:said|says|told|added|(?:has\s+|had\s+)?[a-z]{3,}ed)\b)`
const ROLE_NAME_SUBJECT = new RegExp(`^${NAME_THEN_VERB}`)
const ROLE_NAME_CLOSES = new RegExp(String.raw`^(?:[.;]?\s*$|${NAME_THEN_VERB})`)
// "culture minister, Lai Mohammed", "the President of the association, Stephenson Boateng": a
// role, with the body it serves, then the name. A body named in capitals may be long: "The
// Minister of State for Relief and Disaster Preparedness, Musa Ecweru".
const ROLE_BEFORE = new RegExp(
  `\\b(?:${ROLE_NOUN_PATTERN})(?:\\s+(?:of|for|at)\\s+(?:the\\s+)?[\\w'’-]+(?:\\s+[\\w'’-]+){0,3})?${ACRONYM_IN_BRACKETS},\\s+$`,
  'i'
)
const ROLE_OF_NAMED_BODY_BEFORE = new RegExp(
  `\\b(?:${ROLE_NOUN_PATTERN}|${ROLE_NOUN_CAPITALISED})\\s+(?:of|for|at)\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+(?:(?:of|for|and|the|&)\\s+)*[A-Z][\\w'’-]*){0,8}${ACRONYM_IN_BRACKETS},\\s+$`
)
/** "General Manager, Regional Operations, East, ": a role, then the unit and region it heads. */
const ROLE_OF_UNIT_BEFORE = new RegExp(
  `\\b(?:${ROLE_NOUN_PATTERN}|${ROLE_NOUN_CAPITALISED})(?:,\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}){1,2},\\s+$`,
  'u'
)
/**
 * "electricity utility Eskom", "the airline Qantas", "chipmaker Nvidia": a noun for a business
 * right before a name the lexicon does not know makes that name a body.
 */
function businessBefore(before: string, run: NameRun): boolean {
  // "Central bank Governor Eli Remo": a title in the run is a person's.
  if (run.raw !== run.name) return false
  const noun = /(?:^|\s)([a-z][a-z-]*)\s+$/.exec(before)?.[1]
  // "carmaker Vatnor", but "lawmaker Tim Farron": WordNet knows the one who makes laws.
  return !!noun && (BUSINESS_NOUNS.has(noun) || (/.maker$/.test(noun) && !isPersonNoun(noun)))
}

/**
 * "Vatnor will cut 300 jobs, the company said", "Vatnor, the airline that …": a name that opens
 * its sentence, which the same sentence then calls by a business noun, is that business, unless
 * it is a person's ("Ana Roe will step down, the company said"); not "Ana Villa, the company's
 * chief operating officer", who works for one.
 */
const BUSINESS_NOUN_PATTERN = `(?:${[...BUSINESS_NOUNS].join('|')}|[a-z]+maker)`
const BUSINESS_TAIL = new RegExp(`,\\s+the\\s+(?:[a-z-]+\\s+){0,2}?${BUSINESS_NOUN_PATTERN}\\s+$`)
const BUSINESS_APPOSITIVE = new RegExp(
  `^,\\s+(?:the|an?)\\s+(?:[\\w-]+\\s+){0,3}?${BUSINESS_NOUN_PATTERN}(?![\\w'’-])`
)
/** "RTÉ's Morning Ireland", "BBC Radio 4's Today": a name an outlet owns is its programme. */
const OUTLET_OWNS_BEFORE = new RegExp(
  `\\b(?:${NEWS_OUTLET_PATTERN})(?:\\s+(?:[A-Z]\\w*|\\d+)){0,2}['’]s?\\s+(?:The\\s+)?$`
)
/** "The Andrew Marr Show", "the Today Programme": a name that ends in a broadcast's own word. */
const PROGRAMME_END = new RegExp(`\\s(?:${PROGRAMME_ENDING_PATTERN})$`)
function businessNamedAfter(text: string, run: NameRun, after: string): boolean {
  if (!/^[\s"“‘']*$/.test(text.slice(0, run.index)) || /^['’]s\b/.test(after)) return false
  // "Sales rose 5 percent, the company said": a plural noun opening the sentence names no body.
  if (isCommonPlural(run.name)) return false
  return BUSINESS_APPOSITIVE.test(after) || quoteVerbBetween(BUSINESS_TAIL, after)
}

/** "Another of the coordinators, ", "One of the survivors, ": one of a group of people. */
const ONE_OF_BEFORE =
  /\b(?:[Oo]ne|[Aa]nother|[Ee]ach)\s+of\s+(?:the|its|their|our)\s+(?:[a-z-]+\s+)?[a-z-]+s,\s+$/
/** A verb of one to three words, then "himself" or "herself", right after a name. */
const REFLEXIVE_AFTER = /^\s+(?:[a-z]+\s+){1,3}(himself|herself)\b/
/**
 * "who wanted to be known as", "who asked to be identified only as", "who gave her name only
 * as": the words before a name someone chose to be known by.
 */
const KNOWN_AS_BEFORE =
  /\b(?:(?:wanted|wants|asked|asks|preferred|prefers|wished|chose)\s+to\s+be\s+(?:known|identified|named|called)|(?:gave|gives)\s+(?:his|her|their)\s+(?:first\s+)?name|identified)\s+(?:only\s+)?as\s+$/
/** "Another resident, ", "a local trader, ": one kind of person, set off by a comma (group 1). */
const DESCRIBED_PERSON_BEFORE = /\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z-]+\s+)?([a-z-]+),\s*$/
/** "Kwesi Owuso is a tailor whose work …": the noun a name is said to be (group 1). */
const IS_A_NOUN_AFTER = /^\s+(?:is|was)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\b(?!\s+of\b)/
// A sentence that opens with a capitalised title, "of" inside it: "Secretary of State ", "Minister
// of Foreign Affairs ".
const TITLE_OPENING = /^\s*(?:[A-Z][\w.'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?)+$/
const HONORIFIC_BEFORE = new RegExp(`\\b(${HONORIFIC_PATTERN})\\.?\\s+$`)
const HONORIFIC_SURNAME = new RegExp(`\\b(${HONORIFIC_PATTERN})\\.?\\s+([A-Z][\\w'’-]+)`, 'g')
/** A person's name ends `phrase`. */
function endsInName(phrase: string): boolean {
  const last = findNameRuns(phrase).at(-1)
  return last !== undefined && last.end >= phrase.trimEnd().length && looksLikePerson(last)
}

// ", the former special envoy to Ukraine," / ", China's ambassador to Ghana," after a name.
// ("the director-general of the International Atomic Energy Agency (IAEA)": a body's initials
// in brackets are part of it.)
const APPOSITIVE =
  /^,\s+((?:(?:a|an|the|his|her|its|their|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*['’]s)\s+)?(?:[^,;()]|\([A-Z][\w.&-]{1,10}\)){1,90}?)(?=,|\s+(?:said|says|told|added)\b|$)/

/** "… and the Vice Chancellor …": a second description joined to the first. */
const COORDINATED = /\s+and\s+(?=(?:the|a|an)\s)/

/**
 * "Tunde Bello, a professor of Physics and the Vice Chancellor of the University disclosed …":
 * a description after the name that no comma closes, ended by the sentence's verb. Not a clause
 * ("…, the man who …"), and only a description opened by an article.
 */
function openAppositive(text: string, end: number, verb: Token | undefined): string | null {
  if (!verb || verb.start <= end) return null
  const description = /^,\s+((?:a|an|the)\s[^,;()⟦]{1,120}?)\s*$/.exec(
    text.slice(end, verb.start)
  )?.[1]
  return description && !/\b(?:who|whom|whose|which|that)\b/.test(description) ? description : null
}

/** A description's words, lower case, before its first preposition ("the former special envoy"). */
const headWords = (description: string): string[] =>
  description
    .toLowerCase()
    .replace(/\s+(?:of|for|to|at|with|from|in|on)\s.*$/, '')
    .split(/[\s-]+/)

/** The last role noun in a description ("the former special envoy to Ukraine" → "envoy"). */
export function roleIn(description: string): string | null {
  return headWords(description).findLast((w) => ROLE_NOUNS.has(w)) ?? null
}

/**
 * "the team principal", "Haas’ team principal": the head of a description in apposition, when
 * the lexicon's nouns for people (WordNet's) hold it, though no title list does.
 */
function personHead(description: string): string | null {
  const head = headWords(description).at(-1)
  return head && isPersonNoun(head) ? head : null
}

/** The organisation a description ties someone to: "… of the Red Cross", "China's ambassador …". */
export function orgIn(description: string): string | null {
  // "China's ambassador", and a plural's "Acme Motors’ chief legal officer".
  const owner = description.match(/^([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*?)(?:['’]s|(?<=s)['’])\s/)
  if (owner) return owner[1]!
  const of = description.match(
    /\b(?:of|for|at|with|from)\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w.&'’-]*)*)/
  )
  return of ? of[1]! : null
}

/** The words a run matched before its name: its title ("President "), if any. */
const wordsBefore = (run: NameRun): string =>
  run.raw.slice(0, Math.max(0, run.raw.lastIndexOf(run.name)))

/**
 * "President Joko “Jokowi” Widodo": a given name and a surname either side of a quoted nickname
 * are one person's name, the nickname left out ("Joko Widodo"). `text` is the sentence's own.
 */
function acrossNicknames(runs: NameRun[], text: string): NameRun[] {
  const out: NameRun[] = []
  for (const run of runs) {
    const prev = out.at(-1)
    const gap = prev
      ? /^(\s+)[“"‘']([^“”"‘’']+)[”"’']\s+$/.exec(text.slice(prev.end, run.index))
      : null
    if (prev && gap && !prev.name.includes(' ')) {
      const open = prev.end + gap[1]!.length
      const close = open + gap[2]!.length + 1
      if (isNickname(gap[2]!, text.slice(0, open), text.slice(close + 1))) {
        // The raw words keep the title before the name ("President Joko Widodo").
        const name = `${prev.name} ${run.name}`
        out[out.length - 1] = { ...prev, name, raw: `${wordsBefore(prev)}${name}`, end: run.end }
        continue
      }
    }
    out.push(run)
  }
  return out
}

/**
 * The capitalised words run straight into a name as written, which findNameRuns stripped as
 * titles: "Recorder" and "Ayatollah", "Seyed" of "Ayatollah Seyed Ali Khamenei".
 */
function wordsTitling(run: NameRun): string[] {
  if (run.raw === run.name || !run.raw.endsWith(run.name)) return []
  const words = run.raw.slice(0, -run.name.length).trim().split(/\s+/)
  const out: string[] = []
  for (let i = words.length - 1; i >= 0 && /^\p{Lu}[\p{Ll}'’-]+$/u.test(words[i]!); i--)
    out.push(words[i]!)
  return out
}

export class EntityRegistry {
  readonly people: Person[] = []
  readonly orgs: string[] = []
  readonly #orgSet = new Set<string>()
  /** Each sentence's runs of capitalised words, read once. */
  readonly #runs: NameRun[][] = []
  /** Capitalised names of several words that are not people ("Tottenham Hotspur", "Big Machine Records"). */
  private readonly otherNames = new Set<string>()
  readonly acronyms = new Map<string, string>()
  /** Person mentions per sentence, in order. */
  readonly mentions: PersonMention[][] = []
  private readonly byName = new Map<string, Person>()
  private readonly byKey = new Map<string, Person>()
  private readonly otherByFirst = new Map<string, string[]>()
  /** Each name token → the people holding it, in order of first mention. */
  private readonly byToken = new Map<string, Person[]>()
  /** Where each person stands in `people`. */
  readonly #order = new Map<Person, number>()
  private readonly fuzzy = new Map<string, Person | null>()
  /** Capitalised words written just before a person's full name ("Recorder", "Ayatollah"). */
  readonly #titledBy = new Map<string, Person[]>()
  /** People by the first letter of their last name, and of their first (see `person`). */
  private initials: { last: Map<string, Person[]>; first: Map<string, Person[]> } | null = null

  constructor(view: ArticleView) {
    const texts = view.sentences.map((s) => (s ? s.words : ''))
    const honoured = new Set<string>()
    texts.forEach((t) => {
      for (const m of allMatches(HONORIFIC_SURNAME, t)) honoured.add(m[2]!)
    })
    for (const [short, full] of acronymsByInitials(texts)) this.acronyms.set(short, full)
    /** Every word of a name of several words ("Tsai" of "Tsai Ing-wen"), person or not. */
    const inLongerNames = new Set<string>()
    /** Surnames with a title and no first name ("Commissioner Gregson"), for after the pass. */
    const titledSurnames: Array<{ run: NameRun; si: number; before: string }> = []
    // A given name or a surname alone, each a person the article never names in full.
    const singleNames: Array<{ run: NameRun; si: number; before: string }> = []
    // Does the next sentence, in the same paragraph or the next, open as `opening` reads?
    const nextOpens = (si: number, opening: RegExp): boolean => {
      const next = view.sentences[si + 1]
      return (
        !!next && next.paragraph - view.sentences[si]!.paragraph <= 1 && opening.test(next.words)
      )
    }
    // "Mutale Nalumango was unconvinced. She said …": a sentence whose next opens with "he" or
    // "she" is about someone.
    const pronounNext = (si: number): boolean => nextOpens(si, OPENING_PRONOUN)
    // "Murkomen added …" ¶ ""…," he said.": the next sentence's words are given to "he" or "she".
    const heOrSheSaysNext = (si: number): boolean => nextOpens(si, HE_OR_SHE_SAYS)
    /** Letters in brackets that stand for a person's office, not a body. */
    const officeLetters = new Set<string>()
    // First pass: who is a person, with roles and organisation.
    texts.forEach((text, si) => {
      for (const [short, full] of acronymsIn(text)) this.acronyms.set(short, full)
      const sentence = view.sentences[si]
      const runs = sentence ? acrossNicknames(findNameRuns(text), sentence.text) : []
      this.#runs[si] = runs
      for (const run of runs) {
        if (run.name.includes(' ')) for (const word of run.name.split(' ')) inLongerNames.add(word)
        // "Sabiu Abdullahi (APC, Niger North) said", "Ann Cole (D-Maine) said": a party or seat
        // in brackets after a name.
        // "Thabani Masuku, SC, told": letters after the name for an office or an honour.
        const after = text
          .slice(run.end)
          .replace(/^\s*\([^()⟦]{1,40}\)/, '')
          .replace(POST_NOMINAL_AFTER, '')
        const before = text.slice(Math.max(0, run.index - 60), run.index)
        const appositive =
          after.match(APPOSITIVE)?.[1] ?? openAppositive(text, run.end, mainVerb(sentence))
        const described = appositive ? (roleIn(appositive) ?? personHead(appositive)) : null
        const appositiveRole = appositive && !/^[A-Z]/.test(appositive) ? described : null
        // "Speaking on RTÉ's Morning Ireland, Assistant Garda Commissioner Paul Cleary, said": a
        // capitalised phrase that ends in a person's name is that person, not a description of
        // the run before it.
        const possessiveRole =
          appositive && /^[A-Z]/.test(appositive) && !endsInName(appositive) ? described : null
        // A long role and the body it serves, before the name.
        const lead = text.slice(Math.max(0, run.index - 120), run.index)
        const person =
          !JOINS_BODY_NAME.test(after) &&
          // "Sri Lanka Podujana Peramuna (SLPP) Parliamentarian …": the letters a body goes by.
          !initialledAfter(run.name, text.slice(run.end)) &&
          !namesGroup(run) &&
          !namesUnit(run) &&
          !businessBefore(before, run) &&
          // "RTÉ's Morning Ireland", "The Andrew Marr Show" are programmes; "NBC's Lester Holt"
          // is still a person.
          !PROGRAMME_END.test(run.name) &&
          !(OUTLET_OWNS_BEFORE.test(before) && !looksLikePerson(run)) &&
          // "the Lib Dem said", "the Tory added": capitalised words right after "the", with no
          // title among them, describe someone; a person's name takes no article. Not a "the"
          // inside a title ("Minister for Agriculture and the Marine Charlie McConalogue").
          !(
            /(?:^|\s)the\s+$/.test(before) &&
            !/[A-Z][\w'’-]*\s+(?:and|of|for|&)\s+the\s+$/.test(before) &&
            run.raw === run.name &&
            !run.titled
          ) &&
          (looksLikePerson(run) ||
            // "Montell Figgins, who represents …": "who" follows people, "which" things.
            (/^,\s+who\s/.test(after) && hasNameShape(run)) ||
            // "Zhang Lihua, 58, lost her house", "15-year-old Pemba Tamang": an age.
            (titledInBrackets(text.slice(run.end)) && hasNameShape(run)) ||
            ((/^,\s+\d{1,3},/.test(after) || /\b\d{1,3}-year-old\s+$/.test(before)) &&
              hasNameShape(run)) ||
            // "Hamid Najem found himself …": a reflexive pronoun for the subject.
            (REFLEXIVE_AFTER.test(after) && hasNameShape(run)) ||
            // "Kwesi Owuso is a tailor": said to be one of a kind of person.
            (isPersonNoun(IS_A_NOUN_AFTER.exec(after)?.[1] ?? '') && hasNameShape(run)) ||
            // "Another of the coordinators, Javin Jameson, is …": one of several holding a role.
            (ONE_OF_BEFORE.test(before) && /^,/.test(after) && hasNameShape(run)) ||
            // "Nigeria's culture minister, Lai Mohammed, thanked …": a role, then the name.
            ((ROLE_BEFORE.test(before) ||
              ROLE_OF_NAMED_BODY_BEFORE.test(lead) ||
              ROLE_OF_UNIT_BEFORE.test(lead)) &&
              // "… was made by the Minister of Interior, Rauf Aregbesola.": or closing it; or
              // as the subject of a verb in the past ("Minister for Health, Ana Roe introduced").
              ROLE_NAME_CLOSES.test(after) &&
              hasNameShape(run)) ||
            ((appositiveRole !== null || possessiveRole !== null) && hasNameShape(run)) ||
            (endsWithRoleNoun(before) && hasNameShape(run)) ||
            // "incumbent Jair Bolsonaro", "Principal magistrate Cherono Kesse": a noun for one
            // person as the name's title.
            (personNounBefore(before, run) !== null && hasNameShape(run)) ||
            (honoured.has(run.name.split(' ').pop()!) && looksLikeSpeakerName(run)) ||
            ((quoteVerbAfter(SPEECH_AFTER, after) || endsWithInvertingVerb(before)) &&
              looksLikeSpeakerName(run)) ||
            (quoteVerbAfter(SPEECH_AFTER_APPOSITIVE, after) && hasNameShape(run)) ||
            (quoteVerbAfter(SPEECH_AFTER_FROM, after) && looksLikeSpeakerName(run)) ||
            (PARTICIPLE_APPOSITIVE_VERB.test(after) &&
              /^\W*$/.test(text.slice(0, run.index)) &&
              hasNameShape(run)) ||
            // A name before the sentence's verb that the next sentence's pronoun takes up: the
            // subject itself, or set off by commas after it ("Banda's running mate, Mutale
            // Nalumango, was …"); not a name inside a phrase ("The cancellation of the Leaving
            // Certificate exams was …").
            (pronounNext(si) &&
              (/^\W*(?:(?:But|And|Yet|So|Still|However|Meanwhile)\b,?\s*)?$/.test(
                text.slice(0, run.index)
              ) ||
                (/,\s*$/.test(text.slice(0, run.index)) && /^,/.test(after))) &&
              run.end <= (mainVerb(sentence)?.start ?? -1) &&
              looksLikeSpeakerName(run)))
        if (!person) {
          // "Joel, who did not want to give his last name, said …": a given name alone, opening
          // its sentence as the subject of a verb of saying, is a person the article never
          // names in full.
          if (
            !run.name.includes(' ') &&
            !run.titled &&
            isFirstName(run.name) &&
            !isPlace(run.name) &&
            /^\W*$/.test(text.slice(0, run.index)) &&
            (quoteVerbAfter(SPEECH_AFTER, after) ||
              quoteVerbAfter(SPEECH_AFTER_APPOSITIVE, after) ||
              quoteVerbAfter(SPEECH_AFTER_WHO, after))
          ) {
            singleNames.push({ run, si, before })
            continue
          }
          // "Another farmer, who wanted to be known as Ahmad, 40, said": the one name someone
          // chose to be known by. "Another resident, Joseph, owns a barbershop": a given name
          // set off by commas after the kind of person it names.
          const describedBefore = DESCRIBED_PERSON_BEFORE.exec(before)?.[1]
          if (
            !run.name.includes(' ') &&
            !run.titled &&
            !isPlace(run.name) &&
            !isOrganisation(run.name) &&
            (KNOWN_AS_BEFORE.test(before) ||
              (describedBefore !== undefined &&
                isPersonNoun(describedBefore) &&
                isFirstName(run.name) &&
                /^,/.test(after)))
          ) {
            singleNames.push({ run, si, before })
            continue
          }
          // "Murkomen added that …" ¶ ""…," he said.": a surname alone, opening its sentence as
          // the subject of a verb of saying, whose words the next sentence gives to "he" or "she",
          // is a person the article never names in full; a body would be "it".
          if (
            /^\p{Lu}\p{Ll}{2,}$/u.test(run.name) &&
            !run.titled &&
            !isPlace(run.name) &&
            !isOrganisation(run.name) &&
            ORG_SYNONYMS[run.name.toLowerCase()] === undefined &&
            /^\W*$/.test(text.slice(0, run.index)) &&
            /^\s+[a-z]/.test(after) &&
            quoteVerbAfter(SPEECH_AFTER, after) &&
            heOrSheSaysNext(si)
          ) {
            singleNames.push({ run, si, before })
            continue
          }
          // "Union Minister of State for …": a body's word before a title makes a title, and the
          // office's "of" no body's name.
          if (run.name.includes(' ') && TITLES.has(run.name.split(' ').at(-1)!.toLowerCase()))
            continue
          const full = withOrgTail(run.name, after)
          // "Union leaders say …": a body's common noun, capitalised as the sentence's first
          // word, names no body.
          const opensWithNoun =
            !run.name.includes(' ') &&
            ORG_SYNONYMS[run.name.toLowerCase()] !== undefined &&
            /^[\s"“‘']*$/.test(text.slice(0, run.index))
          // "City" + " of Toronto": a governed place is a body once its "of" completes it.
          const org =
            !opensWithNoun &&
            (isOrganisation(run.name) ||
              (full !== run.name && isOrganisation(full)) ||
              businessBefore(before, run) ||
              businessNamedAfter(text, run, after))
          if (org && !this.#orgSet.has(full)) {
            this.#orgSet.add(full)
            this.orgs.push(full)
          }
          if (full.includes(' ') && !this.otherNames.has(full)) {
            this.otherNames.add(full)
            const first = full.split(' ')[0]!
            this.otherByFirst.set(first, [...(this.otherByFirst.get(first) ?? []), full])
          }
          continue
        }
        const p = this.addPerson(run.name, si)
        if (p && p.name.includes(' '))
          for (const word of wordsTitling(run)) {
            const list = this.#titledBy.get(word) ?? []
            if (!list.includes(p)) this.#titledBy.set(word, [...list, p])
          }
        if (!p) {
          if (run.titled && !run.name.includes(' ') && !GROUP_NOUNS.has(run.name.toLowerCase()))
            titledSurnames.push({ run, si, before })
          continue
        }
        const role = titleRoleBefore(before, run) ?? appositiveRole ?? possessiveRole
        if (role && !p.roles.includes(role)) p.roles.push(role)
        // "Senator Mustafa Khokhar, spokesman of the party's chairman": the title and the role
        // the comma gives, both his ("the spokesman added").
        if (appositiveRole && !p.roles.includes(appositiveRole)) p.roles.push(appositiveRole)
        const served = ROLE_NAME_SUBJECT.test(after)
          ? roleOfBodyBefore(text.slice(Math.max(0, run.index - 120), run.index))
          : null
        if (served && !p.roles.includes(served.role)) p.roles.push(served.role)
        // "the school's principal, Deon Anglin.": a role before the comma, whatever ends the name.
        const roleAhead =
          !served && (/^(?:[.;]|$)/.test(after) || ROLE_NAME_SUBJECT.test(after))
            ? roleBefore(before)
            : null
        if (roleAhead && !p.roles.includes(roleAhead)) p.roles.push(roleAhead)
        // "a professor of Chemical Engineering and the Vice Chancellor of the University": each
        // description joined by "and" is a role of theirs, so "The Vice Chancellor says" is them.
        if (appositiveRole)
          for (const also of appositive!.split(COORDINATED).slice(1)) {
            const more = roleIn(also)
            if (more && !p.roles.includes(more)) p.roles.push(more)
          }
        const office = officeBefore(run)
        if (office && !p.offices.includes(office)) p.offices.push(office)
        // "Chief Election Commissioner (CEC) Muhammad Raza Khan": the letters are the office's,
        // and "the CEC" is the one who holds it, not a body.
        const initialled = initialledOfficeBefore(before)
        if (initialled) {
          if (!p.offices.includes(initialled.office)) p.offices.push(initialled.office)
          officeLetters.add(initialled.letters)
        }
        p.org ??=
          (appositive ? orgIn(appositive) : null) ?? served?.body ?? affiliationBefore(before)
        const reflexive = REFLEXIVE_AFTER.exec(after)?.[1]?.toLowerCase()
        p.gender ??=
          genderFrom(before, role, p.name) ??
          (reflexive ? (reflexive === 'himself' ? 'm' : 'f') : null)
      }
    })
    for (const letters of officeLetters) this.acronyms.delete(letters)
    // "Commissioner Gregson said": a title before a surname marks a person the article never
    // names in full. A word of a longer name anywhere ("Shane Gregson", "Tsai Ing-wen") is that
    // name's; one inside a body's name ("the Association of Resident Doctors") is no person.
    for (const { run, si, before } of titledSurnames) {
      if (inLongerNames.has(run.name) || /\b(?:of|the|for)\s+$/i.test(before)) continue
      if (this.person(run.name)) continue
      const p = this.addPerson(run.name, si, true)
      if (!p) continue
      const role = titleRoleBefore(before, run)
      if (role && !p.roles.includes(role)) p.roles.push(role)
      const office = officeBefore(run)
      if (office && !p.offices.includes(office)) p.offices.push(office)
      p.gender ??= genderFrom(before, role, p.name) ?? null
    }
    // A given name or a surname alone that is a word of a longer name anywhere is that name's.
    for (const { run, si, before } of singleNames) {
      if (inLongerNames.has(run.name) || this.person(run.name)) continue
      const p = this.addPerson(run.name, si, true)
      if (p) p.gender ??= genderFrom(before, null, p.name) ?? null
    }
    // Second pass: every mention, now that aliases are known.
    const pronouns = new Map<Person, Set<Gender>>()
    // "Judge Caroline Goodwin said his behaviour was …": a pronoun that opens the words reported
    // is as often another's; it tells a gender only where the first name does not.
    const reported = new Map<Person, Set<Gender>>()
    texts.forEach((text, si) => {
      const list: PersonMention[] = []
      const firstVerb = mainVerb(view.sentences[si])
      for (const run of this.runsIn(si)) {
        const person = this.person(run.name, si)
        if (!person) continue
        const h = text.slice(0, run.index).match(HONORIFIC_BEFORE)
        if (h) person.gender ??= HONORIFICS.get(h[1]!.toLowerCase()) ?? null
        list.push({
          person,
          sentence: si,
          start: run.index,
          end: run.end,
          subject:
            (!firstVerb || run.end <= firstVerb.start) &&
            // "Secretary of State Rex Tillerson held …": an "of" inside the opening title.
            (TITLE_OPENING.test(text.slice(0, run.index)) ||
              !/\b(?:of|to|by|with|from|for|about|according to)\s+(?:the\s+)?$/i.test(
                text.slice(Math.max(0, run.index - 20), run.index)
              ))
        })
      }
      // "Trump's lawyer Rudy Giuliani said", "Coun Michael's opponent, councillor Neil McEvoy,
      // urged": an owner is no subject when a name after it, before the verb, is.
      for (const [k, m] of list.entries()) {
        if (m.subject && isOwner(text, m) && list.slice(k + 1).some((n) => n.subject))
          m.subject = false
      }
      this.mentions[si] = list
      // "Stephane Sejourne said … as he joined …": "he", "his" or "she" after a sentence's
      // subject, before anyone else is named, is the subject's ("her" may be another's object:
      // "who coached her").
      const [first, next] = list
      const after = first?.subject ? text.slice(first.end, next?.start) : ''
      const pronoun = /\b(he|his|she)\b/i.exec(after)
      if (first && pronoun) {
        const opensReport = REPORT_OPENS.test(
          after.slice(Math.max(0, pronoun.index - 48), pronoun.index)
        )
        const kept = opensReport ? reported : pronouns
        const seen = kept.get(first.person) ?? new Set<Gender>()
        kept.set(first.person, seen.add(/^(?:he|his)$/i.test(pronoun[1]!) ? 'm' : 'f'))
      }
    })
    // "Hakainde Banda accused the commission of delays. He told supporters …": a sentence that
    // opens with "he" or "she" right after one with one subject. Weaker than a
    // pronoun in the person's own sentence: it tells a gender only where the first name does not.
    const openers = new Map<Person, Set<Gender>>()
    view.sentences.forEach((s, si) => {
      const opener = OPENING_PRONOUN.exec(s.words)?.[1]
      const previous = this.mentions[si - 1] ?? []
      // Its one subject, whoever else it names after the verb ("… by the union's secretary,
      // Achike Chude. He condemned …").
      const subjects = new Set(previous.filter((m) => m.subject).map((m) => m.person))
      if (!opener || si === 0 || s.paragraph - view.sentences[si - 1]!.paragraph > 1) return
      if (subjects.size !== 1) return
      const [person] = subjects
      const seen = openers.get(person!) ?? new Set<Gender>()
      openers.set(person!, seen.add(opener === 'He' ? 'm' : 'f'))
    })
    // The text's own word for a person's gender (a title, a role, an honorific, the pronouns it
    // uses for them, when they agree) before a guess from the first name, which fails most often
    // on the names of other languages.
    const one = (genders: Set<Gender> | undefined): Gender | null =>
      genders?.size === 1 ? [...genders][0]! : null
    for (const p of this.people)
      p.gender ??=
        one(pronouns.get(p)) ?? genderOf(p.name) ?? one(openers.get(p)) ?? one(reported.get(p))
  }

  /** The runs of capitalised words in sentence `si`'s own words (its quotations blanked). */
  runsIn(si: number): readonly NameRun[] {
    return this.#runs[si] ?? []
  }

  /** A body the article named as one ("electricity utility Eskom", "the Acme Corp"). */
  isOrg(name: string): boolean {
    return this.#orgSet.has(name)
  }

  /** "Tottenham" or "Big Machine" for the "Tottenham Hotspur" or "Big Machine Records" named earlier. */
  fullName(name: string): string | null {
    if (name.includes(' ') && this.otherNames.has(name)) return name
    // "FedEx" is the company "FedEx Corp" names; only a name cut short is completed. Not
    // letters, a name in full: "ESB" is not "ESB Networks", nor "UN" the "UN Security Council".
    if (/^[A-Z]{2,6}$/.test(name)) return null
    const full = (this.otherByFirst.get(name.split(' ')[0]!) ?? []).find((n) =>
      n.startsWith(`${name} `)
    )
    return full &&
      !/\s(?:Corp|Corporation|Inc|Co|Ltd|LLC|PLC|plc|Group|Holdings|SA|AG)\.?$/.test(full)
      ? full
      : null
  }

  /** `surname`: a one-word name may stand alone (a titled surname the article never completes). */
  private addPerson(name: string, si: number, surname = false): Person | null {
    const tokens = name.split(' ')
    const existing = this.person(name)
    // "Hawk Sawyer" after "Kathleen Hawk Sawyer": the last names of a registered name.
    if (
      existing &&
      (tokens.length === 1 ||
        existing.name === name ||
        existing.name.endsWith(` ${name}`) ||
        existing.name.startsWith(`${name} `))
    )
      return existing
    if (tokens.length < 2 && !surname) return null
    // "Recorder Goodwin" after "Recorder Caroline Goodwin": a word the article wrote before a
    // full name, now before that name's surname alone, is the person's title, not a first name.
    if (tokens.length === 2 && !isFirstName(tokens[0]!)) {
      const titled = this.#titledBy.get(tokens[0]!)?.filter((p) => surnameOf(p.name) === tokens[1])
      if (titled?.length === 1) {
        this.byName.set(name, titled[0]!)
        return titled[0]!
      }
    }
    // "Patrick W. Carlineo Jr." after "Patrick Carlineo", "Kathleen Hawk Sawyer" after "Hawk
    // Sawyer": one person, named in full.
    const keyed = this.keyed(name)
    const same =
      keyed ??
      this.holding(tokens.at(-1)!).find((p) => p.name.includes(' ') && name.endsWith(` ${p.name}`))
    if (same) {
      if (tokens.length > same.name.split(' ').length) {
        this.byName.set(name, same)
        same.name = name
        this.initials = null
        for (const t of tokens)
          if (!this.byToken.get(t)?.includes(same))
            this.byToken.set(t, [...(this.byToken.get(t) ?? []), same])
      }
      return same
    }
    // "Volker" before "Kurt Volker": the single-word mention joins the full name.
    const p: Person = { name, gender: null, roles: [], offices: [], org: null, first: si }
    this.#order.set(p, this.people.length)
    this.people.push(p)
    if (this.initials) byInitial(this.initials, p)
    this.byName.set(name, p)
    if (!this.byKey.has(nameKey(name))) this.byKey.set(nameKey(name), p)
    this.fuzzy.clear()
    for (const t of tokens) {
      const list = this.byToken.get(t)
      if (list) list.push(p)
      else this.byToken.set(t, [p])
    }
    return p
  }

  /**
   * The person registered under the same first and last name ("Patrick Carlineo" for "Patrick W.
   * Carlineo Jr."), unless the two are a parent and a child ("Ferdinand E. Marcos Sr." and
   * "Ferdinand Marcos Jr.").
   */
  private keyed(name: string): Person | undefined {
    const p = this.byKey.get(nameKey(name))
    const mine = generationOf(name)
    const theirs = p && generationOf(p.name)
    return mine && theirs && mine !== theirs ? undefined : p
  }

  /**
   * Everyone whose name has the word `token` ("Smith" for "Jane Smith" and "Tom Smith"), in the
   * order they were first named.
   */
  holding(token: string): Person[] {
    return (this.byToken.get(token) ?? [])
      .filter((p) => p.name.split(' ').includes(token))
      .sort((a, b) => this.#order.get(a)! - this.#order.get(b)!)
  }

  /** The person a name or alias stands for: full name, surname, first name or a misspelling. */
  person(name: string, nearSentence?: number): Person | null {
    const exact = this.byName.get(name)
    if (exact) return exact
    const keyed = name.includes(' ') ? this.keyed(name) : undefined
    if (keyed) return keyed
    const tokens = name.split(' ')
    if (tokens.length > 1) {
      // "Hawk Sawyer" for "Kathleen Hawk Sawyer": the last names of a registered name.
      const last = this.byToken.get(tokens.at(-1)!)
      const hit = last?.find((p) => p.name.endsWith(` ${name}`))
      if (hit) return hit
      // "Mohd Rizal" for "Mohd Rizal Ismail": the given names an article may call someone by,
      // when only one registered name opens with them.
      const opening = this.byToken.get(tokens[0]!)?.filter((p) => p.name.startsWith(`${name} `))
      return opening?.length === 1 ? opening[0]! : null
    }
    const t = tokens[0]!
    const holders = this.byToken.get(t)
    if (holders?.length) {
      // The surname is the usual alias; a first name only when nobody has it as surname, or
      // when the one who has it as a first name was named in this sentence or the one before
      // ("Prabowo Subianto … claimed … "…," Prabowo said", where an "Edhy Prabowo" is named too).
      const bySurname = holders.filter((p) => surnameOf(p.name) === t)
      const pool = bySurname.length ? bySurname : holders
      if (nearSentence === undefined) return pool[0]!
      const near = this.nearest(holders, nearSentence, 1)
      if (near) return near
      if (pool.length === 1) return pool[0]!
      return this.nearest(pool, nearSentence) ?? pool[0]!
    }
    // "Toyota" is the company, not a misspelt "Toyoda".
    if (t.length < 6 || !/^[A-Z]/.test(t) || isOrganisation(t)) return null
    let close = this.fuzzy.get(t)
    if (close === undefined) {
      const near = (word: string, most: number): boolean =>
        word[0] === t[0] &&
        Math.abs(word.length - t.length) <= most &&
        editDistance(word.toLowerCase(), t.toLowerCase()) <= most
      // A misspelt surname; or a first name, as some papers call people ("Sarfraz" after
      // "Safraz Ahmed"), misspelt by one letter at most.
      // Only those with the same first letter can be near, so only they are read.
      const initials = (this.initials ??= this.people.reduce(byInitial, {
        last: new Map<string, Person[]>(),
        first: new Map<string, Person[]>()
      }))
      close =
        initials.last.get(t[0]!)?.find((p) => near(p.name.slice(p.name.lastIndexOf(' ') + 1), 2)) ??
        initials.first.get(t[0]!)?.find((p) => near(p.name.split(' ')[0]!, 1)) ??
        null
      this.fuzzy.set(t, close)
    }
    return close
  }

  /**
   * Of `pool`, the one mentioned last at or before `sentence`: the sentence's subject if it is
   * one of them ("Willis Otieno asked … the suspects, Duncan Otieno and …"), else the last named;
   * looking `back` sentences at most.
   */
  private nearest(pool: Person[], sentence: number, back = sentence): Person | null {
    for (let s = sentence; s >= Math.max(0, sentence - back); s--) {
      const here = (this.mentions[s] ?? []).filter((m) => pool.includes(m.person))
      const hit = here.find((m) => m.subject) ?? here.at(-1)
      if (hit) return hit.person
    }
    return null
  }

  /**
   * Registers a person met only as a speaker ("said Wang Hui"), by one name too ("…," said
   * Rumsinah): nobody the article names holds it, or the speaker would be them.
   */
  notePerson(name: string, sentence: number): Person | null {
    const p = this.addPerson(name, sentence, !name.includes(' '))
    if (p) p.gender ??= genderOf(p.name)
    return p
  }

  /**
   * "the NCAA boss", "Ryanair's chief": the one person named by `sentence` whom the article tied
   * to the body `owner` (its name, or the acronym the article gave it), whatever their role.
   */
  ofBody(owner: string, sentence: number): Person | null {
    const full = this.acronyms.get(owner) ?? owner
    const serving = this.people.filter(
      (p) => p.first <= sentence && p.org !== null && (p.org === full || p.org === owner)
    )
    return serving.length === 1 ? serving[0]! : null
  }

  /**
   * "the CS" after "Education Cabinet Secretary George Magoha", "the DG" after "the
   * Director-General …, Nuhu Musa": the one person whose office or role ends in words with those
   * initials.
   */
  withInitials(letters: string, sentence: number): Person | null {
    const abbreviates = (title: string): boolean => {
      const words = title.split(/[\s-]+/).filter(Boolean)
      for (let k = 2; k <= words.length; k++)
        if (
          words
            .slice(-k)
            .map((w) => w[0]!)
            .join('')
            .toUpperCase() === letters
        )
          return true
      return false
    }
    const holders = this.people.filter(
      (p) => p.first <= sentence && [...p.offices, ...p.roles].some(abbreviates)
    )
    return holders.length === 1 ? holders[0]! : null
  }

  /**
   * The person last given `role` at or before `sentence`; with `ahead`, when nobody has it yet,
   * the one person given it within the three sentences after.
   */
  withRole(role: string, sentence: number, ahead = true): Person | null {
    // "Justice Ravi Menon" (an office) is "the judge" too.
    const holds = (p: Person): boolean =>
      p.roles.some((r) => roleAnswersTo(r, role)) || p.offices.some((o) => roleAnswersTo(o, role))
    const holders = this.people.filter((p) => holds(p) && p.first <= sentence)
    if (holders.length === 1) return holders[0]!
    if (holders.length > 1) return this.nearest(holders, sentence) ?? holders.at(-1)!
    // "Kenya's police chief asked …" before the article names him: the one it names next.
    if (!ahead) return null
    const later = this.people.filter((p) => holds(p) && p.first <= sentence + 3)
    return later.length === 1 ? later[0]! : null
  }

  /**
   * "the Prime Minister", "the Fiji Prime Minister": the one person whose written title ends in
   * the same title ("Prime Minister", not "External Affairs Minister").
   */
  withOffice(office: string): Person | null {
    const key = office.toLowerCase().split(/\s+/).slice(-2).join(' ')
    const holders = this.people.filter((p) =>
      p.offices.some((o) => o === key || o.endsWith(` ${key}`))
    )
    return holders.length === 1 ? holders[0]! : null
  }

  isKnownPlace(name: string): boolean {
    return isPlace(name)
  }
}

/** First and last name, without middle initials or suffixes: "Patrick W. Carlineo Jr." → "patrick carlineo". */
function nameKey(name: string): string {
  const t = name.split(' ').filter((w) => !/^[A-Z]\.$/.test(w) && !isGeneration(w))
  // "Mugur Isărescu" and "Mugur Isarescu": one person, as papers drop the diacritics.
  const key = t.length >= 2 ? `${t[0]} ${t[t.length - 1]}` : name
  return key.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** "managing director", "ruling party": an -ing word before a noun qualifies it. */
export function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  if (!/ing$/.test(tokens[i]!.text)) return false
  // "the visiting minister", "Coun Michael's opposing councillor": after a determiner or a
  // possessive, a participle describes what follows.
  const before = tokens[i - 1]
  return (
    tokens[i + 1]?.pos === 'NOUN' || before?.pos === 'DET' || /^['’]s$/.test(before?.text ?? '')
  )
}

/**
 * The sentence's main verb: the first lower-case verb after any opening phrase set off by a
 * comma ("Writing in a blog post, Ingram dubbed …"; "On Tuesday, she said …").
 */
function mainVerb(s: SentenceView | undefined): Token | undefined {
  if (!s) return undefined
  // Asked for each name in the sentence: read once.
  if (mainVerbs.has(s)) return mainVerbs.get(s)
  const verb = readMainVerb(s)
  mainVerbs.set(s, verb)
  return verb
}
const mainVerbs = new WeakMap<SentenceView, Token | undefined>()

function readMainVerb(s: SentenceView): Token | undefined {
  const words = s.words
  const word = (t: Token): boolean => /\S/.test(t.text) && !/^⟦/.test(t.text)
  const opening = s.tokens.find(word)
  // "But addressing the press in Naivasha, Kuria …": past a conjunction that opens it.
  const first =
    opening?.pos === 'CCONJ' ? s.tokens.slice(s.tokens.indexOf(opening) + 1).find(word) : opening
  let from = 0
  if (first && /^(?:VERB|ADP|SCONJ|ADV)$/.test(first.pos)) {
    const comma = words.indexOf(', ')
    if (comma > 0) from = comma
    // "However, speaking on Morning Starr, Ofori expressed …": an opening phrase after an
    // opening adverb ends at its own comma.
    if (comma > 0 && first.pos === 'ADV') {
      const next = s.tokens.find((t) => t.start > comma && word(t) && /\w/.test(t.text))
      const further = words.indexOf(', ', comma + 2)
      if (next && /^(?:VERB|ADP|SCONJ)$/.test(next.pos) && further > 0) from = further
    }
  }
  // A verb inside a quotation ('Customers "began to say …," Cook told') is the speaker's, not
  // the sentence's: `words` has the quotations blanked.
  return s.tokens.find(
    (t, i) =>
      t.start >= from &&
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      words.slice(t.start, t.end).trim() !== '' &&
      /^[a-z]/.test(t.text) &&
      !modifiesNoun(s.tokens, i)
  )
}

/** "spokeswoman Jane Doe", "Administrator Charles Bolden": the title or role word before a name. */
function titleRoleBefore(before: string, run: NameRun): string | null {
  const raw = wordsBefore(run)
  // "the mother of Derek Chauvin", "a lawyer for Ana Ruiz": a name after a preposition is the
  // role's object, not the one who holds it.
  if (!raw.trim() && OBJECT_OF_ROLE.test(before)) return null
  const written = `${before.slice(-40)} ${raw}`
  const words = written
    .trim()
    .toLowerCase()
    .split(/[\s-]+/)
  for (let i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
    const word = words[i]!.replace(/[.,]$/, '')
    // "Ryanair CEO Michael O'Leary" holds the role "Ryanair's chief executive" names.
    const short = TITLE_ABBREVIATIONS.get(word.toUpperCase())
    const role =
      short && written.includes(word.toUpperCase()) ? short.split(' ').at(-1)!.toLowerCase() : word
    if (ROLE_NOUNS.has(role)) return role
  }
  // "Minister for Petroleum and Natural Gas Ravi Teli", "Minister of State for Parks …": the
  // title that opens an office of capitalised words, however many.
  const office = OFFICE_CHAIN.exec(`${before.slice(-80)} ${raw}`)?.[1]?.toLowerCase()
  if (office && ROLE_NOUNS.has(office)) return office
  return personNounBefore(before, run)
}

/** A title, "of" or "for", then capitalised words joined by "of", "for", "and", "the". */
const OFFICE_CHAIN = /\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:(?:the|of|for|and|&)\s+|[A-Z][\w-]*\s+)*$/

const OBJECT_OF_ROLE = /\b(?:of|for|to|with|by|from|against|about)\s+(?:the\s+)?$/i

/**
 * The noun for one person written as the name's title, lower case and right before it
 * ("incumbent", "magistrate" in "Principal magistrate Cherono Kesse"): see `isPersonNoun`.
 */
function personNounBefore(before: string, run: NameRun): string | null {
  const raw = wordsBefore(run)
  const text = `${before} ${raw}`.replace(/\s+$/, ' ')
  const last = /(?:^|\s)([a-z][a-z-]+)\s+$/.exec(text)?.[1]
  if (!last) return null
  if (isPersonNoun(last)) return last
  // "One of the beneficiaries Nomawethu Siswana": one of a plural, then the one.
  if (!/\bone of (?:the|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}$/i.test(text)) return null
  return personNounOfPlural(last)
}

/** "Fiji Prime Minister Sitiveni Rabuka": the capitalised title the name run started with. */
function officeBefore(run: NameRun): string | null {
  const title = wordsBefore(run).trim()
  if (!/^[A-Z]/.test(title)) return null
  if (isOffice(title)) return title.toLowerCase()
  // "Health CS Susan Nakhumicha": a title written short that is no title word itself holds the
  // office it stands for, so "the CS" (the Cabinet Secretary) finds her, and "the PS" the
  // Principal Secretary.
  const spelled = title.replace(/\b[A-Z]{2,4}$/, (short) => TITLE_ABBREVIATIONS.get(short) ?? short)
  return spelled !== title && isOffice(spelled) ? spelled.toLowerCase() : null
}

/**
 * "Chief Election Commissioner (CEC) " right before a name: a capitalised title, ending in a
 * title or role word, with its own initials in brackets.
 */
function initialledOfficeBefore(before: string): { office: string; letters: string } | null {
  const m = /((?:[A-Z][\w-]*\s+(?:of\s+|for\s+)?){1,6})\(([A-Z]{2,6})\)\s*$/.exec(before)
  if (!m) return null
  const words = m[1]!.trim().split(/\s+/)
  const last = words.at(-1)!.toLowerCase()
  if (!TITLES.has(last) && !ROLE_NOUNS.has(last)) return null
  // "Pakistan Chief Election Commissioner (CEC)": the words the letters spell, from the end.
  for (let k = 0; k < words.length - 1; k++) {
    const office = words.slice(k).join(' ')
    if (initialledAfter(office, `(${m[2]!})`))
      return { office: office.toLowerCase(), letters: m[2]! }
  }
  return null
}

/**
 * "the Director-General of the Nigerian Civil Aviation Authority, Captain Nuhu Musa": a role,
 * the body it serves, a comma, then the name.
 */
function roleOfBodyBefore(before: string): { role: string; body: string } | null {
  // Each word before an "of" may be the role: in "the words of Minister of State for Tourism,"
  // the first is not, the second is.
  for (const m of allMatches(ROLE_OF_BODY_BEFORE, before)) {
    const word = m[1]!.toLowerCase()
    const role = ROLE_NOUNS.has(word) ? word : ROLE_NOUNS.has(word.split('-').at(-1)!) ? word : null
    if (role) return { role, body: m[2]! }
  }
  return null
}
const ROLE_OF_BODY_BEFORE =
  /\b(?=([A-Za-z][\w-]*)\s+(?:of|for|at)\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w.&'’-]*){0,6}),\s+$)/g

/**
 * "the school's principal, Deon Anglin", "Another of the coordinators, Javin Jameson": a role
 * (or one of several holding it) right before a comma and the name.
 */
function roleBefore(before: string): string | null {
  // "Lead coordinator of the fundraising effort, Paris Francis": the role before its "of".
  const of = /\b([A-Za-z][\w-]*)\s+(?:of|for|at)\s+[^,;()]{1,60},\s+$/.exec(before)
  const head = of?.[1]!.toLowerCase()
  if (head && (ROLE_NOUNS.has(head) || isPersonNoun(head))) return head
  const m = /\b([a-z][\w-]*)\s*,\s+$/.exec(before)
  if (!m) return null
  const word = m[1]!
  const ahead = before.slice(0, m.index)
  if (
    (ROLE_NOUNS.has(word) || isPersonNoun(word)) &&
    /\b(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}$/i.test(ahead)
  )
    return word
  const one = /\b(?:one|another|each)\s+of\s+(?:the|its|their|our)\s+(?:[a-z-]+\s+)?$/i.test(ahead)
  const singular = word.replace(/s$/, '')
  return one && (ROLE_NOUNS.has(singular) || isPersonNoun(singular)) ? singular : null
}

/** "Transport Canada spokeswoman Jane Doe", "the Green Party's health spokeswoman Jane Doe". */
function affiliationBefore(before: string): string | null {
  const m = before.match(
    /([A-Z][\w.&'’-]*(?: (?:of |for |and )?[A-Z][\w.&'’-]*)*)(?:['’]s)? (?:[a-z][\w-]* ){0,3}$/
  )
  // "Her husband Reuben Maleitjie": a pronoun's capital opening the sentence is nobody's name.
  if (!m || /^(?:Her|His|Their|Its|Our|My|Your)$/.test(m[1]!)) return null
  const words = m[0].slice(m[1]!.length).toLowerCase().split(/\s+/)
  return words.some((w) => ROLE_NOUNS.has(w)) ? m[1]! : null
}

/** "… said his", "… told reporters that she": the pronoun opens the words reported. */
const REPORT_OPENS = new RegExp(
  `\\b(?:${QUOTE_VERB_PATTERN})(?:\\s+(?:the\\s+)?(?:${AUDIENCE_PATTERN}))?(?:\\s+that)?\\s*$`,
  'i'
)

/**
 * A person's gender from the honorific or the role before their name. A role compounded with
 * "-man" ("chairman", "spokesman") is written of women too ("Jackie Applebee, chairman of the
 * branch"), so a first name that says otherwise outranks it.
 */
function genderFrom(before: string, role: string | null, name: string): Gender | null {
  const h = before.match(HONORIFIC_BEFORE)
  const honorific = h ? HONORIFICS.get(h[1]!.toLowerCase()) : null
  if (honorific) return honorific
  const fromRole = role ? ROLE_NOUNS.get(role) : null
  // "chairwoman" says what it says.
  if (fromRole && /(?<!wo)man$/.test(role!)) return genderOf(name) ?? fromRole
  return fromRole ?? null
}

/** Files `p` under the first letter of its last name and, for a name of several words, its first. */
function byInitial(
  initials: { last: Map<string, Person[]>; first: Map<string, Person[]> },
  p: Person
): { last: Map<string, Person[]>; first: Map<string, Person[]> } {
  const file = (map: Map<string, Person[]>, letter: string | undefined): void => {
    if (letter === undefined) return
    const list = map.get(letter)
    if (list) list.push(p)
    else map.set(letter, [p])
  }
  file(initials.last, p.name.slice(p.name.lastIndexOf(' ') + 1)[0])
  if (p.name.includes(' ')) file(initials.first, p.name.split(' ')[0]![0])
  return initials
}

/**
 * Capitalised-name handling: finding name runs, stripping titles, telling people from
 * organisations and places. `compromise` supplies what hand rules cannot: which words are
 * first names and which are places. It is asked about single words only (memoised), which
 * keeps it cheap even on a megabyte of text.
 */
import nlp from 'compromise'
import {
  CALENDAR_WORD,
  CHINESE_FAMILY_NAMES,
  HONORIFICS,
  isPersonNoun,
  isWeekday,
  MEDIA_WORD_PATTERN,
  NEWS_OUTLET_PATTERN,
  ORG_WORD_PATTERN,
  PLACE_WORD_PATTERN,
  POLITY_WORD_PATTERN,
  HYPHEN_PARTICLE_PATTERN,
  NAME_LINKS,
  NAME_PARTICLES as PARTICLES,
  POST_NOMINALS,
  quoteVerbAfter,
  TITLE_MODIFIERS,
  GIVEN_NAMES,
  TITLE_PHRASES,
  TITLES,
  WEEKDAY_PATTERN,
  keepsStop,
  isGeneration
} from '../lexicon/lexicon'
import { tag } from './tagging/tag'

const WEEKDAY_WORD = new RegExp(`^(?:${WEEKDAY_PATTERN})$`)
/** "Then-candidate", "Ex-minister": a title modifier joined by a hyphen to a lower-case word. */
const HYPHENED_TITLE = new RegExp(`^(?:${[...TITLE_MODIFIERS, 'ex'].join('|')})-[a-z]+$`, 'i')

export interface NameRun {
  /** The run with titles stripped: "Charles Bolden" from "NASA Administrator Charles Bolden". */
  name: string
  /** The run as written. */
  raw: string
  index: number
  /** End of the run as written. */
  end: number
  /** A title or role word introduced it ("President", "researcher"), so it names a person. */
  titled: boolean
}

const ORG_WORDS = new RegExp(
  `\\b(?:${ORG_WORD_PATTERN}|${MEDIA_WORD_PATTERN}|${NEWS_OUTLET_PATTERN})(?![\\w'’-])`
)
const PLACE_WORDS = new RegExp(`\\b(?:${PLACE_WORD_PATTERN})\\b`)
/** "City of Toronto", "Democratic Republic of the Congo": a governed place, named by its "of". */
const POLITY_OF = new RegExp(`\\b(?:${POLITY_WORD_PATTERN})\\s+of\\s+(?:the\\s+)?[A-Z]`)
const POLITY_HEAD = new RegExp(`(?:^|\\s)(?:${POLITY_WORD_PATTERN})$`)

/**
 * "City", "Democratic Republic": a name that ends in a word heading a governed place's name,
 * which its "of" completes ("the City of Toronto said").
 */
export function isPolityHead(name: string): boolean {
  return POLITY_HEAD.test(name)
}

/**
 * A name word: capitalised, with any capital ("Ó Dálaigh", "Émile"), or a capitalised word after
 * a hyphenated particle ("al-Sudani"). The particle needs a word boundary before it, so
 * "Mosul-Baghdad" stays one word. A name may open with one lower-case letter before its capital
 * ("eThekwini", "iSimangaliso", "eBay", "Ó hAodha"), which is part of it: without it "the
 * eThekwini Municipality" named "Thekwini Municipality".
 */
const NAME_WORD = `(?:\\b(?:${HYPHEN_PARTICLE_PATTERN})-)?(?:\\b\\p{Ll}(?=\\p{Lu}\\p{Ll}))?\\p{Lu}[\\p{L}\\p{M}'’.-]*`
/**
 * One word of a person's name: capitalised, and each part of a double-barrelled one too
 * ("Lang-Lessing", "Sayed-Khaiyum", "Jean-Pierre"), or lower case after its hyphen ("Ping-an");
 * after a hyphenated particle too ("al-Sudani"). A second capital may follow a short prefix
 * ("McWilliams", "MacDonald", "O'Brien", "DeSantis").
 */
const NAME_TOKEN = new RegExp(
  `^(?:(?:${HYPHEN_PARTICLE_PATTERN})-)?\\p{Lu}(?:\\p{Ll}{1,2}\\p{Lu}|['’]\\p{Lu})?[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*$`,
  'u'
)
/** Name words, with name particles between them ("Rhun ap Iorwerth", "Ursula von der Leyen"). */
const NAME_RUN = `${NAME_WORD}(?:\\s{1,2}(?:(?:${[...PARTICLES].join('|')})\\s{1,2})*${NAME_WORD})*`
const NOT_NAME_START = new Set(
  'The A An In On At By For From During While When After Before Since Under As But And Or If So Yet This That These Those It He She They We I You His Her Their Its Our My Your Also However Meanwhile According Today Yesterday Writing Speaking Asked Not Both Other Some Many Most All One Two Three Several Such Like Finally Instead Recent Although Though'.split(
    ' '
  )
)

/** Words that make the weekday after them a time: "on Thursday", "last Monday", "by Friday". */
const DAY_BEFORE = /\b(?:on|last|this|next|by|until|till|since|from|before|after|early|late)\s+$/i

/**
 * A run's first word as NOT_NAME_START spells it: "It’s claimed" is "It"; "THE Met Office has
 * warned", a lede's first word in capitals, is "The".
 */
function startWord(token: string): string {
  const word = token.replace(/['’]s$/, '')
  return /^[A-Z]{2,}$/.test(word) ? word[0] + word.slice(1).toLowerCase() : word
}

/**
 * Capitalised words in a row, as a pattern: the owner a possessive names ("Ryanair's", "Fine
 * Gael's", "PC World's"), for the readers of a role or an office that belongs to a body.
 */
export const CAPITALISED_RUN_PATTERN = '[A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*)*'

/** What may stand before a text's first word: space, a quotation mark, a bracket. */
const TEXT_START = /^[\s"“‘'(]*$/
/**
 * "Guided by his vision, China …", "Looking ahead, …", "Boosting the development of …": a
 * capitalised word in -ing or -ed opening the text, before a preposition, a determiner, an
 * adverb or a pronoun, is a participle, not a one-word name. A name is followed by its verb or
 * a comma ("Manning said", "Browning, the minister, said"), so it stays one.
 */
function opensWithParticiple(text: string, at: number, word: string): boolean {
  if (!/^[A-Z][a-z]{3,}(?:ing|ed)$/.test(word) || !TEXT_START.test(text.slice(0, at))) return false
  if (!/^\s+[a-z]/.test(text.slice(at + word.length))) return false
  const next = tag(text.slice(at, at + 80)).tokens[1]
  return next !== undefined && /^(?:ADP|DET|ADV|PRON)$/.test(next.pos)
}

/**
 * "Describing Lagos traders as …", "Addressing Parliament on Tuesday, …", "Welcoming
 * President Ruto to …": a run that opens the text with a word in -ing the tagger reads as a verb,
 * followed by a lower-case word that is no verb or adverb, opens with a participle and its
 * object; the participle is no word of the name. "Browning Smith said", "Browning Smith, the
 * mayor, …" keep theirs.
 */
function participleBeforeName(text: string, at: number, run: string): boolean {
  const first = run.split(/\s/, 1)[0]!
  if (!/^[A-Z][a-z]{3,}ing$/.test(first) || !TEXT_START.test(text.slice(0, at))) return false
  if (!/^\s+[a-z]/.test(text.slice(at + run.length))) return false
  const tokens = tag(text.slice(at, at + run.length + 40)).tokens
  const after = tokens[run.split(/\s+/).length]
  return tokens[0]?.pos === 'VERB' && after !== undefined && !/^(?:VERB|AUX|ADV)$/.test(after.pos)
}

const SAYS_NEXT_LEAD = /^,?\s+(?:also\s+)?/

/** "Minister", "Inspector-General": a title, or a hyphened word whose last part is one. */
function isTitleWord(word: string): boolean {
  const w = word.toLowerCase()
  return TITLES.has(w) || TITLES.has(w.split('-').pop()!)
}

/**
 * The runs of texts read lately. The registry, the resolver and the scene sieves each ask for
 * the same sentences' runs: on a long article, six times in seven the text was read before.
 */
const runsRead = new Map<string, readonly NameRun[]>()
const RUNS_KEPT = 4096

/**
 * Maximal runs of capitalised words (with name particles like "De"), titles stripped. A wide gap
 * ends a run: in a sentence's `words`, a quotation is blanked, and 'Customers "began …" Cook
 * told' names no "Customers Cook".
 */
export function findNameRuns(text: string): NameRun[] {
  let runs = runsRead.get(text)
  if (!runs) {
    if (runsRead.size >= RUNS_KEPT) runsRead.clear()
    runs = readNameRuns(text)
    runsRead.set(text, runs)
  }
  return runs.map((r) => ({ ...r }))
}

function readNameRuns(text: string): NameRun[] {
  const runs: NameRun[] = []
  const re = new RegExp(NAME_RUN, 'gu')
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let tokens = m[0].split(/\s+/)
    if (tokens.length === 1 && opensWithParticiple(text, m.index, m[0])) continue
    // "Post-game, Bowen said": a compound whose second part is lower case, capitalised only
    // because it opens the sentence ("Jean-Pierre" and "Al-Sisi" keep their capitals).
    if (
      tokens.length === 1 &&
      /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(m[0]) &&
      TEXT_START.test(text.slice(0, m.index))
    )
      continue
    let offset = 0
    let dropped = 0
    if (tokens.length > 1 && participleBeforeName(text, m.index, m[0])) {
      offset += tokens[0]!.length + 1
      tokens = tokens.slice(1)
      dropped++
    }
    // "It’s claimed", "He's said": a pronoun with its verb run in is no name either.
    while (tokens.length > 0 && NOT_NAME_START.has(startWord(tokens[0]!))) {
      offset += tokens[0]!.length + 1
      tokens = tokens.slice(1)
      dropped++
    }
    // "Earlier on Thursday William tipped his hat": a day after "on" (or "last", "by" …) is the
    // time, not a name's first word (but "The Sunday Times" is a name).
    if (
      tokens.length > 1 &&
      isWeekday(tokens[0]!) &&
      DAY_BEFORE.test(text.slice(0, m.index) + m[0].slice(0, offset))
    ) {
      offset += tokens[0]!.length + 1
      tokens = tokens.slice(1)
      dropped++
    }
    // Possessives end a name: "Xi's watch" names Xi; in "China's Shanxi Province" the words
    // after the possessive are a name of their own, read on the next turn of the loop.
    // But a plural's ("Teachers' Union", "the Irish Creamery Milk Suppliers’ Association") inside
    // a body's name is part of it.
    const bodyName = tokens.length > 0 && ORG_WORDS.test(tokens.at(-1)!)
    const cut = tokens.findIndex(
      (t, i) => /['’]s?$/.test(t) && !(bodyName && i < tokens.length - 1 && /s['’]$/.test(t))
    )
    let raw = m[0]
    if (cut >= 0) {
      if (cut < tokens.length - 1) {
        const own = m[0].match(new RegExp(`^(?:\\S+\\s+){${dropped + cut}}\\S+`))
        if (own) {
          raw = own[0]
          re.lastIndex = m.index + own[0].length
        }
      }
      tokens = [...tokens.slice(0, cut), tokens[cut]!.replace(/['’]s?$/, '')]
    }
    // "Mr Singer", "Dr Driver": after an honorific, a word that is also a title is a surname.
    const honoured =
      tokens.length === 2 && HONORIFICS.has(tokens[0]!.toLowerCase().replace(/\.$/, ''))
    // "Chief Executive of …": a title, or a title of two words, is no name.
    const titleOnly =
      tokens.every((t) => TITLES.has(t.toLowerCase())) ||
      (tokens.length === 2 && TITLE_PHRASES.has(tokens.join(' ').toLowerCase()))
    if (tokens.length === 0 || (!honoured && titleOnly)) continue
    let titled = false
    let lastTitle = -1
    // "Inspector-General", "Director-General": a hyphened title is a title too.
    // "Council Member Tag Green": a title of two words, neither a title alone.
    tokens.forEach((t, i) => {
      if (!isTitleWord(t) && !TITLE_PHRASES.has(`${tokens[i - 1]} ${t}`.toLowerCase())) return
      // "Minister Tiong King Sing": after a title and a word no lexicon knows, a title that is
      // also a given name ("King", "Marshal") is a word of the name.
      const inName =
        lastTitle >= 0 &&
        i > lastTitle + 1 &&
        i < tokens.length - 1 &&
        mayBeFirstName(t) &&
        mayBeSurname(tokens[i - 1]!) &&
        !isDemonym(tokens[i - 1]!)
      // "Finance Minister Lim Guan Eng": a title word that ends the run, after a title and the
      // words of a name, is the name's last word ("Eng", an engineer's title before a name).
      const endsName = lastTitle >= 0 && i > lastTitle + 1 && i === tokens.length - 1
      if (!inName && !endsName) lastTitle = i
    })
    if (honoured) lastTitle = 0
    // Whether the run's words are those after a title in it ("Food Minister Sadhan …").
    let afterTitle = false
    if (lastTitle >= 0 && lastTitle < tokens.length - 1) {
      tokens = tokens.slice(lastTitle + 1)
      titled = true
      afterTitle = true
    }
    const before = text.slice(Math.max(0, m.index - 40), m.index + offset)
    // "spokeswoman Ana Ruiz", "chief executive CC Wei": a title in lower case before the run.
    const lower = /(?:\b([a-z-]+)\s+)?\b([a-z-]+)\s+$/.exec(before)
    if (!titled && lower && (TITLES.has(lower[2]!) || TITLE_PHRASES.has(`${lower[1]} ${lower[2]}`)))
      titled = true
    // "Governor of Washington Chris Gregoire": the first words complete the title, not the name;
    // and so in "Minister of Culture and Youth Affairs Ovik Oveyan", in "Minister for
    // Housing and the Environment Dara Quinlan", in "Minister of State for Petroleum …", and in
    // "ambassador to the United Nations Mwende Ochieng".
    const titleOf = before.match(
      /(?:^|[^A-Za-z-])([A-Za-z-]+) (?:of|for|to) (?:the )?(?:[A-Z][\w-]* (?:of|for) (?:the )?)?(?:(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*,? (?:and|&) (?:the )?)?$/
    )
    // Not a body's name: "a spokeswoman for West Midlands Ambulance Service"; after "the", only
    // an office's words and a name ("Mayor of the Light Regional Council Bill O'Brien"), not
    // the body alone ("Technical Advisor of the Super Eagles").
    const body = / the $/.test(titleOf?.[0] ?? '') && tokens.length < 3
    if (titleOf && isTitleWord(titleOf[1]!) && !ORG_WORDS.test(tokens.at(-1)!) && !body) {
      // "the Minister of Health": one word after the title's "of" completes the office.
      if (tokens.length === 1) continue
      titled = true
      while (tokens.length > 2 && !isFirstName(tokens[0]!)) tokens = tokens.slice(1)
      if (tokens.length >= 2 && !isFirstName(tokens[0]!) && isFirstName(tokens[1]!))
        tokens = tokens.slice(1)
      const mr = tokens.findIndex((t) => TITLES.has(t.toLowerCase()))
      if (mr >= 0 && mr < tokens.length - 1) tokens = tokens.slice(mr + 1)
      // The name starts past the office's words, as the run's index says.
      const at = m[0].indexOf(tokens.join(' '), offset)
      if (at >= 0) offset = at
      // "Parliamentary Secretary for Medical Research, Frank McGuire": words that neither open
      // with a given name nor end in a surname complete the office; the name comes after.
      const given = isFirstName(tokens[0]!) || mayBeFirstName(tokens[0]!)
      if (!given && !mayBeSurname(tokens.at(-1)!.replace(/[.,]$/, ''))) continue
    }
    // "Seventeen-year-old Lily Tran", "Then-candidate Macron": an age, or a title modifier
    // joined to a lower-case title, describes a person, like a title, and is no name.
    while (
      tokens.length > 1 &&
      (/-year-old$/i.test(tokens[0]!) || HYPHENED_TITLE.test(tokens[0]!))
    ) {
      offset += tokens[0]!.length + 1
      tokens = tokens.slice(1)
      titled = true
    }
    // "Scientologist Tom Cruise", "United Nations Peter Otieno": words before a first name
    // that are no first names themselves name a role or an organisation, not the person.
    // After "the", only an organisation's name: "at the Sao Paulo Grand Prix" names a thing,
    // whose words all belong to it; so does a run that ends in a body's word ("Ashford Graham
    // Primary School").
    if (
      tokens.length > 2 &&
      !isFirstName(tokens[0]!) &&
      !isKoreanName(tokens.slice(0, 2)) &&
      !ORG_WORDS.test(tokens.at(-1)!)
    ) {
      // "PyeongChang Olympics Lim Hyo-jun": a Korean name starts at its family name.
      const j = tokens.findIndex(
        (t, i) =>
          i > 0 &&
          ((isFirstName(t) && !NAME_LINKS.has(t.toLowerCase())) ||
            (i === tokens.length - 2 && isKoreanName(tokens.slice(i))))
      )
      const thing = /\bthe\s+$/i.test(before) && !isOrganisation(tokens.slice(0, j).join(' '))
      // Right after a title, only a word for a person ("Chief Operational Meteorologist Steven
      // Ramsdale", "Det Con Richard Staff") goes before the name: "Food Minister Sadhan Chandra
      // Majumder" opens with a given name the lexicon does not know.
      const described = tokens.slice(0, j).some((t) => isPersonNoun(t.toLowerCase()))
      if (j > 0 && tokens.length - j >= 2 && !thing && (!afterTitle || described)) {
        const at = m[0].indexOf(tokens.slice(j).join(' '), offset)
        if (at >= 0) offset = at
        tokens = tokens.slice(j)
      }
    }
    // "in downtown Kingston Wednesday": a weekday after a name is when, not part of it.
    const bare = (t: string): string => t.replace(/[.,]$/, '')
    while (tokens.length > 1 && WEEKDAY_WORD.test(bare(tokens.at(-1)!)))
      tokens = tokens.slice(0, -1)
    // "Victoria Atkins MP", "Sir John Smith KC": letters after the name are no part of it.
    while (tokens.length > 2 && POST_NOMINALS.has(bare(tokens.at(-1)!)))
      tokens = tokens.slice(0, -1)
    // "in May" is a month, at a sentence's end too; "May said" is Theresa May.
    if (
      tokens.length === 1 &&
      CALENDAR_WORD.test(bare(tokens[0]!)) &&
      !quoteVerbAfter(SAYS_NEXT_LEAD, text.slice(m.index + m[0].length))
    )
      continue
    // "Sani- Maigoro": a double-barrelled name broken after its hyphen is one word.
    const name = tokens
      .join(' ')
      .replace(/(?<=\p{L})- (?=\p{Lu})/gu, '-')
      .replace(/[.,]$/, (s) => (s === '.' && keepsStop(tokens.at(-1)!.slice(0, -1)) ? s : ''))
    runs.push({ name, raw, index: m.index + offset, end: m.index + raw.length, titled })
  }
  return joinedByAnd(text, withGenerations(text, runs))
}

/** "Ferdinand R. Marcos, Jr.": a generation set off by a comma still ends the name before it. */
function withGenerations(text: string, runs: NameRun[]): NameRun[] {
  const out: NameRun[] = []
  for (const run of runs) {
    const prev = out.at(-1)
    if (
      prev &&
      isGeneration(run.raw) &&
      prev.name.includes(' ') &&
      !generationOf(prev.name) &&
      /^,\s$/.test(text.slice(prev.end, run.index))
    ) {
      const from = prev.end - prev.raw.length
      out[out.length - 1] = {
        ...prev,
        name: `${prev.name} ${run.raw}`,
        raw: text.slice(from, run.end),
        end: run.end
      }
    } else out.push(run)
  }
  return out
}

/**
 * "the Food and Drink Federation", "the Competition and Markets Authority": a body's name that
 * joins capitalised words to its own with "and" is one name, not a word and a body; not when
 * the words before are a name of their own ("Google and Microsoft Corporation", "Ana Roe and
 * Kestrel Council").
 */
function joinedByAnd(text: string, runs: NameRun[]): NameRun[] {
  for (let i = runs.length - 1; i > 0; i--) {
    const a = runs[i - 1]!
    const b = runs[i]!
    if (!/^\s(?:and|&)\s$/.test(text.slice(a.end, b.index)) || b.raw !== b.name) continue
    if (a.titled || a.name.split(' ').length > 3 || !ORG_WORDS.test(b.name)) continue
    if (isOrganisation(a.name) || isPlace(a.name) || looksLikePerson(a)) continue
    if (!a.raw.endsWith(a.name)) continue
    runs.splice(i - 1, 2, {
      name: `${a.name}${text.slice(a.end, b.index)}${b.name}`,
      raw: `${a.raw}${text.slice(a.end, b.end)}`,
      index: a.index,
      end: b.end,
      titled: false
    })
  }
  return runs
}

/**
 * A capitalised word that compromise's lexicon tags `tag` (read in lower case when `lower`),
 * remembered per word.
 */
function taggedWord(tag: string, lower = false): (word: string) => boolean {
  const cache = new Map<string, boolean>()
  return (word) => {
    let v = cache.get(word)
    if (v === undefined) {
      v = /^\p{Lu}\p{Ll}+$/u.test(word) && nlp(lower ? word.toLowerCase() : word).has(`#${tag}`)
      cache.set(word, v)
    }
    return v
  }
}

const compromiseFirstName = taggedWord('FirstName')
/** "Regional", "Public": a capitalised word that is an adjective written in lower case. */
export const isAdjectiveWord = taggedWord('Adjective', true)
/** "Lina", "Pascale": a first name compromise knows, or one of the lexicon's given names. */
export const isFirstName = (word: string): boolean =>
  GIVEN_NAMES.has(word) || compromiseFirstName(word)

/**
 * "Frank", "Bill", "Ray", "Joy": a word compromise knows as a first name and as a common word
 * ("frank", "a bill"), which it tags as the common word when it stands alone.
 */
const compromiseModel = nlp.model() as {
  one: { lexicon?: Record<string, string> }
  two?: { switches?: Record<string, string> }
}
const personOrWord = new Set(
  Object.entries(compromiseModel.two?.switches ?? {}).flatMap(([word, kinds]) =>
    kinds.split('|').includes('Person') ? [word] : []
  )
)
const pluralCache = new Map<string, boolean>()
/**
 * "Sales", "Negotiations": one capitalised word that, written small, is a plural common noun to
 * compromise ("sales", not "siemens", a company it knows); a sentence's opening word, no name.
 */
export function isCommonPlural(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false
  let v = pluralCache.get(word)
  if (v === undefined) {
    const doc = nlp(word.toLowerCase())
    v = doc.has('^#Plural$') && !doc.has('#Organization')
    pluralCache.set(word, v)
  }
  return v
}

/** "Sri Lanka", "San Jose": a name compromise's lexicon lists, whole, as a country or a city. */
function listedPlace(name: string): boolean {
  const tag = compromiseModel.one.lexicon?.[name.toLowerCase()]
  return tag === 'Country' || tag === 'City'
}
const mayBeFirstName = (word: string): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(word) && personOrWord.has(word.toLowerCase())
/**
 * A surname compromise does not know as a word of another kind ("Mba", "Smith", "McGuire",
 * "O'Brien"; not "Garden", nor "Development").
 */
const mayBeSurname = (word: string): boolean => {
  const tag = compromiseModel.one.lexicon?.[word.toLowerCase()]
  return (
    // "Sanwo-Olu", "Hill-Marsh": a double-barrelled surname, its second part capitalised too.
    /^(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u.test(word) &&
    (tag === undefined || tag === 'LastName') &&
    // "Rural Development", "Food Security": an abstract noun's ending is no surname's.
    !ABSTRACT_NOUN_ENDING.test(word)
  )
}
/** Endings of English abstract nouns (development, security, relation, affairs). */
const ABSTRACT_NOUN_ENDING = /\p{Ll}(?:ment|ity|tion|sion|ness|ship|ism|ics|ance|ence)s?$/u
/** "Italian", "Japanese", "Scottish": a nationality. */
export const isDemonym = taggedWord('Demonym')

const genderCache = new Map<string, 'm' | 'f' | null>()
/** 'm' or 'f' when the first name says so (per compromise's lexicon), else null. */
export function genderOf(fullName: string): 'm' | 'f' | null {
  const first = fullName.split(' ')[0] ?? ''
  let v = genderCache.get(first)
  if (v === undefined) {
    const doc = nlp(first)
    v = doc.has('#MaleName') ? 'm' : doc.has('#FemaleName') ? 'f' : null
    genderCache.set(first, v)
  }
  return v
}

const placeCache = new Map<string, boolean>()
export function isPlace(name: string): boolean {
  if (PLACE_WORDS.test(name)) return true
  let v = placeCache.get(name)
  if (v === undefined) {
    v = nlp(name).has('^#Place+$')
    placeCache.set(name, v)
  }
  return v
}

export function isOrganisation(name: string): boolean {
  return (
    ORG_WORDS.test(name) ||
    POLITY_OF.test(name) ||
    /^[A-Z][A-Z0-9&.-]{1,7}$/.test(name) ||
    lexiconSays(name).org ||
    // "Toyota", "Ryanair": one word compromise's lexicon lists as a company or body.
    (/^[A-Z][\w&-]+$/.test(name) &&
      compromiseModel.one.lexicon?.[name.toLowerCase()] === 'Organization')
  )
}

const lexiconCache = new Map<string, { org: boolean; person: boolean }>()
/** What compromise's lexicon knows of a name of two to four words: a club, a bank, a person. */
function lexiconSays(name: string): { org: boolean; person: boolean } {
  const words = name.split(' ').length
  if (words < 2 || words > 4) return { org: false, person: false }
  let v = lexiconCache.get(name)
  if (v === undefined) {
    const doc = nlp(name)
    v = { org: doc.has('#Organization'), person: doc.has('^#Person+$') }
    lexiconCache.set(name, v)
  }
  return v
}

// Hanyu Pinyin syllables without tones: an optional initial, then a final.
const PINYIN_SYLLABLE =
  /(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v)$/y

/** Can `text` be read as `min`–`max` Pinyin syllables ("huiming" = hui·ming)? */
function isPinyin(text: string, min: number, max: number): boolean {
  const ends = (at: number, left: number): boolean => {
    if (at === text.length) return left <= max - min
    if (left === 0) return false
    for (let i = at + 1; i <= text.length; i++) {
      PINYIN_SYLLABLE.lastIndex = at
      // Anchored at both ends: the syllable is exactly text[at, i).
      if (PINYIN_SYLLABLE.test(text.slice(0, i)) && ends(i, left - 1)) return true
    }
    return false
  }
  return ends(0, max)
}

/**
 * "Guo Hui-ming", "Song Liuping", "Xi Jinping": a Chinese family name, then a given name of one
 * or two Pinyin syllables. A first-name lexicon knows none of these.
 */
export function isChineseName(tokens: readonly string[]): boolean {
  if (tokens.length < 2 || tokens.length > 3 || !CHINESE_FAMILY_NAMES.has(tokens[0]!)) return false
  const given = tokens.slice(1)
  if (!given.every((t) => /^[A-Z][a-z]+(?:-[a-z]+)?$/.test(t))) return false
  return isPinyin(given.join('').replace(/-/g, '').toLowerCase(), 1, 2)
}

/**
 * "Lim Hyo-jun", "Moon Jae-in": a short family name, then a given name of two syllables joined by
 * a hyphen, the second in lower case, as Korean names are romanised.
 */
export function isKoreanName(tokens: readonly string[]): boolean {
  return (
    tokens.length === 2 &&
    /^\p{Lu}\p{Ll}{1,3}$/u.test(tokens[0]!) &&
    /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}$/u.test(tokens[1]!)
  )
}

/**
 * The family name: first in a Chinese or Korean name ("Kang Ruiqing", "Lim Hyo-jun"), last in
 * others ("Lu Kang"'s is Lu).
 */
export function surnameOf(fullName: string): string {
  // Asked of the same few names for every sentence a scene sieve walks back over.
  let surname = surnameCache.get(fullName)
  if (surname === undefined) {
    const tokens = fullName.split(' ')
    while (tokens.length > 1 && isGeneration(tokens.at(-1)!)) tokens.pop()
    surname = isChineseName(tokens) || isKoreanName(tokens) ? tokens[0]! : tokens.at(-1)!
    // Kept across articles in a long-lived worker, so bounded.
    if (surnameCache.size >= 20_000) surnameCache.clear()
    surnameCache.set(fullName, surname)
  }
  return surname
}
const surnameCache = new Map<string, string>()

/** "Jr.", "Sr." or "III" ending a name, or null: a parent and a child share the rest. */
export function generationOf(fullName: string): string | null {
  const last = fullName.split(' ').at(-1)!
  return fullName.includes(' ') && isGeneration(last) ? last.replace(/\.$/, '') : null
}

/**
 * "Kwabla Hayes IV" as "Kwabla Hayes": a generation that ends a name says nothing of whether it
 * is a person's, and "IV" alone looks like an acronym. The run itself when it has none.
 */
function withoutGeneration(run: NameRun): NameRun {
  const generation = generationOf(run.name)
  if (!generation) return run
  return { ...run, name: run.name.slice(0, run.name.lastIndexOf(' ')) }
}

/**
 * "Detox My Fashion", "Save Our Seas": a possessive word inside capitalised words makes them the
 * title of a campaign or a work; no person's name holds one.
 */
const POSSESSIVE_WORD = /(?:^|\s)(?:My|Our|Your|His|Her|Its|Their)(?=\s)/
const namesAWork = (run: NameRun): boolean => POSSESSIVE_WORD.test(run.name)

/** A run that should be read as a person's name. */
export function looksLikePerson(named: NameRun): boolean {
  const run = withoutGeneration(named)
  if (namesAWork(run)) return false
  const tokens = run.name.split(' ')
  // "H T Mohan Kumar", "A. S. Kiran Kumar": initials before a name are judged by the name.
  const initials = tokens.findIndex((t) => !/^\p{Lu}\.?$/u.test(t))
  // "Finance Minister K N Balagopal": after a title, initials and one word are a person, whatever
  // a lexicon makes of the letters.
  if (initials > 0 && initials <= 3 && tokens.length - initials === 1 && run.titled)
    return NAME_TOKEN.test(tokens.at(-1)!) && !ORG_WORDS.test(run.name) && !isPlace(tokens.at(-1)!)
  if (isOrganisation(run.name)) return false
  if (initials > 0 && initials <= 3 && tokens.length - initials >= 2)
    return looksLikePerson({ ...run, name: tokens.slice(initials).join(' ') })
  // "The Mount Alexander Shire Mayor": capitalised words after "the" that end in a title name
  // an office, whatever name they open with; a person's name takes no article.
  if (/^the\s/i.test(run.raw) && TITLES.has(tokens.at(-1)!.toLowerCase())) return false
  // A title before a first name settles it ("Professor Alan Marsh"), whatever a surname like
  // "Marsh" or "Hill" suggests to the place lexicon; an explicit place word still wins.
  // So does a double-barrelled surname ("Mayor Geordin Hill-Lewis"), whose parts the tagger may
  // read as places.
  if (run.titled)
    return tokens.length >= 2 && (isFirstName(tokens[0]!) || /\p{L}-\p{Lu}/u.test(tokens.at(-1)!))
      ? !PLACE_WORDS.test(run.name)
      : !isPlace(run.name)
  if (tokens.length < 2 || tokens.length > 4) return false
  // A first name settles it ("Lina Park"), unless a place word names a place ("Lincoln Park
  // Street"); without one, the lexicon must know the name as a person's, not a place's.
  if (isFirstName(tokens[0]!)) return !PLACE_WORDS.test(run.name) && !listedPlace(run.name)
  if (isChineseName(tokens) || isKoreanName(tokens)) return !PLACE_WORDS.test(run.name)
  // "Frank Mba": a first name that is a common word too, before a word no lexicon knows.
  if (tokens.length === 2 && mayBeFirstName(tokens[0]!) && mayBeSurname(tokens[1]!))
    return !isPlace(run.name) && !isOrganisation(run.name)
  return lexiconSays(run.name).person && !isPlace(run.name)
}

/**
 * "Fiji Prime Minister", "Party Leader": capitalised words ending in a title are an office, not
 * a name, unless they start with a first name ("Julie Bishop", "Stephen King").
 */
export function isOffice(name: string): boolean {
  const tokens = name.split(' ')
  return TITLES.has(tokens.at(-1)!.toLowerCase()) && !isFirstName(tokens[0]!)
}

/** Looser test for a name in subject position of a verb of saying ("Zhao Lin said"). */
export function looksLikeSpeakerName(named: NameRun): boolean {
  if (looksLikePerson(named)) return true
  const run = withoutGeneration(named)
  if (namesAWork(run)) return false
  const tokens = run.name.split(' ')
  if (
    tokens.length < 2 ||
    tokens.length > 4 ||
    isOrganisation(run.name) ||
    isPlace(run.name) ||
    isOffice(run.name)
  )
    return false
  return tokens.every((t) => NAME_TOKEN.test(t) || PARTICLES.has(t.toLowerCase()))
}

/**
 * The shape of a person's name (two to four capitalised words, no organisation or place word),
 * for when the context already says it is a person ("X, a researcher at …", "X, who …").
 */
export function hasNameShape(named: NameRun): boolean {
  const run = withoutGeneration(named)
  if (namesAWork(run)) return false
  const tokens = run.name.split(' ')
  if (
    tokens.length < 2 ||
    tokens.length > 4 ||
    isOrganisation(run.name) ||
    PLACE_WORDS.test(run.name) ||
    isOffice(run.name)
  )
    return false
  // "K. N. Balagopal", "A S Kiran": initials, with or without their stops, before the name.
  return tokens.every(
    (t, i) =>
      NAME_TOKEN.test(t) ||
      PARTICLES.has(t.toLowerCase()) ||
      /^[A-Z]\.$/.test(t) ||
      (i < tokens.length - 1 && /^[A-Z]$/.test(t))
  )
}

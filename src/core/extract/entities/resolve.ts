/**
 * Mention-to-speaker: turns the head of the speaker words into the speaker the article means,
 * through the entity registry. A name becomes its full form, "he"/"she" the nearest person of
 * that gender the sentences before are about, "the ambassador" the person the article called
 * that, "the ministry" the ministry it named, "the statement" whoever issued it. Each answer
 * says which rule gave it, how sure it is, and which other speakers it weighed.
 */
import {
  findNameRuns,
  isOffice,
  isOrganisation,
  isPlace,
  looksLikeSpeakerName,
  surnameOf,
  type NameRun
} from '../names'
import {
  isAgentNoun,
  isBenchTitle,
  isPersonNoun,
  DOCUMENT_NOUNS,
  DOCUMENT_NOUN_PATTERN,
  GROUP_NOUNS,
  BUSINESS_NOUNS,
  CALENDAR_WORD,
  MEDIA_NOUNS,
  NEWS_OUTLETS,
  OFFICE_SYNONYMS,
  OWNED_CHANNEL_PATTERN,
  isOutletName,
  ORG_SYNONYMS,
  quoteVerbAfter,
  ROLE_NOUNS,
  TITLES,
  HONORIFICS,
  SEAT_TITLES,
  type Gender
} from '../../lexicon/lexicon'
import { closingSpeaker, speechVerbs, type VerbMatch } from '../sieves/cue'
import { subjectOf } from '../sieves/subject'
import { wordsOnly, type ArticleView } from '../view'
import { isOwner, orgIn, type EntityRegistry, type Person, type PersonMention } from './registry'
import { headNoun, NAMED_OWNER, NATIONAL, parseSpeakerPhrase, type Head } from './speaker-phrase'
import { nounFitsOrg } from './org-names'
import { lastAtOrBefore } from '../../sorted'

export interface SpeakerRef {
  name: string
  kind: 'person' | 'org' | 'group'
  /** The channel the words came through ("a statement", "according to Reuters"), usable as where. */
  medium?: string
}

export type MentionRule =
  | 'full-name'
  | 'alias'
  | 'new-name'
  | 'organisation'
  | 'acronym'
  | 'pronoun'
  | 'role-noun'
  | 'org-noun'
  | 'document-issuer'
  | 'owner'
  | 'unnamed-source'
  | 'group'
  | 'medium'

export interface Resolution {
  ref: SpeakerRef
  rule: MentionRule
  /** 0–1: how surely the mention names this speaker. */
  confidence: number
  /** Speakers weighed, the chosen one first. */
  candidates: string[]
}

/** A verb of saying right after a name, an apposition or "also" allowed between. */
/** "including President Uhuru Kenyatta", "such as the mayor, Jane Roe": examples in a list. */
const INCLUDING = /\b(?:including|such as|among them)\s+(?:[A-Z][\w.'’-]*\s+){0,4}$/

const SAYS_AFTER = /^(?:,[^,;⟦]{1,80},)?\s+(?:(?:also|later|then|had|has)\s+)?/
/**
 * Who the verb of saying `v` in `text` (sentence `view`) reports: the speaker just before a verb
 * that ends the sentence ("The cyclone was moving south east, the Bureau of Meteorology said."),
 * else the clause's subject, else the words after the last clause break before the verb.
 */
function speakerOf(text: string, v: VerbMatch, view: ArticleView['sentences'][number]): string {
  return (
    closingSpeaker(text, v) ||
    subjectOf(view, 0, v.index) ||
    (text
      .slice(0, v.index)
      .split(/[;:]|,\s/)
      .pop() ??
      '')
  )
}

/** A verb of saying straight after a name, with no apposition between. */
const SAYS_RIGHT_AFTER = /^\s+(?:(?:also|later|then|had|has)\s+)?/
/** "close to ZIFA", "for the Foreign Office", "at the embassy of Japan": a tie to a named body. */
const TIED_TO =
  "(?:close to|familiar with|for|at|with|from|in|of)\\s+(?:the\\s+)?[A-Z][\\w&'’.-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+|&\\s+)?[A-Z][\\w&'’.-]*)*"
/** The person holds an office, or a titled role other than `noun`: they are no "the `noun`". */
const holdsOther = (p: Person, noun: string): boolean =>
  p.offices.length > 0 || p.roles.some((r) => r !== noun && TITLES.has(r))
/** holdsOther, where "Mr" or "Dr" before the name is a courtesy, not an office. */
const holdsOtherThanCourtesy = (p: Person, noun: string): boolean =>
  p.offices.some((o) => !HONORIFICS.has(o)) || p.roles.some((r) => r !== noun && TITLES.has(r))
/** "Ryanair's chief executive", "PC World's analysis": a named owner, in the first group. */
// "The company's statement" is no one's name; "PC World's analysis" names its owner.
const NOT_OWNER = /^(?:The|This|That|Its|His|Her|Their|Our)$/

/** "a statement", "the family's letter": a document named in a sentence. */
const DOCUMENT_MENTION = new RegExp(
  `\\b(?:a|an|the|its|his|her|their)\\s+(?:[\\w'’-]+\\s+){0,2}?(${DOCUMENT_NOUN_PATTERN})\\b`,
  'i'
)
/** "on their behalf", "on behalf of the council": whom a document speaks for. */
const BEHALF = /\bon\s+(?:(their|his|her)\s+behalf|behalf\s+of\s+([^,;.⟦]+))/i
const outletSet = new Set(NEWS_OUTLETS.map((o) => o.toLowerCase()))
/** "posted on Wisdom Sports’ website", "shared on the council's Facebook page": the owner (group 1). */
const POSTED_ON_OWNERS = new RegExp(
  `^,?\\s+(?:posted|published|shared|carried)\\s+on\\s+(?:the\\s+)?([A-Z][\\w.&'’ -]*?)['’]s?\\s+(?:[A-Z][\\w-]*\\s+)?(?:${OWNED_CHANNEL_PATTERN})\\b`
)
const isOutlet = (name: string): boolean => outletSet.has(name.toLowerCase().replace(/^the\s+/, ''))

interface Described {
  name: string
  sentence: number
  gender: Gender | null
}

/**
 * "a woman holding a microphone", "one man": someone described by a noun of one gender, with
 * the participle phrase that describes them, up to their verb (group 1; group 2 without it).
 */
const GENDERED_DESCRIPTION =
  /(?<![\w-])(((?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?[a-z]*(?:wom[ae]n|m[ae]n))(?:\s+[a-z]+ing\s+[^,;⟦]*?)?)(?=\s+(?:could|can|was|were|is|had|has|would|will|[a-z]+ed)\b)/g
/** "… told a woman", "with a man": words before an object, not a subject. */
const OBJECT_BEFORE = /\b(?:of|to|by|with|for|from|about|at|in|on|told|asked|saw|met)\s*$/i

/** "According to a council spokeswoman, …": the source an opening names (group 1). */
const ACCORDING_OPENING = /^\s*According to ((?:a|an|the)\s+[^,]{1,60}),/

/**
 * "A Garda spokesman", "one woman": one person the article describes without naming, with the
 * gender its noun gives; null for a group, a body or a thing.
 */
function describedPerson(text: string, sentence: number): Described | null {
  if (!/^(?:a|an|one|another|the)\s/i.test(text)) return null
  const noun = headNoun(text)
  if (!noun || !isPersonNoun(noun)) return null
  const gender = /wom[ae]n$/.test(noun) ? 'f' : /m[ae]n$/.test(noun) ? 'm' : null
  return { name: text, sentence, gender }
}

/** The one name that `accept` takes among the name runs of `texts`; null for none or several. */
function onlyName(texts: readonly string[], accept: (run: NameRun) => boolean): string | null {
  const names = new Set<string>()
  for (const text of texts) for (const r of findNameRuns(text)) if (accept(r)) names.add(r.name)
  return names.size === 1 ? [...names][0]! : null
}

/**
 * The "he" or "she" a sentence opens with as its subject: first ("He thanked …"), or after an
 * opening phrase of a few words set off by a comma ("In a brief acceptance speech, he made …",
 * "Later, she told …"), which only sets the scene.
 */
function openingPronoun(s: ArticleView['sentences'][number]): string | undefined {
  const first = /^\s*(He|She)\b/.exec(s.words)?.[1]
  if (first) return first
  const opened = /^\s*([^⟦]{2,100}?),\s+(he|she)\b/.exec(s.words)
  if (!opened || opened[1]!.split(/\s+/).length > 12) return undefined
  const lead = s.tokens.find((t) => /\w/.test(t.text))
  const scene =
    lead &&
    (/^(?:ADP|ADV|SCONJ)$/.test(lead.pos) || (lead.pos === 'VERB' && /ing$/.test(lead.text)))
  return scene ? opened[2] : undefined
}

/** "… his small store, which ", before a name: a relative clause on something of his (or hers). */
const OWNERS_CLAUSE: Readonly<Record<Gender, RegExp>> = {
  m: /\bhis\b[^⟦;]*,?\s+(?:which|where|that)\s+$/,
  f: /\bher\b[^⟦;]*,?\s+(?:which|where|that)\s+$/
}

/** "… secured by Dan Roe's late penalty": a mention, not the subject, owning a noun inside a phrase. */
function ownerInPhrase(words: string, m: PersonMention): boolean {
  return (
    !m.subject &&
    isOwner(words, m) &&
    /\b(?:by|of|from|with|after|before|for|to|in|on|at|over|under|despite|amid)\s+(?:the\s+)?$/i.test(
      words.slice(0, m.start)
    )
  )
}

export class SpeakerResolver {
  /**
   * Every speaker noted, with the sentence they spoke in. Passes after the first note speakers
   * out of reading order, so "the last one" is always the last one up to a sentence. Kept in
   * sentence order, and the notes of one sentence in the order they were made.
   */
  readonly #notes: Array<{ ref: SpeakerRef; sentence: number; rule: MentionRule | null }> = []
  /** Per word, the sentences whose full names end in it (see earlierName). */
  readonly #namesEndingIn = new Map<
    string,
    { upTo: number; found: Array<{ sentence: number; names: string[] }> }
  >()
  /** The person each sentence's quotation or report was given to, by sentence. */
  readonly #speakers = new Map<number, Person>()
  /** Per noun, the sentences that name an organisation right after it (see describedOrg). */
  readonly #orgsAfterNoun = new Map<string, Array<{ sentence: number; name: string }>>()
  /** The person each sentence's opening "He" or "The minister" stands for, once looked up. */
  readonly #openingSubjects = new Map<number, Person | null>()
  /** Every sentence's words in one text, joined by NUL, and where each begins (see holding). */
  #allWords: { text: string; starts: number[] } | null = null

  constructor(
    private readonly registry: EntityRegistry,
    private readonly view: ArticleView
  ) {}

  /** The one person's name in the headline that `token` is the first or last word of. */
  private titleName(token: string): string | null {
    return onlyName([this.view.article.title], (r) => {
      const words = r.name.split(' ')
      return (
        words.length > 1 &&
        looksLikeSpeakerName(r) &&
        (words[0] === token || words.at(-1) === token)
      )
    })
  }

  /**
   * "Lissu said", after "his main challenger, Tundu Lissu of the Chadema party": the one full
   * name the article gave that surname before, which nothing had marked as a person's (a first
   * name the tagger does not know).
   */
  private earlierName(token: string, sentence: number): string | null {
    let read = this.#namesEndingIn.get(token)
    if (!read) this.#namesEndingIn.set(token, (read = { upTo: -1, found: [] }))
    // Read once per word, as far as asked: the sentences holding it, with the names it ends.
    for (let i = read.upTo + 1; i <= sentence && i < this.view.sentences.length; i++) {
      const s = this.view.sentences[i]
      if (!s?.text.includes(token)) continue
      // "Kim said" after "Kim Jong-un" named only inside someone's quotation: a name quoted is
      // the article's too, when nothing outside quotation marks names another.
      const runs = [...this.registry.runsIn(i), ...findNameRuns(quotedOnly(s.masked, s.text))]
      const names = runs
        .filter((r) => {
          const parts = r.name.split(' ')
          return (
            parts.length >= 2 &&
            parts.length <= 3 &&
            // "Kim" of "Kim Jong-un": a family name first, as Korean and Chinese names put it.
            (parts.at(-1) === token || surnameOf(r.name) === token) &&
            !isOrganisation(r.name) &&
            !isPlace(r.name) &&
            !isOutlet(r.name)
          )
        })
        .map((r) => r.name)
      if (names.length) read.found.push({ sentence: i, names })
    }
    read.upTo = Math.max(read.upTo, sentence)
    const found = read.found
    let only: string | null = null
    for (const { sentence: at, names } of found) {
      if (at > sentence) break
      for (const name of names) {
        if (only !== null && only !== name) return null
        only = name
      }
    }
    return only
  }

  /** Remembers a speaker, for later "he", "they" and "it". */
  note(ref: SpeakerRef, sentence: number, rule: MentionRule | null = null): void {
    // Passes after the first note earlier sentences: each note goes after those up to its own.
    let at = this.#notes.length
    while (at > 0 && this.#notes[at - 1]!.sentence > sentence) at--
    this.#notes.splice(at, 0, { ref, sentence, rule })
    if (ref.kind === 'person') {
      // Who spoke in a sentence is its subject, however the sentence named them.
      const person = this.registry.person(ref.name)
      if (person && !this.#speakers.has(sentence)) this.#speakers.set(sentence, person)
    }
  }

  /**
   * The last person, group and organisation noted as speaking up to sentence `sentence`, and
   * the last speaker described without a name ("A police spokeswoman") if no person spoke since.
   */
  private lastSpeakers(sentence: number): {
    person: { person: string; sentence: number } | null
    group: string | null
    org: SpeakerRef | null
    described: Described | null
  } {
    const out: ReturnType<SpeakerResolver['lastSpeakers']> = {
      person: null,
      group: null,
      org: null,
      described: null
    }
    // Back from the last note up to `sentence`, until each kind has its latest.
    let i = this.#notes.length - 1
    while (i >= 0 && this.#notes[i]!.sentence > sentence) i--
    let describedDone = false
    for (; i >= 0; i--) {
      const { ref, sentence: at, rule } = this.#notes[i]!
      if (!describedDone && ref.kind === 'group' && rule === 'unnamed-source')
        out.described = describedPerson(ref.name, at)
      describedDone ||= ref.kind === 'person' || (ref.kind === 'group' && rule === 'unnamed-source')
      if (ref.kind === 'person') out.person ??= { person: ref.name, sentence: at }
      else if (ref.kind === 'group') out.group ??= ref.name
      else out.org ??= ref
      if (out.person && out.group !== null && out.org) break
    }
    return out
  }

  /**
   * The speaker named by `chunk`, words of sentence `sentence` ending before offset `before`
   * (so a pronoun looks only at what was written before it).
   */
  resolve(chunk: string, sentence: number, before: number, relay = false): Resolution | null {
    // "The NGO said", after "German NGO Sea-Watch International said": the body it described.
    const noun = /^\s*the\s+([A-Z]{2,6})\s*$/i.exec(chunk)?.[1]
    const described = noun && !this.registry.acronyms.has(noun) && this.describedOrg(noun, sentence)
    if (described) return one({ name: described, kind: 'org' }, 'org-noun', 0.8)
    // "The CS said", after "Education Cabinet Secretary George Magoha": an office by its initials.
    const initialled =
      noun && /^[A-Z]+$/.test(noun) && !this.registry.acronyms.has(noun) && !isPlace(noun)
        ? this.registry.withInitials(noun, sentence)
        : null
    if (initialled) return one({ name: initialled.name, kind: 'person' }, 'role-noun', 0.8)
    // "Led by mayor …, the City said": a kind of body written with a capital, as some house
    // styles write it, is the body of that kind the article named ("… Metropolitan
    // Municipality"), as "the city" would be.
    const kind = /^\s*the\s+([A-Z][a-z]+)\s*$/.exec(chunk)?.[1]
    if (kind && ORG_SYNONYMS[kind.toLowerCase()]) {
      const r = this.description(`the ${kind.toLowerCase()}`, kind.toLowerCase(), sentence, before)
      if (r?.rule === 'org-noun') return r
    }
    const phrase = parseSpeakerPhrase(chunk)
    if (!phrase) return null
    const r = this.resolveHead(phrase.head, sentence, before, relay)
    if (!r) return null
    return phrase.medium ? { ...r, ref: { ...r.ref, medium: phrase.medium } } : r
  }

  private resolveHead(
    head: Head,
    sentence: number,
    before: number,
    relay: boolean
  ): Resolution | null {
    if (head.kind === 'pronoun') return this.pronoun(head.word, sentence, before)
    if (head.kind === 'description') return this.description(head.text, head.noun, sentence, before)
    const name = head.name
    // ""…," one neighbour said. Another added: "…"": another of the ones just described, no name.
    if (name === 'Another') {
      const noun = this.oneDescribedBefore(sentence, before)
      const described = noun ? `another ${noun}` : 'another'
      return one({ name: described, kind: 'group' }, 'unnamed-source', 0.6)
    }
    // "Epra's statement" after "… Regulatory Authority (EPRA)": an acronym written as a word.
    const acronym =
      this.registry.acronyms.get(name) ??
      (/^[A-Z][a-z]{2,5}$/.test(name) ? this.registry.acronyms.get(name.toUpperCase()) : undefined)
    if (acronym) return one({ name: acronym, kind: 'org' }, 'acronym', 0.95)
    const person = this.registry.person(name, sentence)
    if (person) {
      const full = person.name === name
      const holders = this.registry.holding(name)
      return {
        ref: { name: person.name, kind: 'person' },
        rule: full ? 'full-name' : 'alias',
        confidence: full ? 0.97 : holders.length > 1 ? 0.7 : 0.93,
        candidates: [person.name, ...holders.filter((p) => p !== person).map((p) => p.name)]
      }
    }
    if (isOutlet(name) && relay)
      return one({ name, kind: 'org', medium: `according to ${name}` }, 'medium', 0.6)
    const named = this.registry.fullName(name)
    if (named && named !== name) return one({ name: named, kind: 'org' }, 'organisation', 0.85)
    // "electricity utility Eskom": a body the article introduced as one.
    if (isOrganisation(name) || isPlace(name) || isOutlet(name) || this.registry.isOrg(name))
      return one({ name, kind: 'org' }, 'organisation', 0.9)
    if (looksLikeSpeakerName(head.run) || /^[A-Z][a-z'’-]+$/.test(name)) {
      // "…," Rohit said, under the headline "…, says Rohit Sharma": the headline names him.
      const titled = name.includes(' ') ? null : this.titleName(name)
      if (titled) {
        this.registry.notePerson(titled, sentence)
        return one({ name: titled, kind: 'person' }, 'new-name', 0.8)
      }
      const earlier = name.includes(' ') ? null : this.earlierName(name, sentence)
      if (earlier) {
        this.registry.notePerson(earlier, sentence)
        return one({ name: earlier, kind: 'person' }, 'new-name', 0.8)
      }
      this.registry.notePerson(name, sentence)
      return one({ name, kind: 'person' }, 'new-name', name.includes(' ') ? 0.9 : 0.75)
    }
    return one({ name, kind: 'org' }, 'organisation', 0.7)
  }

  /** "he", "she": the nearest person of that gender the text before is about. */
  private pronoun(word: string, sentence: number, before: number): Resolution | null {
    const lastSpoke = this.lastSpeakers(sentence)
    if (word === 'it') {
      const document = this.documentJustNamed(sentence, before)
      if (document) return document
      const org = this.orgBefore(sentence, before)
      if (org) return one(org, 'pronoun', 0.8)
      return lastSpoke.org ? one(lastSpoke.org, 'pronoun', 0.7) : null
    }
    if (word === 'they' || word === 'we') {
      const group = this.groupOpening(sentence, before) ?? this.groupBefore(sentence, before)
      if (group) return one(group, 'pronoun', 0.75)
      // "The policing team shared a warning on Facebook. They wrote: …": a body is "they" as
      // often as "it".
      const document = word === 'they' ? this.documentJustNamed(sentence, before) : null
      if (document) return document
      const last = lastSpoke.group ?? lastSpoke.org?.name ?? null
      return last ? one({ name: last, kind: 'group' }, 'pronoun', 0.6) : null
    }
    if (word === 'i') return null
    const gender: Gender | null = word === 'he' ? 'm' : word === 'she' ? 'f' : null
    // "He acknowledged … Malachy O'Rourke when he continued: "…"": a "he" inside a sentence that
    // opens with "he" is its subject again, not someone the sentence named between them.
    const opener = /^\s*(he|she)\b/i.exec(this.view.sentences[sentence]?.words ?? '')?.[1]
    if (gender && before > 0 && opener?.toLowerCase() === word)
      return this.pronoun(word, sentence, 0)
    // "He said that Manafort has been …": a subject pronoun is never someone its own sentence
    // names after it.
    // But "…," he said outside his store, which Bot runs: the subject of a relative clause on
    // something "his" is his own.
    const words = this.view.sentences[sentence]?.words ?? ''
    const clause = gender ? OWNERS_CLAUSE[gender] : null
    const ownersClause = (m: PersonMention): boolean =>
      clause !== null && clause.test(words.slice(before, m.start))
    const namedAfter = new Set(
      (this.registry.mentions[sentence] ?? [])
        .filter((m) => m.start >= before && !ownersClause(m))
        .map((m) => m.person)
    )
    const compatible = (p: Person): boolean =>
      (!gender || !p.gender || p.gender === gender) && !namedAfter.has(p)
    // "A Garda spokesman told The Irish Times … ¶ "…," he said": the one described, whom no
    // person named since can have displaced.
    const described = lastSpoke.described
    if (
      gender &&
      described &&
      (!described.gender || described.gender === gender) &&
      !this.namedSince(described.sentence, sentence, before)
    )
      return one({ name: described.name, kind: 'group' }, 'pronoun', 0.7)
    // "According to a council spokeswoman, attacks have risen. ¶ "…," she said": a described
    // person of that gender whose words were reported since anyone was named, though no quotation
    // of theirs came before.
    const reporter = gender ? this.describedReporter(sentence, before) : null
    if (
      reporter?.gender === gender &&
      // Not "the chairman", who may be the chairman named before.
      /^(?:a|an)\s/i.test(reporter.name) &&
      !this.namedSince(reporter.sentence, sentence, before) &&
      !(this.registry.mentions[reporter.sentence] ?? []).length
    )
      return one({ name: reporter.name, kind: 'group' }, 'pronoun', 0.7)
    const near = this.recentPeople(sentence, before, false).filter((p) => !namedAfter.has(p))
    const ranked = near.filter(compatible)
    // "On top of it, a woman holding a microphone could be seen threatening shopkeepers. ¶ "…,"
    // she could be heard saying": a person the sentence just before described by a noun of the
    // pronoun's gender, when nobody near is known to be of that gender and nobody was named since.
    const justDescribed =
      gender && !ranked.some((p) => p.gender === gender)
        ? this.describedJustBefore(sentence, gender)
        : null
    if (justDescribed && !this.namedSince(justDescribed.sentence, sentence, before))
      return one({ name: justDescribed.name, kind: 'group' }, 'pronoun', 0.6)
    const last = lastSpoke.person
    // With nobody of that gender in the sentences before, the speaker last quoted.
    const lastPerson = last ? this.registry.person(last.person) : null
    let chosen = ranked[0] ?? null
    if (!chosen && lastPerson && compatible(lastPerson)) chosen = lastPerson
    // "INMO General Secretary, Phil Ní Sheaghdha, called …" ¶ "She said, "…"": a gender guessed
    // from a first name yields to the pronoun when the subject just before is the only one near.
    if (!chosen) {
      const subject = near[0]
      const previous = (this.registry.mentions[sentence - 1] ?? []).some(
        (m) => m.person === subject && m.subject
      )
      if (subject && near.length === 1 && previous)
        return {
          ref: { name: subject.name, kind: 'person' },
          rule: 'pronoun',
          confidence: 0.5,
          candidates: [subject.name]
        }
    }
    if (!chosen) {
      // Nobody near: the person the article is most about, so far, if the pronoun fits them;
      // before anyone is named, in a standfirst's "he added", the person the next sentences name.
      const salient = this.mostMentioned(sentence)
      const opening = (this.view.sentences[sentence]?.paragraph ?? Infinity) <= 1
      const guess = salient ?? (opening ? this.nextSubject(sentence) : null)
      if (guess && compatible(guess))
        return {
          ref: { name: guess.name, kind: 'person' },
          rule: 'pronoun',
          confidence: 0.5,
          candidates: [guess.name]
        }
    }
    if (!chosen) {
      // "A Southern spokesman said … ¶ … the spokesman said … ¶ He said: "…"": nobody named, the
      // described person whose words the sentences just before reported.
      const reporter = gender ? this.describedReporter(sentence, before) : null
      if (reporter && (!reporter.gender || reporter.gender === gender))
        return one({ name: reporter.name, kind: 'group' }, 'pronoun', 0.6)
      return null
    }
    const names = [...new Set([chosen.name, ...ranked.map((p) => p.name)])]
    const rivals = ranked.filter((p) => p !== chosen && p.gender === chosen.gender).length
    return {
      ref: { name: chosen.name, kind: 'person' },
      rule: 'pronoun',
      confidence: rivals === 0 ? 0.9 : chosen.gender ? 0.75 : 0.6,
      candidates: names.slice(0, 4)
    }
  }

  /**
   * The verbs of saying of `sentence` (up to offset `before`) and of the `reach` sentences before
   * it, latest first, each with its sentence and the text it was found in.
   */
  private *recentReports(
    sentence: number,
    before: number,
    reach: number
  ): Generator<{ s: number; view: ArticleView['sentences'][number]; text: string; v: VerbMatch }> {
    for (let s = sentence; s >= Math.max(0, sentence - reach); s--) {
      const view = this.view.sentences[s]
      if (!view) continue
      const text = view.words.slice(0, s === sentence ? before : undefined)
      for (const v of [...speechVerbs(text, view)].reverse()) yield { s, view, text, v }
    }
  }

  /**
   * The person a recent sentence's verb of saying reports without a name ("A Southern spokesman
   * said …", "…, the spokesman said, because …"), as the article introduced them.
   */
  private describedReporter(sentence: number, before: number): Described | null {
    for (let s = sentence; s >= Math.max(0, sentence - 3); s--) {
      const view = this.view.sentences[s]
      if (!view) continue
      const text = view.words.slice(0, s === sentence ? before : undefined)
      const speakers = [...speechVerbs(text, view)].reverse().map((v) => speakerOf(text, v, view))
      // "According to a council spokeswoman, …": the opening that reports them.
      const according = ACCORDING_OPENING.exec(text)?.[1]
      for (const speaker of according ? [...speakers, according] : speakers) {
        const described = describedPerson(speaker.trim(), s)
        if (!described) continue
        const noun = headNoun(described.name)
        const intro = /^the\s/i.test(described.name) && noun ? this.unnamedIntro(noun, s) : null
        return intro ? { ...described, name: intro } : described
      }
    }
    return null
  }

  /**
   * "… the Swedish Prosecution Authority said. ¶ "…," it added": the organisation that spoke
   * last. With `described`, also the body a described speaker spoke for ("A spokeswoman for West
   * Midlands Ambulance Service confirmed …").
   */
  private orgBefore(
    sentence: number,
    before: number,
    reach = 3,
    described = false,
    speakersOnly = false
  ): SpeakerRef | null {
    for (const { s, view, text, v } of this.recentReports(sentence, before, reach)) {
      // "…, TechCrunch reported": with `speakersOnly`, a source that reported it is passed over.
      if (speakersOnly && /^report/i.test(v.verb)) continue
      const subject = speakerOf(text, v, view)
      const org = described && /^(?:a|an|the)\s/i.test(subject) ? orgIn(subject) : null
      if (org) return { name: this.registry.fullName(org) ?? org, kind: 'org' }
      const phrase = parseSpeakerPhrase(subject)
      // "…, the association shared via social media." ¶ "It added …": a body by its noun, that
      // the article named before.
      const noun = phrase?.head.kind === 'description' ? phrase.head.noun : null
      if (noun && /^the\s/i.test(subject.trim()) && ORG_SYNONYMS[noun]) {
        const body = this.describedOrg(noun, s) ?? this.orgFor(noun, s)
        if (body) return { name: body, kind: 'org' }
      }
      if (!phrase || phrase.head.kind !== 'name') continue
      const r = this.resolveHead(phrase.head, s, v.index, false)
      if (r?.ref.kind === 'org') return r.ref
    }
    return null
  }

  /**
   * The organisation that opens the nearest of the last `reach` sentences (its name, or its
   * possessive, first): no outlet, place or name of one word in capitals ("SEOUL" of a dateline).
   */
  private orgOpening(sentence: number, before: number, reach: number): string | null {
    // Longest first: "Samsung Electronics Co", not "Samsung", for "Samsung Electronics Co's".
    const orgs = this.registry.orgs
      .filter((o) => !outletSet.has(o.toLowerCase()) && !isPlace(o) && !/^[A-Z]+$/.test(o))
      .sort((a, b) => b.length - a.length)
    for (let s = sentence; s >= Math.max(0, sentence - reach); s--) {
      const view = this.view.sentences[s]
      if (!view) continue
      const text = view.words.slice(0, s === sentence ? before : undefined)
      const opening = text.replace(/^[\s"“‘']*(?:the\s+)?/i, '')
      const hit = orgs.find((o) => opening.startsWith(o) && !/^[\w-]/.test(opening.slice(o.length)))
      if (hit) return hit
    }
    return null
  }

  /** "one neighbour", "a resident": the noun of the one described just before, for "another". */
  private oneDescribedBefore(sentence: number, before: number): string | null {
    for (let s = sentence; s >= Math.max(0, sentence - 2); s--) {
      const words = this.view.sentences[s]?.words.slice(0, s === sentence ? before : undefined)
      const m = words
        ? [...words.matchAll(/\b(?:[Oo]ne|[Aa]n?)\s+([a-z][a-z-]+)\b/g)].at(-1)
        : undefined
      if (m && isAgentNoun(m[1]!)) return m[1]!
    }
    return null
  }

  /**
   * "The heads of 17 charities have signed an open letter in which they insisted …": a group
   * that is the subject of the sentence's first verb, before the pronoun.
   */
  private groupOpening(sentence: number, before: number): SpeakerRef | null {
    const s = this.view.sentences[sentence]
    const verb = s?.tokens.find(
      (t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^[a-z]/.test(t.text) && t.end <= before
    )
    if (!s || !verb) return null
    // "The heads of 17 charities - including the RSPCA and Oxfam - have signed": past an aside.
    const subject = s.words
      .slice(0, verb.start)
      .replace(/\s+[–—-]\s[^–—]*[–—-]\s*$/, '')
      .replace(/\s+[–—-]\s*$/, '')
    if (/[,;:⟦]/.test(subject)) return null
    const phrase = parseSpeakerPhrase(subject)
    if (phrase?.head.kind !== 'description' || !/s$/.test(phrase.head.noun)) return null
    const noun = phrase.head.noun
    return GROUP_NOUNS.has(noun) || ROLE_NOUNS.has(noun.replace(/s$/, ''))
      ? { name: phrase.head.text, kind: 'group' }
      : null
  }

  /** "the authors said … ¶ "…," they wrote": the plural subject of a recent verb of saying. */
  private groupBefore(sentence: number, before: number): SpeakerRef | null {
    for (const { text, v } of this.recentReports(sentence, before, 3)) {
      const phrase = parseSpeakerPhrase(text.slice(0, v.index).split(/[;:]/).pop() ?? '')
      if (phrase?.head.kind !== 'description') continue
      const noun = phrase.head.noun
      if (GROUP_NOUNS.has(noun) || ROLE_NOUNS.has(noun.replace(/s$/, '')))
        return { name: phrase.head.text, kind: 'group' }
    }
    return null
  }

  /**
   * "Minister Tiong said …" ¶ "“During our promotion … ¶ “There are … ¶ “This was …,” he said": a
   * quotation that runs over whole paragraphs counts as one paragraph, the one it began in.
   */
  private quotationStart(paragraph: number): number {
    const quoteOnly = (p: number): boolean => {
      const sentences = this.view.paragraphs[p] ?? []
      return (
        sentences.length > 0 && sentences.every((s) => !/[\p{L}\p{N}]/u.test(wordsOnly(s.masked)))
      )
    }
    let p = paragraph
    while (p > 0 && quoteOnly(p - 1)) p--
    return p
  }

  /** The person mentioned most often up to `sentence`. */
  private mostMentioned(sentence: number): Person | null {
    const counts = new Map<Person, number>()
    for (let s = 0; s <= sentence; s++)
      for (const m of this.registry.mentions[s] ?? [])
        counts.set(m.person, (counts.get(m.person) ?? 0) + 1)
    let best: Person | null = null
    for (const [p, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = p
    return best
  }

  /** The first person a sentence after `sentence` has as its subject, within two sentences. */
  private nextSubject(sentence: number): Person | null {
    for (let s = sentence + 1; s <= sentence + 2; s++) {
      const subject = (this.registry.mentions[s] ?? []).find((m) => m.subject)
      if (subject) return subject.person
    }
    return null
  }

  /** The person last mentioned before `sentence`, however far back. */
  private lastMentioned(sentence: number): Person | null {
    for (let s = sentence - 1; s >= 0; s--) {
      const m = this.registry.mentions[s]
      if (m?.length) return m.find((x) => x.subject)?.person ?? m[m.length - 1]!.person
    }
    return null
  }

  /**
   * "He thanked host Prime Minister Manele … ¶ "…," he said": the person a sentence's opening
   * "he" or "she" (or "the defense minister") stands for is that sentence's subject, ahead of the
   * people it goes on to name. Found as a quote's speaker is, from the sentences before; null
   * when none is close and sure.
   */
  private openingSubject(sentence: number): Person | null {
    const known = this.#openingSubjects.get(sentence)
    if (known !== undefined) return known
    this.#openingSubjects.set(sentence, null) // a chain of pronouns is followed once, never in a cycle
    const view = this.view.sentences[sentence]
    const word = view ? openingPronoun(view) : undefined
    const named = (this.registry.mentions[sentence] ?? []).some((m) => m.subject)
    let r = word && !named ? this.pronoun(word.toLowerCase(), sentence, 0) : null
    // "The defense minister suspected …": a role the article gave someone, opening a sentence.
    if (!word && !named && view && /^\s*The\s+[a-z]/.test(view.words)) {
      const role = this.resolve(subjectOf(view, 0, view.masked.length), sentence, 0)
      if (role?.rule === 'role-noun' && role.confidence >= 0.8) r = role
    }
    const person = r && r.confidence >= 0.75 ? this.registry.person(r.ref.name) : null
    this.#openingSubjects.set(sentence, person ?? null)
    return person ?? null
  }

  /**
   * "A judge has warned he is "…"" ¶ "District Judge Michael Ranaghan launched the attack …":
   * a lede that describes its speaker and names them in the next sentences, as the subject with
   * that noun for a title or in apposition ("A hospital chief …" ¶ "Matthew Trainer, chief
   * executive of …"). A judge is named "Mr Justice" too.
   */
  private namedNext(noun: string, sentence: number): Person | null {
    const lede = (this.view.sentences[sentence]?.paragraph ?? Infinity) <= 1
    const word = new RegExp(`\\b${noun}\\b`, 'i')
    const bench = isBenchTitle(noun)
    for (let s = sentence + 1; s <= sentence + 2; s++) {
      const words = this.view.sentences[s]?.words ?? ''
      for (const m of this.registry.mentions[s] ?? []) {
        if (!m.subject) continue
        const p = m.person
        const titles = [...p.roles, ...p.offices]
        if (
          lede &&
          (titles.some((t) => word.test(t) || (bench && isBenchTitle(t))) ||
            word.test(words.slice(m.end, m.end + 40)))
        )
          return p
        // "A mum with twins says she is …" ¶ "“…,” Hayley Peters tells HuffPost UK": someone
        // with no office, role or body, first named right after the description of one person.
        if (
          p.first === s &&
          titles.length === 0 &&
          !p.org &&
          isPersonNoun(noun) &&
          !this.namedSince(sentence, s, 0)
        )
          return p
      }
    }
    return null
  }

  /**
   * Whether no person has been quoted before `sentence`. Only then may "the Indian captain" be
   * someone the article names a few sentences later ("Kenya's police chief asked …" ¶ "Police
   * Inspector General Japhet Koome said"); once someone has spoken, such a description looks
   * back ("Kohli said, “…”" ¶ "the Indian captain further said", not the other side's captain
   * named after).
   */
  private nobodySpokeBefore(sentence: number): boolean {
    return !this.#notes.some((n) => n.sentence < sentence && n.ref.kind === 'person')
  }

  /** A person described by a noun of `gender` in the sentence before `sentence`, not as an object. */
  private describedJustBefore(sentence: number, gender: Gender): Described | null {
    const view = this.view.sentences[sentence - 1]
    const here = this.view.sentences[sentence]
    if (!view || !here || here.paragraph - view.paragraph > 1) return null
    for (const m of view.words.matchAll(GENDERED_DESCRIPTION)) {
      if (OBJECT_BEFORE.test(view.words.slice(0, m.index))) continue
      // "chairman" as a noun for a person, and "woman" and "man" themselves, which the WordNet
      // lists also file as groups.
      const noun = m[2]!.split(/\s+/).at(-1)!
      const of = /wom[ae]n$/.test(noun) ? 'f' : 'm'
      if (of === gender && (isPersonNoun(noun) || /^(?:wo)?m[ae]n$/.test(noun)))
        return { name: m[1]!, sentence: sentence - 1, gender }
    }
    return null
  }

  /** Whether a person is named after sentence `from`, up to offset `before` of `sentence`. */
  private namedSince(from: number, sentence: number, before: number): boolean {
    for (let s = from + 1; s <= sentence; s++)
      if ((this.registry.mentions[s] ?? []).some((m) => s < sentence || m.end <= before))
        return true
    return false
  }

  /**
   * People mentioned before offset `before` of `sentence`, then in earlier sentences; subjects
   * first. Without `owners`, not one named only as the owner inside a phrase ("a defeat secured
   * by Dan Roe's late penalty"): a "he said" after it is seldom theirs.
   */
  recentPeople(sentence: number, before: number, owners = true): Person[] {
    const out: Person[] = []
    const add = (p: Person): void => {
      if (!out.includes(p)) out.push(p)
    }
    // "no one, including President Uhuru Kenyatta, the Education Secretary or the courts, can
    // …": one named among examples is seldom the "he" of the next quotation; after everyone else.
    const examples: Person[] = []
    const paragraph = this.quotationStart(this.view.sentences[sentence]?.paragraph ?? 0)
    for (let s = sentence; s >= 0; s--) {
      const view = this.view.sentences[s]
      if (!view || paragraph - view.paragraph > 2) break
      const list = (this.registry.mentions[s] ?? []).filter((m) => s < sentence || m.end <= before)
      if (s < sentence) {
        const speaker = this.#speakers.get(s) ?? this.openingSubject(s)
        if (speaker) add(speaker)
      }
      // "Chris Millar was deemed to have …, but Wright claimed after the game …": one a verb of
      // saying directly follows, before the subject of another verb.
      for (const m of list)
        if (quoteVerbAfter(SAYS_RIGHT_AFTER, view.words.slice(m.end))) add(m.person)
      for (const m of [...list].reverse()) if (m.subject) add(m.person)
      // "… a number 92-year-old Mahathir said his alliance had secured to defeat Prime Minister
      // Najib Razak's coalition. ¶ "…," he said": whoever a verb of saying follows reported last,
      // before anyone merely named after them.
      for (const m of list) if (quoteVerbAfter(SAYS_AFTER, view.words.slice(m.end))) add(m.person)
      for (const m of [...list].reverse())
        if (INCLUDING.test(view.words.slice(Math.max(0, m.start - 60), m.start)))
          examples.push(m.person)
        else if (owners || !ownerInPhrase(view.words, m)) add(m.person)
    }
    for (const p of examples) add(p)
    return out
  }

  private description(
    text: string,
    noun: string,
    sentence: number,
    before: number
  ): Resolution | null {
    // "A CBI statement said", "the Met Office advice states": a document with the name of whoever
    // issued it before its noun.
    const issuer = DOCUMENT_NOUNS.has(noun)
      ? /^(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w.&'’-]*\s+){1,5})(?:[a-z-]+\s+)?$/.exec(
          text.slice(0, text.length - noun.length)
        )?.[1]
      : undefined
    if (issuer) {
      const r = this.resolve(issuer.trim(), sentence, before)
      if (r && (r.ref.kind === 'org' || r.ref.kind === 'person'))
        return { ...r, rule: 'document-issuer', ref: { ...r.ref, medium: text } }
    }
    // "A statement posted on Wisdom Sports’ website said": the one whose page carried it.
    const words = this.view.sentences[sentence]?.words ?? ''
    const at = DOCUMENT_NOUNS.has(noun) ? words.lastIndexOf(text, before) : -1
    const site = at >= 0 ? POSTED_ON_OWNERS.exec(words.slice(at + text.length, before))?.[1] : null
    if (site) {
      const r = this.resolve(site, sentence, before)
      if (r && (r.ref.kind === 'org' || r.ref.kind === 'person'))
        return { ...r, rule: 'document-issuer', ref: { ...r.ref, medium: text } }
    }
    // "its governor": the body's own, as definite as "the governor".
    const definite = /^(?:the|this|that|its)\s/i.test(text)
    const np = text.replace(/^(?:the|this|that|its)\s+/i, '')
    if (
      (definite && DOCUMENT_NOUNS.has(np.toLowerCase().replace(/^(?:[a-z-]+\s)?/, ''))) ||
      (definite && DOCUMENT_NOUNS.has(noun))
    ) {
      const issuer = this.issuer(noun, sentence, before)
      if (issuer) return issuer
    }
    // "A spokeswoman for West Midlands Ambulance Service confirmed …" ¶ "A statement read: "…"":
    // a statement nobody is said to own is the body that spoke just before.
    if (
      /^(?:a|an)\s+(?:[a-z-]+\s+)?$/i.test(text.slice(0, -noun.length)) &&
      DOCUMENT_NOUNS.has(noun)
    ) {
      const body = this.orgBefore(sentence, 0, 2, true)
      if (body) return one({ ...body, medium: text }, 'document-issuer', 0.7)
    }
    // "the 58-year-old": an age stands for the person just named; "the Italian" most often
    // does too, but the article may have named several.
    if (definite && (/year-old$/.test(noun) || noun === NATIONAL)) {
      const recent = this.recentPeople(sentence, before)[0] ?? this.lastMentioned(sentence)
      if (recent)
        return one(
          { name: recent.name, kind: 'person' },
          'role-noun',
          noun === NATIONAL ? 0.6 : 0.8
        )
    }
    // "The Conservative MP for Chichester said", after "Ms Keegan told …": a seat the person just
    // named holds besides any office, unless the article titled someone else with it.
    if (definite && SEAT_TITLES.has(noun)) {
      const member =
        this.registry.withRole(noun, sentence, false) ?? this.recentPeople(sentence, before)[0]
      if (member) return one({ name: member.name, kind: 'person' }, 'role-noun', 0.6)
    }
    // "the press secretary", "the White House press secretary": a role, an organisation's
    // name before it not counted.
    // "the mayor of the state's largest city": the role is the words before its "of" phrase.
    const role = np.replace(/\s+(?:of|for)\s.*$/, '')
    const roleWords = role.split(/\s+/).filter((w) => !/^[A-Z]/.test(w)).length
    // "Ryanair's chief executive": a named body's role is as definite as "the chief executive".
    const owned = NAMED_OWNER.test(text)
    if (
      (definite || owned) &&
      ROLE_NOUNS.has(noun) &&
      roleWords <= 3 &&
      role.split(/\s+/).length <= 6
    ) {
      // "the Fiji Prime Minister", "the prime minister": the one person who holds that office
      // ("Prime Minister", not "Foreign Minister"), before anyone with the role noun.
      const office = /^[A-Z]/.test(np) ? isOffice(np) : np.includes(' ')
      // "the premier": else the one holding the office by another name ("Prime Minister X").
      const holder =
        (office ? this.registry.withOffice(np) : null) ??
        this.registry.withRole(noun, sentence, this.nobodySpokeBefore(sentence)) ??
        (OFFICE_SYNONYMS[np.toLowerCase()] ?? [])
          .map((o) => this.registry.withOffice(o))
          .find((p) => p !== null)
      if (holder) return one({ name: holder.name, kind: 'person' }, 'role-noun', 0.85)
      // "the NCAA boss": a role at a named body, whose one person the article named.
      const body = /^([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)(?:['’]s)?\s+[a-z]/.exec(np)?.[1]
      const serving = body ? this.registry.ofBody(body, sentence) : null
      if (serving) return one({ name: serving.name, kind: 'person' }, 'role-noun', 0.8)
      const unnamed = this.unnamedIntro(noun, sentence)
      if (unnamed) return one({ name: unnamed, kind: 'group' }, 'unnamed-source', 0.85)
      // "the expert said" may stand for the person just named; "the programme's editor", whom
      // the article names nowhere, stands for nobody else.
      // Not someone the article gave another office or role: "his counterpart Aizaz Chaudhry"
      // is no "spokesperson".
      // "The former President of the … Association added:", after "Tipperary TD Jackie Cahill":
      // a post once held says nothing of the offices held now. But "The executive director of
      // the Minnesota Milk Producers Association said", a post at a body the article ties to
      // nobody, introduces someone new.
      const former = /^former\s/i.test(np)
      const atNamedBody = /\s(?:of|for|at)\s+(?:the\s+)?[A-Z]/.test(np)
      const recent =
        /['’]s\s/.test(np) || (atNamedBody && !former)
          ? null
          : (this.recentPeople(sentence, before)[0] ?? this.lastMentioned(sentence))
      if (recent && (former || !holdsOther(recent, noun)))
        return one({ name: recent.name, kind: 'person' }, 'role-noun', 0.6)
      // "Tourism Minister Tiong King Sing said …" ¶ "…," the Bintulu lawmaker said": the one
      // person the article has named, whatever other office it gave them; a guess to check.
      const named = this.registry.people.filter((p) => p.first <= sentence)
      // Not "the spokesman for the Chief Justice", someone else's voice.
      if (
        recent &&
        named.length === 1 &&
        named[0] === recent &&
        role === np &&
        !/^spokes/.test(noun)
      )
        return one({ name: recent.name, kind: 'person' }, 'role-noun', 0.5)
      // "A Trump campaign spokesperson later told Insider …" ¶ "…," the campaign official said:
      // the one unnamed speaker just described, whom nobody named since can have displaced.
      const described = definite
        ? (this.lastSpeakers(sentence).described ?? this.describedReporter(sentence, before))
        : null
      if (
        described &&
        described.sentence >= sentence - 3 &&
        !this.namedSince(described.sentence, sentence, before)
      )
        return one({ name: described.name, kind: 'group' }, 'unnamed-source', 0.6)
    }
    // "the magistrate", "the striker": a noun for one person, which the article wrote as a named
    // person's title ("Principal magistrate Cherono Kesse").
    if (definite && !ROLE_NOUNS.has(noun) && isPersonNoun(noun) && np.split(/\s+/).length <= 3) {
      const holder = this.registry.withRole(noun, sentence, this.nobodySpokeBefore(sentence))
      if (holder) return one({ name: holder.name, kind: 'person' }, 'role-noun', 0.8)
      // "said the village elder", after "Adow himself has lost …": the one the sentences just
      // before are about; a guess the app asks the user to check.
      // Not someone who holds an office or an official role ("the commuter" is no governor);
      // "Mr Kerr" holds none ("said the Cowra slaughterman", after a paragraph about him).
      const recent = /['’]s\s/.test(np) ? null : this.recentPeople(sentence, before)[0]
      if (recent && !holdsOtherThanCourtesy(recent, noun))
        return one({ name: recent.name, kind: 'person' }, 'role-noun', 0.55)
    }
    if (definite && np.split(/\s+/).length <= 3) {
      // "German NGO Sea-Watch International said …" ¶ "The NGO said": the body the article
      // introduced with that noun.
      const described = isPersonNoun(noun) ? null : this.describedOrg(noun, sentence)
      if (described) return one({ name: described, kind: 'org' }, 'org-noun', 0.8)
      // "the company", "the label": the organisation that spoke last, if it spoke lately.
      // Not an outlet, nor a source that reported it ("…, TechCrunch reported"), unless the
      // noun is one for an outlet ("the broadcaster").
      if (BUSINESS_NOUNS.has(noun)) {
        const media = MEDIA_NOUNS.has(noun)
        const org = this.orgBefore(sentence, before, 6, false, !media)
        if (org && (media || !isOutlet(org.name))) return one(org, 'org-noun', 0.8)
      }
      const org = this.orgFor(noun, sentence)
      if (org) return one({ name: org, kind: 'org' }, 'org-noun', 0.85)
      // "Samsung Electronics Co's net profit surged … ¶ The company said": the business a recent
      // sentence opened with, when none spoke; a guess the app asks the user to check.
      if (BUSINESS_NOUNS.has(noun)) {
        const subject = this.orgOpening(sentence, before, 6)
        if (subject) return one({ name: subject, kind: 'org' }, 'org-noun', 0.6)
      }
      // "the authority said", "the council said": the body that spoke last, if it spoke lately.
      if (ORG_SYNONYMS[noun]) {
        const spoke = this.orgBefore(sentence, before, 6)
        if (spoke) return one(spoke, 'org-noun', 0.7)
      }
    }
    const named = /^(?:a|an)\s/i.test(text) ? this.namedNext(noun, sentence) : null
    if (named) return one({ name: named.name, kind: 'person' }, 'role-noun', 0.7)
    const group = GROUP_NOUNS.has(noun) || /s$/.test(noun)
    // A clause read as a noun phrase ("that a deal signing would take place in …") is no speaker.
    if (text.split(/\s+/).length > 12 || /^(?:that|which|who|whether|if|--)\b|^--/i.test(text))
      return null
    // "the investigation", "acetylene and water": nothing that can speak; but "PC World's
    // analysis concluded" gives its owner's words.
    const head = np.replace(/\s+(?:of|for|at|in|on|from|with|into|to)\s.*$/, '').split(/\s+/)
    // "Paxton's loved ones", "the minister's relatives": people of the owner's, not the owner.
    // "the 12-year-old": an age nobody named has is a person too.
    const people =
      noun === 'ones' ||
      /year-olds?$/.test(noun) ||
      GROUP_NOUNS.has(noun) ||
      isPersonNoun(noun.replace(/s$/, ''))
    if (!people && !isAgentNoun(noun) && !head.some(isAgentNoun)) {
      const owner = text.match(NAMED_OWNER)?.[1]
      if (!owner || NOT_OWNER.test(owner)) return null
      const person = this.registry.person(owner)
      return person
        ? one({ name: person.name, kind: 'person' }, 'owner', 0.7)
        : one({ name: owner, kind: 'org' }, 'owner', 0.7)
    }
    return one(
      { name: text, kind: 'group' },
      group ? 'group' : 'unnamed-source',
      text.split(/\s+/).length <= 8 ? 0.85 : 0.6
    )
  }

  /**
   * "… read out a statement on their behalf. ¶ It said: "…"": an "it" right after a sentence
   * that names a statement or letter is that document, and speaks for whoever it was written
   * on behalf of, else whoever issued it.
   */
  private documentJustNamed(sentence: number, before: number): Resolution | null {
    // Only an "it" (or a body's "they") that opens the sentence, as "It said:" does.
    const opener = this.view.sentences[sentence]?.masked.slice(0, before) ?? ''
    if (!/^\s*(?:it|they)\s*$/i.test(opener)) return null
    const s = sentence - 1
    const words = this.view.sentences[s]?.words ?? ''
    const named = DOCUMENT_MENTION.exec(words)
    if (!named) return null
    const behalf = BEHALF.exec(words.slice(named.index))
    if (behalf) {
      // The one it speaks for, never the one who read it out. "On their behalf" leaves a list
      // of people the tags cannot tell ("The boy's mother, father and other relatives"): no
      // speaker rather than a wrong one.
      const r = behalf[2] ? this.resolve(behalf[2], s, named.index + behalf.index) : null
      return r && { ...r, rule: 'document-issuer', confidence: Math.min(r.confidence, 0.7) }
    }
    return this.issuer(named[1]!.toLowerCase(), sentence, before)
  }

  /** "the statement": whoever the sentences before say issued a statement. */
  private issuer(noun: string, sentence: number, before: number): Resolution | null {
    const mention = new RegExp(
      `\\b(?:a|an|its|his|her|their|the)\\s+(?:[\\w-]+\\s+){0,2}${noun}\\b`,
      'i'
    )
    // "the sheriff's statement": a described owner.
    const owned = new RegExp(
      `\\b((?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)['’]s\\s+(?:[\\w-]+\\s+)?${noun}\\b`,
      'i'
    )
    const issued = (r: Resolution | null, medium: string): Resolution | null =>
      r && {
        ...r,
        rule: 'document-issuer',
        confidence: Math.min(r.confidence, 0.85),
        ref: { ...r.ref, medium }
      }
    for (let s = sentence; s >= Math.max(0, sentence - 8); s--) {
      const view = this.view.sentences[s]
      if (!view) continue
      const text = view.words.slice(0, s === sentence ? before : undefined)
      const o = text.match(owned)
      const byOwner = o?.index !== undefined ? issued(this.resolve(o[1]!, s, o.index), o[0]) : null
      if (byOwner) return byOwner
      const m = text.match(mention)
      if (!m || m.index === undefined) continue
      // "No data was lost, according to the statement": the document is the sentence's source,
      // not something its subject issued; whoever issued it is named earlier.
      // ("According to a news release from Nanaimo RCMP" names its issuer all the same.)
      const accordingTo = /\baccording\s+to\s+$/i.test(text.slice(0, m.index))
      // "X's statement", "a statement from X", or the subject of the sentence that mentions it.
      const owner = text.slice(0, m.index).match(/([A-Z][\w.&'’ -]*?)['’]s\s+$/)?.[1]
      // "A report by Susan Denham was published": the issuer's words end at the next verb.
      // ("A statement from, Mr Joseph Obari, SPDC spokesman": a stray comma is passed over.)
      // "The report, published on Tuesday by the National Audit Office, said": a participle
      // set off by commas names its issuer too.
      const agent = text
        .slice(m.index + m[0].length)
        .match(
          /^(?:,?\s+(?:published|released|issued|compiled|prepared|written|produced|shared|posted)\b[^,;.]{0,40}?)?\s+(?:from|by|issued by),?\s+([^,;.]+)/
        )?.[1]
        ?.replace(/\s+(?:was|were|is|are|has|have|had|will|would|could|said|says)\b.*$/, '')
      // "A statement posted on Wisdom Sports’ website and Facebook page said": the one whose
      // page carried it issued it.
      const site = agent ? undefined : POSTED_ON_OWNERS.exec(text.slice(m.index + m[0].length))?.[1]
      // "In the letter, published by the Sunday Times, the charities said": a newspaper that
      // printed a document did not write it.
      const from = (agent && !isOutletName(agent) ? agent : undefined) ?? site
      // "In a statement, a county water spokesman said …": the subject of the verb of saying.
      const said = speechVerbs(text, view).find(
        (v) => v.index > m.index! + m[0].length || v.index > 0
      )
      // ""…," union president Fung Wai-wah said in a letter": the subject after the quotation.
      const after = (to: number): number => view.masked.lastIndexOf('⟧', to) + 1
      // "The stock did not exceed the limit, the report said": the document is the one saying,
      // and the sentence's subject is what it said something about; its issuer is named where
      // the document was first mentioned.
      const speaks =
        said !== undefined &&
        said.index >= m.index + m[0].length &&
        /^\s*(?:[a-z]+ly\s+|also\s+)?$/.test(text.slice(m.index + m[0].length, said.index))
      if (accordingTo && !owner && !from) continue
      const who =
        owner ||
        from ||
        openingIssuer(view, text, m.index, m.index + m[0].length) ||
        (!speaks &&
          ((said ? subjectOf(view, after(said.index), said.index) : '') ||
            subjectOf(view, 0, m.index)))
      if (!who) continue
      const r = issued(this.resolve(who, s, m.index), m[0])
      if (r) return r
    }
    return null
  }

  /** "A senior official, who asked not to be named, said …" before "the official added". */
  private unnamedIntro(noun: string, sentence: number): string | null {
    // "A source close to ZIFA", "a spokesperson for the Foreign Office", "a representative of
    // the association": the phrase as the article introduced them, with the body they are tied to.
    const re = new RegExp(
      `(?:^|(?<!,)\\s)((?:[Aa]n?|[Oo]ne)\\s+(?:[a-z][\\w-]*\\s+){0,3}?${noun}\\b(?:\\s+(?:${TIED_TO}|of\\s+the\\s+[a-z][\\w-]*\\b(?!\\s+of\\b)))?)`
    )
    // "“…,” spokesperson at the Foreign Office commented": with no article, after the quotation
    // (blanked in the sentence's words), and tied to a body.
    const bare = new RegExp(`(?:^|[,”"]|\\s\\s)\\s*(${noun}\\s+${TIED_TO})`)
    // Three paragraphs back, however many sentences they hold.
    const reach = (this.view.sentences[sentence]?.paragraph ?? 0) - 3
    for (let s = sentence; s >= 0 && (this.view.sentences[s]?.paragraph ?? 0) >= reach; s--) {
      const view = this.view.sentences[s]
      const m = view ? (view.words.match(re) ?? view.words.match(bare)) : null
      if (m) return m[1]!
    }
    return null
  }

  /** The longest registered organisation `text` opens with, whole words only. */
  private orgOpeningWith(text: string): string | null {
    let best: string | null = null
    for (const o of this.registry.orgs)
      if (
        text.startsWith(o) &&
        !/^[\w-]/.test(text.slice(o.length)) &&
        o.length > (best?.length ?? 0)
      )
        best = o
    return best
  }

  /** The organisation named right after `noun` in the nearest sentence before ("NGO Sea-Watch"). */
  private describedOrg(noun: string, sentence: number): string | null {
    const named = this.#orgsAfterNoun.get(noun) ?? this.orgsAfterNoun(noun)
    for (let k = named.length - 1; k >= 0; k--)
      if (named[k]!.sentence <= sentence) return named[k]!.name
    return null
  }

  /**
   * Every sentence that names an organisation right after `noun` ("the NGO Sea-Watch"), or
   * right before it ("the RMT union"), in order, read once per noun: a long article asks for the
   * same noun in thousands of sentences.
   */
  private orgsAfterNoun(noun: string): Array<{ sentence: number; name: string }> {
    const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const after = new RegExp(`\\b${escaped}\\s+(?=[A-Z])`)
    const before = new RegExp(
      `\\b[Tt]he\\s+((?:[A-Z][\\w&.-]*\\s+){0,3}[A-Z][\\w&.-]*)\\s+${escaped}\\b`
    )
    const out: Array<{ sentence: number; name: string }> = []
    for (const s of this.holding(noun)) {
      const words = this.view.sentences[s]?.words
      if (words === undefined) continue
      const at = after.exec(words)
      const rest = at ? words.slice(at.index + at[0].length) : ''
      const run = at ? findNameRuns(rest)[0] : undefined
      // "Traders’ body Confederation of All India Traders": the longest body the article
      // registered that the words after the noun open with, past its "of".
      const registered = at ? this.orgOpeningWith(rest) : null
      // "the RMT union's leader", "the Unite union": the name right before the noun, too.
      const named = at ? undefined : before.exec(words)?.[1]
      const name = registered ?? (run?.index === 0 ? run.raw : named)
      // "said the agency Friday": a day or month after the noun is no name.
      const first = name?.split(/\s+/)[0]?.replace(/\.$/, '') ?? ''
      const place = !!name && isPlace(name) && !isOrganisation(name)
      if (name && !CALENDAR_WORD.test(first) && !place && !this.registry.person(name)) {
        // "the Unite union" is Unite, as the article calls it when it names it alone; "the
        // Corvel Medicines Board" keeps its capitalised noun, a word of its name.
        const full = named && /^\p{Lu}/u.test(noun) ? `${name} ${noun}` : name
        out.push({ sentence: s, name: full.replace(/\.$/, '') })
      }
    }
    this.#orgsAfterNoun.set(noun, out)
    return out
  }

  /**
   * The sentences whose words hold `text`, in order: one search of the whole article's words,
   * not a test of each sentence (most never hold it, and a long article has thousands).
   */
  private holding(text: string): number[] {
    if (!this.#allWords) {
      const starts: number[] = []
      let length = 0
      const parts = Array.from(this.view.sentences, (view, s) => {
        starts[s] = length
        const words = view?.words ?? ''
        length += words.length + 1
        return words
      })
      this.#allWords = { text: parts.join('\0'), starts }
    }
    const { text: all, starts } = this.#allWords
    const found: number[] = []
    for (let at = all.indexOf(text); at >= 0;) {
      const lo = lastAtOrBefore(starts, at)
      found.push(lo)
      at = lo + 1 < starts.length ? all.indexOf(text, starts[lo + 1]) : -1
    }
    return found
  }

  /** "the ministry": the organisation the article last named with that word. */
  private orgFor(noun: string, sentence: number): string | null {
    if (!ORG_SYNONYMS[noun]) return null
    const fits = this.registry.orgs.filter((o) => nounFitsOrg(noun, o))
    // "The Pharmacy and Poisons Board …" ¶ "the Board said": a name that ends a longer one is
    // that body written short, not another.
    const named = fits.filter((o) => !fits.some((n) => n.endsWith(` ${o}`)))
    if (named.length === 0) return null
    for (let s = sentence; s >= 0; s--) {
      const view = this.view.sentences[s]
      if (!view) continue
      const hit = named.find((o) => view.text.includes(o))
      if (hit) return hit
    }
    return named[0]!
  }
}

/**
 * "In a statement dated Wednesday, December 11, the Board flagged …": a document in the phrase
 * that opens the sentence is issued by the subject after that phrase, whatever its verb.
 */
function openingIssuer(
  view: ArticleView['sentences'][number],
  text: string,
  mentionStart: number,
  mentionEnd: number
): string {
  // The document opens the sentence ("In a statement …,"), not one said in later on.
  if (!/^\W*In\s+$/.test(text.slice(0, mentionStart))) return ''
  // The first verb past the phrase's comma ("dated" is still the phrase's).
  const verb = view.tokens.find(
    (t) => t.pos === 'VERB' && t.start > mentionEnd && text.lastIndexOf(', ', t.start) > mentionEnd
  )
  return verb ? subjectOf(view, text.lastIndexOf(', ', verb.start) + 2, verb.start) : ''
}

function one(ref: SpeakerRef, rule: MentionRule, confidence: number): Resolution {
  return { ref, rule, confidence, candidates: [ref.name] }
}

/** The sentence's quoted words, at their own offsets, with everything else blanked. */
function quotedOnly(masked: string, text: string): string {
  let out = ''
  let inside = false
  for (let k = 0; k < masked.length; k++) {
    if (masked[k] === '⟦') inside = true
    out += inside ? (text[k] ?? ' ') : ' '
    if (masked[k] === '⟧') inside = false
  }
  return out
}

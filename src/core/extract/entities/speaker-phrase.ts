/**
 * Reads the words that name a speaker ("the Green Party's health spokeswoman Jane Doe", "he",
 * "A spokeswoman for Transport Canada, Jane Doe", "the ministry") and finds their head: the
 * name, pronoun or noun the phrase is about. In English the head of a noun phrase comes last,
 * so "Refugee Action chief executive Tim Hilton" is about Tim Hilton, and an appositive
 * ("The minister, Jane Doe,") names the person its description only describes.
 */
import {
  CAPITALISED_RUN_PATTERN,
  findNameRuns,
  isDemonym,
  isFirstName,
  isOffice,
  isOrganisation,
  isPlace,
  isPolityHead,
  looksLikeSpeakerName,
  type NameRun
} from '../names'
import { withOrgTail } from './org-names'
import {
  describesPerson,
  DOCUMENT_NOUN_PATTERN,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  SEAT_TITLE_PATTERN,
  isAgentNoun,
  isPersonNoun,
  isWeekday,
  POST_NOMINALS,
  PRONOUNS,
  ROLE_NOUNS,
  SENTENCE_ADVERBS,
  singularForms,
  TITLE_ABBREVIATIONS,
  TITLES,
  WEEKDAY_PATTERN,
  RELATIVE_DAY_PATTERN,
  DAY_PART_PATTERN
} from '../../lexicon/lexicon'

export type Head =
  | { kind: 'pronoun'; word: string }
  | { kind: 'name'; name: string; run: NameRun; description: string | null }
  | { kind: 'description'; text: string; noun: string }

export interface SpeakerPhrase {
  head: Head
  /** "the statement by X", "X's letter": the document or channel the words came through. */
  medium: string | null
}

const INTRO =
  /^(?:in|on|at|during|while|when|after|before|since|under|according|though|although|because|if|unless|whereas|despite|writing|speaking|asked|also|however|meanwhile|later|earlier|then|and|but|so|yet|as|for|with|by|from|last|this|next|today|yesterday|tonight|now|still|instead|separately|similarly|likewise|again|moreover|furthermore|indeed)\b(?!-)/i
const DETERMINER =
  /^(?:the|a|an|one|some|two|three|four|several|many|most|all|its|his|her|their|our|this|that|these|those|another|other|each|both|no|few)\s/i
/** "A stranded passenger at …": one person (a determiner, up to two words, their noun) and where. */
const PLACED_PERSON =
  /^(?:a|an|one|another)\s+(?:[a-z\d][\w-]*\s+){0,2}?([a-z][\w-]*)\s+(at|outside|inside|in|near|on|for|from|with)\s/i
const AGE_SPAN =
  /^in\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?(?:\d+s|[a-z]+ties|teens)\b/i
/**
 * Where one person described by a place stood: "outside the market in Kumasi" of "A shopper
 * outside the market in Kumasi"; null for any other description.
 */
export function placeOfDescribed(description: string): string | null {
  const m = PLACED_PERSON.exec(description)
  if (!m || !/^(?:at|outside|inside|in|near)$/i.test(m[2]!) || !isPersonNoun(m[1]!.toLowerCase()))
    return null
  const place = description.slice(m[0].length - m[2]!.length - 1).trim()
  // "A man in his thirties", "a woman in her early 60s": an age, not a place.
  return AGE_SPAN.test(place) ? null : place
}

/** "Ryanair's …": a named owner opening a phrase, the owner captured. */
export const NAMED_OWNER = new RegExp(`^(${CAPITALISED_RUN_PATTERN})['’]s\\s`)
/** "Rui Costa's daughter", "Porto's mayor": a named owner, then a lower-case noun. */
const OWNED_NOUN = new RegExp(`${NAMED_OWNER.source}+[a-z]`)
/** The head noun given to "the Italian": a person of some nationality. */
export const NATIONAL = 'national'
const MEDIUM_BY = new RegExp(
  `^(?:the|a|an)\\s+(?:${DOCUMENT_NOUN_PATTERN}|blog post|website|account|statement|response|reply)\\s+(?:by|from|of)\\s+(.+)$`,
  'i'
)
/**
 * "an executive summary of the application that was prepared by Township Engineer Timothy White":
 * a document (group 1, its noun group 2), then who wrote it (group 3) after a participle of
 * writing.
 */
const MEDIUM_WRITTEN_BY =
  /^((?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)(?:\s+(?:of|on|into|about)\s+[^,]{1,60}?)?),?\s+(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:prepared|written|compiled|drawn\s+up|issued|released|published|produced|signed|sent)\s+by\s+(.+)$/i
/** "The judge in his order", "The minister in a statement": the document, after the speaker. */
const IN_DOCUMENT = new RegExp(
  `^(.+?)\\s+(in\\s+(?:a|an|the|his|her|its|their)\\s+(?:[a-z-]+\\s+)?(?:${DOCUMENT_NOUN_PATTERN}))$`,
  'i'
)
const MEDIUM_OWN = new RegExp(
  `^([A-Z][\\w.'’ &-]*?)['’]s\\s+(?:(?:written|joint|official|brief|latest|new|court)\\s+)?(${DOCUMENT_NOUN_PATTERN}|blog|website|account|office|spokes(?:man|woman|person))(?:\\s+(?:on|in|last|this|from)\\b.*)?$`
)

/** Splits at commas outside parentheses, dropping parenthetical asides. */
export function splitSegments(chunk: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of chunk) {
    if (ch === '(' || ch === '[') depth++
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1)
    if ((ch === ',' || ch === '—' || ch === '–') && depth === 0) {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out
    .map((s) =>
      s
        .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    )
    .filter(Boolean)
}

// "Murtaza Wahab on Friday", "the minister yesterday", "the advice for this week": when is no
// part of who.
const TRAILING_TIME = new RegExp(
  `\\s+(?:(?:on|for)\\s+)?(?:(?:last|this|early|late)\\s+)?(?:${WEEKDAY_PATTERN}|${RELATIVE_DAY_PATTERN}|earlier|later|(?:last|this) (?:week|month|year|night|morning))(?:\\s+(?:${DAY_PART_PATTERN}))?$`,
  'i'
)

function trimSegment(seg: string): string {
  let s = seg
    .replace(/^(?:and|but|then|so|or)\s+/i, '')
    .replace(TRAILING_TIME, '')
    .trim()
  // Adverbs and auxiliaries between subject and verb: "Smith also", "the official later".
  for (;;) {
    const m = s.match(/\s+([a-z]+)$/)
    if (!m || !SENTENCE_ADVERBS.has(m[1]!)) break
    s = s.slice(0, m.index).trim()
  }
  return s.replace(/[\s,.;:]+$/, '')
}

/** "Nasa’s ", "Nasa ": a body's name (possessive or not) before a person's. */
const BODY_BEFORE = new RegExp(`^${CAPITALISED_RUN_PATTERN}['’]s?\\s+`)
/** A segment that is one name ("Elise Moreau"); one that ends in a title is an office. */
const isNameSegment = (seg: string): NameRun | null => {
  const runs = findNameRuns(seg)
  const run = runs[runs.length - 1]
  // "the new Mr", not "Rhun ap Iorwerth MS", whose letters after the name are an office's.
  const lastWord = seg.split(/\s+/).at(-1)!
  if (TITLES.has(lastWord.toLowerCase()) && !POST_NOMINALS.has(lastWord)) return null
  // "Nasa’s Raila Odinga": a name after its body's possessive.
  const owner = BODY_BEFORE.exec(seg)?.[0].length ?? 0
  const opens = run ? run.index <= 2 || (owner > 0 && run.index === owner) : false
  return run && run.end >= seg.length - 1 && opens && seg.includes(' ') ? run : null
}

/** "Government and International": the last items of a list of capitalised words. */
const LIST_TAIL =
  /^(?:\p{Lu}[\p{L}'’-]*\s+)*(?:and|&)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u

/**
 * "Executive General Manager of Business, Government and International, Gary Starr": a list in
 * a title, commas and all, is part of the title; it neither names the speaker nor ends them.
 * Joined only before a name that closes the phrase.
 */
function withTitleLists(segments: string[]): string[] {
  if (segments.length < 3 || !isNameSegment(segments.at(-1)!)) return segments
  const out = [segments[0]!]
  for (const seg of segments.slice(1, -1)) {
    if (LIST_TAIL.test(seg) && /\b(?:of|for)\s+\p{Lu}[\p{L}'’-]*$/u.test(out.at(-1)!))
      out[out.length - 1] += `, ${seg}`
    else out.push(seg)
  }
  return [...out, segments.at(-1)!]
}

/** "the PM", "Ryanair's CEO": an office written short, after "the" or a named owner. */
const OFFICE_WRITTEN_SHORT = new RegExp(`^(the|${CAPITALISED_RUN_PATTERN}['’]s)\\s+([A-Z]{2,4})$`)

/** "The Conservative MP for Chichester", "the Labour MP": a member by party and seat. */
const SEAT_EPITHET = new RegExp(
  `^[Tt]he\\s+(?:[A-Z][\\w'’-]*\\s+){0,2}(${SEAT_TITLE_PATTERN})(?:\\s+for\\s+[A-Z][\\w'’.-]*(?:\\s+(?:and\\s+)?[A-Z][\\w'’.-]*){0,3})?$`
)

/** "Barber and other doctors", "Dr Jane Roe and fellow GPs": a name, then others of their kind. */
const WITH_OTHERS = /^(.+?)\s+and\s+(?:other|fellow|several\s+other|many\s+other)\s+[\p{L}-]+$/u

/** "part of", "an excerpt from": a part of what follows, which speaks as the whole does. */
export const PARTITIVE =
  /^\s*(?:(?:a\s+)?part|parts|a\s+portion|an?\s+(?:excerpt|extract)|excerpts|extracts)\s+(?:of|from)\s+(?=\S)/i

/** "Elizabeth, N.J. resident Latoya Samson", "Marietta, Ga., native Jo Lee": place, region, noun, name. */
const TOWN_AND_REGION_PERSON =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*,?\s+([a-z]+)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u

/** "the union", "the national body": a body described, in lower case, after "the". */
const BODY_SUBJECT = /^[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)$/

/** "Shuaibu Usman Leman": capitalised words only, as a name is written. */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u

/** The head of the speaker words, or null when they name nobody. */
export function parseSpeakerPhrase(chunk: string): SpeakerPhrase | null {
  // "Elizabeth, N.J. resident Latoya Samson": a town and its state describe the person noun
  // after them; the comma between them is no break between two speakers.
  const local = TOWN_AND_REGION_PERSON.exec(chunk.trim())
  if (local && isPersonNoun(local[1]!))
    return parseSpeakerPhrase(local[0].slice(local[0].indexOf(local[1]!)))
  // "The Conservative MP for Chichester": one member, by the party and the seat.
  const seat = SEAT_EPITHET.exec(chunk.trim())
  if (seat)
    return {
      head: { kind: 'description', text: chunk.trim(), noun: seat[1]!.toLowerCase() },
      medium: null
    }
  // "Barber and other doctors said": the one named speaks for the group they lead.
  const leading = WITH_OTHERS.exec(chunk.trim())
  if (leading) {
    const named = parseSpeakerPhrase(leading[1]!)
    if (named?.head.kind === 'name') return named
  }
  // "…," read part of Epra's statement: a part of a document speaks as the whole does.
  const part = PARTITIVE.exec(chunk)
  if (part) return parseSpeakerPhrase(chunk.slice(part[0].length))
  // "Yonhap news agency, quoting the Korean Central News Agency": the agency relays; the one
  // it quotes speaks.
  const quoting = chunk.match(/^(.*?),?\s+quoting\s+(.+)$/i)
  if (quoting) {
    const inner = parseSpeakerPhrase(quoting[2]!)
    if (inner) return { head: inner.head, medium: `as quoted by ${quoting[1]!.trim()}` }
  }
  // "The agency (AEPD)", "the union (Samwu)": a body described, then the short name it goes by.
  const short = chunk
    .trim()
    .match(/^(?:the|The)\s+(?:[a-z][\w'’-]*\s+){0,3}([a-z][\w-]*)\s+\(([A-Z][A-Za-z]{1,9})\)$/)
  if (short && isAgentNoun(short[1]!)) {
    const name = short[2]!
    const index = short[0].lastIndexOf(name)
    return {
      head: {
        kind: 'name',
        name,
        run: { name, raw: name, index, end: index + name.length, titled: false },
        description: short[0].slice(0, short[0].indexOf('(')).trim()
      },
      medium: null
    }
  }
  const segments = withTitleLists(
    splitSegments(chunk)
      .map(trimSegment)
      .filter((s) => s && !(INTRO.test(s) && !DETERMINER.test(s)))
  )
  if (segments.length === 0) return null
  // "In a release signed by its secretary, Ana Roe, the union said": a body last, right before
  // the verb with no comma to close it as an aside, is the subject; the name before it belongs
  // to the phrase before. Not "Ana Roe, the union's leader said", a person described.
  const closing = segments.at(-1)!
  const body = BODY_SUBJECT.exec(closing)?.[1]?.toLowerCase()
  if (
    body &&
    segments.length > 1 &&
    !/,\s*$/.test(chunk) &&
    CAPITALISED_WORDS.test(segments.at(-2)!) &&
    isAgentNoun(body) &&
    !isPersonNoun(body) &&
    !ROLE_NOUNS.has(body)
  )
    return parseSpeakerPhrase(closing)
  const main = segments[0]!
  const words = main.split(/\s+/)
  if (words.length === 1 && PRONOUNS[words[0]!.toLowerCase()])
    return { head: { kind: 'pronoun', word: words[0]!.toLowerCase() }, medium: null }
  // "He’s said" is "he has said"; "It’s claimed" is no one's claim.
  const contracted = words.length === 1 ? /^(he|she)['’]s$/i.exec(words[0]!) : null
  if (contracted)
    return { head: { kind: 'pronoun', word: contracted[1]!.toLowerCase() }, medium: null }
  // "The judge in his order said": the words were in the order, and the judge speaks.
  const within = main.match(IN_DOCUMENT)
  if (within) {
    const inner = parseSpeakerPhrase(within[1]!)
    if (inner) return { head: inner.head, medium: inner.medium ?? within[2]! }
  }
  const author = / by /.test(main) ? main.match(MEDIUM_WRITTEN_BY) : null
  if (author && DOCUMENT_NOUNS.has(author[2]!.toLowerCase())) {
    const inner = parseSpeakerPhrase(author[3]!)
    if (inner) return { head: inner.head, medium: author[1]! }
  }
  const by = main.match(MEDIUM_BY)
  if (by) {
    const inner = parseSpeakerPhrase(by[1]!)
    return inner ? { head: inner.head, medium: main } : null
  }
  // "Ruiz's spokesman, Rui Costa": a spokesman the article names speaks as themselves.
  const own = segments[1] && isNameSegment(segments[1]) ? null : main.match(MEDIUM_OWN)
  // "The Prime Minister's office said", "the mayor's spokesman said": an unnamed voice for
  // someone speaks as the article describes it, not as the one it speaks for.
  if (own && /spokes|office/.test(own[2]!))
    return { head: { kind: 'description', text: main, noun: own[2]!.toLowerCase() }, medium: null }
  if (own) {
    const inner = parseSpeakerPhrase(own[1]!)
    if (inner) return { head: inner.head, medium: main }
  }
  // "the PM said", "Ryanair's CEO said": an office written short, with nothing but "the" or a
  // named owner before it.
  const written = main.match(OFFICE_WRITTEN_SHORT)
  const office = TITLE_ABBREVIATIONS.get(written?.[2] ?? '')
  if (office)
    return {
      head: {
        kind: 'description',
        text: written![1] === 'the' ? `the ${office}` : `${written![1]} ${office.toLowerCase()}`,
        noun: office.split(' ').at(-1)!.toLowerCase()
      },
      medium: null
    }
  const runs = findNameRuns(main)
  // A lone word that is also a month or a day ("May said") is a name where a speaker stands.
  if (runs.length === 0 && /^[A-Z][a-z]+$/.test(main))
    runs.push({ name: main, raw: main, index: 0, end: main.length, titled: false })
  const last = runs[runs.length - 1]
  // "Matthew Ingram of The Globe and Mail", "Ryan Suter of the Wild": a name, then its employer;
  // "The Springfield Chamber of Commerce": an organisation, completed by its "of".
  const lead = runs[0]
  // "Union Minister for Environment Bhupender Yadav": a run ending in a title is a title.
  const leadIsTitle = !!lead && TITLES.has(lead.name.split(/\s+/).pop()!.toLowerCase())
  if (
    lead &&
    lead !== last &&
    lead.index <= 4 &&
    !leadIsTitle &&
    // "the Democratic Republic of Congo", "the City of Toronto": a governed place speaks as its
    // government does.
    ((isOrganisation(lead.name) && /^\s+(?:of|for)\s/.test(main.slice(lead.end))) ||
      (isPolityHead(lead.name) && /^\s+of\s+(?:the\s+)?[A-Z]/.test(main.slice(lead.end))))
  ) {
    const tailed = withOrgTail(lead.name, main.slice(lead.end))
    // "the Department of Health Minister John Smith", "the Department of Health Minister, John
    // Smith": a title that closes the body's capitalised name is the person's, not the body's.
    const titleAt = tailed
      .split(' ')
      .findIndex(
        (w, i, words) =>
          i > 1 &&
          TITLES.has(w.toLowerCase()) &&
          (i === words.length - 1 || isFirstName(words[i + 1]!))
      )
    const name = titleAt > 0 ? tailed.split(' ').slice(0, titleAt).join(' ') : tailed
    const titled =
      titleAt > 0
        ? tailed
            .split(' ')
            .slice(titleAt + 1)
            .join(' ')
        : ''
    if (titled.includes(' ')) {
      const index = main.lastIndexOf(titled)
      return {
        head: {
          kind: 'name',
          name: titled,
          run: { name: titled, raw: titled, index, end: index + titled.length, titled: true },
          description: main.slice(0, index).trim()
        },
        medium: null
      }
    }
    // "The Department of Health spokesman, John Smith": the body's role, then the name after a
    // comma.
    const named = segments[1] ? isNameSegment(segments[1]) : null
    const between = main.slice(lead.index + tailed.length).trim()
    if (
      named &&
      segments.length === 2 &&
      (titleAt > 0 || /^(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$/.test(between)) &&
      (titleAt > 0 ||
        ROLE_NOUNS.has(between.split(' ').at(-1)!) ||
        isPersonNoun(between.split(' ').at(-1)!))
    )
      return {
        head: { kind: 'name', name: named.name, run: named, description: main },
        medium: null
      }
    // "Arizona Department of Public Safety spokesman Bart Graves", "Bureau of Meteorology
    // hydrologist Chris Leahy": the organisation, its role or a noun for one person, then the
    // person who holds it.
    const role = main
      .slice(lead.index + name.length, last!.index)
      .trim()
      .split(/\s+/)
      .pop()
    const holder =
      last!.end >= main.length - 1 &&
      last!.name.includes(' ') &&
      /^\s+(?:[a-z][\w-]*\s+){1,3}$/.test(main.slice(lead.index + name.length, last!.index)) &&
      !!role &&
      (ROLE_NOUNS.has(role) || isPersonNoun(role))
    if (holder)
      return {
        head: {
          kind: 'name',
          name: last!.name,
          run: last!,
          description: main.slice(0, last!.index).trim()
        },
        medium: null
      }
    return { head: { kind: 'name', name, run: { ...lead, name }, description: null }, medium: null }
  }
  // "Dean of Research Linda Doyle": one capitalised word, completed by its "of", before a full
  // name that ends the phrase is a title the lexicon does not know, not a name.
  const titleBeforeName =
    !!lead &&
    !!last &&
    !lead.name.includes(' ') &&
    last.name.includes(' ') &&
    last.end >= main.length - 1 &&
    isFirstName(last.name.split(' ')[0]!)
  if (
    lead &&
    lead !== last &&
    lead.index <= 2 &&
    // "European Commissioner for Migration Dimitris Avramopoulos": a title, completed by its
    // "for", is no name.
    !leadIsTitle &&
    !titleBeforeName &&
    /^\s+(?:of|at|from|with|for)\s/.test(main.slice(lead.end)) &&
    !isOrganisation(lead.name) &&
    !isCommonNoun(lead.name)
  )
    return { head: { kind: 'name', name: lead.name, run: lead, description: null }, medium: null }
  // "The housing minister, Matthew Pennycook," — a description, then the name it describes;
  // "Another deportee from Pakistan, Gulzar," — a person described, then their one name.
  const next = segments[1]
  const appositive = next ? (isNameSegment(next) ?? oneName(main, next)) : null
  // "Speaking at his headquarters in West Palm Beach, Florida, Trump promised": the end of a
  // place that closes an opening phrase, then the speaker.
  const after = segments.at(-1)!
  const afterRun = findNameRuns(after)[0]
  if (
    segments.length > 1 &&
    isPlace(main) &&
    afterRun &&
    afterRun.index === 0 &&
    afterRun.end >= after.length - 1 &&
    !isPlace(afterRun.name) &&
    !isOrganisation(afterRun.name)
  )
    return {
      head: { kind: 'name', name: afterRun.name, run: afterRun, description: null },
      medium: null
    }
  // "Malaysia's Prime Minister, Najib Razak said": a title, then the name.
  const endsInTitle = TITLES.has(main.split(/\s+/).pop()!.toLowerCase())
  // "President of the Senate, Ahmed Lawan": a title completed by its "of", then the name.
  const title = main.match(/^([A-Z][\w-]*)\s+(?:of|for)\s/)?.[1]
  // "Organiser of the festival, Chris Deacon": a noun for one person, completed the same way.
  const titledOf = !!title && (TITLES.has(title.toLowerCase()) || isPersonNoun(title))
  // "Greece’s minister for civil protection, Vassilis Kikilias": a role noun makes the first
  // segment a description, whatever opens it.
  // "Chief operational meteorologist at the Met Office, Steven Ramsdale": so does a noun for
  // one person before the description's first preposition.
  // "Kestrel University’s vice-president for rivers, Prof Maria Oduya": a role compounded with
  // a hyphen ("vice-president", "co-chair") is its last part's.
  // "… VP for biodiversity and climate action, Prof Yvonne Buckley": a title before the first
  // preposition does the same.
  const described =
    main
      .split(/\s+/)
      .some(
        (w) => /^[a-z]/.test(w) && (ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.split('-').at(-1)!))
      ) ||
    TITLES.has(beforePreposition(main).split(/\s+/).at(-1)!.toLowerCase()) ||
    beforePreposition(main)
      .split(/\s+/)
      .some((w) => /^[a-z]/.test(w) && isPersonNoun(w))
  // "Rui Costa's daughter, Ana": someone's relation or employee, then their name.
  const possessed = OWNED_NOUN.test(main)
  if (
    appositive &&
    (/^[a-z]/.test(main) ||
      DETERMINER.test(main) ||
      // "One, Mrs Edna Gardner, said": one of the people just mentioned, then her name.
      /^(?:one|another)$/i.test(main) ||
      endsInTitle ||
      titledOf ||
      described ||
      possessed)
  )
    return {
      head: { kind: 'name', name: appositive.name, run: appositive, description: main },
      medium: null
    }
  // "Minister for Environment, Forest & Climate Change Bhupender Yadav": the title's own list
  // runs past a comma, and the name ends it.
  const listed = next && isTitledOf(`${main} `) ? findNameRuns(next).pop() : undefined
  if (listed && listed.end >= next!.length - 1 && listed.name.includes(' '))
    return {
      head: { kind: 'name', name: listed.name, run: listed, description: `${main}, ${next}` },
      medium: null
    }
  // "Prosecutors said", "Teachers chanted": a common noun capitalised at a sentence's start;
  // not a surname after a title ("Mr Trainer", "President Baker").
  if (
    last &&
    last.index === 0 &&
    !last.titled &&
    !last.name.includes(' ') &&
    isCommonNoun(last.name)
  )
    return {
      head: { kind: 'description', text: main, noun: last.name.toLowerCase() },
      medium: null
    }
  // "the Fiji Prime Minister", "the Italian": "the", then an office written in capitals or a
  // nationality, describes someone named elsewhere.
  if (last && last.end >= main.length - 1 && /^the\s+$/i.test(main.slice(0, last.index))) {
    // "the Fijian PM" is "the Fijian Prime Minister".
    const words = last.name.split(' ')
    const office = [...words.slice(0, -1), TITLE_ABBREVIATIONS.get(words.at(-1)!) ?? words.at(-1)!]
    const final = office.at(-1)!.split(' ').at(-1)!.toLowerCase()
    if (isOffice(last.name) && ROLE_NOUNS.has(final))
      return {
        head: { kind: 'description', text: `the ${office.join(' ')}`, noun: final },
        medium: null
      }
    if (isDemonym(last.name))
      return { head: { kind: 'description', text: main, noun: NATIONAL }, medium: null }
  }
  if (last && last.end >= main.length - 1) {
    // "Analysts at Barclays": a name inside a trailing prepositional phrase is no head.
    const before = main.slice(0, last.index)
    // "A shopper outside the market in Kumasi", "One resident at the shelter in Leeds": one
    // person described by where they were; the name closes the place, not the person.
    // "A spokesman for the ministry in Accra": past "for", only a place closes it.
    const placed = PLACED_PERSON.exec(before)
    const noun = placed?.[1]!.toLowerCase() ?? ''
    // "A 24-year-old woman from Almondbury": a person by their sex or age too, which WordNet may
    // also give a group sense; not a body's voice ("a spokesman from Acme").
    const voice = /^spokes/.test(noun)
    if (
      placed &&
      (isPersonNoun(noun) || (isAgentNoun(noun) && !GROUP_NOUNS.has(noun) && !voice)) &&
      (/^(?:at|outside|inside|in|near|on)$/i.test(placed[2]!) ||
        isPlace(last.name) ||
        (/^from$/i.test(placed[2]!) && !voice && !isOrganisation(last.name)))
    )
      return {
        head: { kind: 'description', text: main, noun },
        medium: null
      }
    const inPhrase =
      /\b(?:at|from|with|of|for|in|to|on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/.test(before)
    const lowerBefore = /^(?:[a-z][\w'’-]*\s+)+/.test(before) && !DETERMINER.test(before)
    // "President of the Republic Ana Roe" names her; "The former President of the Irish
    // Creamery Milk Suppliers’ Association" describes someone at the body it names.
    const roleAtBody = DETERMINER.test(before) && isOrganisation(last.name)
    if (
      !inPhrase ||
      (isTitledOf(before) && !roleAtBody) ||
      (runs.length === 1 &&
        !lowerBefore &&
        !/^[a-z]/.test(main) &&
        // "The head of the Irish Farmers Association", capitalised only as a sentence's start,
        // describes someone as "the head of …" would; a body's voice ("A spokesman from Acme")
        // is the body's.
        (!/^(?:The|An?)\s/.test(main) || /\bspokes/i.test(before)))
    )
      return {
        head: {
          kind: 'name',
          name: last.name,
          run: last,
          description: before.trim() || null
        },
        medium: null
      }
  }
  // "Tom Kerr from the city's outreach team", "Ana Roe of the residents' association": a name
  // that opens the phrase, then the body or the place it is from.
  // "Activist Jane Roe of the residents' campaign": after the words of a title or a noun for a
  // person.
  const opening = runs[0]
  const titledOpening = opening !== undefined && describesPerson(main.slice(0, opening.index))
  if (
    titledOpening &&
    /^\s+(?:of|from)\s/.test(main.slice(opening.end)) &&
    looksLikeSpeakerName(opening)
  )
    return {
      head: { kind: 'name', name: opening.name, run: opening, description: null },
      medium: null
    }
  // A lower-case head: "officials", "the ministry", "a spokesperson for the ministry".
  const noun = headNoun(main)
  if (noun) return { head: { kind: 'description', text: main, noun }, medium: null }
  if (last && isOrganisation(last.name))
    return { head: { kind: 'name', name: last.name, run: last, description: null }, medium: null }
  return null
}

/** "Vice-Minister of Commerce", "Secretary of State": a title completed by "of". */
function isTitledOf(before: string): boolean {
  const m = before.match(/\b([A-Z][\w-]*)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*$/)
  return m !== null && TITLES.has(m[1]!.toLowerCase())
}

/** The last lower-case noun before any prepositional phrase: "the report's authors" → "authors". */
export function headNoun(np: string): string | null {
  const core = np.replace(/\s+(?:of|for|at|from|with|in|on|to|who|which|that)\s.*$/i, '')
  // "the 56-year-old" (or "the 21-year old"): an age stands as the head noun too.
  const m = core.match(/(?:^|\s)(\d{1,3}[-\s]year[-\s]old|[A-Za-z][a-z'’-]*)$/)
  if (!m || (/^[A-Z]/.test(m[1]!) && !isCommonNoun(m[1]!))) return null
  const w = m[1]!.toLowerCase().replace(/\s/g, '-')
  if (/^(?:the|a|an|and|or|but|its|his|her|their|one)$/.test(w)) return null
  return w
}

/** A description up to its first preposition: "deportee" of "deportee from Pakistan". */
const beforePreposition = (description: string): string =>
  description.replace(/\s+(?:of|from|in|at|for|with|on)\s.*$/, '')

/**
 * The one-word name in apposition to a description of one person ("Another deportee from
 * Pakistan, Gulzar"): the description opens with a determiner and its head (before any
 * prepositional phrase) is a noun for one person; the name is no place, organisation or noun.
 * "One of the food bank's volunteers, Alison": one of a plural of such nouns is one too.
 */
function oneName(description: string, segment: string): NameRun | null {
  if (
    !/^\p{Lu}[\p{Ll}'’-]+$/u.test(segment) ||
    !(DETERMINER.test(description) || OWNED_NOUN.test(description))
  )
    return null
  const ofMany = /^(?:one|another|each)\s+of\s+(.+)$/i.exec(description)?.[1]
  const head = beforePreposition(ofMany ?? description)
    .split(/\s+/)
    .pop()!
  const forms = ofMany ? singularForms(head).slice(1) : [head]
  if (!forms.some((f) => isPersonNoun(f) || ROLE_NOUNS.has(f))) return null
  if (
    isPlace(segment) ||
    isOrganisation(segment) ||
    isCommonNoun(segment) ||
    isDemonym(segment) ||
    isWeekday(segment)
  )
    return null
  return { name: segment, raw: segment, index: 0, end: segment.length, titled: false }
}

function isCommonNoun(word: string): boolean {
  const w = word.toLowerCase()
  return GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, ''))
}

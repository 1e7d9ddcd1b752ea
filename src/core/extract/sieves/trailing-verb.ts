/**
 * Sieve "trailing-verb": the verb of saying closes the quotation's clause — "…," Xi said;
 * "…," said Wang Hui, a researcher; "…," the ministry said in a statement; "…," he told
 * reporters. The speaker words are those between the quotation and the verb, or, inverted,
 * those after it.
 */
import type { Cue, LocalSieve } from './cue'
import type { QuoteSite, SentenceView } from '../view'
import { speechVerbs } from './cue'
import { isOrganisation } from '../names'
import { PARTITIVE, parseSpeakerPhrase, placeOfDescribed } from '../entities/speaker-phrase'
import {
  DAY_PART_PATTERN,
  DOCUMENT_NOUN_PATTERN,
  EVENT_NOUN_PATTERN,
  GROUP_NOUNS,
  isAgentNoun,
  isShortTitle,
  keepsStop,
  MEDIUM_HEAD_PATTERN,
  isOutletName,
  RELATIVE_DAY_PATTERN,
  ROLE_NOUNS,
  SAYING_NOUN_PATTERN,
  SENTENCE_ADVERBS,
  speechVerb,
  TITLE_MODIFIERS,
  TITLES,
  WEEKDAY_PATTERN
} from '../../lexicon/lexicon'

const lowerFirst = (w: string): string => w.charAt(0).toLowerCase() + w.slice(1)

/** Where the clause after a quotation ends: a quotation, a semicolon or a real full stop. */
export function clauseEnd(clause: string): number {
  const re = /⟦|;|[.!?](?=\s|$)/g
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    const before = clause.slice(0, m.index)
    const word = /(?:^|\s)(\S+)$/.exec(before)?.[1] ?? ''
    if (m[0] === '.' && (keepsStop(word) || (/^[A-Z][a-z]+$/.test(word) && isShortTitle(word))))
      continue
    return m.index
  }
  return -1
}

/** "X was quoted by The Times as saying", "The Times quoted X as saying": X speaks. */
export function unrelay(chunk: string): string {
  const passive = chunk.match(/^(.*?)\s+(?:was|were|is|are|has been|had been)\s+quoted\b/i)
  if (passive?.[1]) return passive[1]
  const active = chunk.match(/\bquot(?:ed|ing|es)\s+(.+?)\s+as$/i)
  return active?.[1] ?? chunk
}

/**
 * "the report quoted Lopez as saying", "the newspaper quoted her as saying": a document or an
 * outlet named by its noun (group 1 the document's words, group 2 the outlet's).
 */
const NOUN_QUOTED = new RegExp(
  `\\b(?:((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[a-z-]+\\s+)?(?:${DOCUMENT_NOUN_PATTERN}))|((?:[Tt]he|[Aa]n?)\\s+(?:[a-z-]+\\s+)?(?:${MEDIUM_HEAD_PATTERN})))\\s+quot(?:ed|es)\\s+\\S`
)

/** Who relayed the words, as a where, and whether it is a document that holds them. */
interface Relay {
  medium: string
  inDocument?: true
}

/**
 * The outlet or document that relayed the words: "as quoted by The Times", "according to
 * Reuters", "the report quoted Lopez as saying" (a document, which holds the words).
 */
function relayOf(text: string): Relay | undefined {
  // "as quoted by ISL’s website": a possessive's own noun is part of the channel.
  const by = text.match(
    /\bquoted\s+by\s+((?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?:(?<=['’]s)\s+[a-z]+)?)/
  )
  if (by) return { medium: `as quoted by ${by[1]}` }
  const noun = NOUN_QUOTED.exec(text)
  if (noun)
    return noun[1]
      ? { medium: `in ${lowerFirst(noun[1])}`, inDocument: true }
      : { medium: `as quoted by ${lowerFirst(noun[2]!)}` }
  const active = text.match(
    /\b((?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)\s+quot(?:ed|es)\s+\S/
  )
  if (active) return { medium: `as quoted by ${active[1]}` }
  const according = text.match(
    /,\s*according to ((?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)/
  )
  return according ? { medium: `according to ${according[1]}` } : undefined
}

/** The outlet that relayed the words, as a where: "as quoted by The Times", "according to Reuters". */
export const relayMedium = (text: string): string | undefined => relayOf(text)?.medium

/** A title in lower case, then "to" and a capitalised name: "ambassador to the United Nations". */
const TITLED_TO = /\b([a-z]+)\s+to\s+(?:the\s+)?[A-Z]/

/** Words that end an inverted subject ("said Wang Hui during …", "… who …"), and a place after it. */
const SUBJECT_ENDS = 'about|during|while|when|as|after|before|following|amid|despite|who|which|that'

/**
 * Where a place after a person's noun ends: a time, another clause, or the occasion of the
 * words ("said a worker at the plant in a statement").
 */
const PLACE_END = new RegExp(
  `\\s+(?:(?:on|to|${SUBJECT_ENDS}|${RELATIVE_DAY_PATTERN}|${WEEKDAY_PATTERN}|(?:last|this)\\s+(?:week|month|year|weekend|${DAY_PART_PATTERN}))\\b|in\\s+(?:an?|his|her|their|the)\\s+(?:\\S+\\s+)?(?:${DOCUMENT_NOUN_PATTERN}|${EVENT_NOUN_PATTERN}|${MEDIUM_HEAD_PATTERN}|${SAYING_NOUN_PATTERN})\\b).*$`,
  'i'
)

/** " by other rights groups.": an agent right after the quotation, to the end of its clause. */
const PASSIVE_AGENT = /^\s*by\s+((?:the\s+)?[^\s,.;:⟦()][^,.;:⟦()]{1,60}?)\s*(?=[,.;:⟦]|$)/

/**
 * "the UN", "other rights groups", "opposition leader Jane Roe": a name, or a noun for people
 * ("by far", "by the end of the talks", "by a wide margin" name nobody).
 */
function canSpeak(agent: string): boolean {
  if (/^(?:the\s+)?\p{Lu}/u.test(agent)) return true
  const [noun, ...of] = agent.split(/\s+of\s+/)
  const head = noun!.split(/\s+/).at(-1)!.toLowerCase()
  // "the end of the talks": only a role keeps an "of" after it ("the leader of the party").
  return of.length > 0 ? ROLE_NOUNS.has(head) : isAgentNoun(head) || GROUP_NOUNS.has(head)
}

/**
 * "“Our trajectory will be one of moderate growth …,” Mantega pointed to results …": a quotation
 * closed by its own comma, then a name and that name's own verb, whatever the verb, is the
 * name's. Not a possessive ("Smith's team-mates believed") and not a pronoun, which the sieves
 * after this one read with more care.
 */
function namedAfterComma(
  site: QuoteSite,
  s: SentenceView,
  head: string,
  scope: string
): Cue | null {
  if (!/,\s*["”’']$/.test(s.text.slice(site.start, site.end)) || head.trim()) return null
  const name = /^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+([a-z]+)\b/.exec(scope)
  if (!name || /['’]s?$/.test(name[1]!)) return null
  const at = site.end + head.length + name[1]!.length + 1
  const verb = s.tokens.find((t) => t.start >= at && /\w/.test(t.text))
  if (verb?.pos !== 'VERB' || /ing$/.test(verb.text) || verb.text !== name[2]) return null
  return {
    sieve: 'trailing-verb',
    sentence: s.index,
    chunk: name[1]!,
    verbAt: verb.start,
    verbEnd: verb.end,
    after: true
  }
}

export const trailingVerb: LocalSieve = (site, view) => {
  const s = view.sentences[site.sentence]
  if (!s) return null
  const tail = s.masked.slice(site.end)
  // "… which the UN called a “textbook example of ethnic cleansing” and “genocide” by other
  // rights groups", "was described as “reckless” by the union": after a verb that labels, the
  // agent right after the quoted words is who used them.
  const agent = PASSIVE_AGENT.exec(tail)
  if (
    agent &&
    canSpeak(agent[1]!) &&
    speechVerbs(s.masked.slice(0, site.start), s).some((x) => speechVerb(x.verb)?.label)
  ) {
    const verbAt = site.end + tail.indexOf('by')
    return {
      sieve: 'trailing-verb',
      sentence: s.index,
      chunk: agent[1]!,
      verbAt,
      verbEnd: verbAt + 2,
      after: true
    }
  }
  const head = tail.match(/^[\s,;:.!?\u2014\u2013-]*/)![0]
  // A quotation that ends its own sentence ("… here." Then …) has no trailing attribution.
  if (/[.!?]\s*$/.test(head) && !/^\s*[a-z]/.test(tail.slice(head.length))) return null
  const clause = tail.slice(head.length)
  const stop = clauseEnd(clause)
  const scope = stop >= 0 ? clause.slice(0, stop) : clause
  if (/^(?:and|but|or|then|because|so)\b(?!-)/i.test(scope)) return null
  const v = speechVerbs(scope, s, site.end + head.length)[0]
  if (!v) return namedAfterComma(site, s, head, scope)
  // "While BP claims it reached a "milestone", the Coast Guard says it is "far from over"": a
  // verb whose own clause runs on into the next quotation introduces that one; this quotation
  // is the verb's before it.
  if (
    stop >= 0 &&
    clause[stop] === '⟦' &&
    /^\s+[^\s,;:]/.test(scope.slice(v.end)) &&
    speechVerbs(s.masked.slice(0, site.start), s).length > 0
  )
    return null
  let between = scope.slice(0, v.index).trim().replace(/,$/, '')
  // "… for small towns, according to Gregg Ilag, an analyst": the source follows the phrase.
  if (v.verb === 'according to') between = ''
  // "…," further stated the education secretary: an adverb before an inverted verb is no subject.
  if (SENTENCE_ADVERBS.has(between.toLowerCase())) between = ''
  // "…," Asamoah who turns out for Inter Milan said: a relative clause describes the speaker.
  between = between.replace(/^(\S.*?)\s*,?\s+(?:who|whose)\s.*$/s, '$1')
  // "… mutually shared by Ukraine and the U.S., he warned": words that finish the quoted
  // sentence come before the comma; the speaker after it.
  const lastComma = between.lastIndexOf(', ')
  // So in "…" due to restrictions on travel, JAL said: an adjective before "to" opens a
  // preposition of two words ("due to", "prior to").
  const first = s.tokens.findIndex((t) => t.start >= site.end + head.length && /\w/.test(t.text))
  const firstWord = s.tokens[first]
  const twoWordPreposition = firstWord?.pos === 'ADJ' && s.tokens[first + 1]?.text === 'to'
  // "It has "revised significantly upward" its projection, Fleming added": words that follow
  // a quoted fragment with no mark at its end or after it run on in the author's sentence,
  // whatever they are.
  const finishesQuoted =
    /^(?:ADV|VERB|ADP|SCONJ|PART|AUX)$/.test(firstWord?.pos ?? '') ||
    twoWordPreposition ||
    (/^\s+$/.test(head) && /[\p{L}\p{N}]\s*["”’']$/u.test(s.text.slice(site.start, site.end)))
  if (lastComma >= 0 && finishesQuoted) between = between.slice(lastComma + 2).trim()
  // "… showed "willingness" to return to Myanmar, said a relief official": the words finish the
  // quoted sentence up to the comma, and the verb is inverted; no subject stands before it.
  else if (finishesQuoted && /,\s*$/.test(scope.slice(0, v.index))) between = ''
  // "… "another measure" the legal footing for a deal and said": the verb is coordinated
  // with an earlier subject; the leading sieve reads it.
  // A long appositive may follow the name ("Xi, also general secretary of …, said"); the
  // name itself is short.
  const words = (t: string): number => t.split(/\s+/).filter(Boolean).length
  // "…," the rider was told; "…," reporters were told: the subject heard the words, and who
  // said them is another sieve's to find.
  const heard = speechVerb(v.verb)?.toHearer === true || /^(?:told|informed)$/i.test(v.verb)
  if (heard && /\b(?:was|were|is|are|been|being)$/i.test(between)) return null
  if (
    /\b(?:and|or|but|nor)$/.test(between) ||
    words(between.split(',')[0]!) > 10 ||
    words(between) > 40
  )
    return null
  const verbAt = site.end + head.length + v.index
  const base: Omit<Cue, 'chunk'> = {
    sieve: v.verb === 'according to' ? 'according-to' : 'trailing-verb',
    sentence: s.index,
    verbAt,
    verbEnd: verbAt + v.verb.length,
    after: true,
    relay: v.verb === 'according to' || undefined
  }
  // "…," said Lars Berg, according to Reuters: the outlet relayed what Berg said.
  const relayed = v.verb === 'according to' ? undefined : relayOf(scope)
  // "…", in images posted on social networks: a phrase that opens with a preposition is no
  // subject, and a participle after its noun is no verb of the words.
  const opener = s.tokens.find((t) => t.start >= site.end + head.length + scope.indexOf(between))
  if (between && opener?.pos === 'ADP' && between.startsWith(opener.text)) return null
  // "Carter said homes were "completely destroyed," USA Today reported": an outlet reporting
  // at the end relays a clause whose own verb of saying came before the quotation.
  // So does anyone reporting a "that" clause's words: "the minister told Blinken that he looked
  // forward to "…", the Foreign Office said".
  const opening = s.masked.slice(0, site.start)
  if (
    between &&
    speechVerbs(opening, s).some(
      (x) =>
        !/ing$/.test(x.verb) &&
        (isOutletName(between) || /^\s+(?:[^,;⟦]{1,40}\s+)?that\s[^⟦]*$/.test(opening.slice(x.end)))
    )
  )
    return null
  if (between && !/^(?:as|which|while|when|that|if|whether)\b/i.test(between))
    return { ...base, chunk: unrelay(between), ...relayed }
  // "…", highlighting …, "…," adding …: a participle continues the clause before; no subject follows it.
  if (between || /ing$/.test(v.verb)) return null
  // Inverted: "…," said Wang Hui, chief engineer at …
  const inverted = (
    scope
      .slice(v.end)
      .match(/^\s*([^;⟦]*)/)?.[1]
      ?.trim() ?? ''
  ).replace(PARTITIVE, '')
  // "said member of BMW's management board, Ian Robertson": a description, then the name it
  // describes, which ends the clause.
  const apposed = /^([^,]+),\s+(\p{Lu}[^,]*?)\s*(?:[.,]|$)/u.exec(inverted)
  if (apposed) {
    const chunk = `${apposed[1]!.trim()}, ${apposed[2]!}`
    const head = parseSpeakerPhrase(chunk)?.head
    if (head?.kind === 'name' && head.description === apposed[1]!.trim())
      return { ...base, chunk, ...relayed }
  }
  // "said Arizona Department of Public Safety spokesman Bart Graves": an organisation's own "of"
  // does not end the subject, as "of" after a person does ("Rosaly Lopes of NASA's …").
  // So does a title's ("said Mayor of the County of Cork Gillian Coughlan", "says Fiji's acting
  // Director of Public Prosecutions John Rabuku"), after a possessive and its modifiers.
  const modifiers = inverted.match(/^(?:[A-Z][\w.'’-]*['’]s\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)*/)![0]
  const titled = modifiers.split(/\s+/).every((w) => !/^[a-z]/.test(w) || TITLE_MODIFIERS.has(w))
  const orgOf = inverted
    .slice(titled ? modifiers.length : 0)
    .match(/^((?:[A-Z][\w&'’.-]*\s+){1,5})of\s+(?:the\s+)?[A-Z]/)
  const title = orgOf?.[1]!.trim().toLowerCase().split(/\s+/) ?? []
  while (title.length > 1 && TITLE_MODIFIERS.has(title[0]!)) title.shift()
  const keepOf = !!orgOf && (isOrganisation(orgOf[1]!.trim()) || TITLES.has(title.join(' ')))
  // "said Wang Hui at a news conference": the occasion is no part of the name; but "an official
  // at the Joint Chiefs of Staff" is who spoke: after a description, a preposition before a name
  // stays, and so does an organisation's own "of".
  const beforeName = '(?!\\s+(?:the\\s+)?[A-Z])'
  const described = /^(?:an?|one|the)\s+[a-z]/i.test(inverted)
  // "said Kenya's ambassador to the United Nations Mwende Ochieng": an office "to" a body
  // keeps its "to", as a described person's does.
  const titledTo = TITLED_TO.exec(inverted)
  const keepTo = described || (!!titledTo && TITLES.has(titledTo[1]!))
  const prepositions = keepTo ? `(?:to|in|at|on)${beforeName}` : '(?:to|in|at|on)'
  // "said a representative of the association": a described person keeps what they are "of",
  // as the article put it.
  const of = described ? [] : [keepOf ? `of${beforeName}` : 'of']
  const ends = [prepositions, ...of, SUBJECT_ENDS].join('|')
  const subjectEnd = new RegExp(`\\s+(?:${ends})\\s.*$`)
  // "said a resident at the shelter in Leeds on Monday": one person described by where they
  // stood keeps that place, up to its time or the next phrase.
  const placed = described ? inverted.replace(PLACE_END, '') : ''
  const subject = (placeOfDescribed(placed) ? placed : inverted.replace(subjectEnd, '')).replace(
    /,\s*(?:adding|noting|saying|who|which|according)\b.*$/,
    ''
  )
  return subject ? { ...base, chunk: subject, ...relayed } : null
}

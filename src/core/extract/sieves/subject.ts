/**
 * The subject of a clause, read with the tags: in "Boudreau gave his players a pep talk, telling
 * them …" the one telling is whoever gave the talk; in "McCormick, who has split from …, told"
 * the relative clause only describes McCormick; in "Writing in a blog post, Ingram said" the
 * participle phrase before the comma is no subject.
 */
import {
  alternation,
  DAY_PART_PATTERN,
  RELATIVE_DAY_PATTERN,
  ROLE_NOUNS,
  SENTENCE_ADVERBS,
  SUBORDINATORS,
  WEEKDAY_PATTERN
} from '../../lexicon/lexicon'
import { modifiesNoun } from '../entities/registry'
import { findNameRuns } from '../names'
import { findTimePhrases } from '../time-phrases'
import type { Token } from '../tagging/tag'
import type { SentenceView } from '../view'

// "Wednesday", "Early Thursday morning (Oct 15)": a day standing alone, with its part and date.
const OPENING_DAY = new RegExp(
  `^\\s*(?:(?:early|late)\\s+)?(?:${WEEKDAY_PATTERN}|${RELATIVE_DAY_PATTERN})(?:\\s+(?:${DAY_PART_PATTERN}))?(?:\\s*\\([^()]*\\))?\\s*$`,
  'i'
)
const OPENERS = new Set(['VERB', 'ADP', 'ADV', 'SCONJ', 'PART', 'AUX'])
// ", who has split from many fellow Republicans …," describes the noun before it.
const RELATIVE = /,\s*(?:who|which|whose)\b[^,;⟦]*(?=,)/g

/** " who spoke in an interview with X over the Weekend" to the end of a subject. */
const RESTRICTIVE_RELATIVE = /(\p{L})\s+who\s+[^,;⟦]*$/u

// ", who identified himself as Lawrence,", ", who gave her name only as Amina,": a name given.
const GAVE_NAME =
  /,\s*who\s+(?:identified\s+(?:himself|herself|themselves)|gave\s+(?:his|her|their)\s+(?:first\s+)?name|asked\s+to\s+be\s+(?:identified|named|called))\s+(?:only\s+)?as\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})\s*,/u

/** "in an update at 8.40am ", "after the vote ": a phrase of place, time or occasion opening a clause. */
const OPENING_PHRASE =
  /^(?:in|at|on|during|after|before|following|from|with|by|through)\s+(?:a|an|the|its|his|her|their|this|that)\s/i

/** "In Lagos ", "At Tema ": a place by its name opening the clause, no comma after it. */
const OPENING_PLACE =
  /^(?:In|At)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?=(?:the|a|an|his|her|their)\s|\p{Lu})/u

/**
 * The subject without what opens its clause with no comma after it: a time ("Last night New
 * Plymouth councillors", "On Monday city officials", "Late on Friday police"), a sentence adverb
 * ("Meanwhile the union") or a place by its name ("In Lagos the governor").
 */
function withoutOpeners(subject: string): string {
  let out = subject
  for (;;) {
    const time = findTimePhrases(out, null)[0]
    const lead = time ? out.slice(0, time.index) : 'x'
    const afterTime = /^(?:(?:on|in|at|by|over|early|late|late on|early on)\s+)?$/i.test(lead)
      ? out.slice(time!.index + time!.length)
      : ''
    const word = /^(\p{L}+)\s+(?=\p{L})/u.exec(out)
    const rest = /^\s+\p{L}/u.test(afterTime)
      ? afterTime
      : word && SENTENCE_ADVERBS.has(word[1]!.toLowerCase())
        ? out.slice(word[0].length)
        : out.replace(OPENING_PLACE, '')
    if (rest === out || !rest.trim()) return out
    out = rest.trim()
  }
}

// Capitalised, as they open a sentence; "As" and "If" open one too.
const SUBORDINATE_OPENING = new RegExp(
  `^\\s*(?:${alternation([...SUBORDINATORS, 'as', 'if'].map((w) => w[0]!.toUpperCase() + w.slice(1)))})\\s`
)
/**
 * "After the public gallery was cleared the judge told …", "When asked about the appeal the
 * lawyer Ana Roe said": an opening clause with no comma after it, whose own verb comes first;
 * the subject is the noun phrase that ends the words, from its determiner or its name. '' when
 * the words are no such clause.
 */
function subjectAfterClause(
  text: string,
  tokens: readonly Token[],
  from: number,
  before: string
): string {
  // The subordinator may open the words, or stand alone before them (cut off as a boundary).
  if (!SUBORDINATE_OPENING.test(text) && !SUBORDINATE_OPENING.test(`${before} `)) return ''
  if (!SUBORDINATE_OPENING.test(text) && before.trim().split(/\s+/).length > 1) return ''
  const words = tokens.filter((t) => t.start - from >= text.search(/\S/) && /\S/.test(t.text))
  let k = words.length
  while (k > 0 && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(words[k - 1]!.pos)) k--
  if (k === words.length) return ''
  const det = words[k - 1]?.pos === 'DET' && /^(?:the|a|an)$/i.test(words[k - 1]!.text)
  const first = det ? k - 1 : k
  // The clause's own verb stands before the subject, and the subject is a noun phrase of its own.
  if (!words.slice(1, first).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return ''
  if (!det && words[first]!.pos !== 'PROPN') return ''
  return text.slice(words[first]!.start - from).trim()
}

/** The subject words in `s.masked` between `from` and `to`, or '' when none stands there. */
export function subjectOf(s: SentenceView, from: number, to: number): string {
  // "A stranded passenger at the airport, who identified himself as Lawrence, said": the one
  // described is the name given, whatever the description names before it.
  const gave = GAVE_NAME.exec(s.masked.slice(from, to))
  if (gave) return gave[1]!
  let text = s.masked
    .slice(from, to)
    .replace(RELATIVE, (m) => ' '.repeat(m.length))
    // "The minister who spoke in an interview with LEADERSHIP over the Weekend said": a relative
    // clause with no commas, up to the verb, describes the noun before it.
    .replace(RESTRICTIVE_RELATIVE, (m, last: string) => last + ' '.repeat(m.length - last.length))
    // "But the editor defended …": a conjunction opens the clause; the subject follows it.
    .replace(
      /^(\s*)(?:But|And|Yet|So|Or)\b/,
      (m, sp: string) => sp + ' '.repeat(m.length - sp.length)
    )
  const tokens = s.tokens.filter((t) => t.start >= from && t.end <= to)
  const posAt = (i: number): string | undefined =>
    tokens.find((t) => t.start - from >= i && /\S/.test(t.text))?.pos
  // Drop leading phrases that cannot be a subject ("Writing in a blog post,", "On Tuesday,").
  let listOpen = false
  for (;;) {
    const comma = text.search(/,\s/)
    if (comma < 0) break
    const lead = text.slice(0, comma)
    const first = lead.search(/\S/)
    // "that," "However," — a lone lower-case word before a comma is no subject either.
    const lone = /^\s*[a-z]+\s*$/.test(lead)
    // "On November 24, 2016, Santos said": the year that ends an opening date; "Wednesday,
    // Mayor Jorge Sharp declared": a day standing alone.
    const opening = /^\s*\d{4}\s*$/.test(lead) || OPENING_DAY.test(lead)
    // "In a meeting between the players, the coaches and the ministry, the coach said": an
    // opening phrase's list runs on to its "and" (common nouns, not "Smith and Jones, both 40,").
    const listEnd: boolean =
      listOpen && /\sand\s/.test(lead) && /\s(?!and\s)[a-z]+\s/.test(` ${lead} `)
    if (
      first < 0 ||
      (!OPENERS.has(posAt(first) ?? '') && !lone && !opening && !listEnd) ||
      !text.slice(comma + 1).trim()
    )
      break
    listOpen = posAt(first) === 'ADP' && !listEnd
    text = ' '.repeat(comma + 1) + text.slice(comma + 1)
  }
  // The subject ends at the clause's own finite verb ("Boudreau gave …").
  const start = text.search(/\S/)
  if (start < 0) return ''
  const afterClause = subjectAfterClause(text, tokens, from, s.masked.slice(0, from))
  if (afterClause) return afterClause
  const verb = tokens.find(
    (t, i) =>
      t.start - from > start &&
      // "Trump referenced …": taggers read some past tenses after a name as adjectives.
      (t.pos === 'VERB' ||
        t.pos === 'AUX' ||
        (t.pos === 'ADJ' &&
          /ed$/.test(t.text) &&
          /^(?:PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? ''))) &&
      /^[a-z]/.test(t.text) &&
      // "one poster writing": a participle inside the noun phrase; "managing director": an
      // -ing word qualifying the noun after it.
      !(/ing$/.test(t.text) && /^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')) &&
      !modifiesNoun(tokens, i) &&
      // "a thrilled Virat Kohli described": a participle after a determiner describes the noun;
      // so does one after a possessive ("Paxton's loved ones said").
      tokens[i - 1]?.pos !== 'DET' &&
      !/['’]s$/.test(tokens[i - 1]?.text ?? '') &&
      // "Wales skipper Sam Warburton said": a role before a name, which taggers may call a verb.
      !(ROLE_NOUNS.has(t.text) && /^[A-Z]/.test(tokens[i + 1]?.text ?? '')) &&
      // "Lee Wai-ming said": the end of a hyphenated name is no verb of its own.
      s.masked[t.start - 1] !== '-'
  )
  let end = verb ? verb.start - from : text.length
  // "The company flat-out denied": adverbs before the verb are not part of the subject.
  for (const t of [...tokens].reverse()) {
    if (t.start - from >= end) continue
    // "flat-out", "reportedly": an adverb (or a hyphenated adjective used as one) before the verb.
    const adverb = t.pos === 'ADV' || (t.pos === 'ADJ' && t.text.includes('-'))
    if (!adverb || t.start - from <= start) break
    end = t.start - from
  }
  let subject = text
    .slice(start, end)
    .trim()
    .replace(/[,;:]$/, '')
    .trim()
    // "MP John Walusimbi who was appearing on the same show said": a relative clause with no
    // comma after a name describes it too.
    .replace(/^(.*?\p{Lu}[\p{L}'’-]*)\s+(?:who|whose)(?:\s.*)?$/su, '$1')
    .replace(/^((?:the|a|an|its|his|her|their)\s+\S+(?:\s+\S+)?)\s+[a-z]+-[a-z]+$/i, '$1')
  subject = withoutOpeners(subject)
  // "But in an update at 8.40am Wellington Airport said": an opening phrase with no comma after
  // it; the name that ends the words is the subject.
  if (OPENING_PHRASE.test(subject)) {
    const last = findNameRuns(subject).at(-1)
    if (last && last.index > 0 && subject.slice(last.end).trim() === '')
      return subject.slice(last.index)
  }
  return subject
}

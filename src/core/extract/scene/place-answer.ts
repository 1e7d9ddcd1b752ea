/**
 * Clean answers for "where was this said?": any phrase cut to eight words at a phrase boundary
 * (tidyPlace), and, when the article words the occasion as an act
 * ("visiting Yangquan Valve Co., Ltd., a century-old enterprise, during an inspection tour in
 * north China's Shanxi Province"): the places it names, the most specific first —
 * "Yangquan Valve Co., Ltd., Shanxi Province". A place followed by a possessive ("China's")
 * only locates the next one and is left out.
 */
import {
  PERIOD_PATTERN,
  PLACE_WORD_PATTERN,
  PUBLICATION_PARTICIPLE_PATTERN,
  beforeQuoteVerb,
  VISIT_VERB_PATTERN
} from '../../lexicon/lexicon'
import { CALENDAR_WORD } from '../../lexicon/lexicon'
import { findNameRuns, isOrganisation, isPlace, looksLikePerson } from '../names'
import { withOrgTail } from '../entities/org-names'

const ACT = new RegExp(`^(?:${VISIT_VERB_PATTERN})\\b`)
const REGION = new RegExp(`\\b(?:${PLACE_WORD_PATTERN})$`)
const COMPANY_TAIL = /^,\s+(?:Ltd\.?|Inc\.?|LLC|Co\.|Corp\.|S\.A\.|AG|GmbH|plc)/

/** The places and organisations named in `text`, specific ones before regions. */
export function placesIn(text: string): string[] {
  const found: Array<{ name: string; region: boolean }> = []
  let covered = 0
  for (const run of findNameRuns(text)) {
    // "Technology" of "the Siaya Institute of Technology", taken whole below.
    if (run.index < covered) continue
    // "at Ysgol Morgan Llwyd", "in Wrexham": a preposition of place says what the lexicon may
    // not know (and the whole name, where a name inside it looks like a person's).
    const rawStart = run.index - Math.max(0, run.raw.indexOf(run.name))
    const located = /\b(?:at|in)\s+$/.test(text.slice(0, rawStart))
    // "their GCSE grades", "NHS staff": an acronym before a lower-case word only describes it.
    if (!located && /^[A-Z]{2,}$/.test(run.name) && /^\s+[a-z]{3,}/.test(text.slice(run.end)))
      continue
    if (/['’]s?$/.test(run.raw) || CALENDAR_WORD.test(run.name)) continue
    // "COVID-19", "F-16": letters that go on in figures name a thing, not a place.
    if (/-$/.test(run.name) || /^-?\d/.test(text.slice(run.end))) continue
    if (looksLikePerson(run) && !located) continue
    if (COMPANY_TAIL.test(`, ${run.name}`) && /,\s*$/.test(text.slice(0, run.index))) continue
    const whole = located ? run.raw : run.name
    let name = whole.replace(/[.,]$/, '')
    const tail = text.slice(run.end).match(COMPANY_TAIL)
    if (tail) name = `${whole.replace(/,$/, '')}${tail[0]}`
    // "the Siaya Institute of Technology": a body's name completed by its "of".
    else if (!/[.,]$/.test(whole)) {
      const full = withOrgTail(name, text.slice(run.end))
      covered = run.end + full.length - name.length
      name = full.replace(/[.,]$/, '')
    }
    if (!located && !isPlace(name) && !isOrganisation(name)) continue
    if (!found.some((f) => f.name === name)) found.push({ name, region: REGION.test(name) })
  }
  return [...found.filter((f) => !f.region), ...found.filter((f) => f.region)]
    .slice(0, 3)
    .map((f) => f.name)
}

/** The places an act names ("visited Shandong Province and commended Rizhao Port …"), or null. */
export function placeAnswer(phrase: string, clause: string): string | null {
  if (!ACT.test(phrase)) return null
  const places = placesIn(clause)
  return places.length ? places.join(', ') : null
}

const MAX_WORDS = 8
/** A word that needs another after it: "the festival of", "Newberg and then". */
const DANGLING_WORD = /\s+(?:of|and|or|then|to|the|a|an|for|with|in|on|at|by|from)$/
const withoutDangling = (phrase: string): string => {
  let p = phrase
  while (DANGLING_WORD.test(p)) p = p.replace(DANGLING_WORD, '')
  return p
}
/** "… in La Trinidad", "… in Port of Spain": a place's name of one to three words ends the phrase. */
const IN_TOWN_END = /\s+in\s+[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,2}$/
/** " and said …": the clause's next verb of saying, after the place. */
const NAMED_OCCASION_AT =
  /^(?:(?:a|an|the|his|her|their)\s+)?(?:[A-Z][\w'’.&-]*\s+)+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+((?:at|in|outside|near)\s+\S.*)$/
const DANGLING_MEASURE = new RegExp(
  `\\s+(?:just |only |some |a few |several |\\d+ )?(?:${PERIOD_PATTERN})$`
)
/** "… and said": the word that joins the clause's next verb (see beforeQuoteVerb). */
const AND = /\s+(?:and|but|then)\s+/g

/** "an interview published [Monday]": a participle left once its time was cut. */
const PUBLISHED_END = new RegExp(`^(\\S+\\s+\\S+.*?)\\s+(?:${PUBLICATION_PARTICIPLE_PATTERN})$`)

/**
 * A place or occasion short enough to be an answer: relative clauses and participles cut off,
 * and past eight words cut back to the last phrase that ends by then. The first `kept`
 * characters are the occasion's own clause opening ("speaking as …"), which stays.
 */
export function tidyPlace(phrase: string, kept = 0): string {
  // "after the match and said": the clause's next verb is no part of the place.
  let p = beforeQuoteVerb(
    AND,
    phrase.slice(0, kept) +
      phrase.slice(kept).replace(/\s+(?:who|which|where|whose|when|while|as|because)\s.*$/, '')
  )
    .replace(/,\s+(?=[a-z]).*$/, '')
    .replace(/[\s.,;:]+$/, '')
  // "the festival of", "Newberg and then": a phrase cut off after a word that needs another.
  p = withoutDangling(p)
  p = p.replace(PUBLISHED_END, '$1')
  const words = p.split(/\s+/)
  if (words.length <= MAX_WORDS) return p
  // "the opening of an evacuation centre in La Trinidad": the town that ends the phrase is what
  // the answer is for; it stays when only its own words take the phrase past the limit.
  const town = IN_TOWN_END.exec(p)
  if (town && p.slice(0, town.index).split(/\s+/).length <= MAX_WORDS) return p
  // "an Anglo American Platinum strike rally at the Olympia Park Stadium": a name that only
  // qualifies the occasion goes first, so the answer keeps the occasion and where it was.
  const named = NAMED_OCCASION_AT.exec(p)
  if (named && `${named[1]} ${named[2]}`.split(/\s+/).length <= MAX_WORDS)
    return `${named[1]} ${named[2]}`
  // Cut before the last preposition that keeps the phrase within the limit, not inside a name
  // ("the Royal College [of Nursing]").
  const inName = (i: number): boolean =>
    /^[A-Z]/.test(words[i - 1]!) &&
    /^(?:of|for|and)$/.test(words[i]!) &&
    /^[A-Z]/.test(words[i + 1] ?? '')
  for (let i = MAX_WORDS; i >= 3; i--)
    if (
      /^(?:on|in|at|during|for|with|about|over|after|before|to|of|by|outside|inside|near)$/i.test(
        words[i]!
      ) &&
      !inName(i)
    ) {
      // "the medal ceremony held [at …]": a participle left without its phrase goes too.
      const cut = words.slice(0, i)
      if (cut.length > 2 && /^(?:held|[a-z]+ed)$/.test(cut.at(-1)!)) cut.pop()
      // "comments after voting just minutes [after …]": a measure of time left without the
      // time it measures goes too.
      return cut.join(' ').replace(DANGLING_MEASURE, '')
    }
  // "an interview on the BBC's The Andrew Marr Show": not cut inside a name; it ends the answer
  // when it ends soon after the limit, or goes.
  const capital = (i: number): boolean => /^[A-Z]/.test(words[i] ?? '')
  if (capital(MAX_WORDS - 1) && capital(MAX_WORDS)) {
    let end = MAX_WORDS
    while (capital(end)) end++
    if (end <= MAX_WORDS + 3) return words.slice(0, end).join(' ')
    let start = MAX_WORDS - 1
    while (start > 0 && capital(start - 1)) start--
    if (start >= 2) return withoutDangling(words.slice(0, start).join(' '))
  }
  return words.slice(0, MAX_WORDS).join(' ')
}

/**
 * Finds when something was said ("this week", "in January", "May last year", "on Tuesday") and
 * resolves it against the article's own date, never against the clock.
 */
import {
  MONTH_PATTERN,
  addDays,
  isoDate,
  isoMonth,
  labelFor,
  monthNumber,
  weekday
} from '../article/dates'
import { DAY_PART_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from '../calendar-words'
import {
  DEADLINE_PATTERN,
  EVENT_NOUN_PATTERN,
  NUMBER_WORD_PATTERN,
  PROSPECTIVE_PATTERN,
  smallNumberWord
} from '../lexicon/lexicon'
import { dayNumber } from '../calendar'
import { allMatches } from '../matches'
import type { TimeRef } from '../model'

export interface FoundTime extends TimeRef {
  index: number
  length: number
}

const DAYS = WEEKDAYS.map((d) => d.toLowerCase())
const M = `(${MONTH_PATTERN})`
const DAY = `(${WEEKDAY_PATTERN})`
const PART = `(?:${DAY_PART_PATTERN})`
/** "4am", "2.30 p.m.", "10:15 am": a time of day by the clock. */
const CLOCK = `\\d{1,2}(?:[.:]\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)(?!\\w)`

type Resolver = (
  m: RegExpExecArray,
  ref: string | null,
  published: string | null
) => { resolved: string | null; label?: string }

const refYear = (ref: string | null): number | null => (ref ? +ref.slice(0, 4) : null)
/** The latest occurrence of a month at or before the reference month. */
const pastMonth = (month: number, ref: string | null): string | null => {
  const y = refYear(ref)
  if (!y || !ref) return null
  return isoMonth(month > +ref.slice(5, 7) ? y - 1 : y, month)
}
const shiftMonth = (ref: string, delta: number): string => {
  const total = +ref.slice(0, 4) * 12 + (+ref.slice(5, 7) - 1) + delta
  return isoMonth(Math.floor(total / 12), (total % 12) + 1)
}

/** The day, week, month or year `delta` of them from the reference date ("last week", "two days ago"). */
function shifted(
  ref: string,
  unit: string,
  delta: number
): { resolved: string | null; label?: string } {
  if (unit === 'year') return { resolved: String(+ref.slice(0, 4) + delta) }
  if (unit === 'month') return { resolved: shiftMonth(ref, delta) }
  if (unit === 'day') return { resolved: addDays(ref, delta) }
  const day = addDays(ref, delta * 7)
  return { resolved: `week of ${day}`, label: `the week of ${labelFor(day)}` }
}

const PATTERNS: Array<[RegExp, Resolver]> = [
  [
    // "on 3 March 2023", "the 3rd of March, 2023": the day before the month, as most of the
    // world writes it (before "March 2023" alone can be read).
    new RegExp(
      `\\b(?:(?:on|since|by) )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${M},? (\\d{4})\\b`,
      'g'
    ),
    (m) => ({ resolved: isoDate(+m[3]!, monthNumber(m[2]!), +m[1]!) })
  ],
  [
    new RegExp(`\\b(?:(?:on|in|since|by) )?${M} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g'),
    (m) => ({ resolved: isoDate(+m[3]!, monthNumber(m[1]!), +m[2]!) })
  ],
  [
    new RegExp(`\\b(?:(?:in|since|by) )?${M} (last|this|next) year\\b`, 'g'),
    (m, ref) => {
      const y = refYear(ref)
      const delta = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0
      return { resolved: y ? isoMonth(y + delta, monthNumber(m[1]!)) : null }
    }
  ],
  [
    new RegExp(`\\b(?:(?:in|since|by|until) )?(?:early |late |mid-)?${M},? (\\d{4})\\b`, 'g'),
    (m) => ({ resolved: isoMonth(+m[2]!, monthNumber(m[1]!)) })
  ],
  [
    new RegExp(
      `\\b(?:(?:on|since|by|until) )?${M} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})`,
      'g'
    ),
    (m, ref) => {
      const past = pastMonth(monthNumber(m[1]!), ref)
      return { resolved: past ? `${past}-${m[2]!.padStart(2, '0')}` : null }
    }
  ],
  [
    // "on 3 March", "on Sunday 10 September": the day before the month, with no year.
    new RegExp(
      `\\b(?:(?:on|since|by|until) )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${M}\\b(?!,? \\d{4})`,
      'g'
    ),
    (m, ref) => {
      const past = pastMonth(monthNumber(m[2]!), ref)
      return { resolved: past ? `${past}-${m[1]!.padStart(2, '0')}` : null }
    }
  ],
  [
    // "two days ago", "a week ago", "three months ago".
    new RegExp(`\\b(\\d{1,2}|a|an|${NUMBER_WORD_PATTERN}) (day|week|month|year)s? ago\\b`, 'gi'),
    (m, ref) => {
      const n = /^\d+$/.test(m[1]!) ? +m[1]! : smallNumberWord(m[1]!)
      return ref && n ? shifted(ref, m[2]!.toLowerCase(), -n) : { resolved: null }
    }
  ],
  [
    // "at the weekend", "over the weekend", "last weekend": the words are the answer.
    /\b(?:(?:at|over|during) the|last|this|past) weekend\b/gi,
    (m) => ({ resolved: null, label: m[0].replace(/^(?:at|over|during) /i, '') })
  ],
  [
    new RegExp(
      `\\b(?:in|since|during|by|until|through|earlier in|late in|early in) ${M}\\b(?! \\d)`,
      'g'
    ),
    (m, ref) => ({ resolved: pastMonth(monthNumber(m[1]!), ref) })
  ],
  [
    /\b(?:earlier |later )?(this|last|next|past) (week|month|year)\b/gi,
    (m, ref) => {
      if (!ref) return { resolved: null }
      const which = m[1]!.toLowerCase()
      const delta = which === 'last' || which === 'past' ? -1 : which === 'next' ? 1 : 0
      return shifted(ref, m[2]!.toLowerCase(), delta)
    }
  ],
  [
    // "at 4am on Thursday", "on Tuesday at 10:15am": a clock time goes with its day.
    new RegExp(
      `(?:\\bat ${CLOCK},? )?\\b(?:(?:on|last|this) )?${DAY}(?: ${PART})?\\b(?:,? at ${CLOCK})?`,
      'g'
    ),
    (m, story, published) => {
      // A weekday cannot lie after publication, even when the dateline is a day earlier.
      const ref = published ?? story
      if (!ref) return { resolved: null }
      const target = DAYS.indexOf(m[1]!.toLowerCase())
      const back = (weekday(ref) - target + 7) % 7
      return { resolved: addDays(ref, -back) }
    }
  ],
  [
    // "last night", "this morning", "yesterday afternoon", "tomorrow evening", "tonight".
    new RegExp(`\\b(last|this|yesterday|tomorrow) (${PART})\\b|\\b(tonight)\\b`, 'gi'),
    (m, ref) => {
      if (!ref) return { resolved: null }
      const which = (m[1] ?? '').toLowerCase()
      const back = which === 'last' || which === 'yesterday'
      return { resolved: addDays(ref, back ? -1 : which === 'tomorrow' ? 1 : 0) }
    }
  ],
  [
    /\b(?:earlier |late |early )?(yesterday|today|tomorrow)\b/gi,
    (m, ref) => {
      if (!ref) return { resolved: null }
      const w = m[1]!.toLowerCase()
      return { resolved: addDays(ref, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0) }
    }
  ],
  [/\b(?:in|since|during|by|until|through|from) (\d{4})\b(?!-)/g, (m) => ({ resolved: m[1]! })]
]

const OWNING_PREPOSITION = /\b(?:at|in|during)\s+(?:(?:a|an|the)\s+)?$/i
const OCCASION_OWNED = new RegExp(
  `^(?:['’]s)?\\s+(?:[\\w-]+\\s+){0,3}?(?:${EVENT_NOUN_PATTERN})\\b`,
  'i'
)

/**
 * "at today's team announcement press conference", "In Wednesday evening's statement", "said in
 * an Oct. 26 letter": the time at [start, end) of `text` owns an occasion of words, after the
 * preposition that puts words in it, and so is their time. "Tuesday's vote", "after Tuesday's
 * meeting" and "criticised the March 3 decision" are not.
 */
export function ownsOccasion(text: string, start: number, end: number): boolean {
  // The preposition first, on the few characters before: most times have none.
  return (
    OWNING_PREPOSITION.test(text.slice(Math.max(0, start - 17), start)) &&
    OCCASION_OWNED.test(text.slice(end, end + 120))
  )
}

/** Every time phrase in `text`, earliest first, overlapping matches dropped. */
const HINT = new RegExp(
  `\\d|${MONTH_PATTERN}|day\\b|week|month|year|ago\\b|today|yesterday|tomorrow|${PART}`,
  'i'
)

/** The story's own date (dateline, else publication) and the publication date. */
export interface TimeAnchor {
  story: string | null
  published: string | null
}

export function findTimePhrases(text: string, anchor: TimeAnchor | null): FoundTime[] {
  const found: FoundTime[] = []
  if (!HINT.test(text)) return found
  for (const [re, resolve] of PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (found.some((f) => start < f.index + f.length && end > f.index)) continue
      // "this year's report" describes the report, not when anything was said (but "in
      // Wednesday's statement" dates the occasion of the words).
      if (/^'s\b/.test(text.slice(end)) && !ownsOccasion(text, start, end)) continue
      if (inName(text, start, end)) continue
      const { resolved, label } = resolve(m, anchor?.story ?? null, anchor?.published ?? null)
      const phrase = m[0]
      found.push({
        phrase,
        resolved,
        label:
          label ??
          (resolved
            ? labelFor(resolved)
            : phrase.replace(/^(?:on|in|since|by|during|until|from) /i, '')),
        index: start,
        length: phrase.length
      })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/** "minutes", "shortly": how long after or before an event something happened. */
const SPAN_BEFORE_EVENT = `(?:(?:just|only|within) )?(?:(?:(?:a few|a couple(?: of)?|several|a|\\d+|${NUMBER_WORD_PATTERN}) )?(?:seconds?|minutes?|hours?|days?|weeks?|moments)|shortly|soon|moments|immediately)`
/** The span alone, just before "after" or "before": what makes the phrase after it a time. */
export const SPAN_LEAD = new RegExp(`\\b${SPAN_BEFORE_EVENT}\\s+$`, 'i')
const AFTER_EVENT = new RegExp(
  // It runs to the clause's end: a comma, or a full stop not before a figure ("the Jan. 2 …").
  `\\b${SPAN_BEFORE_EVENT} (?:after|before) [^,;⟦]*?(?=[,;⟦]|\\.(?:\\s+(?!\\d)|\\s*$)|$)`,
  'gi'
)

/** The longest time given by an event that is kept as an answer, in words. */
const MAX_EVENT_TIME_WORDS = 8

/**
 * "minutes after the launch", "shortly after the verdict was read", "a couple days after the
 * Jan. 2 announcement": a time the article gives by an event rather than a date. It resolves to
 * nothing; the article's words are the answer.
 */
export function timesByEvent(text: string): FoundTime[] {
  if (!/ (?:after|before) /.test(text)) return []
  return (
    allMatches(AFTER_EVENT, text)
      .map((m) => ({
        phrase: m[0].trim(),
        resolved: null,
        label: m[0].trim(),
        index: m.index,
        length: m[0].trim().length
      }))
      // A card's answer is recalled in one go: a long clause makes a poor one.
      .filter((t) => t.phrase.split(/\s+/).length <= MAX_EVENT_TIME_WORDS)
  )
}

/**
 * A time word written as part of a proper name is no time: English writes "today" and "this week"
 * in lower case mid-sentence, so a capitalised one there names something ("the BBC's Today
 * programme", "ABC's This Week"); and a weekday after "the" or a possessive and before another
 * capitalised word is a title ("the Sunday Times", "the BBC's Sunday Politics").
 */
function inName(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start)
  const phrase = text.slice(start, end)
  const midSentence = /[\p{L}\p{N},;'’]\s*$/u.test(before)
  if (
    midSentence &&
    /^(?:This|Last|Next|Past|Earlier|Later|Yesterday|Today|Tomorrow)\b/.test(phrase)
  )
    return true
  return (
    /(?:\bthe|['’]s)\s+$/.test(before) && /^[A-Z]/.test(phrase) && /^ [A-Z]/.test(text.slice(end))
  )
}

export function toTimeRef(found: FoundTime): TimeRef {
  return { phrase: found.phrase, resolved: found.resolved, label: found.label }
}

/**
 * A time that dates an earlier event, not the one reported: "since Monday", "the first meeting
 * since one in Busan in November 2023" (a "since" before it in its clause).
 */
export function datesEarlierEvent(text: string, t: FoundTime): boolean {
  return (
    /^since\b/i.test(t.phrase) ||
    /\bsince\b[^,;.⟦]*$/i.test(text.slice(Math.max(0, t.index - 60), t.index))
  )
}

/**
 * The first time `words` give for something that happened then: not an earlier event's ("since
 * Monday"), nor one still ahead ("by Friday"). Null when there is none.
 */
export function firstTime(words: string, anchor: TimeAnchor | null): FoundTime | null {
  return (
    findTimePhrases(words, anchor).find(
      (t) => !datesEarlierEvent(words, t) && !pointsAhead(t, anchor)
    ) ?? null
  )
}

const AHEAD = new RegExp(`^(?:${DEADLINE_PATTERN})\\b|\\b(?:${PROSPECTIVE_PATTERN})\\b`, 'i')

/**
 * Two times the article gives that cannot be the same occasion's: both resolved, and neither
 * within the other ("2023-04-10" is within "2023-04", not within "2023-03").
 */
export function timesDiffer(a: TimeRef | null, b: TimeRef | null): boolean {
  const week = /^week of /
  const weekly = week.test(a?.resolved ?? '') || week.test(b?.resolved ?? '')
  // A week is compared by its month: it may straddle the day it is set against.
  const cut = (t: TimeRef | null): string | undefined => {
    const r = t?.resolved?.replace(week, '')
    return weekly ? r?.slice(0, 7) : r
  }
  const [x, y] = [cut(a), cut(b)]
  return !!x && !!y && !x.startsWith(y) && !y.startsWith(x)
}

/**
 * A time over a week before the story's date ("Last year, Roe warned …", "in January" of a
 * story in March): another occasion than the one the story reports. False when either is
 * unknown.
 */
export function longBefore(t: TimeRef, anchor: TimeAnchor | null): boolean {
  const day = anchor?.story ?? anchor?.published
  const week = t.resolved?.startsWith('week of ') ?? false
  const r = t.resolved?.replace(/^week of /, '')
  if (!r || !day) return false
  const [y, m] = r.split('-').map(Number)
  // The last day the time covers: the year's, the month's, or the week's.
  const last =
    r.length === 4
      ? isoDate(y!, 12, 31)
      : r.length === 7
        ? addDays(isoDate(m === 12 ? y! + 1 : y!, m === 12 ? 1 : m! + 1, 1), -1)
        : addDays(r, week ? 6 : 0)
  return dayNumber(last) < dayNumber(day.slice(0, 10)) - 7
}

/**
 * A time still ahead, which dates no words already said: "by 2016", "next month", "tomorrow",
 * or a day or year after the story's date and its publication.
 */
export function pointsAhead(t: FoundTime, anchor: TimeAnchor | null): boolean {
  if (AHEAD.test(t.phrase)) return true
  // The later of the two: a report dated the 15th may be published on the 16th.
  const [day] = [anchor?.story, anchor?.published]
    .filter((d): d is string => !!d)
    .sort()
    .reverse()
  if (!t.resolved || !day || t.resolved.startsWith('week')) return false
  return t.resolved > day.slice(0, t.resolved.length)
}

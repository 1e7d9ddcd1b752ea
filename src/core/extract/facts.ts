/**
 * Facts worth remembering: the sentence and the span a cloze card should hide. Numbers, money,
 * percentages and dates come first, then lists of names, places and organisations, then terms
 * and the subject of a change ("energy consumption … fell"). A number keeps what it counts
 * ("18 criminal charges", "a 131-page report"), and a blank never splits a name.
 */
import {
  APPROXIMATOR_PATTERN,
  CHANGE_VERB_PATTERN,
  CLOCK_SUFFIX_PATTERN,
  COMPACT_UNIT_PATTERN,
  CURRENCY_LETTER_PATTERN,
  CURRENCY_PATTERN,
  CURRENCY_SYMBOL_PATTERN,
  DAY_PART_PATTERN,
  ERA_PATTERN,
  MONTH_PATTERN,
  NUMBER_WORD_PATTERN,
  ORDINAL_PATTERN,
  PERIOD_UNIT_PATTERN,
  RATE_SUFFIX_PATTERN,
  RELATIVE_DAY_PATTERN,
  PERIOD_PATTERN,
  SCALE_PATTERN,
  SHORT_SCALE_PATTERN,
  HOLIDAY_PATTERN,
  SEASON_PATTERN,
  TIME_APPROXIMATOR_PATTERN,
  TIME_OF_DAY_PATTERN,
  TIME_ZONE_PATTERN,
  UNIT_PATTERN,
  WEEKDAY_PATTERN,
  shortForm
} from '../lexicon/lexicon'
import type { Fact, Sentence } from '../model'
import { isPlace } from './names'
import type { Token } from './tagging/tag'
import type { LocatedTerm } from './terms'
import { allMatches } from '../matches'

export interface LocatedFact extends Fact {
  start: number
  end: number
}

type Category = Fact['category']
const M = `(?:${MONTH_PATTERN})`
const APPROX = `(?:(?:${APPROXIMATOR_PATTERN}) )`
const NUMWORD = `(?:${NUMBER_WORD_PATTERN})`
const SCALE = `(?:${SCALE_PATTERN})`
const SHORT_SCALE = `(?:${SHORT_SCALE_PATTERN})`
// A figure in digits. Thousands may be grouped by a space, as South African, French and SI style
// write them ("2 000 MW", "R4 500"); not after a month, where the next figure is a count of its own
// ("May 15 200 people").
/** The gap that groups thousands: a space, a no-break space or a narrow one. */
export const THOUSANDS_GAP = '[ \\u00A0\\u202F]'
// The look ahead comes first: most figures are not grouped, and it fails them at once.
const GROUPED = `(?=\\d{1,3}${THOUSANDS_GAP}\\d{3})(?<![\\d,.]|(?:${M}) )\\d{1,3}(?:${THOUSANDS_GAP}\\d{3})+(?![\\d,]|\\.\\d)`
const DIGITS = `(?:${GROUPED}|\\d[\\d,]*(?:\\.\\d+)?)`
// "31.6million": a scale written close to the figure, as some papers print it.
const NUM = `(?:${DIGITS}|${NUMWORD})(?:(?:[ -](?:(?:of )?a )?|(?<=\\d))${SCALE})*`
const UNIT = `(?:${UNIT_PATTERN})`
const DAY = `(?:${WEEKDAY_PATTERN})`
const RATE = `(?: (?:${RATE_SUFFIX_PATTERN}))`
// A price per any unit ("$280 per vial", "$9 per share"), not "per cent".
const PRICE_RATE = `(?: (?:${RATE_SUFFIX_PATTERN}|per (?!cent\\b)[a-z]+))`
const RATE_AT_END = new RegExp(`(?<=\\d\\S*(?: \\S+)?)${PRICE_RATE}$`)
const PERIOD = `(?:${PERIOD_PATTERN})`
const ORDINAL = `(?:${ORDINAL_PATTERN})`
/** A unit of a span, singular or plural ("a week", "a few years"). */
const SPAN_UNIT = `(?:${PERIOD_UNIT_PATTERN}|fortnight)s?`
const FEW = `(?:few|several|couple of|\\d+|${NUMBER_WORD_PATTERN})`
// "around 9 a.m.", "6am", "8.30pm ET": a clock time with its qualifier and zone.
const CLOCK = `(?:(?:${TIME_APPROXIMATOR_PATTERN}) )?\\d{1,2}(?:[:.]\\d{2})? ?(?:${CLOCK_SUFFIX_PATTERN})(?: (?:${TIME_ZONE_PATTERN}))?`
// A list item: one to three capitalised words ("the United States, India and Pakistan").
const ITEM = '[A-Z][\\w.-]*(?: [A-Z][\\w.-]*){0,2}'
// A capitalised word, apostrophes allowed ("Ning'er") but not a possessive ("China's").
const PLACE_WORD = "[A-Z](?:[\\w-]|'(?!s\\b))*"
const NOT_DETERMINER = '(?!(?:The|A|An|This|That|These|Those|Each|Every|Our|Its|Their) )'
const MAJOR_PLACE =
  '(?:[Pp]rovince|[Aa]utonomous [Rr]egion|Region|State|[Pp]refecture|Republic|Kingdom)'
const MINOR_PLACE =
  '(?:City|[Cc]ounty|[Dd]istrict|Municipality|Island|Valley|Port|Zone|Township|Village)'
const ORG_SUFFIX =
  '(?:Agency|Ministry|Department|Court|Council|Committee|Commission|Party|University|Institute|Museum|Center|Centre|Company|Corporation|Association|Union|Organi[sz]ation|Bank|Fund|Group|Foundation|Authority|Administration|Bureau|Co\\., Ltd\\.)'
const SUPERLATIVE =
  '(?:largest|biggest|highest|lowest|most|least|best|worst|oldest|youngest|longest|shortest|fastest|richest|poorest|busiest|smallest|deadliest|strongest|weakest)'

// A number that names a road, flight or clause ("Interstate 35", "Flight 370", "Article 370").
const NAMED_NUMBER =
  /\b(?:[Tt]ype|[Cc]ategory|Interstate|Highway|Route|Flight|Terminal|Gate|Platform|Pier|Channel|Apollo|Article|Section|Chapter|Windows|Explorer|Stage|Level|Phase|Round|Game|Week|Day|No\.|Number) $/

/** Three or more groups of digits set apart by spaces or dashes, as telephone numbers are written. */
const PHONE = /(?<![\w,.])\+?\d{2,5}(?:[ \u00A0-]\d{2,4}){2,}(?![\w,]|\.\d|[ \u00A0]\d)/g
function inPhoneNumber(text: string, start: number, end: number): boolean {
  if (!/\d[ \u00A0-]\d{2,4}[ \u00A0-]\d/.test(text)) return false
  return allMatches(PHONE, text).some(
    (m) => start < m.index + m[0].length && end > m.index && !/^\d{1,3}(?: \d{3})+$/.test(m[0])
  )
}

const PATTERNS: Array<[Category, number, RegExp]> = [
  [
    'money',
    0,
    new RegExp(
      `${APPROX}?(?:(?<![\\w$])(?:${CURRENCY_SYMBOL_PATTERN})|\\b(?:${CURRENCY_LETTER_PATTERN})(?= ?\\d[\\d,.]* ?(?:${SCALE}|${SHORT_SCALE})\\b|\\d{1,3},\\d{3}|${GROUPED}|\\d[\\d.]*(?:${PRICE_RATE}|(?: to | and |[-–])(?:${CURRENCY_LETTER_PATTERN})\\d[\\d.]*${PRICE_RATE})\\b|\\d[\\d,]*\\.\\d{2}(?![\\d.])))\\s?${NUM}(?: ?(?:${SCALE}|${SHORT_SCALE})\\b)?${PRICE_RATE}?|${APPROX}?${NUM} (?:${SCALE} )?(?:(?:U\\.S\\. |US |Hong Kong |Australian |Canadian |Singapore )?(?:${CURRENCY_PATTERN}))\\b${PRICE_RATE}?|(?<![\\w.,])\\d{1,3}p(?![\\w'’])`,
      'g'
    )
  ],
  [
    'percent',
    0,
    // "22.5pc": British papers' percent, written close to the figure.
    new RegExp(
      `${APPROX}?(?:(?:(?<![\\w.,-])\\d[\\d,.]*\\s?[-–]\\s?)?(?:\\d[\\d,.]*\\s?|${NUMWORD} )(?:percent|per cent|%)|\\d[\\d,.]*pc(?![\\w]))(?: points?)?`,
      'g'
    )
  ],
  [
    'date',
    1,
    new RegExp(
      `\\b(?:from|between) (?:${M} )?\\d{4} (?:to|and|through) (?:${M} )?\\d{4}\\b|\\bfrom ${DAY} (?:to|through|until) ${DAY}\\b|(?<![\\w-])(?:(?:[Ff]rom|[Bb]etween) )?${M}(?:(?:,? (?:to|and|or|through|until)|,) ${M})+(?! \\d)\\b`,
      'g'
    )
  ],
  [
    'date',
    1,
    new RegExp(
      `\\b(?:${DAY}, )?${M} \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?${M}(?: \\d{4})?\\b|\\b${M},? \\d{4}\\b`,
      'g'
    )
  ],
  // A clock time written with "a.m." or "pm" ("6am", "around 9 a.m. ET").
  ['date', 1, new RegExp(`(?<![\\w.])${CLOCK}(?![\\w])`, 'gi')],
  // A quarter or a half of a year: "Q2 2017", "in Q3", "H1 2020".
  ['date', 1, /(?<![\w-])(?:Q[1-4](?: (?:1[6-9]|20)\d{2})?|H[12] (?:1[6-9]|20)\d{2})(?![\w-])/g],
  // A season or a financial year: "2018-19", "1947-48", "FY2020-22".
  ['date', 1, /(?<![\w-])(?:FY ?)?(?:1[6-9]|20)\d{2}[-–/](?:\d{2}|(?:1[6-9]|20)\d{2})(?![\w-])/g],
  // A score or a vote: "a 1-0 win", "won 3-2", "voted 6-4", "24-13", "7-6 (5)".
  [
    'number',
    1,
    /(?<![\w$£€.,:/-])\d{1,3} ?[-–] ?\d{1,3}(?: \(\d{1,2}\))?(?![\w%.,:/-]|\s?(?:per ?cent|%|percent))/g
  ],
  // A clock time keeps its approximator and its "a.m." ("at about 7:40 a.m.").
  [
    'date',
    1,
    new RegExp(
      `${APPROX}?\\b\\d{1,2}:\\d{2}(?: ?(?:GMT|UTC|a\\.m\\.|p\\.m\\.|am|pm|[A-Z]{2,4}T))?`,
      'g'
    )
  ],
  // Decades and parts of years: "the mid-2020s", "mid-2018", "the 1990s".
  [
    'date',
    1,
    /\b(?:the )?(?:(?:early|mid|late)-)?(?:1\d|20)\d0s\b|\b(?:early|mid|late)-(?:1[6-9]|20)\d{2}\b|\bthe (?:(?:low|mid|high|early|late)[ -])?['’]?[1-9]0s\b/g
  ],
  ['date', 1, /(?<![\w-])(?:1[6-9]|20)\d{2}(?![\w-])/g],
  // A range of any size before what it counts: "128-4000 metric tonnes" (not a season, "2018-19").
  ['number', 1, /(?<![\w$£€.,:/-])(?!(?:1[6-9]|20)\d{2}[-–])\d[\d,.]*[-–]\d[\d,.]*(?=\s+[a-z])/g],
  // "a 131-page report", "the nine-month-old", "a 10-game stretch", "five-and-a-half years".
  [
    'number',
    1,
    new RegExp(
      `(?<![\\w-])(?:\\d[\\d,.]*|${NUMWORD})(?:-and-a-half)?(?:-[a-z]+)+(?: ${UNIT})?(?![\\w-])`,
      'gi'
    )
  ],
  [
    'number',
    1,
    new RegExp(
      `(?<![\\w-]|\\d\\.)${APPROX}?(?:${DIGITS} ?(?:${COMPACT_UNIT_PATTERN})(?![\\w°])${RATE}?|${NUM}(?: ${UNIT}(?: ago| later| earlier| prior|${RATE})?)?)(?![\\w-]|\\.\\d)`,
      'gi'
    )
  ],
  ['number', 1, new RegExp(`\\b(?:${ORDINAL}|\\d+(?:nd|rd|th))-${SUPERLATIVE}\\b`, 'g')],
  ['number', 1, /(?<![\w-])\d+(?:st|nd|rd|th)\b/g],
  ['number', 1, /\b(?:million|billion|trillion)-[a-z]+\b/g],
  [
    'date',
    3,
    new RegExp(
      `\\b(?:yesterday|(?:(?:by|at|before|until|till)(?: around| about)? )?the end of (?:the (?:year|month|week)|${M})|(?:[Ff]rom )?${M} onwards|(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hrough(?:out)?) the (?:${SEASON_PATTERN})(?! of\\b)|(?:last |this |next )?${DAY}(?: (?:${DAY_PART_PATTERN}))?|(?:[Ii]n|[Ii]nto|[Dd]uring|[Tt]hrough(?:out)?|[Aa]s of|[Ss]ince|[Uu]ntil|[Bb]y|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate) ${M}|[Ff]rom ${M}(?! [A-Z\\d])|(?:nearly |more than |almost )?a (?:decade|year|month|week) ago)\\b(?!')`,
      'g'
    )
  ],
  // "after last week's order", "at next Thursday's meeting": a time written as a possessive.
  [
    'date',
    3,
    new RegExp(`\\b(?:[Ll]ast|[Nn]ext) (?:${DAY}|week|weekend|month|year)(?=['’]s\\b)`, 'g')
  ],
  // "for the third consecutive month", "the sixth night", "the 12th straight day": asked after
  // the sentence's own time ("on Thursday … for the second quarter").
  [
    'date',
    4,
    new RegExp(
      `\\b(?:${ORDINAL}|\\d+(?:st|nd|rd|th)) (?:(?:consecutive|straight|successive|running) )?(?:${PERIOD_UNIT_PATTERN}|night|weekend|quarter)\\b`,
      'g'
    )
  ],
  // A time given only as a span or a part of the day ("for years", "Just weeks later", "every
  // day", "by late afternoon", "throughout the day"): asked where the sentence has room left.
  [
    'date',
    4,
    new RegExp(
      `(?<![\\w-])(?:[Ff]or (?:(?:many|several|a few) )?(?:more )?${PERIOD}|(?:[Mm]any|[Ss]everal) (?:more )?${PERIOD}|(?<!\\bof |\\d |\\b${NUMWORD} )(?:(?:[Jj]ust|[Oo]nly|[Ss]ome) )?(?:(?:[Aa] few|[Ss]everal|[Mm]any) )?${PERIOD} (?:later|earlier|ago)|[Ee]very (?:single )?(?:(?:${PERIOD_UNIT_PATTERN})(?: and a half)?|night|morning|evening|weekend)|(?:[Ii]n|[Bb]y|[Dd]uring) the (?:(?:early|late) )?(?:${DAY_PART_PATTERN})|[Bb]y (?:early|late) (?:${DAY_PART_PATTERN})|[Tt]hroughout the (?:day|night|week|weekend|month|year)|[Ii]n ${PERIOD})(?![\\w'’-])`,
      'g'
    )
  ],
  // "after a week of talks", "for over an hour", "take a few years", "given an hour to leave": a
  // span written with "a" or "an" where the word before it says it measures how long (not a
  // rate, "twice a week", nor "a day of mourning", nor "not for a minute").
  [
    'date',
    4,
    new RegExp(
      `(?:(?<=\\b(?:[Aa]fter|[Ff]or|[Ww]ithin|[Ii]n|[Tt]akes?|[Tt]ook|[Tt]aking|[Ww]ait(?:s|ed|ing)?|[Ss]pen(?:t|ds?|ding)|[Ll]ast(?:s|ed|ing)?) )(?:(?:over|about|nearly|almost|just|only|at least|more than|less than|under) )?|(?<=\\b(?:given|gave|give|gives|had|has|have|got|get|gets) )(?=an? (?:few |couple of )?${SPAN_UNIT} to\\b))(?![Aa] minute)an? (?:few |couple of )?${SPAN_UNIT}(?: and (?:a )?half)?(?![\\w'’-])`,
      'g'
    )
  ],
  // "during the pandemic", "since the war", "during WWII", "so far": a time given by an era, or
  // up to now; asked where the sentence has room (not "so far as").
  [
    'date',
    4,
    new RegExp(
      `\\b(?:[Dd]uring|[Ss]ince|[Bb]efore|[Aa]fter|[Tt]hroughout) (?:the )?(?:${ERA_PATTERN})(?![\\w'’-])|\\bso far\\b(?! as\\b)`,
      'g'
    )
  ],
  // How often: "twice a day", "at least once a week" ("three times a week" is a count's rate).
  [
    'number',
    1,
    new RegExp(`(?<![\\w-])${APPROX}?(?:[Oo]nce|[Tt]wice|[Tt]hrice)${RATE}(?![\\w-])`, 'g')
  ],
  // A ratio: "seven in 10 providers", "as low as 1 in 5", "one in four", "1 in 5,000".
  [
    'number',
    1,
    new RegExp(
      `(?<![\\w-])${APPROX}?(?:\\d{1,2}|${NUMWORD}) in (?:\\d{1,3}(?:,\\d{3})*|${NUMWORD}|a (?:hundred|thousand))(?![\\w-]|[.,]\\d)`,
      'gi'
    )
  ],
  // "thousands of jobs", "hundreds of millions of pounds", "Hundreds of volunteers" opening a
  // sentence: a count in words with no figure, asked only where the sentence has room left after
  // every other fact.
  [
    'number',
    5,
    /\b(?:tens|hundreds|thousands|millions|billions|^(?:Tens|Hundreds|Thousands|Millions|Billions))(?: of (?:thousands|millions|billions))? of (?!the\b|them\b|those\b|these\b)[a-z][a-z-]+\b/g
  ],
  // "on Boxing Day", "over New Year's Eve": a day known by its name; not one that opens a longer
  // name ("the Boxing Day Test", "the Anzac Day March").
  ['date', 3, new RegExp(`\\b(?:${HOLIDAY_PATTERN})(?![\\w'’-]| \\p{Lu})`, 'gu')],
  // Times said in words: "Last week", "earlier in the day", "over the past several weeks",
  // "shortly before midnight", "next summer", "a year later". A capital is allowed only where a
  // sentence opens; mid-sentence it names something ("ABC's This Week").
  [
    'date',
    3,
    new RegExp(
      `(?<![\\w-])(?:(?:[Tt]his|[Ll]ast|[Nn]ext|[Ee]arlier this|[Ll]ater this|[Oo]ver the|[Ii]n the coming) (?:week|month|year|weekend)|[Aa]t the weekend|(?:[Ee]arlier|[Ll]ater) (?:${RELATIVE_DAY_PATTERN}|in the day|that (?:day|night|${DAY_PART_PATTERN}|week|month|year))|(?:[Tt]his|[Yy]esterday|[Tt]omorrow|[Ll]ast) (?:${DAY_PART_PATTERN})|[Tt]oday|[Tt]onight|[Tt]omorrow|(?:[Tt]he )?(?:past|last|next|coming) ${FEW} ${PERIOD}|(?:[Tt]he )?(?:past|last|next|coming) ${PERIOD}|[Ii]n recent ${PERIOD}|(?:[Tt]his|[Ll]ast|[Nn]ext) (?:${SEASON_PATTERN})|(?:[Tt]he )?(?:past|coming) (?:week|month|year|weekend)|[Ii]n the (?:first|second) half|(?:a|one) (?:day|week|month|year|decade) (?:later|earlier)|(?:(?:${APPROXIMATOR_PATTERN}) )?(?:half an hour|an hour and a half|an? (?:hour|day|week|month|year|decade)(?: and a half)?)(?= (?:after|before|later|earlier|ago|away|into|left|to go|to play|remaining)\\b)|[Ww]ithin (?:${PERIOD}|a (?:day|week|month|year))|(?:${TIME_APPROXIMATOR_PATTERN}|[Bb]y) (?:${TIME_OF_DAY_PATTERN}))(?![\\w'-])|(?<=\\bat )(?:${TIME_OF_DAY_PATTERN})\\b`,
      'g'
    )
  ],
  ['place', 2, new RegExp(`(?:the )?${ITEM}(?:, ${ITEM})+,? and ${ITEM}(?![\\w'’&-]| [A-Z])`, 'g')],
  // Not "The county", "This district": a place's name, not a determiner at a sentence's start.
  [
    'place',
    2,
    new RegExp(`\\b${NOT_DETERMINER}(?:${PLACE_WORD} (?:and )?){1,5}${MAJOR_PLACE}\\b`, 'g')
  ],
  [
    'place',
    3,
    new RegExp(`\\b${NOT_DETERMINER}(?:${PLACE_WORD} (?:and )?){1,6}${MINOR_PLACE}\\b`, 'g')
  ],
  [
    'organisation',
    3,
    new RegExp(
      `\\b(?:(?!The )[A-Z](?:[\\w&-]|'(?!s\\b))* (?:of |for |and )?){1,5}${ORG_SUFFIX}(?![\\w])(?: (?:of|for) (?:the )?[A-Z][\\w'&.-]*(?: [A-Z][\\w'&.-]*)*)?(?! [A-Z])`,
      'g'
    )
  ],
  [
    'other',
    4,
    new RegExp(
      `(?:^|, )((?:the )?[a-z][\\w'’-]*(?: [\\w'’-]+){1,10}?) (?:${CHANGE_VERB_PATTERN})\\b`,
      'g'
    )
  ]
]

const MAX_PER_SENTENCE = 3
/** An answer a learner can recall in one go; a longer list or clause makes a poor blank. */
const MAX_ANSWER_WORDS = 8
const words = (t: string): number => t.split(/\s+/).filter(Boolean).length
const YEAR_PREPOSITION = /\b(?:in|since|until|till|by|before|after|during)\s$/i
const NUMBER_WORD_HINT = new RegExp(
  `\\b(?:${NUMWORD}|${SCALE}|second|third|once|twice|thrice)\\b`,
  'i'
)
const PLACE_HINT = new RegExp(MAJOR_PLACE)
const CHANGE_HINT = new RegExp(`\\b(?:${CHANGE_VERB_PATTERN})\\b`)
/** What every sum of money names: a currency's symbol, letters or word, or pence ("15p"). */
const MONEY_HINT = new RegExp(
  `(?:${CURRENCY_SYMBOL_PATTERN})|\\b(?:${CURRENCY_LETTER_PATTERN})|(?:${CURRENCY_PATTERN})\\b|\\dp\\b`
)
const MONTH_OR_DAY_HINT = new RegExp(`\\b(?:${M}|${DAY}|week|month|year|decade|yesterday)\\b`)

/** Page furniture: "(China Daily 12/13/2018 page1)", "(Xinhua)", a credit line. */
const FURNITURE =
  /^\(?[A-Z][\w.&' -]{0,40}\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s+page\s*\d+\)?$|^\([A-Z][\w. /-]{0,30}\)$/i

const PLURAL =
  /(?:[^s]s|children|people|women|men|staff|police|personnel|cattle|sheep|fish|aircraft)$/

/** A name's plural that a figure can count: "Norwegians", "Agencies" (not "Reuters'", "Ross"). */
const CAPITAL_PLURAL = /^[A-Z][a-z]+(?:[^s']s)$/

/**
 * The counted noun after a number ("18 [criminal charges]", "500 [institutions]"), from the
 * sentence's tags: up to two adjectives and the noun, when the noun is plural. Up to three
 * capitalised words may lead the noun ("40 [Braille Code teachers]", "four [NHS hospitals]"), or be
 * it when the last is a plural ("200,000 [Norwegians]"); a second plural noun joined by "and" or
 * "or" is counted too ("12 [towns and counties]").
 */
function countedNoun(
  tokens: readonly Token[] | undefined,
  end: number,
  text: string,
  figure: string
): number {
  if (!tokens) return end
  // Not "the 2020 Olympics" (a year before a name is the name's year), "the Six Nations" (a
  // capital mid-sentence makes the figure part of a name) or "a one-stop Fast Track" (a compound).
  const opening = /^\W*$/.test(text.slice(0, end - figure.length))
  const capitalsMay =
    !/^(?:1[6-9]|20)\d{2}$/.test(figure) &&
    !figure.includes('-') &&
    (opening || !/^[A-Z]/.test(figure))
  const after = tokens.filter((t) => t.start >= end).slice(0, 6)
  const joined = (i: number): boolean =>
    text.slice(i === 0 ? end : after[i - 1]!.end, after[i]!.start) === ' '
  let last = -1
  let capitals = 0
  let i = 0
  for (; i < after.length; i++) {
    const t = after[i]!
    if (!joined(i)) break
    if (t.pos === 'ADJ' && i < 2 && capitals === 0) continue
    if (
      capitalsMay &&
      /^[A-Z]/.test(t.text) &&
      t.pos !== 'PRON' &&
      t.pos !== 'DET' &&
      capitals < 3
    ) {
      capitals++
      continue
    }
    if (t.pos === 'NOUN' && /^[a-z]/.test(t.text)) {
      if (PLURAL.test(t.text)) last = i
      // "200 million smartphone units": a noun may qualify the next one.
      continue
    }
    break
  }
  // A run of capitals that ends the phrase counts only when its last word is a plural.
  if (last < 0 && capitals > 0 && i > 0 && CAPITAL_PLURAL.test(after[i - 1]!.text)) last = i - 1
  if (last < 0) return end
  const and = after[last + 1]
  const noun = after[last + 2]
  if (
    and &&
    noun &&
    /^(?:and|or)$/.test(and.text) &&
    joined(last + 1) &&
    joined(last + 2) &&
    noun.pos === 'NOUN' &&
    /^[a-z]/.test(noun.text) &&
    PLURAL.test(noun.text)
  )
    return noun.end
  return after[last]!.end
}

/**
 * Whether the tags read `start`–`end` as the noun phrase that is the subject of the verb of
 * change after it ("the cost of living rose"): led by no verb, preposition or pronoun, ending in
 * a noun, with no finite verb inside, and the change word after it a verb ("to defer the
 * increase" ends in no noun, and its "increase" is one).
 */
function changeSubject(tokens: readonly Token[] | undefined, start: number, end: number): boolean {
  if (!tokens) return true
  const inside = tokens.filter((t) => t.start >= start && t.end <= end && /\w/.test(t.text))
  const first = inside[0]
  const last = inside.at(-1)
  const change = tokens.find((t) => t.start > end && /\w/.test(t.text))
  if (!first || !last || change?.pos !== 'VERB') return false
  if (/^(?:ADP|ADV|SCONJ|PRON|PART|CCONJ|VERB|AUX)$/.test(first.pos)) return false
  // A noun, or a gerund after "of" ("the cost of living").
  if (last.pos !== 'NOUN' && last.pos !== 'PROPN' && !/ing$/.test(last.text)) return false
  // "the proposed budget" keeps a participle that describes the noun; a finite verb is a clause.
  return !inside.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.text)))
}

export function extractFacts(
  sentences: Sentence[],
  terms: LocatedTerm[],
  tags: ReadonlyArray<{ tokens: Token[] } | undefined> = []
): LocatedFact[] {
  const facts: LocatedFact[] = []
  const seen = new Set<string>()
  const termsBySentence = new Map<number, LocatedTerm[]>()
  for (const t of terms)
    termsBySentence.set(t.sentenceIndex, [...(termsBySentence.get(t.sentenceIndex) ?? []), t])
  for (const s of sentences) {
    if (FURNITURE.test(s.text.trim())) continue
    // The same sentence twice (a lede printed again) asks the same facts once.
    const key = s.text.replace(/\s+/g, ' ').trim().toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    const tokens = tags[s.index]?.tokens
    const cands: Array<LocatedFact & { rank: number }> = []
    const add = (kind: Category, rank: number, start: number, answer: string): void => {
      let end = start + answer.length
      let category = kind
      // "in 2017" is a year, whatever word follows it ("in 2017 promises to be …"): never a count.
      const year =
        /^(?:1[6-9]|20)\d{2}$/.test(answer) && YEAR_PREPOSITION.test(s.text.slice(0, start))
      if (year && category === 'number') return
      // "1709 schoolchildren": a number that looks like a year but counts something.
      if (
        category === 'date' &&
        !year &&
        /^\d{4}$/.test(answer) &&
        countedNoun(tokens, end, s.text, answer) > end
      )
        category = 'number'
      if (category === 'number' && NAMED_NUMBER.test(s.text.slice(0, start))) return
      // "call us on 1800 372 999": a telephone number is no figure to learn, nor any part of it.
      if (/\d/.test(answer) && inPhoneNumber(s.text, start, end)) return
      if (
        category === 'number' &&
        /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b/i.test(
          answer
        )
      )
        end = countedNoun(tokens, end, s.text, answer)
      const full = s.text.slice(start, end)
      if (!isWorthAsking(category, full, s.text.slice(end))) return
      // "the 1967 [Six-Day] War": a capitalised count word can be part of a name too.
      const named =
        category === 'place' ||
        category === 'organisation' ||
        category === 'other' ||
        (category === 'number' && /^[A-Z]/.test(full))
      if (words(full) > MAX_ANSWER_WORDS) return
      if ((named && splitsName(s.text, start, end)) || strayMark(full)) return
      cands.push({
        sentence: s.text,
        answer: full,
        sentenceIndex: s.index,
        category,
        start,
        end,
        rank
      })
    }
    const hasDigit = /\d/.test(s.text)
    const hasNumberWord = hasDigit || NUMBER_WORD_HINT.test(s.text)
    for (const [category, rank, re] of PATTERNS) {
      // Cheap tests first: most sentences hold no number, list or named place at all.
      const needsDigit =
        (category === 'date' && rank === 1) || (category === 'percent' && !hasNumberWord)
      if (needsDigit && !hasDigit && !MONTH_OR_DAY_HINT.test(s.text)) continue
      if ((category === 'money' || category === 'number') && !hasNumberWord) continue
      if (category === 'money' && !MONEY_HINT.test(s.text)) continue
      if (
        category === 'place' &&
        rank === 2 &&
        !s.text.includes(' and ') &&
        !PLACE_HINT.test(s.text)
      )
        continue
      if (category === 'other' && !CHANGE_HINT.test(s.text)) continue
      re.lastIndex = 0
      for (const m of allMatches(re, s.text)) {
        const answer = (m[1] ?? m[0])
          .trim()
          .replace(/(\S*)([,.])$/, (_, word: string, stop: string) =>
            stop === '.' && word.length > 1 && shortForm(word) ? `${word}.` : word
          )
        const start = m.index + m[0].indexOf(answer)
        // "…, resulting in the ball dropping": what changes is a noun phrase, not a clause led
        // by a verb or a preposition.
        if (category === 'other' && !changeSubject(tokens, start, start + answer.length)) continue
        // "This Week" or "Today" mid-sentence names a programme, not a time.
        if (category === 'date' && RELATIVE_OPENING.test(answer) && midSentence(s.text, start))
          continue
        // In a speaker's own words "today" is their present ("as strong today as …"), not a
        // date the reader should keep.
        if (/^today$/i.test(answer) && insideQuotation(s.text, start)) continue
        const cat =
          category === 'place' &&
          answer.includes(' and ') &&
          !answer.split(/,| and /).some((x) => isPlace(x.trim().replace(/^the /, '')))
            ? 'organisation'
            : category
        add(cat, rank, start, answer)
      }
    }
    for (const t of termsBySentence.get(s.index) ?? []) add('term', 4, t.at, t.written)
    // Digits before number words of the same rank: "3 people" is the figure, "two" often a count.
    const wordy = (c: LocatedFact): number =>
      c.category === 'number' && !/\d/.test(c.answer) ? 1 : 0
    // A rate after a figure ("per share") makes its answer no weightier than a bare figure.
    const weight = (c: LocatedFact): number => c.answer.replace(RATE_AT_END, '').length
    cands.sort(
      (a, b) => a.rank - b.rank || wordy(a) - wordy(b) || weight(b) - weight(a) || a.start - b.start
    )
    const kept: LocatedFact[] = []
    const located = (c: LocatedFact): LocatedFact => ({
      sentence: c.sentence,
      answer: c.answer,
      sentenceIndex: c.sentenceIndex,
      category: c.category,
      start: c.start,
      end: c.end
    })
    const overlapsKept = (c: LocatedFact): boolean =>
      kept.some((k) => c.start < k.end && c.end > k.start)
    // An answer written twice in its sentence would make an ambiguous blank: only its first.
    const once = (c: LocatedFact): boolean =>
      s.text.indexOf(c.answer) === c.start || s.text.split(c.answer).length <= 2
    for (const c of cands) {
      if (kept.length > MAX_PER_SENTENCE) break
      // A fourth blank only for a figure written in digits ("220 in 2014", "75 basis points"):
      // a dense sentence's every number is worth asking, a fourth word-count or name is not.
      if (kept.length === MAX_PER_SENTENCE && !/\d/.test(c.answer)) continue
      if (!overlapsKept(c) && once(c)) kept.push(located(c))
    }
    // The sentence's own time ("on Tuesday night", "in April") is what a reader keeps with its
    // figures: a sentence full of them asks it too.
    const when = cands.find((c) => c.category === 'date' && c.rank <= 3 && once(c))
    if (when && !overlapsKept(when)) kept.push(located(when))
    facts.push(...kept.sort((a, b) => a.start - b.start))
  }
  return facts
}

/** A blank inside a run of capitalised words ("[Indiana State] Teachers Association") splits a name. */
export function splitsName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start)
  const after = text.slice(end, end + 30)
  const answer = text.slice(start, end)
  // A figure or a date is no name ("More than 600,000 Israelis", "on Twitter Tuesday").
  if (/\d/.test(answer) || CALENDAR_ONLY.test(answer)) return false
  if (!/^[A-Z]/.test(answer) && !/[A-Z][\w.]*$/.test(answer)) return false
  // A possessive before ("China's Henan Province") is a name of its own, and so is a sentence's
  // opening word ("On Tuesday").
  const word = before.match(/([A-Z][\w.-]*)\s$/)?.[1]
  const joinsBefore = word !== undefined && !OPENING_WORD.test(word) && /^[A-Z]/.test(answer)
  // The pronoun "I" after it opens a clause, not a longer name ("Two weeks ago I met …").
  // A name after it joins only an answer that ends in a name ("More than 1,000 workers of Acme"
  // is a count; "Three Rivers" is no number).
  return joinsBefore || (/[A-Z][\w.]*$/.test(answer) && /^\s(?:of\s)?(?!I[\s'’])[A-Z]/.test(after))
}

const CALENDAR_ONLY = new RegExp(
  `^(?:(?:last|this|next|on|in) )?(?:${M}|${DAY})(?: (?:${DAY_PART_PATTERN}))?$`,
  'i'
)
const OPENING_WORD =
  /^(?:On|In|At|By|For|From|The|A|An|During|Since|Until|After|Before|Last|This|Next|Early|Late|As|And|But|Or|Then|So|Also|Of)$/

const RELATIVE_OPENING =
  /^(?:This|Last|Next|Earlier|Later|Over|In|Today|Tonight|Tomorrow|Yesterday|The|Within|A|One)\b/

/** Whether `at` falls inside a quotation opened earlier in the sentence. */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at)
  const straight = before.match(/"/g)?.length ?? 0
  const open = before.match(/\u201c/g)?.length ?? 0
  const close = before.match(/\u201d/g)?.length ?? 0
  return straight % 2 === 1 || open > close
}

/** Whether `at` is inside a sentence rather than where it (or a quotation in it) opens. */
function midSentence(text: string, at: number): boolean {
  return /[\p{L}\p{N},;'’)]\s*$/u.test(text.slice(0, at))
}

/** A quotation mark the blank would leave on its own. */
function strayMark(answer: string): boolean {
  const marks = answer.match(/["\u201c\u201d]/g)?.length ?? 0
  return marks % 2 === 1
}

function isWorthAsking(category: Category, answer: string, after: string): boolean {
  if (category === 'number') {
    // A lone small number ("Vostok 1", "one of them") makes a poor card, but a count of
    // something ("three minor injuries", "two ships") is a fact like "3 injuries".
    const counts =
      /^(?:two|three)$/i.test(answer) &&
      /^ (?!(?:of|to|and|or|in|on|at|for|by|with|from|is|are|was|were|had|have|who|which|that|times)\b)[a-z]/.test(
        after
      )
    if (
      !counts &&
      /^(?:one|two|three|half|dozens|hundreds|thousands|millions|billions)$/i.test(answer)
    )
      return false
    if (/^\d$/.test(answer)) return false
  }
  if (category === 'other')
    return (
      answer.split(' ').length >= 2 && !/^(?:the )?(?:it|they|he|she|this|that)\b/i.test(answer)
    )
  return answer.length > 0
}

/**
 * Recognises the non-body blocks of a pasted news page: bylines, photo captions, footers,
 * standalone date lines and datelines. Each test looks at one whole block (paragraph).
 */
import nlp from 'compromise'
import { isWeekday, MEDIA_WORD_PATTERN, NEWS_OUTLET_PATTERN } from '../lexicon/lexicon'
import { MONTH_PATTERN, monthNumber, isoDate, parseWrittenDate } from './dates'
import type { Dateline } from '../model'

const TIME_AND_DATE = new RegExp(`\\d{1,2}:\\d{2}.*${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4}`)

/** "Xinhua) 08:37, July 11, 2025", "By Jane Doe, Associated Press", "Updated 10:02 GMT". */
export function isByline(block: string): boolean {
  if (block.length > 160) return false
  if (TIME_AND_DATE.test(block) && block.split(' ').length <= 12) return true
  if (
    /^By\s+[A-Z][\w.'-]+/.test(block) &&
    block.split(' ').length <= 20 &&
    !/[.!?]["\u201d]?$/.test(block)
  )
    return true
  if (BYLINE_FOR.test(block) || writersOnly(block)) return true
  return /^(?:Updated|Published|Posted|Last updated)\b[^.]{0,80}$/i.test(block)
}

// "Tom Davies, Associated Press", "Ana Ruiz and Li Wei, Reuters": a writer, then the outlet.
const BYLINE_FOR = new RegExp(
  `^(?:[A-Z][\\w.'’-]+\\s){1,3}[A-Z][\\w.'’-]+(?:\\s(?:and|&)\\s(?:[A-Z][\\w.'’-]+\\s){1,3}[A-Z][\\w.'’-]+)?,\\s*(?:the\\s+)?(?:${NEWS_OUTLET_PATTERN}|(?:[A-Z][\\w&'’-]*\\s)+(?:${MEDIA_WORD_PATTERN}))$`
)

// "Andreas Cremer and Jan Schwartz": the writers' names alone, without the outlet.
const WRITER = "[A-Z][\\w.'’-]+(?:\\s[A-Z][\\w.'’-]+){1,2}"
const WRITERS = new RegExp(`^${WRITER}(?:(?:,\\s|\\s(?:and|&)\\s)${WRITER})*$`)

/** Only people's names, every one of them a person to compromise. */
function writersOnly(block: string): boolean {
  if (!WRITERS.test(block)) return false
  const people: string[] = nlp(block).people().out('array')
  return block.split(/,\s|\s(?:and|&)\s/).every((name) => people.includes(name))
}

/** A block that is only a date, like Wikinews' "Thursday, February 23, 2006". */
export function standaloneDate(block: string): string | null {
  if (block.length > 60) return null
  const stripped = block.replace(/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*/i, '')
  const date = parseWrittenDate(stripped)
  if (!date) return null
  const rest = stripped.replace(
    new RegExp(`${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`),
    ''
  )
  return /^[\s,.]*(?:\d{1,2}:\d{2}.*)?$/.test(rest.replace(/\d{4}-\d{2}-\d{2}/, '')) ? date : null
}

/** Photo captions end with a credit: "(Xinhua/Li Jianan)", "(AP Photo/Evan Vucci)", "(Photo: ...)". */
export function isCaption(block: string): boolean {
  if (block.length > 600) return false
  if (/^(?:Photo|Image|Caption|Pictured)\s*:/i.test(block)) return true
  if (/\[(?:Photo|Image|Provided|File)[^\]]{0,60}\]\s*$/i.test(block)) return true
  return /\((?:[A-Z][\w .&'-]{0,40}\/\s*[^()/]{2,60}|(?:[A-Z]{2,8} )?(?:Photo|File photo|Photo by|Photo credit)[^()]{0,60})\)\s*$/.test(
    block
  )
}

/** "(Web editor: Zhang Kaiwei, Liang Jun)", "Reporting by ...; Editing by ...", "© 2025 ...". */
export function isFooter(block: string): boolean {
  if (block.length > 300) return false
  if (/^\((?:Web )?editors?\s*:[^)]*\)$/i.test(block)) return true
  if (
    /^\(?(?:Reporting|Editing|Writing|Additional reporting|Compiled|Edited|Source|Editor)(?: by)?\s*[:]?\s*[A-Z]/.test(
      block
    )
  )
    return (
      /(?:by|:)/i.test(block.slice(0, 30)) && !/[.!?]["\u201d]?$/.test(block.replace(/\)$/, ''))
    )
  // A link to another story, anywhere in the text: "Read also: …", "Also read: …".
  return /^(?:©|Copyright\b|All rights reserved|Related\s*:|Read more\s*:|(?:Read|See) also\s*:|Also read\s*:)/i.test(
    block
  )
}

// "LOS ANGELES, March 19, (Agencies):" too: a comma before the agency, a colon after it; and
// "WARSAW, Poland—The …", an em dash with no space after it.
const DATELINE = new RegExp(
  `^([A-Z][A-Z.'/\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z.'\\- ]{1,30})?)` +
    `(?:,\\s*(${MONTH_PATTERN})\\s+(\\d{1,2}))?\\s*(?:,?\\s*\\(([^)]{1,40})\\))?\\s*(?:(--|\\u2014|\\u2013|-|:)\\s+|(\\u2014)(?=[A-Z]))`
)
/**
 * The Indian agencies' dateline, in title case and with no dash: "Nagpur, Nov 10 (PTI)",
 * "Margao (Goa) [India], February 8 (ANI):", "London [UK], August 4 :". The date is required,
 * and an agency in brackets or a country in square brackets.
 */
const AGENCY_DATELINE = new RegExp(
  `^([A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2})(?:\\s*\\([A-Z][\\w ]{1,30}\\))?(\\s*\\[[A-Z][\\w ]{1,30}\\])?,\\s*(${MONTH_PATTERN})\\s+(\\d{1,2})\\s*(?:\\(([A-Z]{2,6})\\))?\\s*(?:(?:--|\\u2014|\\u2013|-|:)\\s*)?`
)

/** "Nagpur, Nov 10 (PTI)" off the first paragraph, with the rest. */
function agencyDateline(
  paragraph: string,
  published: string | null
): { dateline: Dateline; rest: string } | null {
  const m = paragraph.match(AGENCY_DATELINE)
  // "Sriharikota, Nov 29: After the launch …": with neither agency nor country, a colon or dash
  // after the date still ends a dateline, unless it opens with a day of the week.
  const closed = !!m && /(?:--|\u2014|\u2013|-|:)\s*$/.test(m[0]) && !isWeekday(m[1]!)
  if (!m || (!m[5] && !m[2] && !closed)) return null
  return {
    dateline: { place: m[1]!, date: datelineDate(m[3]!, m[4]!, published), agency: m[5] ?? null },
    rest: paragraph.slice(m[0].length)
  }
}

/** A dateline's month and day, in the year of publication (December's for a January article). */
function datelineDate(monthName: string, day: string, published: string | null): string | null {
  if (!published) return null
  const month = monthNumber(monthName)
  const year = +published.slice(0, 4)
  return isoDate(month > +published.slice(5, 7) + 1 ? year - 1 : year, month, +day)
}

/** "(MENAFN- IANS) ": the republisher's tag before an agency's dateline. */
const REPUBLISHED = /^\((?:[A-Z][\w.]*[\s-]*){1,4}\)\s+(?=[A-Z])/

/** Reads "BEIJING, July 10 (Xinhua) --" off the first body paragraph; returns the rest too. */
export function readDateline(
  paragraph: string,
  published: string | null
): { dateline: Dateline; rest: string } | null {
  const tag = REPUBLISHED.exec(paragraph)
  if (tag) return readDateline(paragraph.slice(tag[0].length), published)
  const m = paragraph.match(DATELINE)
  // "Nairobi - Kenya's police chief …": a city the lexicon knows, then a dash; or a place and
  // its country ("Metro Manila, Philippines - …"), naming no person.
  const titled = m
    ? null
    : paragraph.match(
        /^([A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?) (?:-|\u2013|\u2014|--) (?=[A-Z])/
      )
  const placeName = (name: string): boolean =>
    name.includes(',')
      ? nlp(name).has('#Place') && !nlp(name).has('#Person')
      : nlp(name).has('^#Place+$')
  if (titled && placeName(titled[1]!))
    return {
      dateline: { place: titled[1]!, date: null, agency: null },
      rest: paragraph.slice(titled[0].length)
    }
  if (!m) return agencyDateline(paragraph, published) ?? bareDateline(paragraph, published)
  const placeRaw = m[1]!.trim()
  // A colon ends a dateline only after its date or agency ("UPDATE:" is no place).
  if (m[5] === ':' && !m[2] && !m[4]) return agencyDateline(paragraph, published)
  // Require a shouting place name (or an agency) so an ordinary first word is never taken.
  if (!m[4] && !/^[A-Z .'-]{3,}$/.test(placeRaw.split(',')[0]!)) return null
  if (!/[A-Z]{2}/.test(placeRaw)) return null
  const place = placeRaw
    .toLowerCase()
    .replace(/(^|[\s,'/-])([a-z])/g, (_s, sep: string, c: string) => sep + c.toUpperCase())
  const date = m[2] && m[3] ? datelineDate(m[2], m[3], published) : null
  return {
    dateline: { place, date, agency: m[4]?.trim() ?? null },
    // "TORONTO – TECH – Tony Staffieri …": a section's label in capitals after the place.
    rest: paragraph.slice(m[0].length).replace(SECTION_LABEL, '')
  }
}

/**
 * "ABIDJAN, Sept 27 Cocoa farmgate prices …": a shouting place and its date, with no dash or
 * agency, before the story's first capitalised word.
 */
const BARE_DATELINE = new RegExp(
  `^([A-Z][A-Z.'\\- ]{2,40}),\\s*(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})\\s+(?=[A-Z][a-z])`
)

function bareDateline(
  paragraph: string,
  published: string | null
): { dateline: Dateline; rest: string } | null {
  const m = BARE_DATELINE.exec(paragraph)
  if (!m || !/[A-Z]{3}/.test(m[1]!)) return null
  const place = m[1]!
    .trim()
    .toLowerCase()
    .replace(/(^|[\s'-])([a-z])/g, (_s, sep: string, c: string) => sep + c.toUpperCase())
  return {
    dateline: { place, date: datelineDate(m[2]!, m[3]!, published), agency: null },
    rest: paragraph.slice(m[0].length)
  }
}

const SECTION_LABEL = /^[A-Z][A-Z&]{1,15}(?: [A-Z&]{2,15})?\s(?:--|\u2014|\u2013|-)\s+(?=[A-Z])/

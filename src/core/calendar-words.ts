/**
 * The calendar's words in English, as every layer names them: months (written out, abbreviated,
 * and as a pattern), weekdays and parts of the day. A module of its own, with no imports, so the
 * window's start-up code and the generator's word list share it without sharing anything else.
 */

/** The months in English, January first: the one list every layer names months from. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

/** How newswire shortens months ("Sept." and "Sep." both), each read with or without its stop. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec'
]

/**
 * "January|…|Sept\\.?|Jan\\.?|…", a month written out or abbreviated, for regular expressions (not
 * grouped). Kept here rather than in the lexicon so date parsing at start-up stays small.
 */
export const MONTH_PATTERN = [
  ...MONTH_NAMES,
  ...[...MONTH_ABBREVIATIONS].sort((a, b) => b.length - a.length).map((m) => `${m}\\.?`)
].join('|')

/** "Jan" for 1: a chart axis's month, the same in every locale. */
export function shortMonthName(month: number): string {
  return (MONTH_NAMES[month - 1] ?? MONTH_NAMES[0]).slice(0, 3)
}

/** The weekdays, Sunday first (as `Date.getDay` counts them). */
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday'
] as const
export const WEEKDAY_PATTERN = WEEKDAYS.join('|')

/** "morning|afternoon|evening|night". */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const
export const DAY_PART_PATTERN = DAY_PARTS.join('|')

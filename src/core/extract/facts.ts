/**
 * Facts worth remembering: the sentence and the span a cloze card should hide. Numbers, money,
 * percentages and dates come first, then lists of names, places and organisations, then terms
 * and the subject of a change ("energy consumption … fell").
 */
import { MONTH_PATTERN } from '../article/dates'
import type { Fact, Sentence } from '../model'
import { isPlace } from './names'
import type { LocatedTerm } from './terms'

export interface LocatedFact extends Fact {
  start: number
  end: number
}

type Category = Fact['category']
// An approximator belongs to the answer whatever its case: "About 12 percent" opens a sentence.
const APPROX = `(?:(?:${[
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'up to',
  'some',
  'roughly',
  'approximately',
  'just over',
  'just under',
  'within',
  'an estimated',
  'as much as',
  'as many as',
  'as little as',
  'as few as',
  'as high as',
  'as low as'
]
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')}) )`
const NUMWORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|half|a third|a quarter|dozens|hundreds|thousands|millions|billions)'
const SCALE = '(?:hundred|thousand|lakh|crore|million|billion|trillion)'
const NUM = `(?:\\d[\\d,]*(?:\\.\\d+)?|${NUMWORD})(?:[ -]${SCALE})*`
const UNIT =
  '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|kilometers?|kilometres?|km|miles?|meters?|metres?|feet|tonnes?|tons?|kg|kilograms?|square kilometers|hectares?|degrees?|times|points)'
// A list item: one to three capitalised words ("the United States, India and Pakistan").
const ITEM = '[A-Z][\\w.-]*(?: [A-Z][\\w.-]*){0,2}'
// A capitalised word, apostrophes allowed ("Ning'er") but not a possessive ("China's").
const PLACE_WORD = "[A-Z](?:[\\w-]|'(?!s\\b))*"
const MAJOR_PLACE =
  '(?:[Pp]rovince|[Aa]utonomous [Rr]egion|Region|State|[Pp]refecture|Republic|Kingdom)'
const MINOR_PLACE =
  '(?:City|[Cc]ounty|[Dd]istrict|Municipality|Island|Valley|Port|Zone|Township|Village)'
const ORG_SUFFIX =
  '(?:Agency|Ministry|Department|Court|Council|Committee|Commission|Party|University|Institute|Museum|Center|Centre|Company|Corporation|Association|Union|Organi[sz]ation|Bank|Fund|Group|Foundation|Authority|Administration|Bureau|Co\\., Ltd\\.)'

// A number that names a road, flight or clause ("Interstate 35", "Flight 370", "Article 370").
const NAMED_NUMBER =
  /\b(?:Interstate|Highway|Route|Flight|Terminal|Gate|Platform|Pier|Channel|Apollo|Article|Section|Chapter) $/

const PATTERNS: Array<[Category, number, RegExp]> = [
  [
    'money',
    0,
    new RegExp(
      `${APPROX}?(?:US\\$|HK\\$|A\\$|\\$|€|£|¥|₹|RMB ?|Rs\\.? ?|R(?=\\d[\\d,.]* (?:million|billion)\\b|\\d{1,3},\\d{3}))\\s?${NUM}(?: ${SCALE})?|${APPROX}?${NUM} (?:${SCALE} )?(?:(?:U\\.S\\. |US |Hong Kong |Australian |Canadian |Singapore )?dollars?|euros?|yuan|pounds|pence|cents|yen|rupees|francs)\\b`,
      'g'
    )
  ],
  ['percent', 0, new RegExp(`${APPROX}?\\d[\\d,.]*\\s?(?:percent|per cent|%)(?: points?)?`, 'g')],
  [
    'date',
    1,
    new RegExp(
      `\\b(?:from|between) (?:${MONTH_PATTERN} )?\\d{4} (?:to|and) (?:${MONTH_PATTERN} )?\\d{4}\\b`,
      'g'
    )
  ],
  [
    'date',
    1,
    new RegExp(
      `\\b${MONTH_PATTERN} \\d{1,2}(?:, \\d{4})?\\b|\\b\\d{1,2} ${MONTH_PATTERN}(?: \\d{4})?\\b|\\b${MONTH_PATTERN},? \\d{4}\\b`,
      'g'
    )
  ],
  // A clock time keeps its approximator and its "a.m." ("at about 7:40 a.m.").
  [
    'date',
    1,
    new RegExp(`${APPROX}?\\b\\d{1,2}:\\d{2}(?: ?(?:GMT|UTC|a\\.m\\.|p\\.m\\.|[A-Z]{2,4}T))?`, 'g')
  ],
  ['date', 1, /(?<![\w-])(?:1[6-9]|20)\d{2}(?![\w-])/g],
  [
    'number',
    1,
    new RegExp(
      `(?<![\\w-])${APPROX}?${NUM}(?:-(?:year|fold|day|week|month|hour|point|member|storey|mile))?(?: ${UNIT}(?: ago)?)?(?![\\w-])`,
      'gi'
    )
  ],
  ['number', 1, /(?<![\w-])\d+(?:st|nd|rd|th)\b/g],
  ['number', 1, /\b(?:million|billion|trillion)-[a-z]+\b/g],
  [
    'date',
    3,
    /\b(?:(?:this|last|next) (?:week|month|year)|yesterday|(?:by|at|before) the end of the (?:year|month|week)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?!')/g
  ],
  ['number', 1, /\b(?:one|two|three) in (?:two|three|four|five|ten)\b/g],
  ['place', 2, new RegExp(`(?:the )?${ITEM}(?:, ${ITEM})+,? and ${ITEM}(?![\\w'’&-]| [A-Z])`, 'g')],
  ['place', 2, new RegExp(`\\b(?:${PLACE_WORD} (?:and )?){1,5}${MAJOR_PLACE}\\b`, 'g')],
  ['place', 3, new RegExp(`\\b(?:${PLACE_WORD} (?:and )?){1,6}${MINOR_PLACE}\\b`, 'g')],
  [
    'organisation',
    3,
    new RegExp(
      `\\b(?:(?!The )[A-Z][\\w'&-]* (?:of |for |and )?){1,5}${ORG_SUFFIX}(?: (?:of|for) (?:the )?[A-Z][\\w'&.-]*(?: [A-Z][\\w'&.-]*)*)?(?! [A-Z])`,
      'g'
    )
  ],
  [
    'other',
    4,
    /(?:^|, )((?:the )?[a-z][\w'’-]*(?: [\w'’-]+){1,10}?) (?:fell|rose|increased|decreased|declined|dropped|grew|surged|jumped|climbed|plunged|slumped|soared|expanded|contracted|doubled|tripled|halved)\b/g
  ]
]

const MAX_PER_SENTENCE = 3
const NUMBER_WORD_HINT = new RegExp(`\\b(?:${NUMWORD}|${SCALE})\\b`, 'i')
const PLACE_HINT = new RegExp(MAJOR_PLACE)
const CHANGE_HINT =
  /\b(?:fell|rose|increased|decreased|declined|dropped|grew|surged|jumped|climbed|plunged|slumped|soared|expanded|contracted|doubled|tripled|halved)\b/

export function extractFacts(
  sentences: Sentence[],
  quoteRanges: Map<number, Array<[number, number]>>,
  terms: LocatedTerm[]
): LocatedFact[] {
  const facts: LocatedFact[] = []
  const termsBySentence = new Map<number, LocatedTerm[]>()
  for (const t of terms)
    termsBySentence.set(t.sentenceIndex, [...(termsBySentence.get(t.sentenceIndex) ?? []), t])
  for (const s of sentences) {
    const blocked = quoteRanges.get(s.index) ?? []
    const cands: Array<LocatedFact & { rank: number }> = []
    const add = (category: Category, rank: number, start: number, answer: string): void => {
      const end = start + answer.length
      if (blocked.some(([a, b]) => start < b && end > a)) return
      if (category === 'number' && NAMED_NUMBER.test(s.text.slice(0, start))) return
      if (!isWorthAsking(category, answer, s.text.slice(end))) return
      cands.push({ sentence: s.text, answer, sentenceIndex: s.index, category, start, end, rank })
    }
    const hasDigit = /\d/.test(s.text)
    const hasNumberWord = hasDigit || NUMBER_WORD_HINT.test(s.text)
    for (const [category, rank, re] of PATTERNS) {
      // Cheap tests first: most sentences hold no number, list or named place at all.
      const needsDigit = category === 'percent' || (category === 'date' && rank < 3)
      if (needsDigit && !hasDigit) continue
      // Money may be written in words ("two billion rupees").
      if (category === 'money' && !hasNumberWord) continue
      if (category === 'number' && !hasNumberWord) continue
      if (
        category === 'place' &&
        rank === 2 &&
        !s.text.includes(' and ') &&
        !PLACE_HINT.test(s.text)
      )
        continue
      if (category === 'other' && !CHANGE_HINT.test(s.text)) continue
      re.lastIndex = 0
      for (const m of s.text.matchAll(re)) {
        const answer = (m[1] ?? m[0])
          .trim()
          .replace(/(?<!\b(?:Ltd|Co|Inc|Corp|Jr|St|a\.m|p\.m))[,.]$/, '')
        const start = m.index + m[0].indexOf(answer)
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
    cands.sort(
      (a, b) =>
        a.rank - b.rank ||
        wordy(a) - wordy(b) ||
        b.answer.length - a.answer.length ||
        a.start - b.start
    )
    const kept: LocatedFact[] = []
    for (const c of cands) {
      if (kept.length >= MAX_PER_SENTENCE) break
      if (kept.some((k) => c.start < k.end && c.end > k.start)) continue
      if (s.text.indexOf(c.answer) !== c.start && s.text.split(c.answer).length > 2) continue
      kept.push({
        sentence: c.sentence,
        answer: c.answer,
        sentenceIndex: c.sentenceIndex,
        category: c.category,
        start: c.start,
        end: c.end
      })
    }
    facts.push(...kept.sort((a, b) => a.start - b.start))
  }
  return facts
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

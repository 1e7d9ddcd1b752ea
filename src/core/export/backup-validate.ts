/**
 * Shape checks for the records inside a backup. A backup is user input (a file that may be
 * damaged, edited by hand or not ours at all), so every key field is checked before anything
 * reaches the database; each failure names the record in words a person can act on.
 */
import { BackupFormatError } from '../errors'
import type { CardKind } from '../model'
import { validateSettings } from '../review/settings'

type Obj = Record<string, unknown>
type Check = (value: unknown) => boolean

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isStr: Check = (v) => typeof v === 'string'
const isId: Check = (v) => typeof v === 'string' && v.length > 0
const isNum: Check = (v) => typeof v === 'number' && Number.isFinite(v)
const isCount: Check = (v) => Number.isInteger(v) && (v as number) >= 0
const isBool: Check = (v) => typeof v === 'boolean'
const isDay: Check = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
const isArr: Check = (v) => Array.isArray(v)
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v)
const oneOf =
  (...values: unknown[]): Check =>
  (v) =>
    values.includes(v)
const shaped = (spec: Record<string, Check>): Check => {
  const checks = Object.entries(spec)
  return (v) => isObj(v) && checks.every(([k, check]) => check(v[k]))
}

const CARD_KINDS: CardKind[] = [
  'quote-who',
  'quote-where',
  'quote-when',
  'reported-who',
  'fact-cloze',
  'term-meaning'
]

const SCHED = shaped({
  due: isNum,
  stability: isNum,
  difficulty: isNum,
  elapsedDays: isNum,
  scheduledDays: isNum,
  learningSteps: isNum,
  reps: isCount,
  lapses: isCount,
  phase: oneOf(0, 1, 2, 3),
  lastReview: orNull(isNum)
})

const EXTRACTION = shaped({
  article: shaped({ id: isId, title: isStr, paragraphs: isArr, sentences: isArr }),
  quotes: isArr,
  reported: isArr,
  terms: isArr,
  facts: isArr
})

/** What each table's records must look like; the key field comes first. */
export const RECORD_SPECS = {
  articles: {
    noun: 'article',
    plural: 'articles',
    key: 'id',
    spec: {
      id: isId,
      title: isStr,
      published: orNull(isDay),
      source: oneOf('bundled', 'paste', 'file'),
      fileName: orNull(isStr),
      text: isStr,
      importedAt: isNum,
      updatedAt: isNum,
      extraction: EXTRACTION,
      // Optional: articles stored before corrections existed have none.
      corrections: (v: unknown) => v === undefined || (isObj(v) && Object.values(v).every(isObj))
    }
  },
  cards: {
    noun: 'card',
    plural: 'cards',
    key: 'id',
    spec: {
      id: isId,
      articleId: isId,
      kind: oneOf(...CARD_KINDS),
      front: isStr,
      back: isStr,
      sentenceIndex: isNum,
      answerSpan: orNull(shaped({ start: isCount, end: isCount })),
      quoteId: orNull(isStr),
      sched: SCHED,
      suspended: isBool,
      buriedUntil: orNull(isNum),
      edited: isBool,
      createdAt: isNum
    }
  },
  reviewLogs: {
    noun: 'review log entry',
    plural: 'review log entries',
    key: 'id',
    spec: {
      id: (v: unknown) => Number.isInteger(v) && (v as number) > 0,
      cardId: isId,
      articleId: isStr,
      grade: oneOf(1, 2, 3, 4),
      reviewedAt: isNum,
      day: isDay,
      before: SCHED,
      after: SCHED,
      durationMs: (v: unknown) => isNum(v) && (v as number) >= 0
    }
  },
  days: {
    noun: 'day total',
    plural: 'day totals',
    key: 'day',
    spec: {
      day: isDay,
      reviews: isCount,
      newCards: isCount,
      again: isCount,
      hard: isCount,
      good: isCount,
      easy: isCount,
      durationMs: (v: unknown) => isNum(v) && (v as number) >= 0
    }
  },
  settings: { noun: 'setting', plural: 'settings', key: 'key', spec: { key: isId } },
  quizResults: {
    noun: 'quiz result',
    plural: 'quiz results',
    key: 'id',
    spec: {
      id: isId,
      startedAt: isNum,
      finishedAt: isNum,
      durationMs: isNum,
      articleIds: isArr,
      kinds: isArr,
      total: isCount,
      answered: isCount,
      correct: isCount,
      mistakes: isArr
    }
  }
} as const satisfies Record<
  string,
  { noun: string; plural: string; key: string; spec: Record<string, Check> }
>

export type TableName = keyof typeof RECORD_SPECS

/**
 * Checks every record of one table and that no key repeats. Throws BackupFormatError naming
 * the first bad record (1-based, as a person counts) and the field that is wrong.
 */
export function checkRecords(table: TableName, records: unknown[]): void {
  const { noun, key, spec } = RECORD_SPECS[table]
  const checks = Object.entries(spec) as Array<[string, Check]>
  const seen = new Set<unknown>()
  records.forEach((record, i) => {
    const where = `${noun} ${i + 1} of ${records.length}`
    if (!isObj(record)) throw damaged(`${where} is not a record`)
    const bad = checks.find(([field, check]) => !check(record[field]))
    if (bad) throw damaged(`${where} has a missing or invalid “${bad[0]}”`)
    if (seen.has(record[key])) {
      throw damaged(`${where} repeats the ${key} “${String(record[key])}” of an earlier one`)
    }
    seen.add(record[key])
    if (table === 'settings') checkSetting(record, where)
  })
}

/** Known settings are checked like the settings screen checks them; unknown keys are kept. */
function checkSetting(record: Obj, where: string): void {
  const valid: Record<string, Check> = {
    'bundled-imported': isNum,
    'last-backup-day': isDay,
    study: (v) => {
      try {
        validateSettings(v)
        return true
      } catch {
        return false
      }
    }
  }
  const check = valid[record.key as string]
  if (check && !check(record.value)) throw damaged(`${where} (“${String(record.key)}”) is invalid`)
}

/** Cards must belong to an article in the same backup, or the library could not show them. */
export function checkCardsHaveArticles(
  cards: ReadonlyArray<{ id: string; articleId: string }>,
  articleIds: ReadonlySet<string>
): void {
  const orphan = cards.find((c) => !articleIds.has(c.articleId))
  if (orphan) throw damaged(`card “${orphan.id}” belongs to an article that is not in it`)
}

function damaged(what: string): BackupFormatError {
  return new BackupFormatError('backup-record', `This backup is damaged: ${what}.`)
}

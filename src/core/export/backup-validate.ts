/**
 * Checks a backup's tables against the schemas in backup-schema.ts, then that every reference
 * resolves. A backup is user input (a file that may be damaged, edited by hand or not ours at
 * all), so nothing reaches the database before all of it has passed; each refusal names the
 * first bad record in words a person can act on.
 */
import * as v from 'valibot'
import { BackupFormatError } from '../errors'
import type { JsonList } from './backup-json'
import { TABLE_SCHEMAS, type BackupTables, type TableName } from './backup-schema'

export interface ValidateOptions {
  /**
   * Called between slices of records, so a caller on a UI thread can let the page paint while a
   * large backup is checked. Core itself never waits.
   */
  pause?: () => Promise<void>
  /** Told how many records have been checked of how many there are, for a progress bar. */
  onRecords?: (checked: number, total: number) => void
}

/** Records checked between two pauses: a few milliseconds of work. */
const SLICE = 2000

export const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Checks and copies every table, parsing each list a slice at a time; unknown fields of known
 * records are dropped, not stored. `lists` gives each table's list, or null when the backup
 * has none.
 */
export async function validateTables(
  lists: (table: TableName) => JsonList | null,
  options: ValidateOptions = {}
): Promise<BackupTables> {
  const tables: Partial<Record<TableName, unknown[]>> = {}
  const names = Object.keys(TABLE_SCHEMAS) as TableName[]
  const total = names.reduce((n, table) => n + (lists(table)?.length ?? 0), 0)
  let done = 0
  const advance = (n: number): void => options.onRecords?.((done += n), total)
  for (const table of names) {
    const records = lists(table)
    if (!records) {
      throw new BackupFormatError(
        'backup-missing-table',
        `This backup is incomplete: it has no list of ${TABLE_SCHEMAS[table].plural}.`
      )
    }
    tables[table] = await checkRecords(table, records, options.pause, advance)
  }
  const checked = tables as BackupTables
  checkReferences(checked)
  return checked
}

async function checkRecords(
  table: TableName,
  records: JsonList,
  pause: (() => Promise<void>) | undefined,
  advance: (checked: number) => void
): Promise<unknown[]> {
  const { schema, noun, key } = TABLE_SCHEMAS[table]
  const seen = new Set<unknown>()
  const out: unknown[] = []
  let i = 0
  for (const slice of records.batches(SLICE)) {
    if (pause && i > 0) await pause()
    for (const record of slice) {
      const where = `${noun} ${i + 1} of ${records.length}`
      if (!isObj(record)) throw damaged(`${where} is not a record`)
      const result = v.safeParse(schema, record, { abortEarly: true })
      if (!result.success) throw damaged(`${where} has ${describeIssue(result.issues[0])}`)
      const value = (result.output as Record<string, unknown>)[key]
      if (seen.has(value))
        throw damaged(`${where} repeats the ${key} “${String(value)}” of an earlier one`)
      seen.add(value)
      out.push(result.output)
      i++
    }
    advance(slice.length)
  }
  return out
}

/**
 * The schema's own words for a broken rule; a value of the wrong type (or none) is named by its
 * place in the record, which is all a person can be told about it.
 */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'validation') return issue.message
  return `a missing or invalid “${v.getDotPath(issue) ?? issue.expected ?? 'value'}”`
}

/**
 * Every reference resolves: each card to its article, each review to its card, each card to a
 * sentence of its article. A card with review history is the exception for the sentence: when
 * an article is updated, a card no longer generated is kept for its history (merge-cards), and
 * its sentence may no longer exist.
 */
function checkReferences(t: BackupTables): void {
  const articles = new Map(t.articles.map((a) => [a.id, a]))
  const cards = new Set(t.cards.map((c) => c.id))
  const reviewed = new Set<string>()
  t.reviewLogs.forEach((log, i) => {
    if (!cards.has(log.cardId)) {
      throw damaged(
        `review log entry ${i + 1} of ${t.reviewLogs.length} is for card “${log.cardId}”, which is not in it`
      )
    }
    reviewed.add(log.cardId)
  })
  for (const card of t.cards) {
    const article = articles.get(card.articleId)
    if (!article) throw damaged(`card “${card.id}” belongs to an article that is not in it`)
    if (reviewed.has(card.id)) continue
    const sentences = article.extraction.article.sentences
    const sentence = sentences[card.sentenceIndex]
    if (!sentence) {
      throw damaged(
        `card “${card.id}” points to sentence ${card.sentenceIndex + 1} of an article with ${sentences.length}`
      )
    }
    if (card.answerSpan && card.answerSpan.end > sentence.text.length)
      throw damaged(`card “${card.id}” marks an answer past the end of its sentence`)
  }
}

function damaged(what: string): BackupFormatError {
  return new BackupFormatError('backup-record', `This backup is damaged: ${what}.`)
}

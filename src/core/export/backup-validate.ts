/**
 * Checks a backup's tables against the schemas in backup-schema.ts, then that every reference
 * resolves. A backup is user input (a file that may be damaged, edited by hand or not ours at
 * all), so nothing reaches the database before all of it has passed; each refusal names the
 * first bad record in words a person can act on.
 */
import * as v from 'valibot'
import { BackupFormatError } from '../errors'
import { TABLE_SCHEMAS, type BackupTables, type TableName } from './backup-schema'

export interface ValidateOptions {
  /**
   * Called between slices of records, so a caller on a UI thread can let the page paint while a
   * large backup is checked. Core itself never waits.
   */
  pause?: () => Promise<void>
}

/** Records checked between two pauses: a few milliseconds of work. */
const SLICE = 2000

export const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Checks and copies every table; unknown fields of known records are dropped, not stored. */
export async function validateTables(
  data: Record<string, unknown>,
  options: ValidateOptions = {}
): Promise<BackupTables> {
  const tables: Partial<Record<TableName, unknown[]>> = {}
  for (const table of Object.keys(TABLE_SCHEMAS) as TableName[]) {
    const records = data[table]
    if (!Array.isArray(records)) {
      throw new BackupFormatError(
        'backup-missing-table',
        `This backup is incomplete: it has no list of ${TABLE_SCHEMAS[table].plural}.`
      )
    }
    tables[table] = await checkRecords(table, records, options)
  }
  const checked = tables as BackupTables
  checkReferences(checked)
  return checked
}

async function checkRecords(
  table: TableName,
  records: unknown[],
  { pause }: ValidateOptions
): Promise<unknown[]> {
  const { schema, noun, key } = TABLE_SCHEMAS[table]
  const seen = new Set<unknown>()
  const out: unknown[] = []
  for (let i = 0; i < records.length; i++) {
    if (pause && i > 0 && i % SLICE === 0) await pause()
    const where = `${noun} ${i + 1} of ${records.length}`
    const record = records[i]
    if (!isObj(record)) throw damaged(`${where} is not a record`)
    const result = v.safeParse(schema, record, { abortEarly: true })
    if (!result.success) throw damaged(`${where} has ${describeIssue(result.issues[0])}`)
    const value = (result.output as Record<string, unknown>)[key]
    if (seen.has(value))
      throw damaged(`${where} repeats the ${key} “${String(value)}” of an earlier one`)
    seen.add(value)
    out.push(result.output)
  }
  return out
}

/**
 * The schema's own words for a broken rule; a value of the wrong type (or none) is named by its
 * place in the record, which is all a person can be told about it.
 */
function describeIssue(issue: v.BaseIssue<unknown>): string {
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

/**
 * The full-library backup: every table as JSON, gzip-compressed. `parseBackup` treats the file
 * as untrusted input and refuses anything it could not restore completely, with a one-sentence
 * reason, so a restore either replaces the library with a whole library or does nothing.
 */
import { Gunzip, gzipSync, strFromU8, strToU8 } from 'fflate'
import { BackupFormatError } from '../errors'
import type { DayAggregate, Extraction, ReviewLogEntry, StoredCard } from '../model'
import type { QuizResult } from '../quiz/session'
import {
  checkCardsHaveArticles,
  checkRecords,
  isObj,
  RECORD_SPECS,
  type TableName
} from './backup-validate'

export const BACKUP_FORMAT = 'newsdeck-backup'
export const BACKUP_VERSION = 1
/** Far beyond any real library; refusing bigger input keeps a hostile file from eating memory. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024

/** An article as stored (the same shape as the renderer's ArticleRecord, which core cannot import). */
export interface BackupArticle {
  id: string
  title: string
  published: string | null
  source: 'bundled' | 'paste' | 'file'
  fileName: string | null
  text: string
  importedAt: number
  updatedAt: number
  extraction: Omit<Extraction, 'cards'>
}

/** Settings are key-value; keys this version does not know are carried through untouched. */
export interface BackupSetting {
  key: string
  value: unknown
}

export interface BackupTables {
  articles: BackupArticle[]
  cards: StoredCard[]
  reviewLogs: ReviewLogEntry[]
  days: DayAggregate[]
  settings: BackupSetting[]
  quizResults: QuizResult[]
}

export interface Backup extends BackupTables {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  /** ISO time the backup was made. */
  exportedAt: string
}

const TABLES = Object.keys(RECORD_SPECS) as TableName[]

export function buildBackup(tables: BackupTables, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...tables
  }
}

export function encodeBackup(backup: Backup): Uint8Array {
  return gzipSync(strToU8(JSON.stringify(backup)), { level: 6 })
}

/** The file name a backup is offered under, dated (`YYYY-MM-DD`) so several can sit side by side. */
export function backupFileName(day: string): string {
  return `newsdeck-backup-${day}.json.gz`
}

export interface ParseOptions {
  /** Uncompressed size limit in bytes; tests lower it. */
  maxBytes?: number
}

/** Reads and checks a backup file's bytes; throws BackupFormatError saying what is wrong. */
export function parseBackup(bytes: Uint8Array, options: ParseOptions = {}): Backup {
  const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES
  const json = strFromU8(isGzip(bytes) ? gunzip(bytes, maxBytes) : plainJson(bytes, maxBytes))
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    throw fail('json', 'The backup’s contents are not readable JSON, so the file is damaged.')
  }
  return checkBackup(data)
}

function checkBackup(data: unknown): Backup {
  if (!isObj(data) || data.format !== BACKUP_FORMAT) {
    throw fail('format', 'This file is not a Newsdeck backup.')
  }
  if (data.version !== BACKUP_VERSION) {
    throw typeof data.version === 'number' && data.version > BACKUP_VERSION
      ? fail(
          'version',
          `This backup was made by a newer Newsdeck (format ${data.version}); update the app to restore it.`
        )
      : fail('version', `This backup has an unknown format version (${String(data.version)}).`)
  }
  if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt))) {
    throw fail('exported-at', 'This backup is damaged: it does not say when it was made.')
  }
  for (const table of TABLES) {
    const records = data[table]
    if (!Array.isArray(records)) {
      throw fail(
        'missing-table',
        `This backup is incomplete: it has no list of ${RECORD_SPECS[table].plural}.`
      )
    }
    checkRecords(table, records)
  }
  const backup = data as unknown as Backup
  checkCardsHaveArticles(backup.cards, new Set(backup.articles.map((a) => a.id)))
  return backup
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

/** An uncompressed backup (someone unzipped it) is accepted; anything else is not ours. */
function plainJson(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const first = bytes.find(
    (b) =>
      b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf
  )
  if (first !== 0x7b) {
    throw fail(
      'magic',
      'This file is not a Newsdeck backup (it is neither gzip-compressed nor JSON).'
    )
  }
  if (bytes.length > maxBytes) throw tooBig(maxBytes)
  return bytes
}

/**
 * Decompresses in a stream so an oversized (or deliberately explosive) file is refused as soon
 * as it passes the limit rather than after it has filled memory. The gzip trailer's length is
 * checked too, because the stream decoder does not notice a file cut inside its last 8 bytes.
 */
function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = []
  let total = 0
  let ended = false
  const stream = new Gunzip((chunk, final) => {
    total += chunk.length
    if (total > maxBytes) throw tooBig(maxBytes)
    chunks.push(chunk)
    if (final) ended = true
  })
  try {
    stream.push(bytes, true)
  } catch (error) {
    if (error instanceof BackupFormatError) throw error
    throw truncated()
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (!ended || bytes.length < 18 || view.getUint32(bytes.length - 4, true) !== total % 2 ** 32) {
    throw truncated()
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

function fail(code: string, message: string): BackupFormatError {
  return new BackupFormatError(`backup-${code}`, message)
}

const truncated = (): BackupFormatError =>
  fail('truncated', 'This backup file is cut short or damaged, so it cannot be unpacked.')

const tooBig = (maxBytes: number): BackupFormatError =>
  fail(
    'too-big',
    `This backup is larger than ${Math.round(maxBytes / 1024 / 1024)} MB unpacked, more than Newsdeck can restore.`
  )

/**
 * The full-library backup: every table as JSON, gzip-compressed, with a SHA-256 of the tables
 * written in its header. `parseBackup` treats the file as untrusted input and refuses anything it
 * could not restore completely, with a one-sentence reason, so a restore either replaces the
 * library with a whole library or does nothing.
 *
 * Format 3 (this version writes it):
 *   {"format":"newsdeck-backup","version":3,"exportedAt":"…","payload":{…tables},"sha256":"<hex>"}
 * The hash covers the payload's bytes exactly as written, so it is checked before those bytes are
 * even parsed. It follows them, so a library's file is written, hashed and compressed as it is
 * read, a page of records at a time, and never held whole (`BackupWriter`).
 * Earlier versions' files are still restored, every record and the gzip CRC checked as for
 * format 3: format 2 has the same layout with the hash before the payload; format 1 has the
 * tables at the top and no hash.
 */
import { gzipSync, strFromU8, strToU8 } from 'fflate'
import { createSHA256 } from 'hash-wasm'
import { BackupFormatError } from '../errors'
import { gunzipChecked, isGzip, tooBig } from './backup-gzip'
import { concatBytes, indexJsonObject, JsonObjectWriter, type JsonObjectIndex } from './backup-json'
import { TABLE_SCHEMAS, type BackupTables, type TableName } from './backup-schema'
import { isObj, validateTables, type ValidateOptions } from './backup-validate'

export type { BackupArticle, BackupSetting, BackupTables } from './backup-schema'

export const BACKUP_FORMAT = 'newsdeck-backup'
export const BACKUP_VERSION = 3
/** Versions this one still restores; `BACKUP_VERSION` is the one it writes. */
const READABLE_VERSIONS = [1, 2, BACKUP_VERSION] as const
/**
 * Far beyond any real library (100,000 cards with a million reviews is about 500 MB); refusing
 * bigger input keeps a hostile file from eating memory. Under 4 GB, which gzip's size field
 * cannot count past.
 */
export const MAX_BACKUP_BYTES = 2000 * 1024 * 1024

export interface Backup extends BackupTables {
  format: typeof BACKUP_FORMAT
  /** An earlier version's file says so: 1 (no checksum) or 2 (checksum before the tables). */
  version: (typeof READABLE_VERSIONS)[number]
  /** ISO time the backup was made. */
  exportedAt: string
}

export function buildBackup(tables: BackupTables, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...tables
  }
}

/**
 * fflate's level for `encodeBackup`, which builds a whole backup in memory (tests, generated
 * backups): level 1 measured ~30% faster than level 6 for a file ~20% bigger. A library export
 * compresses with the platform's zlib instead (`gzipStreamToBlob`).
 */
export const BACKUP_GZIP = { level: 1 } as const

/** A whole backup as file bytes; storage writes its tables page by page (BackupWriter). */
export async function encodeBackup(backup: Backup): Promise<Uint8Array> {
  return gzipSync(await backupJsonBytes(backup), BACKUP_GZIP)
}

/** The backup's JSON as UTF-8 bytes, before compression. */
export async function backupJsonBytes(backup: Backup): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  const file = await BackupWriter.open(backup.exportedAt, (bytes) => parts.push(bytes))
  for (const table of Object.keys(TABLE_SCHEMAS) as TableName[]) {
    // As given: a hand-edited backup in a test may have a table that is not a list, or none.
    const rows: unknown = backup[table]
    if (Array.isArray(rows)) {
      file.table(table)
      file.rows(rows)
    } else if (rows !== undefined) file.field(table, rows)
  }
  file.finish()
  return concatBytes(parts)
}

/** Where a `BackupWriter` sends the file's bytes, in order: a compressor, or a list. */
export type BackupSink = (bytes: Uint8Array) => void

/**
 * A backup file's JSON, written a page of records at a time and handed to `sink` as it is made:
 * the header, each table's records, then the payload's SHA-256, hashed as it goes. The whole of a
 * large library is more text than one JavaScript string may hold, and more bytes than a window
 * should keep; only a page is ever a string, and nothing is kept here once it is sent.
 */
export class BackupWriter {
  #size = 0
  readonly #encoder = new TextEncoder()
  readonly #json = new JsonObjectWriter((text) => this.#push(text))

  private constructor(
    private readonly sink: BackupSink,
    private readonly hash: Awaited<ReturnType<typeof createSHA256>>
  ) {}

  /** Starts a file made at `exportedAt` (ISO time). */
  static async open(exportedAt: string, sink: BackupSink): Promise<BackupWriter> {
    const hash = await createSHA256()
    hash.init()
    const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt })
    sink(strToU8(`${head.slice(0, -1)},"payload":`))
    return new BackupWriter(sink, hash)
  }

  /** Starts the list of `table`; tables are written in TABLE_SCHEMAS order. */
  table(table: TableName): void {
    this.#json.list(table)
  }

  /** A field whose value is not a list. */
  field(name: string, value: unknown): void {
    this.#json.field(name, value)
  }

  rows(records: readonly unknown[]): void {
    this.#json.rows(records)
  }

  /** Bytes of the payload so far. */
  get size(): number {
    return this.#size
  }

  /** Ends the payload and the file, with the payload's hash. Nothing may be written after. */
  finish(): void {
    this.#json.end()
    this.sink(strToU8(`,"sha256":"${this.hash.digest('hex')}"}`))
  }

  #push(text: string): void {
    const bytes = this.#encoder.encode(text)
    this.hash.update(bytes)
    this.#size += bytes.length
    this.sink(bytes)
  }
}

export { backupFileName } from './backup-name'

export interface ParseOptions extends ValidateOptions {
  /** Uncompressed size limit in bytes; tests lower it. */
  maxBytes?: number
}

/**
 * Reads and checks a backup file's bytes; throws BackupFormatError saying what is wrong. The
 * JSON is never made into one string: its lists are parsed and checked a slice at a time.
 */
export async function parseBackup(bytes: Uint8Array, options: ParseOptions = {}): Promise<Backup> {
  const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES
  const json = isGzip(bytes) ? gunzipChecked(bytes, maxBytes) : plainJson(bytes, maxBytes)
  const envelope = splitEnvelope(json)
  let header: Record<string, unknown>
  let fields: JsonObjectIndex
  if (envelope) {
    // Format 3 has the hash after the payload, format 2 before it; a file is one or the other.
    header = checkHeader(envelope.header, envelope.sha256 === null ? 2 : 3)
    const sha256 = envelope.sha256 ?? header.sha256
    if (typeof sha256 !== 'string' || sha256 !== (await sha256Hex(envelope.payload)))
      throw fail('checksum', 'This backup is damaged: its contents do not match its checksum.')
    fields = indexJsonObject(envelope.payload)
    if (!fields) throw fail('format', 'This backup is damaged: it holds no tables.')
  } else {
    // Format 1, or something that only claims a later format: the header is in the same object.
    fields = indexJsonObject(json)
    header = checkHeader(fields && plainValues(fields), 1)
  }
  const found = fields
  if (!found) throw fail('format', 'This backup is damaged: it holds no tables.')
  const tables = await validateTables((table) => {
    const field = found.get(table)
    return field?.kind === 'list' ? field.list : null
  }, options)
  return {
    format: BACKUP_FORMAT,
    version: header.version as Backup['version'],
    exportedAt: header.exportedAt as string,
    ...tables
  }
}

/** The object's fields that are not lists (a format-1 backup's header), as an object. */
function plainValues(fields: NonNullable<JsonObjectIndex>): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const [key, field] of fields) if (field.kind === 'value') values[key] = field.value
  return values
}

/** Format, version and date, checked before the tables are read; `expect` is the layout found. */
function checkHeader(data: unknown, expect: Backup['version']): Record<string, unknown> {
  if (!isObj(data) || data.format !== BACKUP_FORMAT) {
    throw fail('format', 'This file is not a Newsdeck backup.')
  }
  const { version } = data
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw fail(
      'version',
      `This backup was made by a newer Newsdeck (format ${version}); update the app to restore it.`
    )
  }
  if (!READABLE_VERSIONS.includes(version as Backup['version'])) {
    throw fail('version', `This backup has an unknown format version (${String(version)}).`)
  }
  if (version !== expect) {
    throw fail(
      'layout',
      'This backup is damaged: its contents are not laid out as its format says.'
    )
  }
  if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt))) {
    throw fail('exported-at', 'This backup is damaged: it does not say when it was made.')
  }
  return data
}

/** The hash that ends a format-3 file: `,"sha256":"<hex>"}` and any spaces. */
const TRAILING_HASH = /,\s*"sha256"\s*:\s*"([0-9a-f]{64})"\s*\}\s*$/
/** Bytes at the end of a file that can hold its trailing hash, spaces allowed. */
const TAIL_BYTES = 256

/**
 * A header-first file's header, the payload's exact bytes without parsing them, and the hash
 * that follows them (format 3) or null (format 2, whose header holds it); null when the file is
 * not laid out either way.
 */
function splitEnvelope(
  json: Uint8Array
): { header: unknown; payload: Uint8Array; sha256: string | null } | null {
  const head = strFromU8(json.subarray(0, 1024))
  const marker = /,\s*"payload"\s*:\s*/.exec(head)
  if (!marker) return null
  let header: unknown
  try {
    header = JSON.parse(`${head.slice(0, marker.index)}}`)
  } catch {
    return null
  }
  const start = strToU8(head.slice(0, marker.index + marker[0].length)).length
  const tailFrom = Math.max(start, json.length - TAIL_BYTES)
  // One character a byte, so a match's index is a byte offset (the hash itself is ASCII).
  const hash = TRAILING_HASH.exec(String.fromCharCode(...json.subarray(tailFrom)))
  if (hash) {
    const end = tailFrom + hash.index
    return { header, payload: json.subarray(start, end), sha256: hash[1]! }
  }
  let end = json.length
  while (end > start && isSpace(json[end - 1]!)) end--
  if (json[end - 1] !== 0x7d) return null
  return { header, payload: json.subarray(start, end - 1), sha256: null }
}

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09

/** Web Crypto's SHA-256 (browsers, workers and Node alike): about 1 ms per MB, in native code. */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  )
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** An uncompressed backup (someone unzipped it) is accepted; anything else is not ours. */
function plainJson(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const first = bytes.find(
    (b) => !isSpace(b) && b !== 0xef && b !== 0xbb && b !== 0xbf // spaces and a byte-order mark
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

function fail(code: string, message: string): BackupFormatError {
  return new BackupFormatError(`backup-${code}`, message)
}

import { gzipSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BackupFormatError } from '../errors'
import { at } from '../review/test-helpers'
import { backupFileName, buildBackup, encodeBackup, parseBackup, type Backup } from './backup'
import { library } from './sample-library'

const NOW = at(2025, 1, 15)

function gz(value: unknown): Uint8Array {
  return gzipSync(strToU8(JSON.stringify(value)))
}

function valid(): Backup {
  return buildBackup(library(), NOW)
}

/** The message parseBackup gives for `bytes`; fails the test if it does not throw one. */
function refusal(bytes: Uint8Array, maxBytes?: number): string {
  try {
    parseBackup(bytes, maxBytes === undefined ? {} : { maxBytes })
  } catch (error) {
    expect(error).toBeInstanceOf(BackupFormatError)
    return (error as Error).message
  }
  throw new Error('parseBackup accepted the bytes')
}

/** A valid backup with one change made to its plain-object form. */
function edited(change: (b: Record<string, unknown>) => void): Uint8Array {
  const b = JSON.parse(JSON.stringify(valid())) as Record<string, unknown>
  change(b)
  return gz(b)
}

describe('backup round trip', () => {
  it('gives back exactly what was encoded', () => {
    const bytes = encodeBackup(valid())
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b])
    expect(parseBackup(bytes)).toEqual(valid())
  })

  it('has the format header and a dated name', () => {
    expect(valid()).toMatchObject({
      format: 'newsdeck-backup',
      version: 1,
      exportedAt: new Date(NOW).toISOString()
    })
    expect(backupFileName('2025-01-15')).toBe('newsdeck-backup-2025-01-15.json.gz')
  })

  it('accepts an unzipped backup too', () => {
    expect(parseBackup(strToU8(JSON.stringify(valid())))).toEqual(valid())
  })

  it("keeps an article's corrections", () => {
    const corrections = { 'it is warhol.': { speaker: 'Raj Patel', where: null } }
    const bytes = edited(
      (b) => ((b.articles as Array<Record<string, unknown>>)[0]!.corrections = corrections)
    )
    expect(parseBackup(bytes).articles[0]!.corrections).toEqual(corrections)
  })

  it('keeps settings it does not know', () => {
    const bytes = edited((b) => (b.settings as unknown[]).push({ key: 'future-thing', value: [1] }))
    expect(parseBackup(bytes).settings).toContainEqual({ key: 'future-thing', value: [1] })
  })
})

describe('parseBackup refuses', () => {
  it('files that are not backups at all', () => {
    expect(refusal(new Uint8Array([1, 2, 3, 4, 5]))).toMatch(/not a Newsdeck backup.*neither gzip/)
    expect(refusal(new Uint8Array())).toMatch(/not a Newsdeck backup/)
    expect(refusal(gz({ format: 'other' }))).toBe('This file is not a Newsdeck backup.')
    expect(refusal(gz([1, 2]))).toBe('This file is not a Newsdeck backup.')
  })

  it('cut-short or damaged gzip', () => {
    const bytes = encodeBackup(valid())
    for (const cut of [bytes.length - 1, bytes.length - 6, Math.floor(bytes.length / 2), 10]) {
      expect(refusal(bytes.slice(0, cut))).toMatch(/cut short or damaged/)
    }
    const noise = new Uint8Array(200).map((_, i) => (i * 37) % 256)
    noise.set([0x1f, 0x8b, 8, 0])
    expect(refusal(noise)).toMatch(/cut short or damaged/)
  })

  it('contents that are not JSON', () => {
    expect(refusal(gzipSync(strToU8('{"format": "newsdeck-backup", ')))).toMatch(
      /not readable JSON/
    )
  })

  it('other versions, saying when the app is too old', () => {
    expect(refusal(edited((b) => (b.version = 2)))).toMatch(/newer Newsdeck \(format 2\); update/)
    expect(refusal(edited((b) => (b.version = '1')))).toMatch(/unknown format version/)
  })

  it('a backup without one of its lists', () => {
    expect(refusal(edited((b) => delete b.reviewLogs))).toBe(
      'This backup is incomplete: it has no list of review log entries.'
    )
    expect(refusal(edited((b) => (b.cards = {})))).toMatch(/no list of cards/)
  })

  it('records with wrong shapes, naming the record and field', () => {
    const cases: Array<[(b: Record<string, unknown>) => void, RegExp]> = [
      [(b) => ((b.cards as unknown[])[1] = 'card'), /card 2 of 2 is not a record/],
      [(b) => ((b.cards as Array<Record<string, unknown>>)[0]!.id = 7), /card 1 of 2 .*“id”/],
      [
        (b) =>
          ((
            (b.cards as Array<Record<string, unknown>>)[1]!.sched as Record<string, unknown>
          ).phase = 5),
        /card 2 of 2 .*“sched”/
      ],
      [
        (b) => ((b.articles as Array<Record<string, unknown>>)[0]!.text = null),
        /article 1 of 1 .*“text”/
      ],
      [(b) => ((b.articles as Array<Record<string, unknown>>)[0]!.extraction = {}), /“extraction”/],
      [
        (b) => ((b.articles as Array<Record<string, unknown>>)[0]!.corrections = { q: 'Ann' }),
        /article 1 of 1 .*“corrections”/
      ],
      [
        (b) => ((b.reviewLogs as Array<Record<string, unknown>>)[0]!.grade = 5),
        /review log entry 1 of 1 .*“grade”/
      ],
      [(b) => ((b.reviewLogs as Array<Record<string, unknown>>)[0]!.day = '15/01/2025'), /“day”/],
      [
        (b) => ((b.days as Array<Record<string, unknown>>)[0]!.again = -1),
        /day total 1 of 1 .*“again”/
      ],
      [
        (b) => ((b.quizResults as Array<Record<string, unknown>>)[0]!.total = '1'),
        /quiz result 1 of 1 .*“total”/
      ],
      [
        (b) => ((b.settings as Array<Record<string, unknown>>)[0]!.value = { dayStartHour: 99 }),
        /setting 1 of 2 \(“study”\) is invalid/
      ],
      [(b) => (b.exportedAt = 'yesterday'), /does not say when it was made/]
    ]
    for (const [change, message] of cases) expect(refusal(edited(change))).toMatch(message)
  })

  it('duplicate keys', () => {
    expect(refusal(edited((b) => (b.cards as unknown[]).push((b.cards as unknown[])[0])))).toMatch(
      /card 3 of 3 repeats the id “c1”/
    )
    expect(refusal(edited((b) => (b.days as unknown[]).push((b.days as unknown[])[0])))).toMatch(
      /repeats the day “2025-01-15”/
    )
  })

  it('cards whose article is missing', () => {
    expect(refusal(edited((b) => (b.articles = [])))).toMatch(
      /card “c1” belongs to an article that is not in it/
    )
  })

  it('backups larger than the limit, before unpacking all of them', () => {
    expect(refusal(gzipSync(new Uint8Array(3 * 1024 * 1024).fill(32)), 2 * 1024 * 1024)).toMatch(
      /larger than 2 MB unpacked/
    )
  })

  it('a trailer that understates the size, without unpacking more than it says', () => {
    const bomb = gzipSync(strToU8(JSON.stringify({ ...valid(), filler: ' '.repeat(5_000_000) })))
    new DataView(bomb.buffer).setUint32(bomb.length - 4, 1000, true)
    expect(refusal(bomb)).toMatch(/not readable JSON|cut short or damaged/)
  })

  it('every refusal is one sentence', () => {
    const message = refusal(gz({ format: 'other' }))
    expect(message).toMatch(/^[A-Z].*\.$/)
  })
})

import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BackupFormatError } from '../errors'
import { at } from '../review/test-helpers'
import {
  backupFileName,
  backupJsonBytes,
  buildBackup,
  encodeBackup,
  parseBackup,
  type Backup
} from './backup'
import { library } from './sample-library'

const NOW = at(2025, 1, 15)

function gz(value: unknown): Uint8Array {
  return gzipSync(strToU8(JSON.stringify(value)))
}

function valid(): Backup {
  return buildBackup(library(), NOW)
}

/** The message parseBackup gives for `bytes`; fails the test if it does not refuse them. */
async function refusal(bytes: Uint8Array, maxBytes?: number): Promise<string> {
  try {
    await parseBackup(bytes, maxBytes === undefined ? {} : { maxBytes })
  } catch (error) {
    expect(error).toBeInstanceOf(BackupFormatError)
    return (error as Error).message
  }
  throw new Error('parseBackup accepted the bytes')
}

type Json = Record<string, unknown>
type Table = Array<Json>

/**
 * A valid backup with one change made to its plain-object form, written as this version writes
 * (with a fresh, matching checksum): what is left to catch it is the check of its meaning.
 */
function edited(change: (b: Json) => void): Promise<Uint8Array> {
  const b = JSON.parse(JSON.stringify(valid())) as Json
  change(b)
  return encodeBackup(b as unknown as Backup)
}

const card = (b: Json, i = 0): Json => (b.cards as Table)[i]!
const sched = (b: Json, i = 0): Json => card(b, i).sched as Json
const extraction = (b: Json): Json => (b.articles as Table)[0]!.extraction as Json

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', strToU8(text)))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** A format-2 backup, as the versions before this one wrote it: the hash before the tables. */
async function formatTwo(): Promise<Uint8Array> {
  const { format, version: _version, exportedAt, ...tables } = valid()
  const payload = JSON.stringify(tables)
  const head = { format, version: 2, exportedAt, sha256: await sha256Hex(payload) }
  return gzipSync(strToU8(`${JSON.stringify(head).slice(0, -1)},"payload":${payload}}`))
}

/** A format-1 backup, as versions before checksums wrote it. */
function formatOne(): Uint8Array {
  return gz({ ...valid(), version: 1 })
}

describe('backup round trip', () => {
  it('gives back exactly what was encoded', async () => {
    const bytes = await encodeBackup(valid())
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b])
    expect(await parseBackup(bytes)).toEqual(valid())
  })

  it('has the format header, then the payload, then a SHA-256 of it, and a dated name', async () => {
    const json = strFromU8(await backupJsonBytes(valid()))
    const layout =
      /^\{"format":"newsdeck-backup","version":3,"exportedAt":"[^"]+","payload":(\{.*\}),"sha256":"([0-9a-f]{64})"\}$/s
    expect(json).toMatch(layout)
    const [, payload, hash] = layout.exec(json)!
    expect(hash).toBe(await sha256Hex(payload!))
    expect(valid().exportedAt).toBe(new Date(NOW).toISOString())
    expect(backupFileName('2025-01-15')).toBe('newsdeck-backup-2025-01-15.json.gz')
  })

  it("keeps how each quotation was attributed and the user's confirmation", async () => {
    const { generateFromText } = await import('../generate')
    const { cards: _cards, ...x } = generateFromText(
      'date 2025-03-14 Port reopens\n\n"We are ready," Lina Park said on Monday.'
    )
    const backup = valid()
    const article = backup.articles[0]!
    const confirmed = { ...x, quotes: x.quotes.map((q) => ({ ...q, confirmed: true })) }
    const withBasis = { ...backup, articles: [{ ...article, extraction: confirmed }] }
    const restored = await parseBackup(await encodeBackup(withBasis))
    expect(restored.articles[0]!.extraction.quotes[0]).toMatchObject({
      confirmed: true,
      basis: { sieve: 'trailing-verb', rule: 'full-name' }
    })
  })

  it('keeps each card’s tags, leech among them', async () => {
    const backup = valid()
    const [first, ...rest] = backup.cards
    const tagged = { ...backup, cards: [{ ...first!, tags: ['leech', 'to-check'] }, ...rest] }
    const restored = await parseBackup(await encodeBackup(tagged))
    expect(restored.cards[0]!.tags).toEqual(['leech', 'to-check'])
    expect(restored.cards[1]!.tags).toBeUndefined()
  })

  it('accepts an unzipped backup too', async () => {
    expect(await parseBackup(await backupJsonBytes(valid()))).toEqual(valid())
  })

  it("keeps an article's corrections and what the generator was unsure of", async () => {
    const corrections = { 'it is warhol.': { speaker: 'Raj Patel', where: null } }
    const quote = {
      id: 'q1',
      text: 'It is Warhol.',
      speaker: 'Raj Patel',
      where: null,
      when: null,
      sentenceIndex: 0,
      partial: false,
      confirmed: true,
      basis: {
        sieve: 'user',
        rule: null,
        confidence: 1,
        candidates: ['Kiara Perkins', 'Raj Patel'],
        whereSieve: null,
        whenSieve: null
      }
    }
    const bytes = await edited((b) => {
      ;(b.articles as Table)[0]!.corrections = corrections
      extraction(b).quotes = [quote]
    })
    const { articles } = await parseBackup(bytes)
    expect(articles[0]!.corrections).toEqual(corrections)
    expect(articles[0]!.extraction.quotes).toEqual([quote])
    expect(
      await refusal(await edited((b) => ((b.articles as Table)[0]!.corrections = { q: 'Ann' })))
    ).toMatch(/article 1 of 1 has a missing or invalid “corrections.q”/)
  })

  it('still restores a backup an earlier version wrote (format 1, no checksum)', async () => {
    expect(await parseBackup(formatOne())).toEqual({ ...valid(), version: 1 })
  })

  it('still restores, and still checks, a backup with its checksum first (format 2)', async () => {
    const bytes = await formatTwo()
    expect(await parseBackup(bytes)).toEqual({ ...valid(), version: 2 })
    const changed = strFromU8(gunzipSync(bytes)).replace('"c2"', '"c3"')
    expect(await refusal(gzipSync(strToU8(changed)))).toMatch(/do not match its checksum/)
  })

  it('keeps settings it does not know', async () => {
    const bytes = await edited((b) => (b.settings as unknown[]).push({ key: 'future', value: [1] }))
    expect((await parseBackup(bytes)).settings).toContainEqual({ key: 'future', value: [1] })
  })

  it('keeps a card whose sentence is gone when it has review history (an updated article)', async () => {
    const bytes = await edited((b) => (card(b).sentenceIndex = 7))
    expect((await parseBackup(bytes)).cards[0]!.sentenceIndex).toBe(7)
  })
})

describe('damage in the file is found before anything is restored', () => {
  it('no single flipped bit is ever restored as changed content', async () => {
    const bytes = await encodeBackup(valid())
    const original = await parseBackup(bytes)
    let refused = 0
    for (let bit = 0; bit < bytes.length * 8; bit += 13) {
      const flipped = bytes.slice()
      flipped[bit >> 3]! ^= 1 << (bit & 7)
      try {
        // A flip in a header field that holds no content (the time stamp, the OS) changes nothing.
        expect(await parseBackup(flipped)).toEqual(original)
      } catch (error) {
        expect(error).toBeInstanceOf(BackupFormatError)
        refused++
      }
    }
    expect(refused).toBeGreaterThan(bytes.length / 2)
  })

  it('a broken gzip checksum', async () => {
    const bytes = await encodeBackup(valid())
    bytes[bytes.length - 8]! ^= 0x01
    expect(await refusal(bytes)).toMatch(/cut short or damaged/)
  })

  it('contents changed and compressed again, so only the SHA-256 can tell', async () => {
    const json = strFromU8(await backupJsonBytes(valid()))
    const changed = json.replace('"c2"', '"c3"')
    expect(changed).not.toBe(json)
    expect(await refusal(gzipSync(strToU8(changed)))).toBe(
      'This backup is damaged: its contents do not match its checksum.'
    )
    expect(await refusal(strToU8(changed))).toMatch(/do not match its checksum/)
  })

  it('random bytes behind a gzip header are called damaged, not too large', async () => {
    const noise = new Uint8Array(2 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24)
    noise.set([0x1f, 0x8b, 8, 0])
    // The trailer claims 300 MB, as random bytes often do.
    new DataView(noise.buffer).setUint32(noise.length - 4, 300 * 1024 * 1024, true)
    expect(await refusal(noise)).toMatch(/cut short or damaged/)
  })
})

describe('parseBackup refuses', () => {
  it('files that are not backups at all', async () => {
    expect(await refusal(new Uint8Array([1, 2, 3, 4, 5]))).toMatch(
      /not a Newsdeck backup.*neither gzip/
    )
    expect(await refusal(new Uint8Array())).toMatch(/not a Newsdeck backup/)
    expect(await refusal(gz({ format: 'other' }))).toBe('This file is not a Newsdeck backup.')
    expect(await refusal(gz([1, 2]))).toBe('This file is not a Newsdeck backup.')
  })

  it('cut-short or damaged gzip', async () => {
    const bytes = await encodeBackup(valid())
    for (const cut of [bytes.length - 1, bytes.length - 6, Math.floor(bytes.length / 2), 10]) {
      expect(await refusal(bytes.slice(0, cut))).toMatch(/cut short or damaged/)
    }
    const noise = new Uint8Array(200).map((_, i) => (i * 37) % 256)
    noise.set([0x1f, 0x8b, 8, 0])
    expect(await refusal(noise)).toMatch(/cut short or damaged/)
  })

  it('contents that are not JSON', async () => {
    expect(await refusal(gzipSync(strToU8('{"format": "newsdeck-backup", ')))).toMatch(
      /not readable JSON/
    )
  })

  it('other versions, saying when the app is too old', async () => {
    expect(await refusal(gz({ ...valid(), version: 4 }))).toMatch(
      /newer Newsdeck \(format 4\); update/
    )
    expect(await refusal(gz({ ...valid(), version: '1' }))).toMatch(/unknown format version/)
    // Format 3 without its payload and checksum is not what format 3 is.
    expect(await refusal(gz(valid()))).toMatch(/not laid out as its format says/)
    // Nor is either header with the other's place for the checksum.
    const json = strFromU8(await backupJsonBytes(valid()))
    const notLaidOut = /not laid out as its format says/
    expect(await refusal(strToU8(json.replace('"version":3', '"version":2')))).toMatch(notLaidOut)
    const two = strFromU8(gunzipSync(await formatTwo()))
    expect(await refusal(strToU8(two.replace('"version":2', '"version":3')))).toMatch(notLaidOut)
  })

  it('a backup without one of its lists', async () => {
    expect(await refusal(await edited((b) => delete b.reviewLogs))).toBe(
      'This backup is incomplete: it has no list of review log entries.'
    )
    expect(await refusal(await edited((b) => (b.cards = {})))).toMatch(/no list of cards/)
  })

  it('records with wrong shapes, naming the record and field', async () => {
    const cases: Array<[(b: Json) => void, RegExp]> = [
      [(b) => ((b.cards as unknown[])[1] = 'card'), /card 2 of 2 is not a record/],
      [(b) => (card(b).id = 7), /card 1 of 2 has a missing or invalid “id”/],
      [(b) => (sched(b, 1).phase = 5), /card 2 of 2 has a missing or invalid “sched.phase”/],
      [(b) => ((b.articles as Table)[0]!.text = null), /article 1 of 1 .*“text”/],
      [(b) => ((b.articles as Table)[0]!.extraction = {}), /“extraction.article”/],
      [(b) => ((b.reviewLogs as Table)[0]!.grade = 5), /review log entry 1 of 1 .*“grade”/],
      [(b) => ((b.reviewLogs as Table)[0]!.day = '15/01/2025'), /a study day that is not a day/],
      [(b) => ((b.days as Table)[0]!.again = -1), /day total 1 of 1 has an Again total below zero/],
      [(b) => ((b.quizResults as Table)[0]!.total = '1'), /quiz result 1 of 1 .*“total”/],
      [
        (b) => ((b.settings as Table)[0]!.value = { dayStartHour: 99 }),
        /setting 1 of 2 has study settings that are invalid \(The day start hour/
      ]
    ]
    for (const [change, message] of cases)
      expect(await refusal(await edited(change))).toMatch(message)
    expect(await refusal(gz({ ...valid(), version: 1, exportedAt: 'yesterday' }))).toMatch(
      /does not say when it was made/
    )
  })

  it('values that fit their type but would break a screen later', async () => {
    const cases: Array<[(b: Json) => void, string]> = [
      [(b) => (sched(b).due = 1e308), 'card 1 of 2 has a due date outside 2000–2100'],
      [(b) => (sched(b).due = -1e308), 'card 1 of 2 has a due date outside 2000–2100'],
      [
        (b) => ((b.reviewLogs as Table)[0]!.reviewedAt = -5),
        'review log entry 1 of 1 has a review date outside 2000–2100'
      ],
      [(b) => (sched(b, 1).difficulty = -1e308), 'card 2 of 2 has a negative difficulty'],
      [(b) => (sched(b, 1).difficulty = 0.5), 'card 2 of 2 has a studied card’s stability'],
      [(b) => (sched(b, 1).stability = 1e9), 'card 2 of 2 has a stability over FSRS’s 36500'],
      [
        (b) => (extraction(b).quotes = [1, 2, 3]),
        'article 1 of 1 has a missing or invalid “extraction.quotes.0”'
      ],
      [
        (b) => ((extraction(b).article as Json).sentences = [null]),
        'article 1 of 1 has a missing or invalid “extraction.article.sentences.0”'
      ],
      [
        (b) => ((b.reviewLogs as Table)[0]!.cardId = 'gone'),
        'review log entry 1 of 1 is for card “gone”, which is not in it'
      ],
      [(b) => (card(b, 1).sentenceIndex = -1), 'card 2 of 2 has a sentence index below zero'],
      [
        (b) => (card(b, 1).sentenceIndex = 1.5),
        'card 2 of 2 has a sentence index that is not a whole number'
      ],
      [
        (b) => (card(b, 1).sentenceIndex = 3),
        'card “c2” points to sentence 4 of an article with 1'
      ],
      [
        (b) => (card(b, 1).answerSpan = { start: 9, end: 4 }),
        'card 2 of 2 has an answer span that ends before it starts'
      ],
      [
        (b) => (card(b, 1).answerSpan = { start: 2, end: 400 }),
        'card “c2” marks an answer past the end of its sentence'
      ],
      [
        (b) =>
          (extraction(b).facts = [
            { sentence: 'x', answer: 'x', sentenceIndex: 9, category: 'number' }
          ]),
        'a quote, statement, term or fact pointing past its article’s last sentence'
      ]
    ]
    for (const [change, message] of cases)
      expect(await refusal(await edited(change))).toContain(message)
  })

  it('deeply nested data in a list or a setting, in words, not a stack error', async () => {
    // Too deep for JSON.stringify, so written by hand into a format-1 backup (no checksum to
    // recompute; the records are checked the same way).
    const deep = `${'['.repeat(100_000)}"bottom"${']'.repeat(100_000)}`
    const withDeep = (change: (b: Json) => void): Uint8Array => {
      const b = JSON.parse(JSON.stringify({ ...valid(), version: 1 })) as Json
      change(b)
      return gzipSync(strToU8(JSON.stringify(b).replace('"DEEP"', deep)))
    }
    expect(await refusal(withDeep((b) => (extraction(b).terms = ['DEEP'])))).toMatch(
      /^This backup is damaged: article 1 of 1 has a missing or invalid “extraction\.terms\.0/
    )
    const inSetting = await refusal(
      withDeep((b) => (b.settings as unknown[]).push({ key: 'future', value: 'DEEP' }))
    )
    expect(inSetting).toBe(
      'This backup is damaged: setting 3 of 3 has a value nested more than 16 levels deep.'
    )
  })

  it('duplicate keys', async () => {
    expect(
      await refusal(await edited((b) => (b.cards as unknown[]).push((b.cards as unknown[])[0])))
    ).toMatch(/card 3 of 3 repeats the id “c1”/)
    expect(
      await refusal(await edited((b) => (b.days as unknown[]).push((b.days as unknown[])[0])))
    ).toMatch(/repeats the day “2025-01-15”/)
  })

  it('cards whose article is missing', async () => {
    expect(await refusal(await edited((b) => (b.articles = [])))).toMatch(
      /card “c1” belongs to an article that is not in it/
    )
  })

  it('backups larger than the limit, before unpacking all of them', async () => {
    expect(
      await refusal(gzipSync(new Uint8Array(3 * 1024 * 1024).fill(32)), 2 * 1024 * 1024)
    ).toMatch(/larger than 2 MB unpacked/)
  })

  it('a trailer that understates the size, without unpacking more than it says', async () => {
    const bomb = gzipSync(strToU8(JSON.stringify({ ...valid(), filler: ' '.repeat(5_000_000) })))
    new DataView(bomb.buffer).setUint32(bomb.length - 4, 1000, true)
    expect(await refusal(bomb)).toMatch(/not readable JSON|cut short or damaged/)
  })

  it('every refusal is one sentence', async () => {
    const message = await refusal(gz({ format: 'other' }))
    expect(message).toMatch(/^[A-Z].*\.$/)
  })
})

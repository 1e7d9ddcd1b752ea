import { beforeEach, describe, expect, it } from 'vitest'
import { buildBackup, encodeBackup, parseBackup } from '@core/export/backup'
import type { BackupTables } from '@core/export/backup'
import { article, at, DAY, library, logEntry, storedCard } from '@core/export/sample-library'
import { addCounts } from '@core/library/card-counts'
import { packDue } from '@core/library/due-days'
import type { NewsdeckDatabase } from './database'
import { readLibrary, restoreLibrary } from './backup-repo'
import { cardsCsv, reviewLogCsv } from './export-repo'
import { lastBackupDay, rememberBackupDay } from './meta-repo'
import { deleteArticle } from './articles-repo'
import { updateCard } from './review-repo'
import { statsSnapshot } from './stats-repo'
import { freshDatabase } from './test-support'
import { PHASE } from '@core/review/phase'

const NOW = at(2025, 1, 15, 12)
let db: NewsdeckDatabase

beforeEach(async () => {
  db = await freshDatabase()
})

async function seed(tables: BackupTables): Promise<void> {
  await restoreLibrary(tables)
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = []
  for await (const chunk of chunks) out.push(chunk)
  return out
}

describe('backup and restore', () => {
  it('round-trips the whole library through the backup format', async () => {
    await seed(library())
    const bytes = await encodeBackup(buildBackup(await readLibrary(), NOW))
    await db.cards.clear()
    await db.settings.put({ key: 'last-backup-day', value: '2025-01-01' })
    await restoreLibrary(await parseBackup(bytes))
    const { settings, ...rest } = await readLibrary()
    const { settings: expected, ...expectedRest } = library()
    expect(rest).toEqual(expectedRest)
    // IndexedDB returns settings in key order.
    expect(settings).toEqual([...expected].sort((a, b) => a.key.localeCompare(b.key)))
  })

  it('a restore that fails part-way changes nothing', async () => {
    await seed(library())
    const before = await readLibrary()
    const bad = library()
    bad.articles = [{ ...bad.articles[0]!, id: 'new-article' }]
    // A record IndexedDB refuses (no key) after the tables have been cleared and partly refilled.
    bad.days = [
      {
        day: undefined as unknown as string,
        reviews: 0,
        newCards: 0,
        again: 0,
        hard: 0,
        good: 0,
        easy: 0,
        durationMs: 0
      }
    ]
    await expect(restoreLibrary(bad)).rejects.toThrow()
    expect(await readLibrary()).toEqual(before)
  })

  it('a backup that does not parse never reaches the database', async () => {
    await seed(library())
    const before = await readLibrary()
    await expect(parseBackup(new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2]))).rejects.toThrow(/cut short/)
    expect(await readLibrary()).toEqual(before)
  })

  it('keeps review log ids, so undo and new answers keep working after a restore', async () => {
    await seed(library())
    const id = await db.reviewLogs.add(logEntry(undefined as unknown as number, 3, NOW))
    expect(id).toBe(2)
  })

  it('remembers the last backup day', async () => {
    expect(await lastBackupDay()).toBeNull()
    await rememberBackupDay('2025-01-15')
    expect(await lastBackupDay()).toBe('2025-01-15')
  })
})

describe('CSV exports', () => {
  it('writes every card with its article title', async () => {
    await seed(library())
    const lines = (await cardsCsv()).trim().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain('Traditional industries bloom')
  })

  it('streams the review log in pages without losing or repeating an entry', async () => {
    const tables = library()
    tables.reviewLogs = Array.from({ length: 25 }, (_, i) => logEntry(i + 1, 3, NOW + i * 1000))
    await seed(tables)
    const chunks = await collect(reviewLogCsv(10))
    // The header, then one chunk per page of the log.
    expect(chunks).toHaveLength(4)
    const lines = chunks.join('').trim().split('\r\n')
    expect(lines).toHaveLength(26)
    expect(lines[25]).toContain(new Date(NOW + 24_000).toISOString())
    // A log that fills its last page exactly ends too.
    expect((await collect(reviewLogCsv(5))).join('').trim().split('\r\n')).toHaveLength(26)
  })
})

describe('statsSnapshot', () => {
  it('counts cards by phase and due day from the kept counts', async () => {
    const tables = library()
    tables.cards = [
      storedCard('n1', { due: NOW }),
      storedCard('n2', { due: NOW + 90 * DAY }),
      storedCard('l1', { phase: PHASE.learning, due: NOW + 600_000 }),
      storedCard('r1', { phase: PHASE.review, due: NOW - DAY }),
      storedCard('r2', { phase: PHASE.review, due: NOW + 10 * DAY }),
      storedCard('r3', { phase: PHASE.review, due: NOW + 60 * DAY }),
      storedCard('x1', { phase: PHASE.relearning, due: NOW + DAY }),
      storedCard('s1', { phase: PHASE.review, due: NOW }, { suspended: true })
    ]
    tables.days = [
      {
        day: '2024-01-10',
        reviews: 1,
        newCards: 0,
        again: 0,
        hard: 0,
        good: 1,
        easy: 0,
        durationMs: 0
      },
      {
        day: '2025-01-14',
        reviews: 1,
        newCards: 0,
        again: 1,
        hard: 0,
        good: 0,
        easy: 0,
        durationMs: 0
      },
      {
        day: '2025-01-15',
        reviews: 0,
        newCards: 2,
        again: 0,
        hard: 0,
        good: 2,
        easy: 0,
        durationMs: 0
      }
    ]
    await seed(tables)
    const snap = await statsSnapshot(NOW)
    // A suspended card is counted in its phase, and due on no day.
    expect(snap.counts).toEqual({
      new: 2,
      learning: 1,
      review: 4,
      relearning: 1,
      suspended: 1,
      due: packDue({
        '2025-01-14': 1,
        '2025-01-15': 1,
        '2025-01-16': 1,
        '2025-01-25': 1,
        '2025-03-16': 1
      })
    })
    expect(snap.days.map((d) => d.day)).toEqual(['2025-01-14', '2025-01-15'])
    expect(snap.dayStartHour).toBe(4)
    expect(snap.desiredRetention).toBe(0.9)
  })

  it("shows the same counts from the library's kept total as from summing every article's record", async () => {
    const tables = library()
    tables.articles = ['a1', 'a2', 'a3'].map((id) => article(id, `Article ${id}`))
    tables.cards = ['a1', 'a2', 'a3'].flatMap((articleId, i) => [
      storedCard(`${articleId}-n`, { due: NOW }, { articleId }),
      storedCard(`${articleId}-r`, { phase: PHASE.review, due: NOW + i * DAY }, { articleId }),
      storedCard(`${articleId}-l`, { phase: PHASE.learning, due: NOW + DAY }, { articleId })
    ])
    await seed(tables)
    // Moved one change at a time, as the app moves them.
    await updateCard('a1-r', { suspended: true })
    await updateCard('a2-l', { suspended: true })
    await updateCard('a2-l', { suspended: false })
    await deleteArticle('a3')
    const summed = addCounts(await db.articleCounts.toArray())
    const snap = await statsSnapshot(NOW)
    expect(snap.counts).toEqual(summed)
    expect(snap.counts).toMatchObject({ new: 2, review: 2, learning: 2, suspended: 1 })
    // With no total kept (a library written before version 6 kept one), the sum stands in.
    await db.libraryCounts.clear()
    expect(await statsSnapshot(NOW)).toEqual(snap)
  })

  it('keeps the 365 study days ending today, before the day-start hour too', async () => {
    const tables = library()
    const row = (day: string) => ({ ...tables.days[0]!, day })
    // 02:00 on 16 January is still the study day of the 15th (the day starts at 04:00).
    tables.days = ['2024-01-16', '2024-01-17', '2025-01-15'].map(row)
    await seed(tables)
    const snap = await statsSnapshot(at(2025, 1, 16, 2))
    expect(snap.days.map((d) => d.day)).toEqual(['2024-01-17', '2025-01-15'])
  })
})

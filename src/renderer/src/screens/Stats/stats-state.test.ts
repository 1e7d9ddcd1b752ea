import { beforeEach, describe, expect, it, vi } from 'vitest'
import { gzipSync, strToU8 } from 'fflate'
import { buildBackup, encodeBackup, parseBackup } from '@core/export/backup'
import { at, DAY, library, logEntry, sched } from '@core/export/sample-library'
import { inPlaceBackupClient, type BackupClient } from '../../lib/backup/backup-client'
import { BackupJobs, type BackupProgress } from '../../lib/backup/backup-jobs'
import { readLibrary, restoreLibrary } from '../../lib/db/backup-repo'
import { freshDatabase } from '../../lib/db/test-support'
import { readFileBytes, type Platform, type SaveRequest } from '../../lib/platform'
import { StatsState } from './stats-state.svelte'

const NOW = at(2025, 1, 15, 21)

/** Copies of the library the platform was handed before a restore (null: refuse them). */
let copies: Blob[] | null

function fakePlatform(saved: SaveRequest[]): Platform {
  return {
    isDesktop: false,
    pickArticleFile: async () => ({ kind: 'cancelled' }),
    saveFile: async (request) => {
      saved.push(request)
      return { kind: 'saved', where: `your downloads folder as ${request.suggestedName}` }
    },
    saveBlob: async ({ suggestedName, blob }) => {
      saved.push({ suggestedName, bytes: blob, mimeType: blob.type, filters: [] })
      return { kind: 'saved', where: `your downloads folder as ${suggestedName}` }
    },
    printPage: async () => ({ kind: 'cancelled' }),
    appVersion: async () => 'test',
    writeBackup: async (bytes, kind) => {
      if (kind !== 'before-restore') return { kind: 'cancelled' }
      if (copies === null)
        return { kind: 'error', message: 'Could not write the backup: disk full' }
      copies.push(bytes as Blob)
      return { kind: 'saved', where: '/backups/newsdeck-before-restore.json.gz' }
    },
    onMenuCommand: () => () => {},
    onFlushRequest: () => () => {},
    keepSyncPassword: async () => 'none',
    syncFolder: null,
    keptSyncPassword: async () => null
  }
}

let saved: SaveRequest[]
let stats: StatsState
let backups: BackupClient
/** Every progress report the state showed, in order. */
let shown: BackupProgress[]

/** The client the app uses, in place of the worker, remembering what progress it reported. */
function recording(client: BackupClient): BackupClient {
  const record = (progress?: (p: BackupProgress) => void) => (p: BackupProgress) => {
    shown.push(p)
    progress?.(p)
  }
  return {
    ...client,
    export: (now, progress) => client.export(now, record(progress)),
    check: (bytes, progress) => client.check(bytes, record(progress)),
    restore: (id, mode, progress) => client.restore(id, mode, record(progress))
  }
}

beforeEach(async () => {
  await freshDatabase()
  await restoreLibrary(library())
  saved = []
  shown = []
  copies = []
  backups = recording(inPlaceBackupClient(new BackupJobs()))
  stats = new StatsState(
    () => NOW,
    () => fakePlatform(saved),
    () => backups
  )
})

describe('StatsState exports', () => {
  it('saves each export under a dated name and says where it went', async () => {
    await stats.exportAs('cards')
    await stats.exportAs('history')
    await stats.exportAs('backup')
    expect(saved.map((r) => r.suggestedName)).toEqual([
      'newsdeck-cards-2025-01-15.csv',
      'newsdeck-review-history-2025-01-15.csv',
      'newsdeck-backup-2025-01-15.json.gz'
    ])
    expect((await parseBackup(await readFileBytes(saved[2]!.bytes as Blob))).cards).toHaveLength(2)
    // The review history streams as a Blob of pages: header and the library's answers.
    const history = await (saved[1]!.bytes as Blob).text()
    expect(saved[1]!.mimeType).toBe('text/csv')
    expect(history.trim().split('\r\n')).toHaveLength(1 + library().reviewLogs.length)
    expect(shown.at(-1)).toEqual({ stage: 'compressing', done: 1, total: 1 })
    expect(stats.notice).toEqual({
      kind: 'ok',
      text: 'Saved to your downloads folder as newsdeck-backup-2025-01-15.json.gz.'
    })
    expect(stats.busy).toBeNull()
  })
})

describe('StatsState restore', () => {
  it('refuses a corrupt file in words and leaves the library alone', async () => {
    const before = await readLibrary()
    await stats.chooseBackup(new Blob([gzipSync(strToU8('{"format":"other"}')) as BlobPart]))
    expect(stats.pending).toBeNull()
    expect(stats.notice).toEqual({
      kind: 'error',
      text: 'This file is not a Newsdeck backup. Your library was not changed.'
    })
    expect(await readLibrary()).toEqual(before)
  })

  it('previews first, and replaces the library only when chosen, after saving a copy', async () => {
    const before = await readLibrary()
    const other = library()
    other.cards = other.cards.slice(0, 1)
    const file = new Blob([(await encodeBackup(buildBackup(other, NOW))) as BlobPart])
    await stats.chooseBackup(file)
    expect(stats.pending?.preview.holds).toMatchObject({ articles: 1, cards: 1, answers: 1 })
    expect(stats.pending?.preview.replace).toMatchObject({ cardsRemoved: 1, answersRemoved: 0 })
    stats.cancelRestore()
    expect(await readLibrary()).toEqual(before)
    expect(copies).toHaveLength(0)

    await stats.chooseBackup(file)
    await stats.confirmRestore('replace')
    expect((await readLibrary()).cards).toHaveLength(1)
    // The copy saved first is the library as it was, whole.
    expect(copies).toHaveLength(1)
    const copy = await parseBackup(await readFileBytes(copies![0]!))
    expect(copy.cards).toEqual(before.cards)
    expect(copy.reviewLogs).toEqual(before.reviewLogs)
    // The bar filled as the records were checked, then as they were written.
    const last = (stage: string) => shown.filter((p) => p.stage === stage).at(-1)
    // 1 article, 1 card, 1 answer, 1 day, 2 settings and 1 quiz result.
    expect(last('checking')).toMatchObject({ done: 7, total: 7 })
    expect(last('writing')).toMatchObject({ done: 7, total: 7 })
    expect(stats.progress).toBeNull()
    expect(stats.notice?.text).toBe(
      'Library restored: 1 article, 1 card and 1 answer. Your library as it was before is saved in /backups/newsdeck-before-restore.json.gz.'
    )
    expect(stats.pending).toBeNull()
  })

  it('merges a backup in, keeping what only this library has', async () => {
    const other = library()
    other.cards = other.cards.slice(0, 1)
    other.reviewLogs = [{ ...other.reviewLogs[0]!, reviewedAt: NOW - 60_000, grade: 4 }]
    await stats.chooseBackup(new Blob([(await encodeBackup(buildBackup(other, NOW))) as BlobPart]))
    expect(stats.pending?.preview.merge).toMatchObject({ answersAdded: 1, cardsAdded: 0 })
    await stats.confirmRestore('merge')
    const merged = await readLibrary()
    expect(merged.cards).toHaveLength(2)
    expect(merged.reviewLogs).toHaveLength(2)
    expect(copies).toHaveLength(1)
    expect(stats.notice?.text).toMatch(
      /^Backup merged: 1 answer added and 1 card updated\. Your library as it was before is saved in /
    )
  })

  it('restores nothing when the copy of the library cannot be saved first', async () => {
    const before = await readLibrary()
    copies = null
    const other = library()
    other.cards = other.cards.slice(0, 1)
    await stats.chooseBackup(new Blob([(await encodeBackup(buildBackup(other, NOW))) as BlobPart]))
    await stats.confirmRestore('replace')
    expect(await readLibrary()).toEqual(before)
    expect(stats.notice).toEqual({
      kind: 'error',
      text: 'Nothing was restored: a copy of your library could not be saved first. Could not write the backup: disk full'
    })
    expect(stats.pending).toBeNull()
  })

  it('a restore the storage refuses is told in words, never as a stack error', async () => {
    let deep: unknown = 0
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const backup = buildBackup(library(), NOW)
    backup.settings.push({ key: 'future', value: deep })
    // Past the file checks (which refuse this), as if they had missed it.
    backups = {
      ...backups,
      restore: async () => (await restoreLibrary(backup), { mode: 'replace' as const })
    }
    const { preview } = await backups.check(
      new Blob([(await encodeBackup(buildBackup(library(), NOW))) as BlobPart])
    )
    stats.pending = {
      id: 1,
      exportedAt: backup.exportedAt,
      articles: 1,
      cards: 2,
      reviewLogs: 1,
      preview
    }
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await stats.confirmRestore('replace')
    logged.mockRestore()
    expect(stats.notice?.kind).toBe('error')
    expect(stats.notice?.text).toMatch(/^The restore failed, so your library was left as it was\./)
    expect(stats.notice?.text).not.toMatch(/stack|RangeError/i)
    expect((await readLibrary()).cards).toHaveLength(2)
  })
})

describe('StatsState progress', () => {
  it('recounts a day kept without its true-retention tally, then shows the year with it', async () => {
    // An answer to a card in review: young before an interval of 3 days, mature at 30.
    const review = (id: number, grade: 1 | 3, scheduledDays: number) => ({
      ...logEntry(id, grade, NOW - id * 1000),
      before: sched({ phase: 2, scheduledDays, lastReview: NOW - DAY })
    })
    const lib = library()
    lib.reviewLogs.push(review(2, 1, 3), review(3, 3, 30), review(4, 3, 30))
    await freshDatabase()
    await restoreLibrary(lib) // the sample's day row has no tally, as an older build wrote it
    const stop = stats.start()
    await vi.waitFor(() => expect(stats.year).not.toBeNull())
    const today = stats.year?.retention.find((r) => r.period === 'today')
    expect(today?.young).toEqual({ passed: 0, failed: 1, rate: 0 })
    expect(today?.mature).toEqual({ passed: 2, failed: 0, rate: 1 })
    expect(stats.year?.streaks).toEqual({ current: 1, longest: 1 })
    expect(stats.year?.desiredRetention).toBe(0.9)
    expect(stats.view?.answersToday).toBe(1)
    expect(stats.recountError).toBeNull()
    stop()
  })
})

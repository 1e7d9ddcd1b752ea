import { beforeEach, describe, expect, it, vi } from 'vitest'
import { gzipSync, strToU8 } from 'fflate'
import { buildBackup, encodeBackup, parseBackup } from '@core/export/backup'
import { at, library } from '@core/export/sample-library'
import { inPlaceBackupClient, type BackupClient } from '../../lib/backup/backup-client'
import { BackupJobs, type BackupProgress } from '../../lib/backup/backup-jobs'
import { readLibrary, restoreLibrary } from '../../lib/db/backup-repo'
import { freshDatabase } from '../../lib/db/test-support'
import { readFileBytes, type Platform, type SaveRequest } from '../../lib/platform'
import { StatsState } from './stats-state.svelte'

const NOW = at(2025, 1, 15, 21)

function fakePlatform(saved: SaveRequest[]): Platform {
  return {
    isDesktop: false,
    pickArticleFile: async () => ({ kind: 'cancelled' }),
    saveFile: async (request) => {
      saved.push(request)
      return { kind: 'saved', where: `your downloads folder as ${request.suggestedName}` }
    },
    saveBlob: async () => ({ kind: 'cancelled' }),
    printPage: async () => ({ kind: 'cancelled' }),
    appVersion: async () => 'test',
    writeBackup: async () => ({ kind: 'cancelled' }),
    onMenuCommand: () => () => {},
    onFlushRequest: () => () => {}
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
    restore: (id, progress) => client.restore(id, record(progress))
  }
}

beforeEach(async () => {
  await freshDatabase()
  await restoreLibrary(library())
  saved = []
  shown = []
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

  it('asks first, and replaces the library only when confirmed', async () => {
    const other = library()
    other.cards = other.cards.slice(0, 1)
    const file = new Blob([(await encodeBackup(buildBackup(other, NOW))) as BlobPart])
    await stats.chooseBackup(file)
    expect(stats.pending?.question).toMatch(/It holds 1 article, 1 card and 1 answer\.$/)
    stats.cancelRestore()
    expect((await readLibrary()).cards).toHaveLength(2)

    await stats.chooseBackup(file)
    await stats.confirmRestore()
    expect((await readLibrary()).cards).toHaveLength(1)
    // The bar filled as the records were checked, then as they were written.
    const last = (stage: string) => shown.filter((p) => p.stage === stage).at(-1)
    // 1 article, 1 card, 1 answer, 1 day, 2 settings and 1 quiz result.
    expect(last('checking')).toMatchObject({ done: 7, total: 7 })
    expect(last('writing')).toMatchObject({ done: 7, total: 7 })
    expect(stats.progress).toBeNull()
    expect(stats.notice?.text).toBe('Library restored: 1 article, 1 card and 1 answer.')
    expect(stats.pending).toBeNull()
  })

  it('a restore the storage refuses is told in words, never as a stack error', async () => {
    let deep: unknown = 0
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const backup = buildBackup(library(), NOW)
    backup.settings.push({ key: 'future', value: deep })
    // Past the file checks (which refuse this), as if they had missed it.
    backups = { ...backups, restore: () => restoreLibrary(backup) }
    const summary = { id: 1, exportedAt: backup.exportedAt, articles: 1, cards: 2, reviewLogs: 1 }
    stats.pending = { backup: summary, question: '' }
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await stats.confirmRestore()
    logged.mockRestore()
    expect(stats.notice?.kind).toBe('error')
    expect(stats.notice?.text).toMatch(/^The restore failed, so your library was left as it was\./)
    expect(stats.notice?.text).not.toMatch(/stack|RangeError/i)
    expect((await readLibrary()).cards).toHaveLength(2)
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseBackup } from '@core/export/backup'
import { at, library } from '@core/export/sample-library'
import { inPlaceBackupClient, useBackupClient } from '../backup/backup-client'
import { BackupJobs } from '../backup/backup-jobs'
import { restoreLibrary } from '../db/backup-repo'
import { lastBackupDay } from '../db/meta-repo'
import { freshDatabase } from '../db/test-support'
import { readFileBytes, type FileContents, type Platform, type SaveResult } from '../platform'
import { backupsHelp, backUpNow, dailyBackup, maybeBackUp } from './auto-backup'
import type { Notice } from './notices.svelte'

function fakePlatform(isDesktop: boolean, result: SaveResult = { kind: 'saved', where: '/b' }) {
  const written: FileContents[] = []
  const target: Platform = {
    isDesktop,
    pickArticleFile: async () => ({ kind: 'cancelled' }),
    saveFile: async () => ({ kind: 'cancelled' }),
    saveBlob: async () => ({ kind: 'cancelled' }),
    printPage: async () => ({ kind: 'cancelled' }),
    appVersion: async () => 'test',
    writeBackup: async (bytes) => {
      written.push(bytes)
      return result
    },
    onMenuCommand: () => () => {},
    onFlushRequest: () => () => {},
    keepSyncPassword: async () => 'none',
    syncFolder: null,
    keptSyncPassword: async () => null
  }
  return { target, written }
}

beforeEach(async () => {
  await freshDatabase()
  useBackupClient(inPlaceBackupClient(new BackupJobs()))
  await restoreLibrary(library())
})

const bytesOf = (file: FileContents): Promise<Uint8Array> =>
  file instanceof Uint8Array ? Promise.resolve(file) : readFileBytes(file)

describe('maybeBackUp', () => {
  it('writes one backup per study day on the desktop', async () => {
    const { target, written } = fakePlatform(true)
    expect(await maybeBackUp(at(2025, 1, 15, 9), target)).toEqual({ kind: 'saved', where: '/b' })
    expect((await parseBackup(await bytesOf(written[0]!))).cards).toHaveLength(2)
    expect(await lastBackupDay()).toBe('2025-01-15')
    // Later the same day, and at 2 am (before the 4 am day start): still the same study day.
    expect(await maybeBackUp(at(2025, 1, 15, 20), target)).toEqual({
      kind: 'skipped',
      reason: 'done-today'
    })
    expect(await maybeBackUp(at(2025, 1, 16, 2), target)).toMatchObject({ kind: 'skipped' })
    expect(await maybeBackUp(at(2025, 1, 16, 5), target)).toMatchObject({ kind: 'saved' })
    expect(written).toHaveLength(2)
  })

  it('does nothing in the web build', async () => {
    const { target, written } = fakePlatform(false)
    expect(await maybeBackUp(at(2025, 1, 15), target)).toEqual({ kind: 'skipped', reason: 'web' })
    expect(written).toHaveLength(0)
  })

  it('tries again at the next start when the write failed', async () => {
    const failing = fakePlatform(true, { kind: 'error', message: 'Disk full' })
    expect(await maybeBackUp(at(2025, 1, 15), failing.target)).toEqual({
      kind: 'error',
      message: 'Disk full'
    })
    expect(await lastBackupDay()).toBeNull()
    const { target, written } = fakePlatform(true)
    await maybeBackUp(at(2025, 1, 15, 13), target)
    expect(written).toHaveLength(1)
  })
})

describe('backUpNow (File › Back up now)', () => {
  it('writes a backup at once, even after today’s automatic one, and counts as today’s', async () => {
    const { target, written } = fakePlatform(true)
    await maybeBackUp(at(2025, 1, 15, 9), target)
    expect(await backUpNow(at(2025, 1, 15, 10), target)).toEqual({ kind: 'saved', where: '/b' })
    expect(written).toHaveLength(2)
    expect((await parseBackup(await bytesOf(written[1]!))).cards).toHaveLength(2)
    expect(await maybeBackUp(at(2025, 1, 15, 11), target)).toMatchObject({ kind: 'skipped' })
  })

  it('reports a failed write and leaves the day to be tried again', async () => {
    const failed = { kind: 'error', message: 'Could not write the backup: disk full' } as const
    const { target } = fakePlatform(true, failed)
    expect(await backUpNow(at(2025, 1, 15, 10), target)).toEqual(failed)
    expect(await lastBackupDay()).not.toBe('2025-01-15')
  })
})

describe('dailyBackup (at start-up)', () => {
  it('tells the user when the automatic backup failed, since when there is none, and where to look', async () => {
    const shown: Notice[] = []
    await dailyBackup(at(2025, 1, 14, 9), (n) => shown.push(n), fakePlatform(true).target)
    expect(shown).toEqual([])

    const failing = fakePlatform(true, {
      kind: 'error',
      message: 'Could not write the backup: ENOSPC: no space left on device'
    })
    await dailyBackup(at(2025, 1, 15, 9), (n) => shown.push(n), failing.target)
    expect(shown).toEqual([
      {
        kind: 'error',
        text: "Today's automatic backup was not saved: Could not write the backup: ENOSPC: no space left on device. The last automatic backup is from 2025-01-14. Newsdeck tries again at the next start; Help › Backups folder shows where backups go."
      }
    ])
  })

  it('tells the user when the backup could not even be made', async () => {
    const shown: Notice[] = []
    const { target } = fakePlatform(true)
    const broken = {
      ...target,
      writeBackup: () => Promise.reject(new Error('the backup worker stopped'))
    }
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await dailyBackup(at(2025, 1, 15, 9), (n) => shown.push(n), broken)
    logged.mockRestore()
    expect(shown[0]?.text).toMatch(
      /^Today's automatic backup was not saved: the backup worker stopped\. No automatic backup has been saved yet\./
    )
  })
})

describe('backupsHelp (the Help dialog)', () => {
  it('says where backups are and when one was last saved', async () => {
    expect(await backupsHelp(false)).toBe(
      'This browser keeps no automatic backups: save a full backup from Statistics now and then. Last backup saved: none yet.'
    )
    await backUpNow(at(2025, 1, 15, 10), fakePlatform(true).target)
    expect(await backupsHelp(true)).toMatch(
      /^A backup is saved each day in the backups folder \(Help › Backups folder\)\. Last backup: 15 January 2025 at \d\d:00\.$/
    )
  })
})

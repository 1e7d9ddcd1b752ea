import { beforeEach, describe, expect, it } from 'vitest'
import { parseBackup } from '@core/export/backup'
import { at, library } from '@core/export/sample-library'
import { inPlaceBackupClient, useBackupClient } from '../backup/backup-client'
import { BackupJobs } from '../backup/backup-jobs'
import { restoreLibrary } from '../db/backup-repo'
import { lastBackupDay } from '../db/meta-repo'
import { freshDatabase } from '../db/test-support'
import { readFileBytes, type FileContents, type Platform, type SaveResult } from '../platform'
import { backUpNow, maybeBackUp } from './auto-backup'

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
    onFlushRequest: () => () => {}
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

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupFileName,
  backupsToDelete,
  readLastBackupDay,
  writeBackup,
  writeSafetyBackup
} from './backups'

const gz = new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3])
const day = (d: number): Date => new Date(Date.UTC(2026, 0, d, 23, 30))

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsdeck-backups-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('backupFileName', () => {
  it('names the UTC day and the format', () => {
    expect(backupFileName(day(5), true)).toBe('newsdeck-backup-2026-01-05.json.gz')
    expect(backupFileName(day(5), false)).toBe('newsdeck-backup-2026-01-05.json')
  })
})

describe('backupsToDelete', () => {
  it('keeps the newest and ignores files that are not backups', () => {
    const names = [
      'notes.txt',
      'newsdeck-backup-2026-01-01.json.gz',
      'newsdeck-backup-2026-01-03.json'
    ]
    expect(backupsToDelete([...names, 'newsdeck-backup-2026-01-02.json.gz'], 2)).toEqual([
      'newsdeck-backup-2026-01-01.json.gz'
    ])
  })
})

describe('writeBackup', () => {
  it('creates the folder and writes the bytes under a .json.gz name', async () => {
    const target = join(dir, 'nested', 'backups')
    const result = await writeBackup(target, gz, day(5))
    expect(result).toEqual({
      kind: 'saved',
      path: join(target, 'newsdeck-backup-2026-01-05.json.gz')
    })
    expect(
      new Uint8Array(await readFile(join(target, 'newsdeck-backup-2026-01-05.json.gz')))
    ).toEqual(gz)
  })

  it('names plain JSON .json, so the extension never lies', async () => {
    const json = new TextEncoder().encode('{"cards":[]}')
    const result = await writeBackup(dir, json, day(5))
    expect(result).toEqual({ kind: 'saved', path: join(dir, 'newsdeck-backup-2026-01-05.json') })
  })

  it('replaces the same day’s backup and leaves no partial file', async () => {
    await writeBackup(dir, new TextEncoder().encode('{}'), day(5))
    await writeBackup(dir, gz, day(5))
    expect(await readdir(dir)).toEqual(['newsdeck-backup-2026-01-05.json.gz'])
  })

  it('keeps only the newest seven days and never touches other files', async () => {
    await writeFile(join(dir, 'keep-me.txt'), 'mine')
    for (let d = 1; d <= 10; d++) await writeBackup(dir, gz, day(d))
    const names = (await readdir(dir)).sort()
    expect(names).toEqual([
      'keep-me.txt',
      ...[4, 5, 6, 7, 8, 9, 10].map((d) => backupFileName(day(d), true))
    ])
  })

  it('reports a failure as an error result', async () => {
    const blocker = join(dir, 'file')
    await writeFile(blocker, 'not a folder')
    const result = await writeBackup(join(blocker, 'backups'), gz, day(5))
    expect(result.kind).toBe('error')
    expect(result.kind === 'error' && result.message).toMatch(/^Could not write the backup/)
  })
})

describe('writeSafetyBackup', () => {
  it('keeps each copy taken before a restore, apart from the daily backups and their rotation', async () => {
    await writeBackup(dir, gz, day(5))
    const first = await writeSafetyBackup(dir, gz, new Date(Date.UTC(2026, 0, 5, 9, 30, 1)))
    const second = await writeSafetyBackup(dir, gz, new Date(Date.UTC(2026, 0, 5, 9, 31, 0)))
    expect(first).toEqual({
      kind: 'saved',
      path: join(dir, 'newsdeck-before-restore-2026-01-05T09-30-01Z.json.gz')
    })
    expect(second.kind).toBe('saved')
    // A daily backup written afterwards neither replaces nor rotates them away.
    for (let d = 6; d <= 14; d++) await writeBackup(dir, gz, day(d))
    const names = await readdir(dir)
    expect(names.filter((n) => n.startsWith('newsdeck-before-restore-'))).toHaveLength(2)
    expect(names.filter((n) => n.startsWith('newsdeck-backup-'))).toHaveLength(7)
    expect(
      new Uint8Array(
        await readFile(
          join(
            dir,
            names.find((n) => n.includes('T09-30-01'))!
          )
        )
      )
    ).toEqual(gz)
  })

  it('keeps only the newest five copies', async () => {
    for (let m = 0; m < 7; m++)
      await writeSafetyBackup(dir, gz, new Date(Date.UTC(2026, 0, 5, 9, m)))
    const names = (await readdir(dir)).sort()
    expect(names).toHaveLength(5)
    expect(names[0]).toBe('newsdeck-before-restore-2026-01-05T09-02-00Z.json.gz')
  })

  it('reports a failure as an error result', async () => {
    const blocker = join(dir, 'file')
    await writeFile(blocker, 'not a folder')
    const result = await writeSafetyBackup(join(blocker, 'backups'), gz, day(5))
    expect(result.kind === 'error' && result.message).toMatch(/^Could not write the backup/)
  })
})

describe('readLastBackupDay', () => {
  it('is the day of the newest daily backup, not of a copy taken before a restore', async () => {
    expect(await readLastBackupDay(join(dir, 'not-made-yet'))).toBeNull()
    await writeBackup(dir, gz, day(3))
    await writeBackup(dir, gz, day(5))
    await writeSafetyBackup(dir, gz, day(9))
    await writeFile(join(dir, 'newsdeck-backup-2099-01-01.txt'), 'not ours')
    expect(await readLastBackupDay(dir)).toBe('2026-01-05')
  })
})

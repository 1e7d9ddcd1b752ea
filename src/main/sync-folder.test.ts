// The folder sync target against real temporary folders: no file system stand-ins, except a
// failing write step where a full disk cannot be made on purpose.
import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { chunkFileName } from '../core/sync/chunk'
import { snapshotFileName } from '../core/sync/snapshot'
import { SyncStoreError } from '../core/sync/store'
import {
  listSyncDevices,
  listSyncFiles,
  readSyncFile,
  syncFolderCalls,
  writeSyncFile,
  type WriteSteps
} from './sync-folder'

const LAPTOP = 'aaaaaaaa-laptop'
const DESKTOP = 'bbbbbbbb-desktop'
const bytes = (text: string) => new TextEncoder().encode(text)
const text = (data: Uint8Array) => new TextDecoder().decode(data)

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'nd-sync-folder-'))
})

/** What a failing disk does: part of the file written, then the error the system gives. */
function failingSteps(code: string): WriteSteps {
  return {
    async writeAndFlush(path, data) {
      await writeFile(path, data.subarray(0, 3))
      throw Object.assign(new Error(`${code}: simulated`), { code })
    }
  }
}

async function problemOf(promise: Promise<unknown>): Promise<SyncStoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(SyncStoreError)
  return error as SyncStoreError
}

describe('the sync folder', () => {
  it('writes chunks and snapshots into the device’s folder and reads them back', async () => {
    expect(await listSyncDevices(folder)).toEqual([])
    expect(await listSyncFiles(folder, LAPTOP)).toEqual([])
    expect(await writeSyncFile(folder, LAPTOP, chunkFileName(2), bytes('two'))).toBe('written')
    expect(await writeSyncFile(folder, LAPTOP, chunkFileName(1), bytes('one'))).toBe('written')
    expect(await writeSyncFile(folder, LAPTOP, snapshotFileName(2), bytes('gz'))).toBe('written')
    expect(await listSyncDevices(folder)).toEqual([LAPTOP])
    expect(await listSyncFiles(folder, LAPTOP)).toEqual([
      '00000001.json',
      '00000002.json',
      'snapshot-00000002.json.gz'
    ])
    expect(text(await readSyncFile(folder, LAPTOP, chunkFileName(1)))).toBe('one')
    expect(await readFile(join(folder, 'newsdeck', LAPTOP, '00000002.json'), 'utf8')).toBe('two')
    // Nothing temporary is left behind.
    expect((await readdir(join(folder, 'newsdeck', LAPTOP))).sort()).toEqual([
      '00000001.json',
      '00000002.json',
      'snapshot-00000002.json.gz'
    ])
  })

  it('leaves a file already in place as it is', async () => {
    await writeSyncFile(folder, LAPTOP, snapshotFileName(4), bytes('first'))
    expect(await writeSyncFile(folder, LAPTOP, snapshotFileName(4), bytes('second'))).toBe('exists')
    expect(text(await readSyncFile(folder, LAPTOP, snapshotFileName(4)))).toBe('first')
    expect(await readdir(join(folder, 'newsdeck', LAPTOP))).toEqual([snapshotFileName(4)])
  })

  it('never lists or reads a half-written file that a killed write left', async () => {
    await writeSyncFile(folder, LAPTOP, chunkFileName(1), bytes('{"whole":true}'))
    const dir = join(folder, 'newsdeck', LAPTOP)
    // What a write killed before its move leaves, and what syncing tools leave of their own.
    await writeFile(join(dir, '.upload-00000002.json-1a2b3c4d5e6f'), '{"half')
    await writeFile(join(dir, '00000003.json.tmp'), '{"half')
    await writeFile(join(dir, '.syncthing.00000004.json.tmp'), '{"half')
    await writeFile(join(dir, '00000005 (conflicted copy).json'), '{}')
    await mkdir(join(dir, '00000006.json'))
    expect(await listSyncFiles(folder, LAPTOP)).toEqual([chunkFileName(1)])
    await expect(
      readSyncFile(folder, LAPTOP, '.upload-00000002.json-1a2b3c4d5e6f')
    ).rejects.toThrow(RangeError)
    // The next write of that chunk goes in whole beside the leftover.
    expect(await writeSyncFile(folder, LAPTOP, chunkFileName(2), bytes('{"b":2}'))).toBe('written')
    expect(await listSyncFiles(folder, LAPTOP)).toEqual([chunkFileName(1), chunkFileName(2)])
    expect(text(await readSyncFile(folder, LAPTOP, chunkFileName(2)))).toBe('{"b":2}')
  })

  it('keeps two devices writing at once each in its own folder', async () => {
    const seqs = [1, 2, 3, 4, 5, 6, 7, 8]
    await Promise.all(
      seqs.flatMap((seq) => [
        writeSyncFile(folder, LAPTOP, chunkFileName(seq), bytes(`laptop ${seq}`)),
        writeSyncFile(folder, DESKTOP, chunkFileName(seq), bytes(`desktop ${seq}`))
      ])
    )
    expect(await listSyncDevices(folder)).toEqual([LAPTOP, DESKTOP])
    for (const [device, who] of [
      [LAPTOP, 'laptop'],
      [DESKTOP, 'desktop']
    ] as const) {
      expect(await listSyncFiles(folder, device)).toEqual(seqs.map(chunkFileName))
      for (const seq of seqs) {
        expect(text(await readSyncFile(folder, device, chunkFileName(seq)))).toBe(`${who} ${seq}`)
      }
    }
  })

  it('lists only device folders, not stray files or other names', async () => {
    await writeSyncFile(folder, LAPTOP, chunkFileName(1), bytes('x'))
    await mkdir(join(folder, 'newsdeck', 'Not A Device'))
    await mkdir(join(folder, 'newsdeck', '.stversions'))
    await writeFile(join(folder, 'newsdeck', 'cccccccc-file'), 'not a folder')
    expect(await listSyncDevices(folder)).toEqual([LAPTOP])
  })

  it('refuses names that would reach outside the folder, and touches nothing', async () => {
    const outside = join(folder, 'outside')
    await mkdir(outside)
    const inner = join(outside, 'inner')
    await mkdir(inner)
    const attempts: Array<() => Promise<unknown>> = [
      () => writeSyncFile(inner, '..', chunkFileName(1), bytes('x')),
      () => writeSyncFile(inner, '../../escaped', chunkFileName(1), bytes('x')),
      () => writeSyncFile(inner, LAPTOP, '../00000001.json', bytes('x')),
      () => writeSyncFile(inner, LAPTOP, '../../../passwd', bytes('x')),
      () => writeSyncFile(inner, LAPTOP, '/etc/00000001.json', bytes('x')),
      () => writeSyncFile(inner, LAPTOP, '00000001.json/../../x', bytes('x')),
      () => writeSyncFile('relative/folder', LAPTOP, chunkFileName(1), bytes('x')),
      () => readSyncFile(inner, '../aaaaaaaa-laptop', chunkFileName(1)),
      () => readSyncFile(inner, LAPTOP, '..\\..\\00000001.json'),
      () => listSyncFiles(inner, '..'),
      () => listSyncFiles(inner, 'aaaaaaaa/../../x')
    ]
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(RangeError)
    expect(await readdir(inner)).toEqual([])
    expect(await readdir(outside)).toEqual(['inner'])
  })
})

describe('the sync folder’s errors', () => {
  it('calls a missing folder unreachable, and does not make it', async () => {
    const gone = join(folder, 'unplugged-drive')
    const error = await problemOf(writeSyncFile(gone, LAPTOP, chunkFileName(1), bytes('x')))
    expect(error.problem).toBe('unreachable')
    expect(error.message).toContain(gone)
    expect(error.message).toMatch(/not there/)
    expect(await readdir(folder)).toEqual([])
    expect((await problemOf(listSyncDevices(gone))).problem).toBe('unreachable')
    expect((await problemOf(listSyncFiles(gone, LAPTOP))).problem).toBe('unreachable')
  })

  it('calls a file where the folder should be unreachable', async () => {
    const file = join(folder, 'a-file')
    await writeFile(file, 'x')
    const error = await problemOf(listSyncDevices(file))
    expect(error.problem).toBe('unreachable')
    expect(error.message).toMatch(/is a file, not a folder/)
  })

  it('says a listed file that vanished will be tried again', async () => {
    const error = await problemOf(readSyncFile(folder, LAPTOP, chunkFileName(9)))
    expect(error.problem).toBe('server')
    expect(error.message).toMatch(/gone from the sync folder.*tries again/)
  })

  // Skipped as root, who may write anywhere: the message for EACCES is checked with the error
  // itself in the mapping test below.
  it.skipIf(process.getuid?.() === 0)(
    'says a folder it may not write in cannot be written (skipped when run as root, who may write anywhere)',
    async () => {
      await mkdir(join(folder, 'newsdeck', LAPTOP), { recursive: true })
      await chmod(join(folder, 'newsdeck', LAPTOP), 0o500)
      try {
        const error = await problemOf(writeSyncFile(folder, LAPTOP, chunkFileName(1), bytes('x')))
        expect(error.problem).toBe('server')
        expect(error.message).toMatch(/may not write the files in the sync folder/)
      } finally {
        await chmod(join(folder, 'newsdeck', LAPTOP), 0o700)
      }
    }
  )

  it.each([
    ['EACCES', 'server', /may not write the files in the sync folder .* \(EACCES\)/],
    ['EPERM', 'server', /may not write the files/],
    ['ENOSPC', 'full', /is full \(ENOSPC\); nothing here was lost/],
    ['EDQUOT', 'full', /is full \(EDQUOT\)/],
    ['EIO', 'server', /Could not write the files in the sync folder .* \(EIO\)/]
  ])('maps %s to %s and leaves nothing half-written', async (code, problem, message) => {
    const steps = failingSteps(code)
    const error = await problemOf(
      writeSyncFile(folder, LAPTOP, chunkFileName(1), bytes('{"long":"chunk"}'), steps)
    )
    expect(error.problem).toBe(problem)
    expect(error.message).toMatch(message)
    expect(await readdir(join(folder, 'newsdeck', LAPTOP))).toEqual([])
  })
})

describe('syncFolderCalls', () => {
  it('answers with the value, or the problem in words', async () => {
    const written = await syncFolderCalls.syncFolderWrite(
      folder,
      LAPTOP,
      chunkFileName(1),
      bytes('x')
    )
    expect(written).toEqual({ kind: 'done', value: 'written' })
    expect(await syncFolderCalls.syncFolderDevices(folder)).toEqual({
      kind: 'done',
      value: [LAPTOP]
    })
    const read = await syncFolderCalls.syncFolderRead(folder, LAPTOP, chunkFileName(1))
    expect(read.kind === 'done' && text(read.value)).toBe('x')
    expect(await syncFolderCalls.syncFolderList(join(folder, 'gone'), LAPTOP)).toMatchObject({
      kind: 'error',
      problem: 'unreachable'
    })
  })

  it('rejects, rather than answers, a name outside the folder', async () => {
    await expect(syncFolderCalls.syncFolderList(folder, '..')).rejects.toThrow(RangeError)
  })
})

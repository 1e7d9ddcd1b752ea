/**
 * The folder sync target: a plain folder that Syncthing, Dropbox or OneDrive keep in step, seen
 * as the WebDAV store sees its server. Files live under `<folder>/newsdeck/<device>/` with the
 * WebDAV store's names, and each device writes only its own folder, so the syncing tool never
 * has two versions of one file to choose between.
 *
 * The renderer names the folder, a device and a file; every name is checked against core's
 * patterns, so no call reaches outside `<folder>/newsdeck/`. The folder itself is never made
 * here: a missing one is a drive unplugged or a folder moved, and syncing into a new empty one
 * would sync with nobody.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { chunkSeqOf, isDeviceId, snapshotUpToOf } from '../core/sync/names'
import { SyncStoreError } from '../core/sync/store'
import type { SyncFolderCalls, SyncFolderResult, SyncFolderWritten } from '../shared/ipc'

const ROOT = 'newsdeck'

/** A chunk's or a snapshot's name: never a temporary one, never a path. */
export function isSyncFileName(name: unknown): name is string {
  return typeof name === 'string' && (chunkSeqOf(name) !== null || snapshotUpToOf(name) !== null)
}

/** An absolute path: a relative one would depend on main's working directory. */
export function isSyncFolderPath(folder: unknown): folder is string {
  return typeof folder === 'string' && folder.length > 0 && isAbsolute(folder)
}

/** Refuses names that could lead outside the folder: a programming error or a hostile page. */
function checked(folder: string, ...names: [] | [device: string] | [string, file: string]): void {
  if (!isSyncFolderPath(folder)) throw new RangeError('a sync folder must be an absolute path')
  const [device, file] = names
  if (names.length >= 1 && !(typeof device === 'string' && isDeviceId(device))) {
    throw new RangeError('not a device id')
  }
  if (names.length === 2 && !isSyncFileName(file)) throw new RangeError('not a sync file name')
}

const codeOf = (error: unknown): string | undefined =>
  error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined

/** A file system error as the user should hear it; nothing here was changed by it. */
export function folderError(error: unknown, folder: string, what: string): SyncStoreError {
  if (error instanceof SyncStoreError) return error
  const code = codeOf(error)
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new SyncStoreError(
        'unreachable',
        `The sync folder ${folder} is not there: a drive may be unplugged or the folder moved. Nothing here was changed; choose the folder again in Settings › Sync if it moved.`
      )
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new SyncStoreError(
        'server',
        `Newsdeck may not ${what} in the sync folder ${folder} (${code}): check that this user may write there. Nothing here was changed.`
      )
    case 'ENOSPC':
    case 'EDQUOT':
      return new SyncStoreError(
        'full',
        `The disk of the sync folder ${folder} is full (${code}); nothing here was lost — free some space there and sync again.`
      )
    default:
      return new SyncStoreError(
        'server',
        `Could not ${what} in the sync folder ${folder} (${code ?? (error as Error).message}).`
      )
  }
}

/** The chosen folder, which must be there and be a folder before anything is read or made. */
async function reachable(folder: string): Promise<void> {
  let isFolder: boolean
  try {
    isFolder = (await stat(folder)).isDirectory()
  } catch (error) {
    throw folderError(error, folder, 'look')
  }
  if (!isFolder) {
    throw new SyncStoreError(
      'unreachable',
      `The sync folder ${folder} is a file, not a folder; choose a folder in Settings › Sync.`
    )
  }
}

/** The entries of a folder that does not have to exist yet (none then). */
async function entries(path: string, folder: string) {
  try {
    return await readdir(path, { withFileTypes: true })
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return []
    throw folderError(error, folder, 'list the files')
  }
}

/** The device folders under `<folder>/newsdeck/`, sorted. */
export async function listSyncDevices(folder: string): Promise<string[]> {
  checked(folder)
  await reachable(folder)
  return (await entries(join(folder, ROOT), folder))
    .filter((e) => e.isDirectory() && isDeviceId(e.name))
    .map((e) => e.name)
    .sort()
}

/** A device's chunk and snapshot files, sorted; temporary and foreign files are left out. */
export async function listSyncFiles(folder: string, device: string): Promise<string[]> {
  checked(folder, device)
  await reachable(folder)
  return (await entries(join(folder, ROOT, device), folder))
    .filter((e) => e.isFile() && isSyncFileName(e.name))
    .map((e) => e.name)
    .sort()
}

export async function readSyncFile(folder: string, device: string, name: string) {
  checked(folder, device, name)
  await reachable(folder)
  try {
    const buf = await readFile(join(folder, ROOT, device, name))
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
  } catch (error) {
    if (codeOf(error) === 'ENOENT') {
      throw new SyncStoreError(
        'server',
        `${name} of device ${device.slice(0, 8)} is listed but gone from the sync folder ${folder}; the next sync tries again.`
      )
    }
    throw folderError(error, folder, 'read the files')
  }
}

/** What a write does to the disk; tests put a failing one in to stand for a full disk. */
export interface WriteSteps {
  writeAndFlush(path: string, bytes: Uint8Array): Promise<void>
}

const diskSteps: WriteSteps = {
  async writeAndFlush(path, bytes) {
    // 'wx': a temporary name never met before; its own nonce makes a clash a bug.
    const file = await open(path, 'wx')
    try {
      await file.writeFile(bytes)
      // On disk before it is given its name: a crash leaves a temporary file, never half a chunk.
      await file.sync()
    } finally {
      await file.close()
    }
  }
}

/**
 * Puts the move itself on disk, so a power cut after a sync said "sent" cannot leave the file
 * under its temporary name. Best effort: Windows cannot open a folder to flush it, and NTFS
 * keeps its own journal of the move.
 */
async function flushFolder(dir: string): Promise<void> {
  try {
    const folder = await open(dir, 'r')
    try {
      await folder.sync()
    } finally {
      await folder.close()
    }
  } catch {
    // Not offered here; the file itself is on disk already.
  }
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    (error: unknown) => {
      if (codeOf(error) === 'ENOENT') return false
      throw error
    }
  )

/**
 * Writes a file into a device's folder under a temporary name (a dot first, so no listing
 * counts it), flushes it and moves it into place. A file already there under that name is left
 * as it is ('exists'): only its own device writes a folder, so nothing can slip in between the
 * look and the move.
 */
export async function writeSyncFile(
  folder: string,
  device: string,
  name: string,
  bytes: Uint8Array,
  steps: WriteSteps = diskSteps
): Promise<SyncFolderWritten> {
  checked(folder, device, name)
  await reachable(folder)
  const dir = join(folder, ROOT, device)
  const target = join(dir, name)
  const temporary = join(dir, `.upload-${name}-${randomBytes(6).toString('hex')}`)
  try {
    await mkdir(dir, { recursive: true })
    if (await exists(target)) return 'exists'
    await steps.writeAndFlush(temporary, bytes)
    await rename(temporary, target)
    await flushFolder(dir)
    return 'written'
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw folderError(error, folder, 'write the files')
  }
}

/** A store error as an answer over IPC; any other error is a bug and rejects. */
async function answer<T>(run: () => Promise<T>): Promise<SyncFolderResult<T>> {
  try {
    return { kind: 'done', value: await run() }
  } catch (error) {
    if (!(error instanceof SyncStoreError)) throw error
    if (error.problem !== 'unreachable' && error.problem !== 'full') {
      return { kind: 'error', problem: 'server', message: error.message }
    }
    return { kind: 'error', problem: error.problem, message: error.message }
  }
}

/** The calls as the IPC handlers answer them (and the sync tests, without IPC in between). */
export const syncFolderCalls: SyncFolderCalls = {
  syncFolderDevices: (folder) => answer(() => listSyncDevices(folder)),
  syncFolderList: (folder, device) => answer(() => listSyncFiles(folder, device)),
  syncFolderRead: (folder, device, name) => answer(() => readSyncFile(folder, device, name)),
  syncFolderWrite: (folder, device, name, bytes) =>
    answer(() => writeSyncFile(folder, device, name, bytes))
}

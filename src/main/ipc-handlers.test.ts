import { beforeEach, describe, expect, it, vi } from 'vitest'

// The real 'electron' cannot load in plain Node here; the handlers only need these pieces.
const electron = vi.hoisted(() => {
  type Handler = (event: unknown, ...args: unknown[]) => unknown
  const handlers = new Map<string, Handler>()
  const listeners = new Map<string, Handler>()
  return {
    handlers,
    listeners,
    ipcMain: {
      handle: vi.fn((channel: string, fn: Handler) => {
        handlers.set(channel, fn)
      }),
      on: vi.fn((channel: string, fn: Handler) => {
        listeners.set(channel, fn)
      })
    },
    app: { getVersion: vi.fn(() => '1.2.3'), getPath: vi.fn(() => '/nonexistent-user-data') },
    clipboard: { writeText: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    // A reversible stand-in for the keychain: the text's bytes reversed.
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
      decryptString: (data: Buffer) => Buffer.from(data).reverse().toString('utf8')
    }
  }
})
vi.mock('electron', () => electron)
const backups = vi.hoisted(() => ({ writeBackup: vi.fn(), writeSafetyBackup: vi.fn() }))
vi.mock('./backups', () => backups)

import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { IPC, MAX_COPY_CHARS, MAX_STREAM_CHUNK_BYTES } from '../shared/ipc'
import { buildTrainingSet } from '../core/optimizer/history'
import { packTrainingSet } from '../core/optimizer/packed'
import { SYNTHETIC_TRUTH, syntheticHistory } from '../core/optimizer/synthetic'
import { errorReport } from '../shared/error-report'
import { setupIpcHandlers } from './ipc-handlers'
import { appLocation } from './security'

const page = 'app://newsdeck/index.html'
const sent: unknown[][] = []
const window = {
  isDestroyed: () => false,
  webContents: { id: 7, send: (...a: unknown[]) => sent.push(a) }
}
const sender = { id: 7, isDestroyed: () => false, send: (...a: unknown[]) => sent.push(a) }
const fromApp = { sender, senderFrame: { url: `${page}#/library`, parent: null } }
const deps = { logRendererError: vi.fn(), rendererListening: vi.fn(), backupWritten: vi.fn() }

function invoke(channel: string, event: unknown, ...args: unknown[]): unknown {
  const handler = electron.handlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return handler(event, ...args)
}

beforeEach(() => {
  electron.handlers.clear()
  electron.listeners.clear()
  electron.clipboard.writeText.mockReset()
  electron.dialog.showSaveDialog.mockReset()
  backups.writeBackup.mockReset()
  backups.writeSafetyBackup.mockReset()
  deps.logRendererError.mockReset()
  deps.rendererListening.mockReset()
  deps.backupWritten.mockReset()
  sent.length = 0
  setupIpcHandlers(appLocation(undefined, page), () => window as never, deps)
})

describe('setupIpcHandlers', () => {
  it('registers every invoke channel of the contract, and only those', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(
      [
        IPC.openArticleFile,
        IPC.saveFile,
        IPC.appVersion,
        IPC.writeBackup,
        IPC.reportError,
        IPC.copyText,
        IPC.fsrsNative,
        IPC.fsrsFit,
        IPC.saveStreamOpen,
        IPC.saveStreamWrite,
        IPC.saveStreamClose,
        IPC.printToPdf,
        IPC.keepSyncPassword,
        IPC.keptSyncPassword,
        IPC.chooseSyncFolder,
        IPC.syncFolderDevices,
        IPC.syncFolderList,
        IPC.syncFolderRead,
        IPC.syncFolderWrite
      ].sort()
    )
    expect([...electron.listeners.keys()]).toEqual([IPC.openedFileReady])
  })

  it('keeps a sync password encrypted in userData, and refuses what is not an account', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-vault-ipc-'))
    electron.app.getPath.mockReturnValue(dir)
    const account = 'https://cloud.example/dav/\u0000ann'
    expect(await invoke(IPC.keepSyncPassword, fromApp, account, 'hunter2')).toBe(true)
    expect(await readFile(join(dir, 'sync-credentials.json'), 'utf8')).not.toContain('hunter2')
    expect(await invoke(IPC.keptSyncPassword, fromApp, account)).toBe('hunter2')
    expect(await invoke(IPC.keepSyncPassword, fromApp, account, null)).toBe(true)
    expect(await invoke(IPC.keptSyncPassword, fromApp, account)).toBeNull()
    expect(() => invoke(IPC.keepSyncPassword, fromApp, '', 'x')).toThrow(/invalid arguments/)
    expect(() => invoke(IPC.keepSyncPassword, fromApp, account, 'x'.repeat(5000))).toThrow(
      /invalid arguments/
    )
    electron.app.getPath.mockReturnValue('/nonexistent-user-data')
  })

  it('asks for a sync folder in a dialog that can make one', async () => {
    electron.app.getPath.mockReturnValue(await mkdtemp(join(tmpdir(), 'nd-user-data-')))
    electron.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: ['/home/ann/Sync']
    })
    expect(await invoke(IPC.chooseSyncFolder, fromApp)).toBe('/home/ann/Sync')
    const options = electron.dialog.showOpenDialog.mock.calls.at(-1)?.at(-1)
    expect(options.properties).toEqual(['openDirectory', 'createDirectory'])
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await invoke(IPC.chooseSyncFolder, fromApp)).toBeNull()
    expect(() => invoke(IPC.chooseSyncFolder, fromApp, '/etc')).toThrow(/invalid arguments/)
    electron.app.getPath.mockReturnValue('/nonexistent-user-data')
  })

  it('writes, lists and reads only the sync folder the user chose, and only inside it', async () => {
    electron.app.getPath.mockReturnValue(await mkdtemp(join(tmpdir(), 'nd-user-data-')))
    const folder = await mkdtemp(join(tmpdir(), 'nd-sync-ipc-'))
    const other = await mkdtemp(join(tmpdir(), 'nd-not-chosen-'))
    const device = 'aaaaaaaa-laptop'
    const bytes = new TextEncoder().encode('{}')
    const write = (f: string) =>
      invoke(IPC.syncFolderWrite, fromApp, f, device, '00000001.json', bytes)
    // Before the dialog gave it, the folder is refused with words, and nothing is written.
    expect(await write(folder)).toMatchObject({ kind: 'error', problem: 'unreachable' })
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [folder] })
    await invoke(IPC.chooseSyncFolder, fromApp)

    expect(await write(folder)).toEqual({ kind: 'done', value: 'written' })
    expect(await write(other)).toMatchObject({ kind: 'error', message: /Choose folder…/ })
    expect(await readdir(other)).toEqual([])
    expect(await invoke(IPC.syncFolderDevices, fromApp, folder)).toEqual({
      kind: 'done',
      value: [device]
    })
    expect(await invoke(IPC.syncFolderList, fromApp, folder, device)).toEqual({
      kind: 'done',
      value: ['00000001.json']
    })
    expect(await invoke(IPC.syncFolderRead, fromApp, folder, device, '00000001.json')).toEqual({
      kind: 'done',
      value: bytes
    })
    const refused: unknown[][] = [
      [IPC.syncFolderDevices, 'relative'],
      [IPC.syncFolderList, folder, '..'],
      [IPC.syncFolderRead, folder, device, '../../00000001.json'],
      [IPC.syncFolderWrite, folder, device, '00000002.json', 'not bytes'],
      [IPC.syncFolderWrite, folder, '../x', '00000002.json', bytes]
    ]
    for (const [channel, ...args] of refused) {
      expect(() => invoke(channel as string, fromApp, ...args)).toThrow(/invalid arguments/)
    }
    electron.app.getPath.mockReturnValue('/nonexistent-user-data')
  })

  it('answers the app’s own window', async () => {
    expect(await invoke(IPC.appVersion, fromApp)).toBe('1.2.3')
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await invoke(IPC.openArticleFile, fromApp)).toEqual({ kind: 'cancelled' })
  })

  it('stores backups under userData/backups with the current time', async () => {
    backups.writeBackup.mockResolvedValue({ kind: 'saved', path: 'x' })
    const bytes = new Uint8Array([0x1f, 0x8b])
    await invoke(IPC.writeBackup, fromApp, bytes, 'daily')
    const [dir, passed, now] = backups.writeBackup.mock.calls[0] ?? []
    expect(dir).toMatch(/nonexistent-user-data[\\/]backups$/)
    expect(passed).toBe(bytes)
    expect(now).toBeInstanceOf(Date)
    // The Help menu then shows the new backup's day; a failed write leaves it as it was.
    expect(deps.backupWritten).toHaveBeenCalledOnce()
    backups.writeBackup.mockResolvedValue({ kind: 'error', message: 'disk full' })
    await invoke(IPC.writeBackup, fromApp, bytes, 'daily')
    expect(deps.backupWritten).toHaveBeenCalledOnce()
  })

  it('stores the copy taken before a restore in the same folder, under its own name', async () => {
    backups.writeSafetyBackup.mockResolvedValue({ kind: 'saved', path: 'x' })
    await invoke(IPC.writeBackup, fromApp, new Uint8Array([0x1f, 0x8b]), 'before-restore')
    expect(backups.writeBackup).not.toHaveBeenCalled()
    expect(backups.writeSafetyBackup.mock.calls[0]?.[0]).toMatch(/backups$/)
  })

  it('refuses a sender that is not the app’s page in the main window', () => {
    const strangers = [
      { ...fromApp, sender: { ...sender, id: 8 } },
      { ...fromApp, senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } },
      { ...fromApp, senderFrame: { url: 'app://evil/index.html', parent: null } },
      { ...fromApp, senderFrame: { url: 'https://evil.test/', parent: null } },
      { ...fromApp, senderFrame: { url: page, parent: {} } },
      { ...fromApp, senderFrame: null }
    ]
    for (const event of strangers) {
      expect(() => invoke(IPC.appVersion, event)).toThrow(/sender is not Newsdeck's window/)
    }
  })

  it('fits FSRS parameters natively from a packed training set, with progress to the window', async () => {
    const set = buildTrainingSet(
      syntheticHistory({ params: [...SYNTHETIC_TRUTH], reviews: 1500, seed: 4 })
    )
    expect(await invoke(IPC.fsrsNative, fromApp)).toBe(true)
    const parameters = (await invoke(IPC.fsrsFit, fromApp, packTrainingSet(set))) as number[]
    expect(parameters).toHaveLength(21)
    expect(sent.at(-1)).toEqual([IPC.fsrsFitProgress, 1])
    await expect(invoke(IPC.fsrsFit, fromApp, new Uint8Array(8))).rejects.toThrow(/packed/)
    expect(() => invoke(IPC.fsrsFit, fromApp, 'bytes')).toThrow(/invalid arguments/)
  }, 60_000)

  it('writes a streamed export where the user chose, a piece at a time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-ipc-'))
    const path = join(dir, 'history.csv')
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path })
    const request = {
      suggestedName: '../history.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }]
    }
    const opened = (await invoke(IPC.saveStreamOpen, fromApp, request)) as { token: number }
    expect(electron.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: 'history.csv'
    })
    await invoke(IPC.saveStreamWrite, fromApp, opened.token, new TextEncoder().encode('a\n'))
    await invoke(IPC.saveStreamWrite, fromApp, opened.token, new TextEncoder().encode('b\n'))
    expect(await invoke(IPC.saveStreamClose, fromApp, opened.token, true)).toEqual({
      kind: 'saved',
      path
    })
    expect(await readFile(path, 'utf8')).toBe('a\nb\n')
    const tooBig = new Uint8Array(MAX_STREAM_CHUNK_BYTES + 1)
    expect(() => invoke(IPC.saveStreamWrite, fromApp, opened.token, tooBig)).toThrow(
      /invalid arguments/
    )
    expect(() => invoke(IPC.saveStreamWrite, fromApp, -1, new Uint8Array(1))).toThrow(
      /invalid arguments/
    )
    expect(() => invoke(IPC.saveStreamClose, fromApp, opened.token, 'yes')).toThrow(
      /invalid arguments/
    )
    expect(() => invoke(IPC.printToPdf, fromApp, '')).toThrow(/invalid arguments/)
  })

  it('refuses malformed arguments before doing anything', () => {
    expect(() => invoke(IPC.writeBackup, fromApp, 'not bytes')).toThrow(/invalid arguments/)
    expect(() => invoke(IPC.writeBackup, fromApp)).toThrow(/invalid arguments/)
    const gz = new Uint8Array([0x1f, 0x8b])
    expect(() => invoke(IPC.writeBackup, fromApp, gz)).toThrow(/invalid arguments/)
    expect(() => invoke(IPC.writeBackup, fromApp, gz, '../elsewhere')).toThrow(/invalid arguments/)
    expect(() => invoke(IPC.saveFile, fromApp, { suggestedName: 'x' })).toThrow(/invalid arguments/)
    expect(() => invoke(IPC.appVersion, fromApp, 'extra')).toThrow(/invalid arguments/)
    expect(backups.writeBackup).not.toHaveBeenCalled()
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('logging, clipboard and opened files', () => {
  it('logs a renderer error as the renderer’s, whatever the page claims', async () => {
    const report = { ...errorReport('renderer', 'error', new TypeError('x is undefined')) }
    await invoke(IPC.reportError, fromApp, { ...report, process: 'main' })
    expect(deps.logRendererError).toHaveBeenCalledWith({ ...report, process: 'renderer' })
    expect(() => invoke(IPC.reportError, fromApp, { message: 'no shape' })).toThrow(
      /invalid arguments/
    )
  })

  it('copies text to the clipboard, within a size cap', async () => {
    await invoke(IPC.copyText, fromApp, 'details')
    expect(electron.clipboard.writeText).toHaveBeenCalledWith('details')
    expect(() => invoke(IPC.copyText, fromApp, 'x'.repeat(MAX_COPY_CHARS + 1))).toThrow(
      /invalid arguments/
    )
    expect(() => invoke(IPC.copyText, { ...fromApp, sender: { ...sender, id: 9 } }, 'x')).toThrow(
      /not Newsdeck's window/
    )
    expect(electron.clipboard.writeText).toHaveBeenCalledTimes(1)
  })

  it('starts delivering opened files once the app page says it listens, to that page', () => {
    const ready = electron.listeners.get(IPC.openedFileReady)!
    ready({ ...fromApp, sender: { ...sender, id: 8 } })
    ready({ ...fromApp, senderFrame: { url: 'https://evil.test/', parent: null } })
    expect(deps.rendererListening).not.toHaveBeenCalled()
    ready(fromApp)
    const deliver = deps.rendererListening.mock.calls[0]?.[0] as (file: unknown) => void
    deliver({ kind: 'opened', name: 'a.txt', bytes: new Uint8Array([65]) })
    expect(sent).toEqual([
      [IPC.openedFile, { kind: 'opened', name: 'a.txt', bytes: new Uint8Array([65]) }]
    ])
  })
})

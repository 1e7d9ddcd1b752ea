import { beforeEach, describe, expect, it, vi } from 'vitest'

// The real 'electron' cannot load in plain Node here; the handlers only need these pieces.
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => {
        handlers.set(channel, fn)
      })
    },
    app: { getVersion: vi.fn(() => '1.2.3'), getPath: vi.fn(() => '/nonexistent-user-data') },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() }
  }
})
vi.mock('electron', () => electron)
const backups = vi.hoisted(() => ({ writeBackup: vi.fn() }))
vi.mock('./backups', () => backups)

import { IPC } from '../shared/ipc'
import { setupIpcHandlers } from './ipc-handlers'
import { appLocation } from './security'

const page = 'file:///app/out/renderer/index.html'
const window = { isDestroyed: () => false, webContents: { id: 7 } }
const fromApp = { sender: { id: 7 }, senderFrame: { url: page, parent: null } }

function invoke(channel: string, event: unknown, ...args: unknown[]): unknown {
  const handler = electron.handlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return handler(event, ...args)
}

beforeEach(() => {
  electron.handlers.clear()
  backups.writeBackup.mockReset()
  setupIpcHandlers(appLocation(undefined, page), () => window as never)
})

describe('setupIpcHandlers', () => {
  it('registers every invoke channel of the contract, and only those', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(
      [IPC.openArticleFile, IPC.saveFile, IPC.appVersion, IPC.writeBackup].sort()
    )
  })

  it('answers the app’s own window', async () => {
    expect(await invoke(IPC.appVersion, fromApp)).toBe('1.2.3')
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await invoke(IPC.openArticleFile, fromApp)).toEqual({ kind: 'cancelled' })
  })

  it('stores backups under userData/backups with the current time', async () => {
    backups.writeBackup.mockResolvedValue({ kind: 'saved', path: 'x' })
    const bytes = new Uint8Array([0x1f, 0x8b])
    await invoke(IPC.writeBackup, fromApp, bytes)
    const [dir, passed, now] = backups.writeBackup.mock.calls[0] ?? []
    expect(dir).toMatch(/nonexistent-user-data[\\/]backups$/)
    expect(passed).toBe(bytes)
    expect(now).toBeInstanceOf(Date)
  })

  it('refuses a sender that is not the app’s page in the main window', () => {
    const strangers = [
      { ...fromApp, sender: { id: 8 } },
      { ...fromApp, senderFrame: { url: 'https://evil.test/', parent: null } },
      { ...fromApp, senderFrame: { url: page, parent: {} } },
      { ...fromApp, senderFrame: null }
    ]
    for (const event of strangers) {
      expect(() => invoke(IPC.appVersion, event)).toThrow(/sender is not Newsdeck's window/)
    }
  })

  it('refuses malformed arguments before doing anything', () => {
    expect(() => invoke(IPC.writeBackup, fromApp, 'not bytes')).toThrow(/invalid arguments/)
    expect(() => invoke(IPC.writeBackup, fromApp)).toThrow(/invalid arguments/)
    expect(() => invoke(IPC.saveFile, fromApp, { suggestedName: 'x' })).toThrow(/invalid arguments/)
    expect(() => invoke(IPC.appVersion, fromApp, 'extra')).toThrow(/invalid arguments/)
    expect(backups.writeBackup).not.toHaveBeenCalled()
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})

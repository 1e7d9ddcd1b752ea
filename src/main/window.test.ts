import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// A stand-in for the pieces of Electron window.ts touches; the real module needs its binary.
const electron = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; loaded: string[] }[] = []
  class BrowserWindow {
    private readonly emitter = new EventEmitter()
    readonly loaded: string[] = []
    shown = false
    constructor(readonly options: Record<string, unknown>) {
      created.push(this)
    }
    once(name: string, fn: () => void): void {
      this.emitter.once(name, fn)
    }
    emit(name: string): void {
      this.emitter.emit(name)
    }
    show(): void {
      this.shown = true
    }
    loadFile(path: string): Promise<void> {
      this.loaded.push(path)
      return Promise.resolve()
    }
    loadURL(url: string): Promise<void> {
      this.loaded.push(url)
      return Promise.resolve()
    }
  }
  const ses = {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn()
  }
  return { created, BrowserWindow, session: { defaultSession: ses } }
})
vi.mock('electron', () => electron)

import { createMainWindow, lockDownContents, setupSessionSecurity } from './window'
import { appLocation } from './security'

const page = 'file:///app/out/renderer/index.html'
const location = appLocation(undefined, page)
const paths = { preload: '/app/out/preload/index.js', indexHtml: '/app/out/renderer/index.html' }

beforeEach(() => {
  electron.created.length = 0
})

describe('createMainWindow', () => {
  it('isolates and sandboxes the renderer and loads the built page', () => {
    createMainWindow(location, paths)
    const win = electron.created[0] as unknown as InstanceType<typeof electron.BrowserWindow>
    expect(win.options.webPreferences).toMatchObject({
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false
    })
    expect(win.loaded).toEqual([paths.indexHtml])
  })

  it('stays hidden until ready-to-show', () => {
    const win = createMainWindow(location, paths) as unknown as InstanceType<
      typeof electron.BrowserWindow
    >
    expect(win.options.show).toBe(false)
    expect(win.shown).toBe(false)
    win.emit('ready-to-show')
    expect(win.shown).toBe(true)
  })

  it('loads the dev server in development', () => {
    const win = createMainWindow(appLocation('http://localhost:5173/', page), paths) as unknown as {
      loaded: string[]
    }
    expect(win.loaded).toEqual(['http://localhost:5173/'])
  })
})

describe('lockDownContents', () => {
  function contents() {
    const emitter = new EventEmitter()
    let openHandler: (() => unknown) | undefined
    const stub = {
      on: (name: string, fn: (...a: unknown[]) => void) => emitter.on(name, fn),
      setWindowOpenHandler: (fn: () => unknown) => {
        openHandler = fn
      }
    }
    lockDownContents(stub as never, location)
    const fire = (name: string, url?: string): boolean => {
      const event = { preventDefault: vi.fn() }
      emitter.emit(name, event, url)
      return event.preventDefault.mock.calls.length > 0
    }
    return { fire, openHandler: () => openHandler?.() }
  }

  it('blocks navigation and redirects away from the app page, allows a reload', () => {
    const c = contents()
    expect(c.fire('will-navigate', 'https://example.com/')).toBe(true)
    expect(c.fire('will-redirect', 'file:///etc/passwd')).toBe(true)
    expect(c.fire('will-navigate', page)).toBe(false)
  })

  it('denies every new window and every webview', () => {
    const c = contents()
    expect(c.openHandler()).toEqual({ action: 'deny' })
    expect(c.fire('will-attach-webview')).toBe(true)
  })
})

describe('setupSessionSecurity', () => {
  it('sets the CSP header on responses and denies permissions', () => {
    setupSessionSecurity()
    const ses = electron.session.defaultSession
    const onHeaders = ses.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      d: unknown,
      cb: (r: { responseHeaders: Record<string, string[]> }) => void
    ) => void
    const callback = vi.fn()
    onHeaders({ responseHeaders: {} }, callback)
    const headers = callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>
    expect(headers['Content-Security-Policy']?.[0]).toContain("script-src 'self'")
    const request = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (...a: unknown[]) => void
    const granted = vi.fn()
    request({}, 'media', granted)
    expect(granted).toHaveBeenCalledWith(false)
    const check = ses.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean
    expect(check()).toBe(false)
  })
})

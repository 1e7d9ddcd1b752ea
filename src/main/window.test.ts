import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// A stand-in for the pieces of Electron window.ts touches; the real module needs its binary.
const electron = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; loaded: string[] }[] = []
  class BrowserWindow {
    private readonly emitter = new EventEmitter()
    readonly loaded: string[] = []
    shown = false
    maximized = false
    normalBounds = { x: 10, y: 20, width: 900, height: 700 }
    constructor(readonly options: Record<string, unknown>) {
      created.push(this)
    }
    on(name: string, fn: () => void): void {
      this.emitter.on(name, fn)
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
    maximize(): void {
      this.maximized = true
    }
    isMaximized(): boolean {
      return this.maximized
    }
    getNormalBounds() {
      return this.normalBounds
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

import {
  createMainWindow,
  lockDownContents,
  setupSessionSecurity,
  trackWindowState
} from './window'
import { appLocation } from './security'

type FakeWindow = InstanceType<typeof electron.BrowserWindow>

const page = 'app://newsdeck/index.html'
const location = appLocation(undefined, page)
const paths = { preload: '/app/out/preload/index.js' }
const bounds = { x: 40, y: 30, width: 1000, height: 700, maximized: false }

beforeEach(() => {
  electron.created.length = 0
})

describe('createMainWindow', () => {
  it('isolates and sandboxes the renderer and loads the app page over app://', () => {
    const win = createMainWindow(location, paths, bounds) as unknown as FakeWindow
    expect(win.options.webPreferences).toMatchObject({
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
    expect(win.loaded).toEqual([page])
  })

  it('opens where it was left, hidden until ready-to-show', () => {
    const win = createMainWindow(location, paths, bounds) as unknown as FakeWindow
    expect(win.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700, show: false })
    expect(win.options).not.toHaveProperty('maximized')
    expect(win.shown).toBe(false)
    win.emit('ready-to-show')
    expect([win.shown, win.maximized]).toEqual([true, false])
  })

  it('maximises again if it was maximised', () => {
    const win = createMainWindow(location, paths, {
      ...bounds,
      maximized: true
    }) as unknown as FakeWindow
    win.emit('ready-to-show')
    expect([win.shown, win.maximized]).toEqual([true, true])
  })

  it('loads the dev server in development', () => {
    const dev = appLocation('http://localhost:5173/', page)
    const win = createMainWindow(dev, paths, bounds) as unknown as FakeWindow
    expect(win.loaded).toEqual(['http://localhost:5173/'])
  })
})

describe('trackWindowState', () => {
  it('saves the normal bounds and the maximised state as the window closes', () => {
    const win = createMainWindow(location, paths, bounds) as unknown as FakeWindow
    const save = vi.fn()
    trackWindowState(win as never, save)
    win.maximized = true
    win.emit('close')
    expect(save).toHaveBeenCalledWith({
      bounds: { x: 10, y: 20, width: 900, height: 700 },
      maximized: true
    })
  })
})

describe('lockDownContents', () => {
  function contents() {
    const emitter = new EventEmitter()
    let openHandler: ((details: { url: string }) => unknown) | undefined
    const stub = {
      on: (name: string, fn: (...a: unknown[]) => void) => emitter.on(name, fn),
      setWindowOpenHandler: (fn: (details: { url: string }) => unknown) => {
        openHandler = fn
      }
    }
    const links = { open: vi.fn(), refused: vi.fn() }
    lockDownContents(stub as never, location, links)
    const fire = (name: string, url?: string): boolean => {
      const event = { preventDefault: vi.fn() }
      emitter.emit(name, event, url)
      return event.preventDefault.mock.calls.length > 0
    }
    const input = (type: string, key?: string): void => {
      emitter.emit(type === 'keyDown' ? 'before-input-event' : 'input-event', {}, { type, key })
    }
    return { fire, input, links, openWindow: (url: string) => openHandler?.({ url }) }
  }

  it('blocks navigation and redirects away from the app page, allows a reload', () => {
    const c = contents()
    expect(c.fire('will-navigate', 'https://example.com/')).toBe(true)
    expect(c.fire('will-redirect', 'file:///etc/passwd')).toBe(true)
    expect(c.fire('will-navigate', 'app://newsdeck/../../etc/passwd')).toBe(true)
    expect(c.fire('will-navigate', `${page}#/review`)).toBe(false)
  })

  it('denies every new window and every webview', () => {
    const c = contents()
    expect(c.openWindow('app://newsdeck/index.html')).toEqual({ action: 'deny' })
    expect(c.fire('will-attach-webview')).toBe(true)
  })

  it('opens a web link in the browser right after a click, still in no window of ours', () => {
    const c = contents()
    c.input('mouseUp')
    expect(c.openWindow('https://www.example.org/story')).toEqual({ action: 'deny' })
    expect(c.links.open).toHaveBeenCalledWith('https://www.example.org/story')
  })

  it('opens a link after Enter, and a link navigated to in the page after a click', () => {
    const c = contents()
    c.input('keyDown', 'Enter')
    c.openWindow('https://a.example.org/')
    c.input('mouseUp')
    expect(c.fire('will-navigate', 'https://b.example.org/')).toBe(true)
    expect(c.links.open.mock.calls).toEqual([
      ['https://a.example.org/'],
      ['https://b.example.org/']
    ])
  })

  it('opens nothing the user did not just click, and nothing but http(s)', () => {
    const c = contents()
    c.openWindow('https://www.example.org/popup')
    c.input('mouseMove')
    c.input('keyDown', 'a')
    c.openWindow('https://www.example.org/popup')
    c.input('mouseUp')
    c.openWindow('file:///etc/passwd')
    c.input('mouseUp')
    c.openWindow('smb://server/share')
    expect(c.links.open).not.toHaveBeenCalled()
    expect(c.links.refused.mock.calls.map(([url, why]) => `${url}: ${why}`)).toEqual([
      'https://www.example.org/popup: no click or key press just before',
      'https://www.example.org/popup: no click or key press just before',
      'file:///etc/passwd: not an http(s) link',
      'smb://server/share: not an http(s) link'
    ])
  })

  it('opens one link per click, so a click cannot open a burst of pages', () => {
    const c = contents()
    c.input('mouseUp')
    c.openWindow('https://one.example.org/')
    c.openWindow('https://two.example.org/')
    expect(c.links.open.mock.calls).toEqual([['https://one.example.org/']])
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

import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'

// electron-log/main and electron both need the Electron binary; these stand-ins record calls.
const mocks = vi.hoisted(() => {
  const handlers = new Map<string, ((...args: unknown[]) => void)[]>()
  const app = {
    isPackaged: true,
    getVersion: () => '0.1.0',
    setAppLogsPath: () => {},
    getPath: (name: string) => `/home/me/.config/Newsdeck/${name}`,
    on(name: string, fn: (...args: unknown[]) => void) {
      handlers.set(name, [...(handlers.get(name) ?? []), fn])
    },
    emit(name: string, ...args: unknown[]) {
      for (const fn of handlers.get(name) ?? []) fn(...args)
    }
  }
  const log = {
    transports: {
      file: {
        level: 'silly' as string | false,
        maxSize: 0,
        archiveLogFn: (_file: unknown) => {},
        resolvePathFn: (): string => '',
        getFile: () => ({ path: '/home/me/.config/Newsdeck/logs/main.log' })
      },
      console: { level: 'silly' as string | false }
    },
    info: vi.fn(),
    warn: vi.fn(),
    error: vi.fn()
  }
  return { app, log }
})
vi.mock('electron', () => ({ app: mocks.app }))
vi.mock('electron-log/main', () => ({ default: mocks.log }))

import { LOG_MAX_BYTES } from './log-rotation'
import { logRendererError, logsFolder, setupLogging } from './logging'

describe('setupLogging', () => {
  it('writes a rotating log file, and nothing to a terminal in a packaged app', () => {
    setupLogging(vi.fn(), new EventEmitter())
    expect(mocks.log.transports.file.maxSize).toBe(LOG_MAX_BYTES)
    expect(mocks.log.transports.file.level).toBe('info')
    expect(mocks.log.transports.console.level).toBe(false)
    expect(mocks.log.transports.file.resolvePathFn()).toBe(
      '/home/me/.config/Newsdeck/logs/main.log'
    )
    expect(mocks.log.info).toHaveBeenCalledWith(expect.stringMatching(/^Newsdeck 0\.1\.0 starting/))
  })

  it('logs an uncaught error in main and tells the user', () => {
    const notify = vi.fn()
    const proc = new EventEmitter()
    setupLogging(notify, proc)
    proc.emit('uncaughtException', new Error('main broke'))
    expect(mocks.log.error).toHaveBeenCalledWith(
      expect.stringMatching(/^\[main\] uncaught error: Error: main broke/)
    )
    expect(notify).toHaveBeenCalledWith(
      expect.objectContaining({ process: 'main', message: 'Error: main broke' })
    )
  })

  it('logs a crashed renderer', () => {
    setupLogging(vi.fn(), new EventEmitter())
    mocks.app.emit(
      'render-process-gone',
      {},
      {},
      {
        reason: 'crashed',
        exitCode: 139
      }
    )
    expect(mocks.log.error).toHaveBeenCalledWith('[renderer] process gone: crashed (exit code 139)')
  })
})

describe('logRendererError and logsFolder', () => {
  it('logs renderer errors and finds the folder the log file is in', () => {
    logRendererError({ process: 'renderer', kind: 'error', message: 'E: x', stack: null })
    expect(mocks.log.error).toHaveBeenCalledWith('[renderer] uncaught error: E: x')
    expect(logsFolder()).toBe('/home/me/.config/Newsdeck/logs')
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import type { OpenArticleResult } from '@shared/ipc'
import { errorReport } from '@shared/error-report'
import { desktopShell, webShell } from './shell'
import { fakeApi } from './test-support'

const report = errorReport('renderer', 'error', new Error('boom'))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('desktop shell', () => {
  it('hands an article the OS opened to the listener as a picked file', () => {
    let send: (file: OpenArticleResult) => void = () => {}
    const shell = desktopShell(
      fakeApi({
        onOpenedFile: (listener) => {
          send = listener
          return () => {}
        }
      })
    )
    const seen = vi.fn()
    shell.onOpenedFile(seen)
    const bytes = new TextEncoder().encode('Title\n\nBody.')
    send({ kind: 'opened', name: 'story.txt', bytes })
    send({ kind: 'error', message: 'story.txt is too large' })
    expect(seen.mock.calls).toEqual([
      [{ kind: 'picked', file: { name: 'story.txt', bytes } }],
      [{ kind: 'error', message: 'story.txt is too large' }]
    ])
  })

  it('logs errors through main, and never throws if that fails', async () => {
    const reportError = vi.fn(async () => {})
    await desktopShell(fakeApi({ reportError })).reportError(report)
    expect(reportError).toHaveBeenCalledWith(report)
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const failing = desktopShell(fakeApi({ reportError: () => Promise.reject(new Error('gone')) }))
    await expect(failing.reportError(report)).resolves.toBeUndefined()
  })

  it('copies through main', async () => {
    const copyText = vi.fn(async () => {})
    await desktopShell(fakeApi({ copyText })).copyText('details')
    expect(copyText).toHaveBeenCalledWith('details')
  })
})

describe('web shell', () => {
  it('logs to the console and copies with the browser clipboard', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const writeText = vi.fn(async () => {})
    const shell = webShell({ writeText })
    await shell.reportError(report)
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('Error: boom'))
    await shell.copyText('details')
    expect(writeText).toHaveBeenCalledWith('details')
    expect(shell.isDesktop).toBe(false)
  })

  it('says so when there is no clipboard (an insecure origin)', async () => {
    await expect(webShell(undefined).copyText('x')).rejects.toThrow(/no clipboard/)
  })
})

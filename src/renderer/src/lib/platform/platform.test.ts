import { describe, expect, it, vi } from 'vitest'
import type { NewsdeckApi } from '@shared/ipc'
import { desktopPlatform, webPlatform, type BrowserHooks } from './index'
import { fakeApi as baseApi } from './test-support'

const bytes = new TextEncoder().encode('Title\n\nBody.')

/** The desktop API with an opened article and a save dialog that saves. */
function fakeApi(overrides: Partial<NewsdeckApi> = {}): NewsdeckApi {
  return baseApi({
    openArticleFile: async () => ({ kind: 'opened', name: 'a.txt', bytes }),
    saveFile: async () => ({ kind: 'saved', path: '/home/me/deck.csv' }),
    ...overrides
  })
}

function fakeHooks(file: File | null): BrowserHooks & { downloads: string[] } {
  const downloads: string[] = []
  const stored = new Map<string, string>()
  return {
    downloads,
    version: 'web-test',
    session: {
      getItem: (k) => stored.get(k) ?? null,
      setItem: (k, v) => void stored.set(k, v),
      removeItem: (k) => void stored.delete(k)
    },
    chooseFile: async () => file,
    download: (name) => downloads.push(name),
    print: () => downloads.push('print')
  }
}

describe('desktop platform', () => {
  it('opens files through the main process dialog', async () => {
    const result = await desktopPlatform(fakeApi()).pickArticleFile()
    expect(result).toEqual({ kind: 'picked', file: { name: 'a.txt', bytes } })
  })

  it("passes main's error message through unchanged", async () => {
    const api = fakeApi({ openArticleFile: async () => ({ kind: 'error', message: 'Too large' }) })
    expect(await desktopPlatform(api).pickArticleFile()).toEqual({
      kind: 'error',
      message: 'Too large'
    })
  })

  it('saves through the save dialog and reports where', async () => {
    const saved = await desktopPlatform(fakeApi()).saveFile({
      suggestedName: 'deck.csv',
      bytes,
      mimeType: 'text/csv',
      filters: []
    })
    expect(saved).toEqual({ kind: 'saved', where: '/home/me/deck.csv' })
  })

  it('forwards menu commands to listeners', () => {
    const listeners: Array<(c: 'go-review') => void> = []
    const api = fakeApi({
      onMenuCommand: (l) => {
        listeners.push(l as (c: 'go-review') => void)
        return () => {}
      }
    })
    const seen = vi.fn()
    desktopPlatform(api).onMenuCommand(seen)
    listeners[0]!('go-review')
    expect(seen).toHaveBeenCalledWith('go-review')
  })
  it('keeps a sync password encrypted by main, and says when the system cannot', async () => {
    const kept = new Map<string, string>()
    const api = fakeApi({
      keepSyncPassword: async (account, password) => {
        if (password === null) kept.delete(account)
        else kept.set(account, password)
        return true
      },
      keptSyncPassword: async (account) => kept.get(account) ?? null
    })
    const desktop = desktopPlatform(api)
    expect(await desktop.keepSyncPassword('acct', 'pw')).toBe('device')
    expect(await desktop.keptSyncPassword('acct')).toBe('pw')
    const noKeychain = desktopPlatform(fakeApi({ keepSyncPassword: async () => false }))
    expect(await noKeychain.keepSyncPassword('acct', 'pw')).toBe('none')
  })
})

describe('web platform (no window.api)', () => {
  it('reads the file the browser file input chose', async () => {
    const file = new File([bytes], 'article.txt', { type: 'text/plain' })
    const result = await webPlatform(fakeHooks(file)).pickArticleFile()
    expect(result.kind).toBe('picked')
    if (result.kind === 'picked') {
      expect(result.file.name).toBe('article.txt')
      expect(new TextDecoder().decode(result.file.bytes)).toBe('Title\n\nBody.')
    }
  })

  it('reports a cancelled file chooser as cancelled', async () => {
    expect(await webPlatform(fakeHooks(null)).pickArticleFile()).toEqual({ kind: 'cancelled' })
  })

  it('saves by downloading under the suggested name', async () => {
    const hooks = fakeHooks(null)
    const result = await webPlatform(hooks).saveFile({
      suggestedName: 'newsdeck-export.csv',
      bytes,
      mimeType: 'text/csv',
      filters: []
    })
    expect(hooks.downloads).toEqual(['newsdeck-export.csv'])
    expect(result.kind).toBe('saved')
  })

  it('keeps no desktop backups and says so by cancelling', async () => {
    expect(await webPlatform(fakeHooks(null)).writeBackup(bytes)).toEqual({ kind: 'cancelled' })
    expect(webPlatform(fakeHooks(null)).isDesktop).toBe(false)
  })

  it('offers no sync folder: a page has no folder to keep in step', () => {
    expect(webPlatform(fakeHooks(null)).syncFolder).toBeNull()
  })

  it('downloads the copy taken before a restore, under its own dated name', async () => {
    const hooks = fakeHooks(null)
    const result = await webPlatform(hooks).writeBackup(bytes, 'before-restore')
    expect(hooks.downloads).toHaveLength(1)
    expect(hooks.downloads[0]).toMatch(
      /^newsdeck-before-restore-\d{4}-\d\d-\d\dT[\d-]{8}Z\.json\.gz$/
    )
    expect(result).toEqual({
      kind: 'saved',
      where: `your downloads folder as ${hooks.downloads[0]}`
    })
  })

  it('keeps a sync password for this tab only, per account, and forgets it', async () => {
    const web = webPlatform(fakeHooks(null))
    expect(await web.keptSyncPassword('https://a.example/\u0000ann')).toBeNull()
    expect(await web.keepSyncPassword('https://a.example/\u0000ann', 'pw')).toBe('session')
    expect(await web.keptSyncPassword('https://a.example/\u0000ann')).toBe('pw')
    expect(await web.keptSyncPassword('https://b.example/\u0000ann')).toBeNull()
    expect(await web.keepSyncPassword('https://a.example/\u0000ann', null)).toBe('none')
    expect(await web.keptSyncPassword('https://a.example/\u0000ann')).toBeNull()
    // Where the browser refuses storage, nothing is kept and nothing fails.
    const refused = webPlatform({ ...fakeHooks(null), session: null })
    expect(await refused.keepSyncPassword('x', 'pw')).toBe('none')
    expect(await refused.keptSyncPassword('x')).toBeNull()
  })
})

describe('the desktop’s sync folder', () => {
  it('asks main for the folder and hands each file call to it as it is', async () => {
    const calls: unknown[][] = []
    const folder = desktopPlatform(
      fakeApi({
        chooseSyncFolder: async () => '/home/me/Sync',
        syncFolderWrite: async (...args) => {
          calls.push(args)
          return { kind: 'done', value: 'written' }
        },
        syncFolderList: async () => ({ kind: 'error', problem: 'unreachable', message: 'gone' })
      })
    ).syncFolder
    expect(await folder?.choose()).toBe('/home/me/Sync')
    expect(await folder?.syncFolderWrite('/s', 'aaaaaaaa', '00000001.json', bytes)).toEqual({
      kind: 'done',
      value: 'written'
    })
    expect(calls).toEqual([['/s', 'aaaaaaaa', '00000001.json', bytes]])
    expect(await folder?.syncFolderList('/s', 'aaaaaaaa')).toMatchObject({ problem: 'unreachable' })
  })
})

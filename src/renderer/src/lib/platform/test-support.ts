import type { NewsdeckApi } from '@shared/ipc'

/** A preload API for tests: every method answers something harmless unless overridden. */
export function fakeApi(overrides: Partial<NewsdeckApi> = {}): NewsdeckApi {
  return {
    openArticleFile: async () => ({ kind: 'cancelled' }),
    saveFile: async () => ({ kind: 'cancelled' }),
    appVersion: async () => '1.2.3',
    writeBackup: async () => ({ kind: 'saved', path: '/data/backups/b.json.gz' }),
    reportError: async () => {},
    copyText: async () => {},
    onMenuCommand: () => () => {},
    onOpenedFile: () => () => {},
    onMainError: () => () => {},
    onFlushRequest: () => () => {},
    fsrsNativeAvailable: async () => false,
    fitFsrsParameters: async () => {
      throw new Error('no native optimizer in this test')
    },
    onFitProgress: () => () => {},
    saveStreamOpen: async () => ({ kind: 'cancelled' }),
    saveStreamWrite: async () => {},
    saveStreamClose: async () => ({ kind: 'cancelled' }),
    printToPdf: async () => ({ kind: 'cancelled' }),
    keepSyncPassword: async () => false,
    keptSyncPassword: async () => null,
    chooseSyncFolder: async () => null,
    syncFolderDevices: async () => ({ kind: 'done', value: [] }),
    syncFolderList: async () => ({ kind: 'done', value: [] }),
    syncFolderRead: async () => ({ kind: 'error', problem: 'server', message: 'no folder here' }),
    syncFolderWrite: async () => ({ kind: 'done', value: 'written' }),
    ...overrides
  }
}

/** Makes this window look like the desktop app's: what the preload does, for tests elsewhere. */
export function installDesktopApi(api: NewsdeckApi): void {
  window.api = api
}

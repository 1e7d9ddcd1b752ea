// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { errorReport } from '@shared/error-report'
import type { NewsdeckApi } from '@shared/ipc'
import { inPlaceBackupClient, useBackupClient } from '../backup/backup-client'
import { BackupJobs } from '../backup/backup-jobs'
import { restoreLibrary } from '../db/backup-repo'
import { useImportEngine } from '../generation/import-engine'
import { inPlaceImportEngine } from '../generation/test-support'
import { freshDatabase } from '../db/test-support'
import { library } from '@core/export/sample-library'
import { fakeApi, installDesktopApi } from '../platform/test-support'
import { app } from './app.svelte'
import { importFlow } from './import-flow.svelte'
import { router } from './router.svelte'

/**
 * The app-wide state on the desktop, against a fake preload API: what the File menu's commands,
 * an article opened from the OS and unhandled errors lead to, as the user would see it.
 */
const api = {
  saveFile: vi.fn<NewsdeckApi['saveFile']>(async () => ({ kind: 'saved', path: '/home/me/x' })),
  writeBackup: vi.fn<NewsdeckApi['writeBackup']>(async () => ({
    kind: 'saved',
    path: '/home/me/.config/Newsdeck/backups/newsdeck-backup-2026-01-05.json.gz'
  })),
  reportError: vi.fn<NewsdeckApi['reportError']>(async () => {}),
  saveStreamOpen: vi.fn<NewsdeckApi['saveStreamOpen']>(async () => ({ kind: 'opened', token: 1 })),
  saveStreamWrite: vi.fn<NewsdeckApi['saveStreamWrite']>(async () => {}),
  saveStreamClose: vi.fn<NewsdeckApi['saveStreamClose']>(async () => ({
    kind: 'saved',
    path: '/home/me/revlog.csv'
  }))
}
installDesktopApi(fakeApi(api))
// jsdom has no workers: the import and backup workers' jobs run in place.
useImportEngine(inPlaceImportEngine())
useBackupClient(inPlaceBackupClient(new BackupJobs()))

// Vitest runs from the repository root.
const article = readFileSync(join(process.cwd(), 'e2e/fixtures/harbour-bridge.txt'))

beforeEach(async () => {
  await freshDatabase()
  await restoreLibrary(library())
  vi.clearAllMocks()
  app.notices.dismiss()
  importFlow.reset()
})

describe('desktop commands and events', () => {
  it('takes an article the OS opened to the import preview, with its cards', async () => {
    router.go({ name: 'library' })
    await app.importPicked({
      kind: 'picked',
      file: { name: 'harbour-bridge.txt', bytes: new Uint8Array(article) }
    })
    expect(router.route.name).toBe('import')
    expect(importFlow.phase).toBe('review')
    expect(importFlow.preview?.article.title).toBe(
      'Harbour city approves new tram line after year-long debate'
    )
    expect(importFlow.drafts.length).toBeGreaterThan(4)
    // Generation runs in place here (jsdom has no Worker): seconds on a busy machine.
  }, 30_000)

  it('shows why an opened file was refused, on the import screen', async () => {
    await app.importPicked({ kind: 'error', message: 'huge.txt is too large (6 MB).' })
    expect(router.route.name).toBe('import')
    expect(importFlow.error).toBe('huge.txt is too large (6 MB).')
  })

  it('File › Back up now writes a backup through main and says where', async () => {
    app.runCommand('backup-now')
    await vi.waitFor(() => expect(app.notices.current).not.toBeNull())
    const [bytes, kind] = api.writeBackup.mock.calls[0] ?? []
    expect([bytes?.[0], bytes?.[1]]).toEqual([0x1f, 0x8b])
    expect(kind).toBe('daily')
    expect(app.notices.current).toEqual({
      kind: 'ok',
      text: 'Backup saved to /home/me/.config/Newsdeck/backups/newsdeck-backup-2026-01-05.json.gz.'
    })
  })

  it('File › Export › Review history streams the CSV to the file chosen', async () => {
    app.runCommand('export-history')
    await vi.waitFor(() => expect(app.notices.current?.text).toBe('Saved to /home/me/revlog.csv.'))
    expect(api.saveFile).not.toHaveBeenCalled()
    expect(api.saveStreamOpen.mock.calls[0]?.[0].suggestedName).toMatch(
      /^newsdeck-review-history-\d{4}-\d{2}-\d{2}\.csv$/
    )
    const written = new TextDecoder().decode(api.saveStreamWrite.mock.calls[0]?.[1])
    expect(written).toMatch(/^\uFEFF?card id,article,reviewed at,/)
    expect(api.saveStreamClose).toHaveBeenCalledWith(1, true)
  })

  it('File › Export › History for the FSRS tools streams the CSV to the file chosen', async () => {
    app.runCommand('export-fsrs-history')
    await vi.waitFor(() => expect(app.notices.current?.text).toBe('Saved to /home/me/revlog.csv.'))
    expect(api.saveStreamOpen.mock.calls[0]?.[0].suggestedName).toMatch(
      /^newsdeck-revlog-\d{4}-\d{2}-\d{2}\.csv$/
    )
    const written = new TextDecoder().decode(api.saveStreamWrite.mock.calls[0]?.[1])
    expect(written).toMatch(/^card_id,review_time,review_rating,review_state,review_duration\n/)
    expect(api.saveStreamClose).toHaveBeenCalledWith(1, true)
  })

  it('logs a renderer error through main and shows the notice; an error main sent is only shown', () => {
    const report = errorReport('renderer', 'error', new TypeError('x is undefined'))
    app.reportError(report)
    expect(api.reportError).toHaveBeenCalledWith(report)
    expect(app.notices.current?.text).toMatch(/^Something went wrong: TypeError: x is undefined\./)
    expect(app.notices.current?.text).toContain('Help › Open logs folder')
    api.reportError.mockClear()
    app.reportError(errorReport('main', 'rejection', new Error('disk full')), false)
    expect(api.reportError).not.toHaveBeenCalled()
    expect(app.notices.current?.details).toContain('main process, unhandled promise rejection')
  })
})

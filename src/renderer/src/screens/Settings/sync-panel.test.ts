// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import { database } from '../../lib/db/database'
import { loadSyncTarget } from '../../lib/db/sync-repo'
import { freshDatabase } from '../../lib/db/test-support'
import type { Platform } from '../../lib/platform'
import { SyncPanel } from './sync-panel.svelte'
import SyncTargetFields from './SyncTargetFields.svelte'

const web = { isDesktop: false, syncFolder: null } as Platform
const desktop = {
  isDesktop: true,
  syncFolder: { choose: async () => '/home/ann/Sync' }
} as unknown as Platform

describe('Settings › Sync’s target', () => {
  it('offers the folder in the desktop app: chosen in a dialog, shown, with no password', async () => {
    const panel = new SyncPanel(desktop)
    render(SyncTargetFields, { panel })
    expect(screen.getByLabelText('WebDAV folder address')).toBeInTheDocument()
    await fireEvent.click(screen.getByLabelText(/A folder kept in step/))
    expect(panel.kind).toBe('folder')
    expect(screen.queryByLabelText('Password')).toBeNull()
    expect(panel.ready).toBe(false)
    await fireEvent.click(screen.getByRole('button', { name: 'Choose folder…' }))
    await expect
      .poll(() => screen.getByTestId('sync-folder').textContent)
      .toContain('/home/ann/Sync')
    expect(panel.ready).toBe(true)
  })

  it('shows the folder disabled in the web build, and says why', () => {
    const panel = new SyncPanel(web)
    render(SyncTargetFields, { panel })
    expect(screen.getByLabelText(/A folder kept in step/)).toBeDisabled()
    expect(screen.getByLabelText(/A folder kept in step/)).toHaveAccessibleDescription(
      /desktop app only/
    )
    expect(screen.getByTestId('sync-folder-desktop-only')).toHaveTextContent(/desktop app only/)
    expect(screen.getByLabelText('Password')).toBeInTheDocument()
  })

  it('keeps the chosen folder as the target, and reads an old WebDAV one as WebDAV', async () => {
    await freshDatabase()
    const panel = new SyncPanel(desktop)
    panel.kind = 'folder'
    await panel.chooseFolder()
    panel.everyMinutes = 5
    await panel.saveInterval()
    expect(await loadSyncTarget()).toEqual({
      kind: 'folder',
      folder: '/home/ann/Sync',
      everyMinutes: 5
    })
    const again = new SyncPanel(desktop)
    await again.load()
    expect([again.kind, again.folder]).toEqual(['folder', '/home/ann/Sync'])

    await database().settings.put({
      key: 'sync-target',
      value: { url: 'https://cloud.example/dav/', user: 'ann' }
    })
    const old = new SyncPanel(desktop)
    await old.load()
    expect([old.kind, old.url, old.user]).toEqual(['webdav', 'https://cloud.example/dav/', 'ann'])
  })
})

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { saveSyncTarget } from '../db/sync-repo'
import { libraryWithCards } from '../db/test-support'
import type { PasswordKept, Platform } from '../platform'
import { SyncSession, syncAccount } from './sync-session.svelte'
import { describeWithWebDav } from '../sync/test-support'

const NOW = new Date(2026, 0, 12, 9, 0, 0).getTime()

/** A platform that keeps passwords in a map, as the web build keeps them for a tab. */
function keeping(): { platform: Platform; kept: Map<string, string> } {
  const kept = new Map<string, string>()
  const platform = {
    isDesktop: false,
    keepSyncPassword: async (account: string, password: string | null): Promise<PasswordKept> => {
      if (password === null) kept.delete(account)
      else kept.set(account, password)
      return password === null ? 'none' : 'session'
    },
    keptSyncPassword: async (account: string) => kept.get(account) ?? null
  } as Platform
  return { platform, kept }
}

describe('syncing on start', () => {
  it('does nothing without a server, or without a kept password', async () => {
    await libraryWithCards(1, NOW)
    const { platform, kept } = keeping()
    const session = new SyncSession(() => platform)
    await session.start()
    expect(session.last).toBeNull()
    await saveSyncTarget({ url: 'http://127.0.0.1:9/', user: 'ann' })
    await session.start()
    expect(session.busy).toBe(false)
    expect(session.error).toBeNull()
    expect(kept.size).toBe(0)
  })
})

describeWithWebDav('syncing on start through apache2', (server) => {
  it('keeps the password that worked, and syncs with it when the app starts again', async () => {
    await libraryWithCards(2, NOW)
    const { platform, kept } = keeping()
    const target = { url: server.url, user: server.user, everyMinutes: 0 }
    const first = new SyncSession(() => platform)
    await first.syncNow(target, server.password)
    expect(first.error).toBeNull()
    expect(first.kept).toBe('session')
    expect(kept.get(syncAccount(target))).toBe(server.password)

    // The app starts again (a reload): the new session finds the password and syncs.
    const again = new SyncSession(() => platform)
    expect(again.last).toBeNull()
    await again.start()
    expect(again.error).toBeNull()
    expect(again.last).not.toBeNull()
    expect(again.kept).toBe('session')

    // "Forget the password": nothing is kept, and the next start does not sync.
    again.forgetPassword()
    await expect.poll(() => kept.size).toBe(0)
    expect(again.kept).toBeNull()
    const third = new SyncSession(() => platform)
    await third.start()
    expect(third.last).toBeNull()
  })

  it('forgets a password the server refuses, and stops', async () => {
    await libraryWithCards(1, NOW)
    const { platform, kept } = keeping()
    const target = { url: server.url, user: server.user, everyMinutes: 0 }
    await saveSyncTarget(target)
    kept.set(syncAccount(target), 'not the password')
    const session = new SyncSession(() => platform)
    await session.start()
    expect(session.error).toMatch(/password|user/i)
    expect(kept.has(syncAccount(target))).toBe(false)
    expect(session.kept).toBeNull()
  })
})

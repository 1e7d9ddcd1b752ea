// Against a real apache2 with mod_dav, started here (scripts/webdav-server.mjs); no fakes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeLogEntry } from '@core/review/review-log'
import { newSchedulingState } from '@core/review/scheduler'
import { makeChunk, SyncChunkError, type Chunk } from '@core/sync/chunk'
import { compactChunks } from '@core/sync/snapshot'
import { SyncStoreError } from '@core/sync/store'
import { at, storedCard } from '@core/testing/builders'
import {
  canMountDisk,
  freePort,
  startWebDav,
  webDavUnavailable,
  type WebDavServer
} from '../../../../../scripts/webdav-server.mjs'
import { webDavStore } from './webdav-store'
import { describeWithWebDav } from './test-support'

const unavailable = webDavUnavailable()
const T = at(2026, 3, 2, 10)
const LAPTOP = 'laptop-0000000001'
const DESKTOP = 'desktop-000000002'

function chunk(device: string, seq: number, grade: 1 | 2 | 3 | 4): Chunk {
  const card = { ...storedCard('c1', {}, { createdAt: T }), sched: newSchedulingState(T) }
  const log = makeLogEntry(
    card,
    grade,
    card.sched,
    card.sched,
    T + seq * 60_000,
    { dayStartHour: 4 },
    800
  )
  return makeChunk(device, seq, T, [{ type: 'answer', log }])
}

async function problemOf(work: Promise<unknown>): Promise<{ problem: string; message: string }> {
  try {
    await work
  } catch (error) {
    if (error instanceof SyncStoreError) return { problem: error.problem, message: error.message }
    throw error
  }
  throw new Error('it succeeded')
}

describeWithWebDav('the WebDAV store against apache2', (server) => {
  const store = () => webDavStore({ url: server.url, user: server.user, password: server.password })

  it('writes chunks, lists each device’s in order and reads them back', async () => {
    const laptop = store()
    await laptop.writeChunk(chunk(LAPTOP, 2, 3))
    await laptop.writeChunk(chunk(LAPTOP, 1, 1))
    await store().writeChunk(chunk(DESKTOP, 1, 4))
    expect(await laptop.listDevices()).toEqual([DESKTOP, LAPTOP])
    expect(await laptop.listChunks(LAPTOP)).toEqual([1, 2])
    expect(await laptop.readChunk(LAPTOP, 2)).toEqual(chunk(LAPTOP, 2, 3))
  })

  it('shows no half-written chunk: an upload cut off before its move is not listed, and the next sync completes', async () => {
    const device = 'tablet-00000000003'
    const auth = `Basic ${btoa(`${server.user}:${server.password}`)}`
    // What a device killed mid-upload leaves: its folder and a temporary file, never moved.
    await fetch(new URL('newsdeck/tablet-00000000003/', server.url), {
      method: 'MKCOL',
      headers: { Authorization: auth }
    })
    const put = await fetch(new URL(`newsdeck/${device}/.upload-1-dead.json`, server.url), {
      method: 'PUT',
      headers: { Authorization: auth },
      body: '{"format":"newsdeck-sync-chunk","version":1,"dev'
    })
    expect(put.status).toBe(201)
    expect(await store().listChunks(device)).toEqual([])
    await store().writeChunk(chunk(device, 1, 2))
    expect(await store().listChunks(device)).toEqual([1])
    expect((await store().readChunk(device, 1)).changes).toHaveLength(1)
  })

  it('never replaces a chunk already in place', async () => {
    await store().writeChunk(chunk('phone-000000000004', 1, 3))
    const again = await problemOf(store().writeChunk(chunk('phone-000000000004', 1, 1)))
    expect(again.problem).toBe('exists')
    expect((await store().readChunk('phone-000000000004', 1)).changes[0]).toMatchObject({
      log: { grade: 3 }
    })
  })

  it('keeps a snapshot beside the chunks, lists it apart, and never replaces one in place', async () => {
    const device = 'watch-000000000005'
    const chunks = [chunk(device, 1, 3), chunk(device, 2, 1)]
    for (const c of chunks) await store().writeChunk(c)
    await store().writeSnapshot(compactChunks(device, null, chunks, T))
    expect(await store().listFolder(device)).toEqual({ chunks: [1, 2], snapshots: [2] })
    expect(await store().listChunks(device)).toEqual([1, 2])
    const read = await store().readSnapshot(device, 2)
    expect(read.chunks).toEqual([1, 2])
    expect(read.answers).toHaveLength(2)
    // Written again (another sync of the same device, the same chunks): left as it is.
    await store().writeSnapshot(compactChunks(device, null, chunks.slice(1), T + 1))
    expect((await store().readSnapshot(device, 2)).answers).toHaveLength(2)
  })

  it('says the password was refused, without showing it', async () => {
    const wrong = webDavStore({ url: server.url, user: server.user, password: 'hunter2-wrong' })
    const { problem, message } = await problemOf(wrong.listDevices())
    expect(problem).toBe('credentials')
    expect(message).toBe(
      `The sync server at http://127.0.0.1:${server.port} refused the user name or password (HTTP 401); check them in Settings › Sync.`
    )
    expect(message).not.toContain('hunter2')
  })

  it('names a damaged chunk on the server in one sentence', async () => {
    const auth = `Basic ${btoa(`${server.user}:${server.password}`)}`
    const device = 'broken-0000000005'
    await fetch(new URL(`newsdeck/${device}/`, server.url), {
      method: 'MKCOL',
      headers: { Authorization: auth }
    })
    await fetch(new URL(`newsdeck/${device}/00000001.json`, server.url), {
      method: 'PUT',
      headers: { Authorization: auth },
      body: JSON.stringify({ ...chunk(device, 1, 3), seq: 9 })
    })
    await expect(store().readChunk(device, 1)).rejects.toThrow(SyncChunkError)
    await expect(store().readChunk(device, 1)).rejects.toThrow(
      'Chunk 1 from device broken-0 is damaged: it says it is chunk 9 of device broken-0.'
    )
  })
})

describe('the WebDAV store’s address and reachability', () => {
  it('says when the server is down', async () => {
    const port = await freePort()
    const down = webDavStore({ url: `http://127.0.0.1:${port}/dav/`, user: 'a', password: 'b' })
    const { problem, message } = await problemOf(down.listDevices())
    expect(problem).toBe('unreachable')
    expect(message).toMatch(
      new RegExp(`^Could not reach the sync server at http://127.0.0.1:${port}: it may be down`)
    )
  })

  it('refuses plain http except on this machine, and a password inside the address', () => {
    expect(() =>
      webDavStore({ url: 'http://cloud.example/dav/', user: 'a', password: 'b' })
    ).toThrow(/needs an https:\/\/ address/)
    expect(() =>
      webDavStore({ url: 'https://me:secret@cloud.example/dav/', user: 'a', password: 'b' })
    ).toThrow(/own fields/)
    expect(() =>
      webDavStore({ url: 'https://cloud.example/dav/', user: 'a', password: 'b' })
    ).not.toThrow()
    expect(() =>
      webDavStore({ url: 'http://localhost:8080/', user: 'a', password: 'b' })
    ).not.toThrow()
  })
})

describe.skipIf(unavailable || !canMountDisk())(
  `a full WebDAV disk${unavailable ? ` (skipped: ${unavailable})` : !canMountDisk() ? ' (skipped: only root, on a machine that lets it mount, can give the server a small disk to fill)' : ''}`,
  () => {
    let server: WebDavServer
    beforeAll(async () => {
      server = await startWebDav({ diskBytes: 64 * 1024 })
    }, 20_000)
    afterAll(async () => {
      await server?.stop()
    })

    it('says the server is out of space, and leaves no chunk behind', async () => {
      const store = webDavStore({ url: server.url, user: server.user, password: server.password })
      const big = chunk('laptop-0000000001', 1, 3)
      const answer = big.changes[0]!
      big.changes = Array.from({ length: 400 }, () => answer)
      const { problem, message } = await problemOf(store.writeChunk(big))
      expect(problem).toBe('full')
      expect(message).toBe(
        `The sync server at http://127.0.0.1:${server.port} is out of space (HTTP 507); nothing here was lost — free some space there and sync again.`
      )
      expect(await store.listChunks('laptop-0000000001')).toEqual([])
    })
  }
)

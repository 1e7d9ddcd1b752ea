/**
 * "Sync now": read every device's chunks from the store, send this device's changes since its
 * last sync as one new chunk, and put the library all the chunks stand for in place of this
 * one, in one transaction. A failure anywhere before that transaction leaves the library as it
 * was; the next sync starts over from the store.
 */
import { storedScheduler } from '@core/optimizer/stored-scheduler'
import type { Scheduler } from '@core/review/scheduler'
import { deviceIdFrom, makeChunk, SyncChunkError, type Chunk } from '@core/sync/chunk'
import { localChanges } from '@core/sync/local-changes'
import { applyChunks, emptySyncState, materialise, type SyncState } from '@core/sync/sync-state'
import type { SyncStore } from '@core/sync/store'
import type { SyncBrought, SyncMeta } from '../db/records'
import { applySyncedLibrary, loadSyncMeta, readLocalLibrary, SyncRacedError } from '../db/sync-repo'

/** At most this many changes in a chunk: about 2.7 MB of answers. */
export const MAX_CHANGES = 5000

export interface SyncReport {
  device: string
  /** The last chunk this sync sent and how many changes it sent in all, if it had any. */
  sent: { seq: number; changes: number } | null
  /** Other devices' chunks read for the first time. */
  received: number
  /** Chunks that could not be read, each in a sentence; tried again next time. */
  skipped: string[]
  brought: SyncBrought
}

/** The scheduler every device replays with: the shared study settings and fitted parameters. */
function sharedScheduler(state: SyncState): Scheduler {
  return storedScheduler((key) => state.settings.get(key)?.value)
}

/**
 * Every chunk in the store. A damaged one is left out and named: it stays unread (so it is tried
 * again next time) and holds up nothing else, since no chunk depends on another.
 */
async function readAll(store: SyncStore): Promise<{ chunks: Chunk[]; skipped: string[] }> {
  const chunks: Chunk[] = []
  const skipped: string[] = []
  for (const device of await store.listDevices()) {
    for (const seq of await store.listChunks(device)) {
      try {
        chunks.push(await store.readChunk(device, seq))
      } catch (error) {
        if (!(error instanceof SyncChunkError)) throw error
        skipped.push(error.message)
      }
    }
  }
  return { chunks, skipped }
}

export async function syncNow(store: SyncStore, now: number): Promise<SyncReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await syncOnce(store, now)
    } catch (error) {
      // An answer landed while syncing: go again, it will be in the next chunk.
      if (!(error instanceof SyncRacedError) || attempt === 3) throw error
    }
  }
}

async function syncOnce(store: SyncStore, now: number): Promise<SyncReport> {
  const meta: SyncMeta = (await loadSyncMeta()) ?? {
    device: deviceIdFrom(crypto.getRandomValues(new Uint8Array(16))),
    nextSeq: 1,
    seen: {},
    lastSync: null
  }
  const { chunks, skipped } = await readAll(store)
  const isSeen = (c: Chunk) => meta.seen[c.device]?.includes(c.seq) ?? false
  const known = applyChunks(emptySyncState(), chunks.filter(isSeen))
  const local = await readLocalLibrary()
  let all = applyChunks(emptySyncState(), chunks)
  const changes = localChanges(known, all, local, meta.device, now)
  // A chunk this device sent but never recorded (closed mid-sync) keeps its number.
  const ownSeqs = chunks.filter((c) => c.device === meta.device).map((c) => c.seq)
  let nextSeq = Math.max(meta.nextSeq, ...ownSeqs.map((s) => s + 1))
  let sent: SyncReport['sent'] = null
  // A first sync of a large library is split, so no upload is tens of megabytes.
  for (let i = 0; i < changes.length; i += MAX_CHANGES) {
    const chunk = makeChunk(meta.device, nextSeq, now, changes.slice(i, i + MAX_CHANGES))
    await store.writeChunk(chunk)
    all = applyChunks(all, [chunk])
    sent = { seq: nextSeq, changes: i + chunk.changes.length }
    nextSeq++
  }
  const seen = Object.fromEntries(
    [...all.seen].map(([d, seqs]) => [d, [...seqs].sort((a, b) => a - b)])
  )
  const library = materialise(all, sharedScheduler(all))
  const brought = await applySyncedLibrary(
    library,
    { device: meta.device, nextSeq, seen },
    local.lastLogId,
    now
  )
  const received = chunks.filter((c) => c.device !== meta.device && !isSeen(c)).length
  return { device: meta.device, sent, received, skipped, brought }
}

/**
 * "Sync now": read the chunks that are new since the last sync, send this device's changes since
 * then as new chunks, and put the library all the chunks stand for in place of this one, with
 * the sync state kept for next time, in one transaction. A failure anywhere before that
 * transaction leaves the library and the kept state as they were; the next sync starts from them.
 */
import { storedScheduler } from '@core/optimizer/stored-scheduler'
import type { Scheduler } from '@core/review/scheduler'
import { deviceIdFrom, makeChunk, SyncChunkError, type Chunk } from '@core/sync/chunk'
import { localChanges } from '@core/sync/local-changes'
import { applyChunks, emptySyncState, materialise, type SyncState } from '@core/sync/sync-state'
import type { SyncStore } from '@core/sync/store'
import type { SyncBrought, SyncMeta } from '../db/records'
import { applySyncedLibrary, loadSyncMeta, readLocalLibrary, SyncRacedError } from '../db/sync-repo'
import { changedStateRecords, loadSyncState } from '../db/sync-state-repo'

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
 * The chunks in the store that `seen` does not name: every other device's new chunks, and any
 * of this device's own it sent but never recorded (it closed mid-sync). A damaged chunk is left
 * out and named: it stays unread, so it is tried again next time, and holds up nothing else,
 * since no chunk depends on another. `own` is every number this device's folder lists.
 */
async function readNew(
  store: SyncStore,
  seen: ReadonlyMap<string, ReadonlySet<number>>,
  device: string
): Promise<{ chunks: Chunk[]; skipped: string[]; own: number[] }> {
  const chunks: Chunk[] = []
  const skipped: string[] = []
  let own: number[] = []
  for (const folder of await store.listDevices()) {
    const listed = await store.listChunks(folder)
    if (folder === device) own = listed
    for (const seq of listed) {
      if (seen.get(folder)?.has(seq)) continue
      try {
        chunks.push(await store.readChunk(folder, seq))
      } catch (error) {
        if (!(error instanceof SyncChunkError)) throw error
        skipped.push(error.message)
      }
    }
  }
  return { chunks, skipped, own }
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

/** The kept state, or, on a library that synced before it was kept, none: every chunk is read. */
async function keptState(meta: SyncMeta): Promise<SyncState> {
  return meta.stateKept ? loadSyncState(meta.seen) : emptySyncState()
}

async function syncOnce(store: SyncStore, now: number): Promise<SyncReport> {
  const meta: SyncMeta = (await loadSyncMeta()) ?? {
    device: deviceIdFrom(crypto.getRandomValues(new Uint8Array(16))),
    nextSeq: 1,
    seen: {},
    lastSync: null
  }
  const kept = await keptState(meta)
  const { chunks, skipped, own } = await readNew(store, kept.seen, meta.device)
  const isSeen = (c: Chunk) => meta.seen[c.device]?.includes(c.seq) ?? false
  // Without a kept state, what this library already holds is rebuilt from the chunks it applied.
  const known = meta.stateKept ? kept : applyChunks(kept, chunks.filter(isSeen))
  const local = await readLocalLibrary()
  let all = applyChunks(known, chunks)
  const changes = localChanges(known, all, local, meta.device, now)
  // A chunk this device sent but never recorded (closed mid-sync) keeps its number.
  let nextSeq = Math.max(meta.nextSeq, ...own.map((s) => s + 1))
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
    { device: meta.device, nextSeq, seen, stateKept: true },
    changedStateRecords(kept, all),
    local.lastLogId,
    now
  )
  const received = chunks.filter((c) => c.device !== meta.device && !isSeen(c)).length
  return { device: meta.device, sent, received, skipped, brought }
}

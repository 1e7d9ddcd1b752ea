/**
 * "Sync now": read the chunks that are new since the last sync, send this device's changes since
 * then as new chunks, and put the library all the chunks stand for in place of this one, with
 * the sync state kept for next time, in one transaction. A failure anywhere before that
 * transaction leaves the library and the kept state as they were; the next sync starts from them.
 */
import { storedScheduler } from '@core/optimizer/stored-scheduler'
import type { Scheduler } from '@core/review/scheduler'
import { deviceIdFrom, makeChunk, SyncChunkError, type Change, type Chunk } from '@core/sync/chunk'
import { localAnswers, localChanges, localEdits } from '@core/sync/local-changes'
import { touched, type Touched } from '@core/sync/scope'
import {
  applyChunks,
  emptySyncState,
  materialiseCards,
  type SyncState
} from '@core/sync/sync-state'
import type { SyncStore } from '@core/sync/store'
import type { SyncBrought, SyncMeta } from '../db/records'
import {
  applySyncedLibrary,
  loadSyncMeta,
  readLocalAnswers,
  readLocalLibrary,
  SyncRacedError,
  type LocalRead
} from '../db/sync-repo'
import {
  changedStateRecords,
  loadStateFrame,
  loadSyncState,
  withCardEntries
} from '../db/sync-state-repo'

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

async function syncOnce(store: SyncStore, now: number): Promise<SyncReport> {
  const meta: SyncMeta = (await loadSyncMeta()) ?? {
    device: deviceIdFrom(crypto.getRandomValues(new Uint8Array(16))),
    nextSeq: 1,
    seen: {},
    lastSync: null
  }
  const since = meta.stateKept && meta.mark ? await readLocalLibrary(meta.mark) : null
  return (since && (await syncTouched(store, meta, since, now))) ?? syncWhole(store, meta, now)
}

/** What one pass read: the new chunks, and which of them were other devices'. */
interface Read {
  chunks: Chunk[]
  skipped: string[]
  own: number[]
}

/**
 * Sends `changes` as this device's next chunks, then writes the library `all` (the state after
 * them) stands for, restricted to `scope`, and the state entries that changed since `before`.
 */
async function finish(
  store: SyncStore,
  meta: SyncMeta,
  read: Read,
  state: { before: SyncState; all: SyncState; scope: Touched | null },
  changes: Change[],
  lastLogId: number,
  now: number
): Promise<SyncReport> {
  let all = state.all
  // A chunk this device sent but never recorded (closed mid-sync) keeps its number.
  let nextSeq = Math.max(meta.nextSeq, ...read.own.map((s) => s + 1))
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
  const brought = await applySyncedLibrary(
    materialiseCards(all, sharedScheduler(all), state.scope?.cards ?? null),
    state.scope,
    { device: meta.device, nextSeq, seen, stateKept: true },
    changedStateRecords(state.before, all),
    lastLogId,
    now
  )
  const isSeen = (c: Chunk) => meta.seen[c.device]?.includes(c.seq) ?? false
  const received = read.chunks.filter((c) => c.device !== meta.device && !isSeen(c)).length
  return { device: meta.device, sent, received, skipped: read.skipped, brought }
}

/**
 * The whole library against the whole kept state: a first sync, one after a restore or an undo,
 * one that changed a shared setting (every card replays with it). A library that synced before
 * the state was kept has none, and rebuilds it from the chunks its meta names.
 */
async function syncWhole(store: SyncStore, meta: SyncMeta, now: number): Promise<SyncReport> {
  const kept = meta.stateKept ? await loadSyncState(meta.seen) : emptySyncState()
  const read = await readNew(store, kept.seen, meta.device)
  const isSeen = (c: Chunk) => meta.seen[c.device]?.includes(c.seq) ?? false
  const known = meta.stateKept ? kept : applyChunks(kept, read.chunks.filter(isSeen))
  const local = (await readLocalLibrary())!
  const all = applyChunks(known, read.chunks)
  const changes = localChanges(known, all, local, meta.device, now)
  return finish(
    store,
    meta,
    read,
    { before: kept, all, scope: null },
    changes,
    local.lastLogId,
    now
  )
}

/**
 * Only the cards this sync touches: those the new chunks change, and those this device answered,
 * rescheduled or edited since its mark. The kept state's cards, articles and settings are read
 * whole (edits are found by comparing them), its answers only for those cards. Null when a
 * shared setting changed: then every card is touched.
 */
async function syncTouched(
  store: SyncStore,
  meta: SyncMeta,
  since: LocalRead,
  now: number
): Promise<SyncReport | null> {
  const frame = await loadStateFrame(meta.seen)
  const read = await readNew(store, frame.seen, meta.device)
  const framed = applyChunks(frame, read.chunks)
  // The frame holds every card, article and setting, so the edits are found exactly from it.
  const edits = localEdits(frame, framed, since, now)
  const scope = touched(framed, [...read.chunks.flatMap((c) => c.changes), ...edits])
  if (!scope) return null
  for (const log of since.reviewLogs) scope.cards.add(log.cardId)
  for (const event of since.reschedules) scope.cards.add(event.cardId)
  const known = await withCardEntries(frame, scope.cards)
  const local = { ...since, reviewLogs: await readLocalAnswers(scope.cards) }
  const all = applyChunks(known, read.chunks)
  const changes = [...localAnswers(known, local, meta.device, now), ...edits]
  return finish(store, meta, read, { before: known, all, scope }, changes, since.lastLogId, now)
}

/**
 * "Sync now": read the chunks that are new since the last sync, send this device's changes since
 * then as new chunks, and put the library all the chunks stand for in place of this one, with
 * the sync state kept for next time, in one transaction. A failure anywhere before that
 * transaction leaves the library and the kept state as they were; the next sync starts from them.
 */
import { storedScheduler } from '@core/optimizer/stored-scheduler'
import type { Scheduler } from '@core/review/scheduler'
import { deviceIdFrom, makeChunk, SyncChunkError, type Change, type Chunk } from '@core/sync/chunk'
import { applySnapshots, compactChunks, type Snapshot } from '@core/sync/snapshot'
import { trustedCards } from '@core/sync/settled'
import { localAnswers, localChanges, localEdits } from '@core/sync/local-changes'
import { touched, type Touched } from '@core/sync/scope'
import {
  applyChunks,
  emptySyncState,
  materialiseCards,
  type SyncState
} from '@core/sync/sync-state'
import { SyncStoreError, type SyncStore } from '@core/sync/store'
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

/**
 * A device folds its own chunks into a new snapshot once this many lie after its last one, so a
 * device syncing for the first time reads one snapshot and at most this many chunks less one
 * from each device. Each compaction reads the last snapshot and those chunks again (the ones it
 * has just sent it still holds), so a lower number costs the owner more; 16 is about two days
 * of syncing every 10 minutes while studying (docs/scale.md).
 */
export const COMPACT_AFTER = 16

export interface SyncOptions {
  /** Overrides COMPACT_AFTER (tests). */
  compactAfter?: number
}

export interface SyncReport {
  device: string
  /** The last chunk this sync sent and how many changes it sent in all, if it had any. */
  sent: { seq: number; changes: number } | null
  /** Other devices' chunks read for the first time. */
  received: number
  /** Chunks or snapshots that could not be read or written, each in a sentence; tried again next time. */
  skipped: string[]
  brought: SyncBrought
  /** The chunk this device's new snapshot folds up to, if this sync wrote one. */
  compacted: number | null
}

/** The scheduler every device replays with: the shared study settings and fitted parameters. */
function sharedScheduler(state: SyncState): Scheduler {
  return storedScheduler((key) => state.settings.get(key)?.value)
}

/** What one pass read: the new chunks and snapshots, and this device's folder as listed. */
interface Read {
  chunks: Chunk[]
  snapshots: Snapshot[]
  skipped: string[]
  own: number[]
  ownSnapshots: number[]
}

/**
 * Another device's latest snapshot, when it folds at least `least` chunks `seen` does not name
 * (one compaction's worth): a device that missed only a few reads those few chunks, not a
 * snapshot of everything, and keeps to the sync that replays only what they touch. A damaged
 * or newer one is named in `skipped` and its chunks are read instead: a snapshot only ever
 * saves time.
 */
async function newSnapshot(
  store: SyncStore,
  folder: string,
  listed: { chunks: number[]; snapshots: number[] },
  seen: ReadonlySet<number> | undefined,
  least: number,
  skipped: string[]
): Promise<Snapshot | null> {
  const upTo = listed.snapshots.at(-1)
  if (upTo === undefined) return null
  if (listed.chunks.filter((seq) => seq <= upTo && !seen?.has(seq)).length < least) return null
  try {
    return await store.readSnapshot(folder, upTo)
  } catch (error) {
    if (!(error instanceof SyncChunkError)) throw error
    skipped.push(`${error.message} Its chunks were read instead.`)
    return null
  }
}

/**
 * The chunks in the store that `seen` does not name: every other device's new chunks, or its
 * latest snapshot and the chunks after it, and any of this device's own it sent but never
 * recorded (it closed mid-sync). A damaged chunk is left out and named: it stays unread, so it
 * is tried again next time, and holds up nothing else, since no chunk depends on another.
 * `snapshots`: how many unread chunks a snapshot must fold to be read instead (Infinity: chunks
 * only, for a library whose kept state is being rebuilt from its meta).
 */
async function readNew(
  store: SyncStore,
  seen: ReadonlyMap<string, ReadonlySet<number>>,
  device: string,
  snapshots: number
): Promise<Read> {
  const read: Read = { chunks: [], snapshots: [], skipped: [], own: [], ownSnapshots: [] }
  for (const folder of await store.listDevices()) {
    const listed = await store.listFolder(folder)
    const had = seen.get(folder)
    let folded: ReadonlySet<number> = new Set()
    if (folder === device) {
      read.own = listed.chunks
      read.ownSnapshots = listed.snapshots
    } else {
      const snapshot = await newSnapshot(store, folder, listed, had, snapshots, read.skipped)
      if (snapshot) {
        read.snapshots.push(snapshot)
        folded = new Set(snapshot.chunks)
      }
    }
    for (const seq of listed.chunks) {
      if (had?.has(seq) || folded.has(seq)) continue
      try {
        read.chunks.push(await store.readChunk(folder, seq))
      } catch (error) {
        if (!(error instanceof SyncChunkError)) throw error
        read.skipped.push(error.message)
      }
    }
  }
  return read
}

export async function syncNow(
  store: SyncStore,
  now: number,
  options: SyncOptions = {}
): Promise<SyncReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await syncOnce(store, now, options.compactAfter ?? COMPACT_AFTER)
    } catch (error) {
      // An answer landed while syncing: go again, it will be in the next chunk.
      if (!(error instanceof SyncRacedError) || attempt === 3) throw error
    }
  }
}

async function syncOnce(store: SyncStore, now: number, compactAfter: number): Promise<SyncReport> {
  const meta: SyncMeta = (await loadSyncMeta()) ?? {
    device: deviceIdFrom(crypto.getRandomValues(new Uint8Array(16))),
    nextSeq: 1,
    seen: {},
    lastSync: null
  }
  const sync: Sync = { store, meta, now, compactAfter }
  const since = meta.stateKept && meta.mark ? await readLocalLibrary(meta.mark) : null
  return (since && (await syncTouched(sync, since))) ?? syncWhole(sync)
}

/** One sync's givens. */
interface Sync {
  store: SyncStore
  meta: SyncMeta
  now: number
  compactAfter: number
}

/**
 * Sends `changes` as this device's next chunks, then writes the library `all` (the state after
 * them) stands for, restricted to `scope`, and the state entries that changed since `before`;
 * then, if enough of its chunks lie after its last snapshot, folds them into a new one.
 */
async function finish(
  { store, meta, now, compactAfter }: Sync,
  read: Read,
  state: {
    before: SyncState
    all: SyncState
    scope: Touched | null
    /** Snapshots read in this sync: the cards they vouch for are not replayed (settled.ts). */
    snapshots?: readonly Snapshot[]
  },
  changes: Change[],
  lastLogId: number
): Promise<SyncReport> {
  let all = state.all
  // A chunk this device sent but never recorded (closed mid-sync) keeps its number.
  let nextSeq = Math.max(meta.nextSeq, ...read.own.map((s) => s + 1))
  let sent: SyncReport['sent'] = null
  const written: Chunk[] = []
  // A first sync of a large library is split, so no upload is tens of megabytes.
  for (let i = 0; i < changes.length; i += MAX_CHANGES) {
    const chunk = makeChunk(meta.device, nextSeq, now, changes.slice(i, i + MAX_CHANGES))
    await store.writeChunk(chunk)
    written.push(chunk)
    all = applyChunks(all, [chunk])
    sent = { seq: nextSeq, changes: i + chunk.changes.length }
    nextSeq++
  }
  const seen = Object.fromEntries(
    [...all.seen].map(([d, seqs]) => [d, [...seqs].sort((a, b) => a - b)])
  )
  const scheduler = sharedScheduler(all)
  // Vouched for under the scheduler the cards replay with, after this device's own changes.
  const trusted = trustedCards(state.snapshots ?? [], scheduler)
  const brought = await applySyncedLibrary(
    materialiseCards(all, scheduler, state.scope?.cards ?? null, trusted),
    state.scope,
    { device: meta.device, nextSeq, seen, stateKept: true },
    changedStateRecords(state.before, all),
    lastLogId,
    now
  )
  let received = 0
  for (const [device, seqs] of all.seen) {
    if (device === meta.device) continue
    const had = new Set(meta.seen[device])
    for (const seq of seqs) if (!had.has(seq)) received++
  }
  const own = [...read.chunks.filter((c) => c.device === meta.device), ...written]
  const skipped = [...read.skipped]
  let compacted: number | null = null
  try {
    compacted = await compact(store, meta.device, read, own, compactAfter, now, {
      full: all,
      scheduler
    })
  } catch (error) {
    // The library is synced already: a snapshot not written is only tried again next time.
    if (!(error instanceof SyncStoreError || error instanceof SyncChunkError)) throw error
    skipped.push(
      `This device’s chunks were not compacted (${error.message}); the next sync tries again.`
    )
  }
  return { device: meta.device, sent, received, skipped, brought, compacted }
}

/**
 * Folds this device's chunks after its last snapshot into a new one, once there are
 * `compactAfter` of them: the last snapshot, read back, with those chunks (from memory when this
 * sync holds them, or read back). A last snapshot that cannot be read is rebuilt from every chunk.
 * Returns the new snapshot's last chunk, or null when none was due.
 */
async function compact(
  store: SyncStore,
  device: string,
  read: Read,
  held: readonly Chunk[],
  compactAfter: number,
  now: number,
  settle: { full: SyncState; scheduler: Scheduler }
): Promise<number | null> {
  const mine = [...new Set([...read.own, ...held.map((c) => c.seq)])].sort((a, b) => a - b)
  const last = read.ownSnapshots.at(-1) ?? 0
  if (mine.filter((seq) => seq > last).length < compactAfter) return null
  let previous: Snapshot | null = null
  if (last > 0) {
    try {
      previous = await store.readSnapshot(device, last)
    } catch (error) {
      if (!(error instanceof SyncChunkError)) throw error
    }
  }
  const byNumber = new Map(held.map((c) => [c.seq, c]))
  const chunks: Chunk[] = []
  for (const seq of mine) {
    if (previous && seq <= previous.upTo) continue
    chunks.push(byNumber.get(seq) ?? (await store.readChunk(device, seq)))
  }
  const snapshot = compactChunks(device, previous, chunks, now, settle)
  await store.writeSnapshot(snapshot)
  return snapshot.upTo
}

/**
 * The whole library against the whole kept state: a first sync, one after a restore or an undo,
 * one that changed a shared setting (every card replays with it), or one that read a snapshot.
 * A library that synced before the state was kept has none, and rebuilds it from the chunks its
 * meta names. `given`: what a touched sync already read, from the same kept state.
 */
async function syncWhole(sync: Sync, given?: Read): Promise<SyncReport> {
  const { store, meta, now } = sync
  const kept = meta.stateKept ? await loadSyncState(meta.seen) : emptySyncState()
  // A library that synced before its state was kept rebuilds it from exactly the chunks it read.
  const rebuilding = !meta.stateKept && Object.keys(meta.seen).length > 0
  const least = rebuilding ? Infinity : sync.compactAfter
  const read = given ?? (await readNew(store, kept.seen, meta.device, least))
  const isSeen = (c: Chunk) => meta.seen[c.device]?.includes(c.seq) ?? false
  const known = meta.stateKept ? kept : applyChunks(kept, read.chunks.filter(isSeen))
  const local = (await readLocalLibrary())!
  const all = applySnapshots(applyChunks(known, read.chunks), read.snapshots)
  const changes = localChanges(known, all, local, meta.device, now)
  // A new device (or one back after months) reads snapshots: the cards they vouch for need no
  // replay (settled.ts).
  const state = { before: kept, all, scope: null, snapshots: read.snapshots }
  return finish(sync, read, state, changes, local.lastLogId)
}

/**
 * Only the cards this sync touches: those the new chunks change, and those this device answered,
 * rescheduled or edited since its mark. The kept state's cards, articles and settings are read
 * whole (edits are found by comparing them), its answers only for those cards. Null when a
 * shared setting changed: then every card is touched. A sync that read a snapshot (a device
 * back after a long absence) goes the whole way, with what it read.
 */
async function syncTouched(sync: Sync, since: LocalRead): Promise<SyncReport | null> {
  const { store, meta, now } = sync
  const frame = await loadStateFrame(meta.seen)
  const read = await readNew(store, frame.seen, meta.device, sync.compactAfter)
  if (read.snapshots.length > 0) return syncWhole(sync, read)
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
  return finish(sync, read, { before: known, all, scope }, changes, since.lastLogId)
}

/**
 * A compacted snapshot: what one device's chunks up to a number say, in one file, so a device
 * syncing for the first time (or after a long absence) reads one file per device and only the
 * chunks after it, instead of every chunk since the first.
 *
 * A snapshot holds exactly the part of a sync state those chunks make: their answers (copies of
 * one answer already settled as `applyChunks` settles them), undos, each record's last write with
 * its stamp, reschedulings and their undos. Reading it is merging that part in, and merging is
 * the same join as reading chunks, so a snapshot changes no merge decision: the state after it
 * is the state after its chunks, and a device that already read some of them gains nothing twice.
 * Only the owner writes its snapshots (`newsdeck/<device>/snapshot-NNNNNNNN.json.gz`); its chunks
 * stay, for devices that do not read snapshots yet.
 *
 * Pure: no clock, no I/O.
 */
import { Gzip } from 'fflate'
import * as v from 'valibot'
import {
  ArticleSchema,
  CardSchema,
  SettingSchema,
  type BackupArticle
} from '../export/backup-schema'
import { concatBytes, indexJsonObject, JsonObjectWriter } from '../export/backup-json'
import { describeIssue } from '../export/backup-validate'
import { gunzipChecked, isGzip } from '../export/backup-gzip'
import { answerKey } from '../library/merge-library'
import type { StoredCard } from '../model'
import type { Scheduler } from '../review/scheduler'
import { AnswerSchema, isDeviceId, RescheduleSchema, SyncChunkError, type Chunk } from './chunk'
import { settleCards, type Settled } from './settled'
import {
  applyChunks,
  emptySyncState,
  mergeSyncStates,
  rescheduleKey,
  type Stamp,
  type SyncAnswer,
  type SyncState,
  type Versioned
} from './sync-state'

export { deviceFolderOf, snapshotFileName, snapshotUpToOf } from './names'

export const SNAPSHOT_FORMAT = 'newsdeck-sync-snapshot'
/** Version 1: the first. A newer one is refused with "update", and its chunks read instead. */
export const SNAPSHOT_VERSION = 1
/** Unpacked, a snapshot may be as large as a backup. */
const MAX_SNAPSHOT_BYTES = 2000 * 1024 * 1024
/**
 * Records written or read at a time. A device's million answers are about 500 MB of JSON, past
 * the longest string a JavaScript engine will build (V8: 2^29 − 24 characters), so no string
 * holds more than a page of one list, as with backups (`export/backup-json.ts`).
 */
export const SNAPSHOT_PAGE = 5000

/**
 * How a snapshot is read: whole while it is under `wholeUnder` bytes unpacked, which is faster
 * (0.8 s against 1.0 s for 100,000 answers here), and past that a page of each list at a time.
 */
export interface SnapshotReading {
  page: number
  wholeUnder: number
}
const READING: SnapshotReading = { page: SNAPSHOT_PAGE, wholeUnder: 256 * 1024 * 1024 }

/** A record's last write in a snapshot: the stamp without the device (it is the snapshot's). */
interface Write<T> {
  id: string
  at: number
  seq: number
  index: number
  /** null: deleted. */
  value: T | null
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT
  version: number
  device: string
  /** The highest chunk number folded in: the file's name. */
  upTo: number
  /** Every chunk number folded in (all of this device's up to `upTo` that existed). */
  chunks: number[]
  createdAt: number
  answers: SyncAnswer[]
  undone: string[]
  cards: Write<StoredCard>[]
  articles: Write<BackupArticle>[]
  settings: Write<unknown>[]
  reschedules: v.InferOutput<typeof RescheduleSchema>[]
  unrescheduled: string[]
  /**
   * The cards whose replay the owner vouches for (settled.ts): a reader under the same
   * scheduler need not replay them. Absent in snapshots written before; an older reader
   * ignores it.
   */
  settled?: Settled
}

const writesOf = <T>(m: ReadonlyMap<string, Versioned<T>>, device: string): Write<T>[] =>
  [...m].map(([id, { stamp, value }]) => {
    if (stamp.device !== device) throw new Error('a snapshot holds one device’s writes only')
    return { id, at: stamp.at, seq: stamp.seq, index: stamp.index, value }
  })

/**
 * The snapshot of `device`'s chunks that `state` was read from (`state` must hold nothing else:
 * build it with `compactChunks`).
 */
function snapshotOf(state: SyncState, device: string, createdAt: number): Snapshot {
  const chunks = [...(state.seen.get(device) ?? [])].sort((a, b) => a - b)
  const upTo = chunks.at(-1)
  if (upTo === undefined) throw new Error('a snapshot needs at least one chunk')
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    device,
    upTo,
    chunks,
    createdAt,
    answers: [...state.answers.values()],
    undone: [...state.undone],
    cards: writesOf(state.cards, device),
    articles: writesOf(state.articles, device),
    settings: writesOf(state.settings, device),
    reschedules: [...state.reschedules.values()],
    unrescheduled: [...state.unrescheduled]
  }
}

/** The part of a sync state a snapshot stands for: as if its chunks had been read. */
export function snapshotState(snapshot: Snapshot): SyncState {
  const { device } = snapshot
  const versioned = <T>(writes: Write<T>[]): Map<string, Versioned<T>> =>
    new Map(
      writes.map((w) => {
        const stamp: Stamp = { at: w.at, device, seq: w.seq, index: w.index }
        return [w.id, { stamp, value: w.value }]
      })
    )
  return {
    seen: new Map([[device, new Set(snapshot.chunks)]]),
    answers: new Map(snapshot.answers.map((a) => [answerKey(a), a])),
    undone: new Set(snapshot.undone),
    cards: versioned(snapshot.cards),
    articles: versioned(snapshot.articles),
    settings: versioned(snapshot.settings),
    reschedules: new Map(snapshot.reschedules.map((e) => [rescheduleKey(e, device), e])),
    unrescheduled: new Set(snapshot.unrescheduled)
  }
}

/**
 * `device`'s next snapshot: its last one (if any) with its chunks after it. Every chunk must be
 * `device`'s own: a snapshot never holds another device's writes. With `settle` (everything the
 * device knows, and the scheduler it replays with), the snapshot also vouches for the replays
 * of the cards only this device answered (settled.ts).
 */
export function compactChunks(
  device: string,
  previous: Snapshot | null,
  chunks: readonly Chunk[],
  createdAt: number,
  settle?: { full: SyncState; scheduler: Scheduler }
): Snapshot {
  if (chunks.some((c) => c.device !== device)) throw new Error('only a device’s own chunks')
  const base = previous ? snapshotState(previous) : emptySyncState()
  const own = applyChunks(base, chunks)
  const snapshot = snapshotOf(own, device, createdAt)
  if (!settle) return snapshot
  return {
    ...snapshot,
    settled: settleCards(settle.full, own, settle.scheduler, previous?.settled)
  }
}

/** `state` with the snapshots read in: the same as reading the chunks they fold. */
export function applySnapshots(state: SyncState, snapshots: readonly Snapshot[]): SyncState {
  return snapshots.reduce((s, snap) => mergeSyncStates(s, snapshotState(snap)), state)
}

/**
 * The snapshot's JSON gzip'd at level 1, as backups are (most of the size for a fraction of the
 * time), written `page` records of each list at a time.
 */
export function encodeSnapshot(snapshot: Snapshot, page = SNAPSHOT_PAGE): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = []
  const gzip = new Gzip({ level: 1 }, (data) => parts.push(data))
  const encoder = new TextEncoder()
  const json = new JsonObjectWriter((text) => gzip.push(encoder.encode(text)))
  for (const [name, value] of Object.entries(snapshot) as Array<[string, unknown]>) {
    if (value === undefined) continue
    if (!Array.isArray(value)) {
      json.field(name, value)
      continue
    }
    json.list(name)
    for (let i = 0; i < value.length; i += page) json.rows(value.slice(i, i + page))
  }
  json.end()
  gzip.push(new Uint8Array(0), true)
  return concatBytes(parts)
}

const time = v.pipe(v.number(), v.finite())
const place = v.pipe(v.number(), v.integer(), v.minValue(0))
const key = v.pipe(v.string(), v.minLength(1, 'an empty key'))
const write = <T extends v.GenericSchema>(value: T) =>
  v.object({
    id: key,
    at: time,
    seq: v.pipe(place, v.minValue(1)),
    index: place,
    value: v.nullable(value)
  })
const SettingWrite = v.object({
  id: key,
  at: time,
  seq: v.pipe(place, v.minValue(1)),
  index: place,
  value: v.unknown()
})

const HeadSchema = v.object({
  format: v.literal(SNAPSHOT_FORMAT),
  version: v.number(),
  device: v.pipe(v.string(), v.check(isDeviceId, 'a device id that is not one')),
  upTo: v.pipe(place, v.minValue(1, 'a chunk number under 1')),
  chunks: v.array(v.pipe(place, v.minValue(1, 'a chunk number under 1'))),
  createdAt: time,
  answers: v.array(v.unknown()),
  undone: v.array(key),
  cards: v.array(write(CardSchema)),
  articles: v.array(write(ArticleSchema)),
  settings: v.array(SettingWrite),
  reschedules: v.array(RescheduleSchema),
  unrescheduled: v.array(key),
  settled: v.optional(
    v.object({
      scheduler: v.string(),
      cards: v.record(key, v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)))
    })
  )
})

/**
 * Unpacks and checks a snapshot read from `device`'s folder under the name `upTo`. Anything
 * wrong is a SyncChunkError in one sentence: the caller reads that device's chunks instead, so a
 * bad snapshot costs time, never an answer.
 */
export function parseSnapshot(
  bytes: Uint8Array,
  where: { device: string; upTo: number },
  reading = READING
): Snapshot {
  const name = `The snapshot of device ${where.device.slice(0, 8)} up to chunk ${where.upTo}`
  const damaged = (why: string) => new SyncChunkError(`${name} is damaged: ${why}.`)
  let raw: unknown
  try {
    if (!isGzip(bytes)) throw new Error('not gzip')
    const unpacked = gunzipChecked(bytes, MAX_SNAPSHOT_BYTES)
    if (unpacked.length < reading.wholeUnder) {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unpacked))
    } else {
      // Each field located in the bytes, each list parsed a page at a time.
      const fields = indexJsonObject(unpacked)
      raw =
        fields &&
        Object.fromEntries(
          [...fields].map(([field, f]) => [
            field,
            f.kind === 'list' ? [...f.list.batches(reading.page)].flat() : f.value
          ])
        )
    }
  } catch {
    throw damaged('it is cut short or not a snapshot at all')
  }
  const head = v.safeParse(HeadSchema, raw, { abortEarly: true })
  if (!head.success) {
    if (isNewer(raw)) throw newer(name, raw)
    throw damaged(`it has ${describeIssue(head.issues[0])}`)
  }
  const snap = head.output
  if (snap.version > SNAPSHOT_VERSION) throw newer(name, snap)
  if (
    snap.device !== where.device ||
    snap.upTo !== where.upTo ||
    snap.chunks.at(-1) !== snap.upTo
  ) {
    throw damaged(`it says it is device ${snap.device.slice(0, 8)}’s up to chunk ${snap.upTo}`)
  }
  for (const w of [...snap.cards, ...snap.articles, ...snap.settings]) {
    if (w.seq > snap.upTo) throw damaged(`it holds a write from chunk ${w.seq}, after its last`)
  }
  for (const [i, s] of snap.settings.entries()) {
    if (s.value === null) continue
    const checked = v.safeParse(SettingSchema, { key: s.id, value: s.value })
    if (!checked.success) {
      throw damaged(
        `setting ${i + 1} of ${snap.settings.length} has ${describeIssue(checked.issues[0])}`
      )
    }
  }
  const answers = snap.answers.map((answer, i) => {
    const checked = v.safeParse(AnswerSchema, answer, { abortEarly: true })
    if (!checked.success) {
      throw damaged(
        `answer ${i + 1} of ${snap.answers.length} has ${describeIssue(checked.issues[0])}`
      )
    }
    return checked.output
  })
  return { ...snap, format: SNAPSHOT_FORMAT, answers }
}

function isNewer(raw: unknown): raw is { version: number } {
  const r = raw as { format?: unknown; version?: unknown } | null
  return (
    typeof r === 'object' &&
    r !== null &&
    r.format === SNAPSHOT_FORMAT &&
    typeof r.version === 'number' &&
    r.version > SNAPSHOT_VERSION
  )
}

const newer = (name: string, snap: { version: number }): SyncChunkError =>
  new SyncChunkError(
    `${name} was written by a newer Newsdeck (format ${snap.version}); update this one to read it (its chunks are read meanwhile).`
  )

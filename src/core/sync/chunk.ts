/**
 * A sync chunk: one immutable, numbered batch of one device's changes. Each device writes only
 * its own chunks (`newsdeck/<device>/<seq>.json`), so no two devices ever write the same file.
 *
 * Every change carries its time; the device is the chunk's. Deleting is a tombstone, so a device
 * that never saw the record still learns it is gone. Answers carry no log id: ids are per
 * machine, and an answer is the same answer everywhere by its card, time and grade (answerKey).
 */
import * as v from 'valibot'
import { UserFacingError } from '../errors'
import {
  ArticleSchema,
  CardSchema,
  ReviewLogSchema,
  SchedSchema,
  SettingSchema,
  EARLIEST_TIME,
  LATEST_TIME
} from '../export/backup-schema'
import { describeIssue } from '../export/backup-validate'
import { isDeviceId } from './names'

export { chunkFileName, chunkSeqOf, isDeviceId } from './names'

export const CHUNK_FORMAT = 'newsdeck-sync-chunk'
/**
 * Version 2 added the answer tombstone (undoing an answer), version 3 the rescheduling tombstone
 * (undoing a rescheduling). A chunk is written with the lowest version that holds its changes,
 * so a device not yet updated reads what it can, and is told to update for the rest.
 */
export const CHUNK_VERSION = 3

/** A chunk that cannot be read: damaged, from a newer version, or not where it claims to be. */
export class SyncChunkError extends UserFacingError {
  constructor(message: string) {
    super('sync-chunk', message)
  }
}

/** A new device's id from 16 random bytes (the caller's crypto: core reads no randomness). */
export function deviceIdFrom(bytes: Uint8Array): string {
  if (bytes.length < 16) throw new Error('a device id needs 16 random bytes')
  return Array.from(bytes.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')
}

const time = v.pipe(
  v.number(),
  v.check((t) => t >= EARLIEST_TIME && t < LATEST_TIME, 'a change time outside 2000–2100')
)
const id = v.pipe(v.string(), v.minLength(1, 'an empty id'))

/** An answer as chunks and snapshots carry it: without the per-machine log id. */
export const AnswerSchema = v.omit(ReviewLogSchema, ['id'])
const AnswerChange = v.object({ type: v.literal('answer'), log: AnswerSchema })
const CardChange = v.object({ type: v.literal('card'), at: time, card: CardSchema })
const ArticleChange = v.object({ type: v.literal('article'), at: time, article: ArticleSchema })
const SettingChange = v.object({ type: v.literal('setting'), at: time, setting: SettingSchema })
const DeleteChange = v.object({
  type: v.literal('delete'),
  at: time,
  table: v.picklist(['card', 'article', 'setting', 'answer', 'reschedule']),
  /** A record's id, a setting's key, an answer's answerKey, or a rescheduling's rescheduleKey. */
  id
})
const rescheduleFields = { at: time, cardId: id, before: SchedSchema, after: SchedSchema }
/** A rescheduling event, as snapshots carry it. */
export const RescheduleSchema = v.object(rescheduleFields)
const RescheduleChange = v.object({ type: v.literal('reschedule'), ...rescheduleFields })

const ChangeSchema = v.variant('type', [
  AnswerChange,
  CardChange,
  ArticleChange,
  SettingChange,
  DeleteChange,
  RescheduleChange
])

const ChunkSchema = v.object({
  format: v.literal(CHUNK_FORMAT),
  version: v.number(),
  device: v.pipe(
    v.string(),
    v.check(isDeviceId, 'a device id that is not 8–64 lower-case letters, digits and dashes')
  ),
  seq: v.pipe(
    v.number(),
    v.integer('a chunk number that is not a whole number'),
    v.minValue(1, 'a chunk number under 1')
  ),
  createdAt: time,
  changes: v.array(v.unknown())
})

export type Change = v.InferOutput<typeof ChangeSchema>
export type Chunk = Omit<v.InferOutput<typeof ChunkSchema>, 'changes'> & { changes: Change[] }

export function makeChunk(
  device: string,
  seq: number,
  createdAt: number,
  changes: Change[]
): Chunk {
  const undoes = (table: string) => changes.some((c) => c.type === 'delete' && c.table === table)
  return {
    format: CHUNK_FORMAT,
    version: undoes('reschedule') ? 3 : undoes('answer') ? 2 : 1,
    device,
    seq,
    createdAt,
    changes
  }
}

export function serialiseChunk(chunk: Chunk): string {
  return JSON.stringify(chunk)
}

/**
 * Reads a chunk and checks every change. `where` is the device folder and number it was read
 * from: a chunk that claims another device or number is refused, since applying it under the
 * wrong name could shadow that device's real chunk.
 */
export function parseChunk(text: string, where: { device: string; seq: number }): Chunk {
  const name = `Chunk ${where.seq} from device ${where.device.slice(0, 8)}`
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new SyncChunkError(`${name} is damaged: it is not complete JSON.`)
  }
  const head = v.safeParse(ChunkSchema, raw, { abortEarly: true })
  if (!head.success) {
    throw new SyncChunkError(`${name} is damaged: it has ${describeIssue(head.issues[0])}.`)
  }
  const chunk = head.output
  if (chunk.version > CHUNK_VERSION) {
    throw new SyncChunkError(
      `${name} was written by a newer Newsdeck (format ${chunk.version}); update this one to sync.`
    )
  }
  if (chunk.device !== where.device || chunk.seq !== where.seq) {
    throw new SyncChunkError(
      `${name} is damaged: it says it is chunk ${chunk.seq} of device ${chunk.device.slice(0, 8)}.`
    )
  }
  const changes = chunk.changes.map((change, i) => {
    const result = v.safeParse(ChangeSchema, change, { abortEarly: true })
    if (!result.success) {
      throw new SyncChunkError(
        `${name} is damaged: change ${i + 1} of ${chunk.changes.length} has ${describeIssue(result.issues[0])}.`
      )
    }
    return result.output
  })
  return { ...chunk, changes }
}

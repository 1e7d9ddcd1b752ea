/**
 * A training set as one byte array, so it can cross to Electron's main process the way card
 * data is allowed to cross: as a file's bytes. Eight-byte aligned sections, in order: ratings,
 * deltas, starts, items, item times.
 */
import type { TrainingSet } from './types'

const MAGIC = 0x4e44_5453 // "NDTS"
const HEADER = 24

const align8 = (n: number): number => Math.ceil(n / 8) * 8

export function packTrainingSet(set: TrainingSet): Uint8Array {
  const sizes = [
    set.ratings.byteLength,
    set.deltas.byteLength,
    set.starts.byteLength,
    set.items.byteLength,
    set.itemTimes.byteLength
  ]
  const bytes = new Uint8Array(HEADER + sizes.reduce((n, s) => n + align8(s), 0))
  const view = new DataView(bytes.buffer)
  view.setUint32(0, MAGIC)
  view.setUint32(4, set.ratings.length)
  view.setUint32(8, set.starts.length)
  view.setUint32(12, set.items.length)
  view.setFloat64(16, set.reviewCount)
  let offset = HEADER
  for (const part of [set.ratings, set.deltas, set.starts, set.items, set.itemTimes]) {
    bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset)
    offset += align8(part.byteLength)
  }
  return bytes
}

/** Throws on bytes that are not a packed training set (main checks what crosses IPC). */
export function unpackTrainingSet(bytes: Uint8Array): TrainingSet {
  if (bytes.byteLength < HEADER) throw new Error('Not a packed training set: too short')
  // A copy, so the typed arrays below start 8-byte aligned whatever `bytes` was sliced from.
  const buffer = bytes.slice().buffer
  const view = new DataView(buffer)
  if (view.getUint32(0) !== MAGIC) throw new Error('Not a packed training set')
  const reviews = view.getUint32(4)
  const starts = view.getUint32(8)
  const items = view.getUint32(12)
  const expected =
    HEADER +
    align8(reviews) +
    align8(reviews * 4) +
    align8(starts * 4) +
    align8(items * 4) +
    items * 8
  if (bytes.byteLength < expected) throw new Error('Packed training set is truncated')
  let offset = HEADER
  const take = <T>(make: (offset: number) => T, byteLength: number): T => {
    const out = make(offset)
    offset += align8(byteLength)
    return out
  }
  const set: TrainingSet = {
    ratings: take((o) => new Uint8Array(buffer, o, reviews), reviews),
    deltas: take((o) => new Uint32Array(buffer, o, reviews), reviews * 4),
    starts: take((o) => new Uint32Array(buffer, o, starts), starts * 4),
    items: take((o) => new Uint32Array(buffer, o, items), items * 4),
    itemTimes: take((o) => new Float64Array(buffer, o, items), items * 8),
    reviewCount: view.getFloat64(16)
  }
  const last = set.starts[starts - 1] ?? 0
  if (starts === 0 || last !== reviews || set.items.some((i) => i >= reviews)) {
    throw new Error('Packed training set is inconsistent')
  }
  return set
}

/**
 * How many cards fall due on each study day, as the kept counts hold it: pairs of (day number,
 * count) in one Int32Array, days ascending (`dayNumber`: days since 1970-01-01), no count zero.
 *
 * Packed because the Library reads every article's days on each start-up, and IndexedDB hands a
 * typed array back as one block of bytes, where an object keyed by day is rebuilt property by
 * property: the first read of 200 articles' records, 42,500 days in all, took 65–77 ms with
 * objects and 2.4 ms packed, in a fresh page of the bench's library
 * (`bench/browser/diagnose-cold.ts` shows where a cold start's time goes).
 *
 * No function changes an array it is given: a change returns a new one.
 */
import { dayNumber, dayOfNumber } from '../calendar'

export type DueDays = Int32Array

export function emptyDue(): DueDays {
  return new Int32Array(0)
}

/** The days, each with its count, in day order. */
export function dueEntries(due: DueDays): Array<[day: string, count: number]> {
  const out: Array<[string, number]> = []
  for (let i = 0; i < due.length; i += 2) out.push([dayOfNumber(due[i]!), due[i + 1]!])
  return out
}

/** From counts by `YYYY-MM-DD` day (zero counts are left out). */
export function packDue(byDay: Readonly<Record<string, number>>): DueDays {
  const tally = new Map<number, number>()
  for (const [day, n] of Object.entries(byDay)) tally.set(dayNumber(day), n)
  return packTally(tally)
}

/** From counts by day number (zero counts are left out). */
export function packTally(tally: ReadonlyMap<number, number>): DueDays {
  const days = [...tally.keys()].filter((d) => tally.get(d) !== 0).sort((a, b) => a - b)
  const due = new Int32Array(days.length * 2)
  days.forEach((d, i) => {
    due[2 * i] = d
    due[2 * i + 1] = tally.get(d)!
  })
  return due
}

/**
 * A record's days as kept before schema version 7, an object keyed by `YYYY-MM-DD`, packed;
 * days already packed are returned as they are.
 */
export function asDueDays(due: DueDays | Readonly<Record<string, number>>): DueDays {
  return due instanceof Int32Array ? due : packDue(due)
}

/** Where `day` is, or would go, among the pairs: its pair's index. */
function find(due: DueDays, day: number): number {
  let lo = 0
  let hi = due.length / 2
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (due[2 * mid]! < day) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** `due` with `delta` added to `day`'s count; a day whose count reaches zero is dropped. */
export function addDue(due: DueDays, day: number, delta: number): DueDays {
  if (delta === 0) return due
  const at = find(due, day)
  if (2 * at < due.length && due[2 * at] === day) {
    const n = due[2 * at + 1]! + delta
    if (n !== 0) {
      const out = due.slice()
      out[2 * at + 1] = n
      return out
    }
    const out = new Int32Array(due.length - 2)
    out.set(due.subarray(0, 2 * at))
    out.set(due.subarray(2 * at + 2), 2 * at)
    return out
  }
  const out = new Int32Array(due.length + 2)
  out.set(due.subarray(0, 2 * at))
  out[2 * at] = day
  out[2 * at + 1] = delta
  out.set(due.subarray(2 * at), 2 * at + 2)
  return out
}

/** `a` plus `sign` times `b`, day by day; days whose count reaches zero are dropped. */
export function mergeDue(a: DueDays, b: DueDays, sign: 1 | -1): DueDays {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const da = i < a.length ? a[i]! : Infinity
    const db = j < b.length ? b[j]! : Infinity
    const day = Math.min(da, db)
    let n = 0
    if (da === day) {
      n += a[i + 1]!
      i += 2
    }
    if (db === day) {
      n += sign * b[j + 1]!
      j += 2
    }
    if (n !== 0) out.push(day, n)
  }
  return Int32Array.from(out)
}

/** Cards due on `day` or before it. */
export function dueOnOrBefore(due: DueDays, day: number): number {
  let n = 0
  for (let i = 0; i < due.length && due[i]! <= day; i += 2) n += due[i + 1]!
  return n
}

export function sameDue(a: DueDays, b: DueDays): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

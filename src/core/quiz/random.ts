/**
 * A small seeded random source. Quizzes must replay exactly from their seed (for tests and for
 * "try the same quiz again"), so nothing in the quiz core may touch Math.random.
 */

export type Seed = string | number

/** A source of uniform numbers in [0, 1). */
export interface Random {
  next(): number
}

/** FNV-1a over the seed's text: spreads short or similar seeds ("1", "2") across the state. */
function hashSeed(seed: Seed): number {
  const text = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32: tiny, fast and good enough for ordering options; not for anything secret. */
export function createRandom(seed: Seed): Random {
  let state = hashSeed(seed)
  return {
    next(): number {
      state = (state + 0x6d2b79f5) >>> 0
      let t = state
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
  }
}

/** An integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random.next() * n)
}

/** A shuffled copy (Fisher–Yates); the input is left as it was. */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1)
    const a = out[i] as T
    out[i] = out[j] as T
    out[j] = a
  }
  return out
}

/** One item, or undefined for an empty list. */
export function pick<T>(random: Random, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[randomInt(random, items.length)]
}

/** A stable short id from any text, for ids that must not depend on the clock. */
export function hashText(text: string): string {
  return hashSeed(text).toString(36)
}

import { describe, expect, it } from 'vitest'
import { createRandom, pick, shuffle } from './random'

const draw = (seed: string | number, n = 5) => {
  const r = createRandom(seed)
  return Array.from({ length: n }, () => r.next())
}

describe('seeded random', () => {
  it('replays the same numbers from the same seed', () => {
    expect(draw('quiz-1')).toEqual(draw('quiz-1'))
    expect(draw(42)).toEqual(draw(42))
  })

  it('gives different numbers for nearby seeds, and for "1" and 1', () => {
    expect(draw('a')).not.toEqual(draw('b'))
    expect(draw('1')).not.toEqual(draw(1))
  })

  it('stays in [0, 1)', () => {
    for (const x of draw('range', 1000)) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
    }
  })

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8]
    const out = shuffle(createRandom('s'), items)
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect([...out].sort((a, b) => a - b)).toEqual(items)
    expect(out).not.toEqual(items)
  })

  it('picks from the list, and nothing from an empty one', () => {
    const r = createRandom('p')
    expect(['x', 'y']).toContain(pick(r, ['x', 'y']))
    expect(pick(r, [])).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { parseHash, toHash, type Route } from './router.svelte'

describe('routes in the URL hash', () => {
  it('round-trips every screen, so a reload returns to the same place', () => {
    const routes: Route[] = [
      { name: 'library' },
      { name: 'import' },
      { name: 'review' },
      { name: 'quiz' },
      { name: 'stats' },
      { name: 'settings' },
      { name: 'reader', articleId: 'abc 1/2', sentence: null },
      { name: 'reader', articleId: 'x', sentence: 7 }
    ]
    for (const route of routes) expect(parseHash(toHash(route))).toEqual(route)
  })

  it('falls back to the library for unknown or malformed hashes', () => {
    expect(parseHash('')).toEqual({ name: 'library' })
    expect(parseHash('#/nowhere')).toEqual({ name: 'library' })
    expect(parseHash('#/article/')).toEqual({ name: 'library' })
    expect(parseHash('#/article/x/notanumber')).toEqual({
      name: 'reader',
      articleId: 'x',
      sentence: null
    })
  })
})

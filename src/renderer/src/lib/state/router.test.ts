// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { parseHash, router, toHash, type Route } from './router.svelte'

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

describe('leaving a screen that asks first', () => {
  it('stays while the screen holds the user back, goes when told to, and lets go on release', () => {
    router.go({ name: 'settings' })
    const asked: Route[] = []
    const release = router.checkBeforeLeaving((to) => (asked.push(to), false))

    expect(router.go({ name: 'review' })).toBe(false)
    expect(router.route).toEqual({ name: 'settings' })
    expect(location.hash).toBe('#/settings')
    expect(asked).toEqual([{ name: 'review' }])
    // Going to the screen already showing asks nothing.
    expect(router.go({ name: 'settings' })).toBe(true)
    expect(asked).toHaveLength(1)

    expect(router.go({ name: 'review' }, { force: true })).toBe(true)
    expect(location.hash).toBe('#/review')
    release()
    router.go({ name: 'settings' })
    expect(router.go({ name: 'library' })).toBe(true)
  })

  it('keeps the address on the held screen when the back button is pressed', () => {
    const stop = router.listen()
    router.go({ name: 'library' })
    router.go({ name: 'settings' })
    const release = router.checkBeforeLeaving(() => false)
    history.pushState(null, '', '#/library')
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(router.route).toEqual({ name: 'settings' })
    expect(location.hash).toBe('#/settings')
    release()
    stop()
  })
})

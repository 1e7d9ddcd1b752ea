/**
 * Which screen is showing, mirrored in the URL hash so a reload returns to the same place.
 */
export type Route =
  | { name: 'library' }
  | { name: 'import' }
  | { name: 'reader'; articleId: string; sentence: number | null }
  | { name: 'review' }
  | { name: 'quiz' }
  | { name: 'stats' }
  | { name: 'browse' }
  | { name: 'settings' }

export function parseHash(hash: string): Route {
  const [name = '', id, sentence] = hash.replace(/^#\/?/, '').split('/')
  switch (name) {
    case 'import':
    case 'review':
    case 'quiz':
    case 'stats':
    case 'browse':
    case 'settings':
      return { name }
    case 'article':
      if (id) {
        const n = sentence === undefined ? NaN : Number(sentence)
        return {
          name: 'reader',
          articleId: decodeURIComponent(id),
          sentence: Number.isInteger(n) ? n : null
        }
      }
      return { name: 'library' }
    default:
      return { name: 'library' }
  }
}

export function toHash(route: Route): string {
  if (route.name === 'reader') {
    const base = `#/article/${encodeURIComponent(route.articleId)}`
    return route.sentence === null ? base : `${base}/${route.sentence}`
  }
  return `#/${route.name}`
}

/** Says whether the screen showing may give way to `to` now; false holds the user there. */
export type LeaveCheck = (to: Route) => boolean

class Router {
  route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash))
  #check: LeaveCheck | null = null

  /**
   * Shows `route` and says whether it did: the screen showing may hold the user back (Settings
   * with unsaved changes asks first). `force` goes anyway, once the question is answered.
   */
  go(route: Route, { force = false } = {}): boolean {
    if (!force && this.#held(route)) return false
    this.route = route
    const hash = toHash(route)
    if (location.hash !== hash) history.pushState(null, '', hash)
    return true
  }

  /** Asks `check` before any other screen replaces this one; returns the release. */
  checkBeforeLeaving(check: LeaveCheck): () => void {
    this.#check = check
    return () => {
      if (this.#check === check) this.#check = null
    }
  }

  #held(to: Route): boolean {
    return toHash(to) !== toHash(this.route) && this.#check !== null && !this.#check(to)
  }

  /** Follows the browser's back and forward buttons. */
  listen(): () => void {
    const onPop = (): void => {
      const to = parseHash(location.hash)
      if (toHash(to) === toHash(this.route)) return
      // Held back: the address returns to the screen still showing.
      if (this.#held(to)) history.pushState(null, '', toHash(this.route))
      else this.route = to
    }
    // A plain link to "#/…" (as in the review card's "Read it in the article") fires hashchange.
    window.addEventListener('popstate', onPop)
    window.addEventListener('hashchange', onPop)
    return () => {
      window.removeEventListener('popstate', onPop)
      window.removeEventListener('hashchange', onPop)
    }
  }
}

export const router = new Router()

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
  | { name: 'settings' }

export function parseHash(hash: string): Route {
  const [name = '', id, sentence] = hash.replace(/^#\/?/, '').split('/')
  switch (name) {
    case 'import':
    case 'review':
    case 'quiz':
    case 'stats':
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

class Router {
  route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash))

  go(route: Route): void {
    this.route = route
    const hash = toHash(route)
    if (location.hash !== hash) history.pushState(null, '', hash)
  }

  /** Follows the browser's back and forward buttons. */
  listen(): () => void {
    const onPop = (): void => {
      this.route = parseHash(location.hash)
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

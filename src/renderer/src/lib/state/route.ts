/**
 * The screens' addresses in the URL hash, as plain functions: the router keeps the one showing,
 * and the page's first script reads which screen the app opens at (`early.ts`).
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

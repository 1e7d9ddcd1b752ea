/**
 * Every screen but the Library is its own chunk, loaded when first opened (and warmed once the
 * first screen is showing), so start-up parses only what the first paint needs. A loader may be
 * called any number of times: the browser fetches and runs a module once.
 */
import { parseHash } from '../lib/state/router.svelte'

export const screens = {
  import: () => import('./Import/ImportScreen.svelte'),
  reader: () => import('./Reader/ReaderScreen.svelte'),
  review: () => import('./Review/ReviewScreen.svelte'),
  quiz: () => import('./Quiz/QuizScreen.svelte'),
  stats: () => import('./Stats/StatsScreen.svelte'),
  browse: () => import('./Browse/BrowseScreen.svelte'),
  settings: () => import('./Settings/SettingsScreen.svelte')
}

/**
 * Starts fetching the code of the screen `hash` opens, unless it is the Library's. A failure is
 * not reported here: the screen's own load in `App.svelte` meets it again and says so.
 */
export function fetchFirstScreen(
  hash: string,
  loaders: Record<keyof typeof screens, () => Promise<unknown>> = screens
): void {
  const name = parseHash(hash).name
  if (name !== 'library') void loaders[name]().catch(() => undefined)
}

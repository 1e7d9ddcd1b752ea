import bundledText from '../../../../../resources/articles/2025-07-11-traditional-industries-bloom-anew.txt?raw'
import { bundledArticleImported, markBundledArticleImported } from '../db/meta-repo'
import { importEngine } from '../generation/import-engine'

export const BUNDLED_FILE_NAME = '2025-07-11-traditional-industries-bloom-anew.txt'

/**
 * First launch: the bundled article is imported and its cards generated, once. A later launch
 * finds the mark and adds nothing, even if the user has since deleted the article.
 */
export async function importBundledArticleOnce(
  onProgress: (message: string) => void,
  now: () => number
): Promise<boolean> {
  if (await bundledArticleImported()) return false
  onProgress('Reading the bundled article and generating its cards…')
  const engine = importEngine()
  const { job, cards } = await engine.generate({ kind: 'paste', text: bundledText })
  onProgress(`Saving ${cards.length} cards…`)
  await engine.save({
    job,
    cards,
    source: 'bundled',
    fileName: BUNDLED_FILE_NAME,
    replaces: null,
    now: now()
  })
  await markBundledArticleImported(now())
  return true
}

/** Asks the browser not to evict the library under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false
  } catch {
    return false
  }
}

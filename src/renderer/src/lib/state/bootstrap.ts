import bundledText from '../../../../../resources/articles/2025-07-11-traditional-industries-bloom-anew.txt?raw'
import { saveArticle } from '../db/articles-repo'
import { bundledArticleImported, markBundledArticleImported } from '../db/meta-repo'
import { generateCards } from '../generation/generate-client'

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
  const extraction = await generateCards(bundledText)
  onProgress(`Saving ${extraction.cards.length} cards…`)
  await saveArticle({
    extraction,
    cards: extraction.cards,
    text: bundledText,
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

import { database } from './database'

const BUNDLED_KEY = 'bundled-imported'

/** Whether the bundled article was imported once already (so deleting it sticks). */
export async function bundledArticleImported(): Promise<boolean> {
  return !!(await database().settings.get(BUNDLED_KEY))
}

export async function markBundledArticleImported(now: number): Promise<void> {
  await database().settings.put({ key: BUNDLED_KEY, value: now })
}

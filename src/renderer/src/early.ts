/**
 * The page's first script, loaded apart from the app (`async` in index.html) so it runs while
 * the app's code is still being fetched and compiled: when the app opens at the Library, it
 * starts reading the kept counts the Library lists (lib/db/early-read.ts).
 */
import { DATABASE_NAME } from './lib/db/database-name'
import { LIBRARY_COUNTS, startEarlyRead } from './lib/db/early-read'
import { parseHash } from './lib/state/route'

if (parseHash(location.hash).name === 'library' && typeof indexedDB !== 'undefined') {
  void startEarlyRead(indexedDB, DATABASE_NAME, LIBRARY_COUNTS.store, LIBRARY_COUNTS.index)
}

import type { SavedSearch } from '../../lib/db/records'

/** Searches every library has, above the user's own. */
export const BUILT_IN_SEARCHES: readonly SavedSearch[] = [
  { name: 'All cards', query: '' },
  { name: 'Due today', query: 'is:due' },
  { name: 'New', query: 'is:new' },
  { name: 'Failed this week', query: 'rated:7:1' },
  { name: 'Hard to recall', query: 'prop:r<0.8' },
  { name: 'Leeches', query: 'is:leech' },
  { name: 'Suspended', query: 'is:suspended' },
  { name: 'Buried', query: 'is:buried' }
]

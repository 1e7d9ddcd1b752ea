/** The IndexedDB database's name, apart from Dexie so the page's first script can read it. */
export const DATABASE_NAME = 'newsdeck'

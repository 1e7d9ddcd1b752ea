import type { Route } from './router.svelte'

/** The screens in the navigation, in order. A screen is listed only once it is built. */
export const screens: Array<{ name: Route['name']; label: string; key: string }> = [
  { name: 'library', label: 'Library', key: '1' },
  { name: 'review', label: 'Review', key: '2' },
  { name: 'quiz', label: 'Quiz', key: '3' },
  { name: 'stats', label: 'Statistics', key: '4' },
  { name: 'browse', label: 'Browse', key: '5' },
  { name: 'settings', label: 'Settings', key: ',' }
]

import type { Route } from './router.svelte'
import { screens } from './screens'

/** A key (or keys that do the same thing) and what it does, as the help lists it. */
export interface Shortcut {
  keys: string[]
  does: string
}

export interface ScreenHelp {
  title: string
  /** What the screen is for, in a sentence or two. */
  about: string
  shortcuts: Shortcut[]
}

/** What each screen is for and the keys it answers, for the help (the `?` key). */
export const SCREEN_HELP: Record<Route['name'], ScreenHelp> = {
  library: {
    title: 'Library',
    about:
      'Your articles, with their cards and progress. Open one to read it, or import another: paste it, open a .txt file, or drop one on the window.',
    shortcuts: []
  },
  import: {
    title: 'Import',
    about:
      'Paste an article or open a .txt file; keep, drop or edit each card it gives before adding them. A quote marked “check the speaker” (or place, or time) offers its likely answers in one click.',
    shortcuts: []
  },
  reader: {
    title: 'Reading an article',
    about:
      'Quotes and facts are highlighted. Select a highlighted sentence to see the cards made from it; on a narrow window they open in a sheet over the article. Each quote shows who said it: click the name to correct the speaker, place or time.',
    shortcuts: [
      { keys: ['Tab'], does: 'Move to the next highlighted sentence' },
      { keys: ['Enter', 'Space'], does: 'Show the cards of that sentence' },
      { keys: ['Esc'], does: 'Close its cards and go back to every card' }
    ]
  },
  review: {
    title: 'Review',
    about:
      "Recall the answer, show it, then say how well you remembered. Each button shows when it brings the card back; FSRS fits today's queue to what you know.",
    shortcuts: [
      { keys: ['Space', 'Enter'], does: 'Show the answer; once it shows, grade Good' },
      { keys: ['1', '2', '3', '4'], does: 'Grade: Again, Hard, Good, Easy' },
      { keys: ['Ctrl Z'], does: 'Undo the last answer' },
      { keys: ['E'], does: 'Edit the card' },
      { keys: ['Esc'], does: 'Leave the editor without saving' },
      { keys: ['-'], does: 'Bury the card until tomorrow' },
      { keys: ['!'], does: 'Suspend the card' }
    ]
  },
  quiz: {
    title: 'Quiz',
    about:
      'Who said what, where and when, from every quote in the library. Wrong answers can be sent to the review queue. A quote whose speaker, place or time is still to be checked is left out until you check it.',
    shortcuts: [
      { keys: ['1', '2', '3', '4'], does: 'Choose an answer' },
      { keys: ['Enter'], does: 'Answer a typed question; then go to the next one' }
    ]
  },
  stats: {
    title: 'Statistics',
    about:
      'Answers per day, cards coming due and cards by state; export cards and history, back up and restore.',
    shortcuts: []
  },
  browse: {
    title: 'Browse',
    about:
      'Every card in a table: search with words and kind:, article:, speaker:, tag:, is:due, prop:r<0.8, rated:7:1, added:30, - (not), or and parentheses; sort by any column; act on the selected cards at once.',
    shortcuts: [
      { keys: ['↑', '↓', 'Page Up', 'Page Down', 'Home', 'End'], does: 'Move through the cards' },
      { keys: ['Shift ↑', 'Shift ↓', 'Shift click'], does: 'Select a range' },
      {
        keys: ['Ctrl ↑', 'Ctrl ↓', 'Space', 'Ctrl click'],
        does: 'Move, then add or take away one card'
      },
      { keys: ['Ctrl A'], does: 'Select every card listed' },
      { keys: ['Enter'], does: 'Go to the card’s details' },
      { keys: ['Delete'], does: 'Delete the selected cards (asks first)' },
      { keys: ['Ctrl Z'], does: 'Undo the last action' }
    ]
  },
  settings: {
    title: 'Settings',
    about:
      'Retention, daily limits, learning steps and when a new day starts. Leaving with unsaved changes asks whether to save or discard them.',
    shortcuts: [{ keys: ['Enter'], does: 'Save the settings (from any field)' }]
  }
}

/** The keys that work on every screen. */
export function globalShortcuts(): Shortcut[] {
  return [
    ...screens.map((s) => ({ keys: [`Ctrl ${s.key}`], does: `Go to ${s.label}` })),
    { keys: ['Ctrl O'], does: 'Import an article from a file' },
    { keys: ['?'], does: 'Show or hide this help' },
    { keys: ['Esc'], does: 'Close a dialog or a question' }
  ]
}

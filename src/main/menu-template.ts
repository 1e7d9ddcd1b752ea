import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc'

/**
 * The application menu as data. Kept free of Electron at run time (the import above is types
 * only) so its shape, accelerators and commands are unit-tested in plain Node.
 *
 * Study shortcuts are Ctrl/Cmd+1..5 and Ctrl/Cmd+, because Ctrl/Cmd+R already reloads.
 */
export interface MenuOptions {
  platform: NodeJS.Platform
  /** Developer tools are offered only in development builds. */
  isDev: boolean
  /** Delivers a command to the renderer of the focused window. */
  send: (cmd: MenuCommand) => void
  /** What main does itself, with no renderer involved. */
  actions: MainActions
  /** Where automatic backups go, and the day (YYYY-MM-DD) of the newest one there, if any. */
  backups: { folder: string; lastDay: string | null }
}

export interface MainActions {
  openBackupsFolder(): void
  openLogsFolder(): void
}

type Item = MenuItemConstructorOptions

function command(
  label: string,
  cmd: MenuCommand,
  send: MenuOptions['send'],
  accelerator?: string
): Item {
  // The id is the command, so tests (unit and _electron) find and click items by what they do.
  const item: Item = { id: cmd, label, click: () => send(cmd) }
  return accelerator ? { ...item, accelerator } : item
}

export function buildMenuTemplate({
  platform,
  isDev,
  send,
  actions,
  backups
}: MenuOptions): Item[] {
  const mac = platform === 'darwin'
  const about = (): Item => command('About Newsdeck', 'about', send)
  const settings = command(mac ? 'Settings…' : 'Settings', 'go-settings', send, 'CmdOrCtrl+,')

  // macOS puts About, Settings and Quit under the app's own menu; elsewhere they live in File/Help/Study.
  const appMenu: Item[] = mac
    ? [
        {
          label: 'Newsdeck',
          submenu: [
            about(),
            { type: 'separator' },
            settings,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' }
          ]
        }
      ]
    : []

  const file: Item = {
    label: 'File',
    submenu: [
      command('Import article…', 'import-article', send, 'CmdOrCtrl+O'),
      {
        label: 'Export',
        submenu: [
          command('Cards (CSV)…', 'export-cards', send),
          command('Review history (CSV)…', 'export-history', send),
          command('History for the FSRS tools (CSV)…', 'export-fsrs-history', send),
          command('Anki package (.apkg)…', 'export-anki', send),
          command('Full backup…', 'export-backup', send)
        ]
      },
      { type: 'separator' },
      command('Back up now', 'backup-now', send),
      {
        id: 'open-backups-folder',
        label: 'Open backups folder',
        click: () => actions.openBackupsFolder()
      },
      ...(mac
        ? [{ role: 'close' } as Item]
        : [{ type: 'separator' } as Item, { role: 'quit' } as Item])
    ]
  }

  const edit: Item = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' }
    ]
  }

  const view: Item = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(isDev ? [{ role: 'toggleDevTools' } as Item] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' }
    ]
  }

  const study: Item = {
    label: 'Study',
    submenu: [
      command('Library', 'go-library', send, 'CmdOrCtrl+1'),
      command('Review', 'go-review', send, 'CmdOrCtrl+2'),
      command('Quiz', 'go-quiz', send, 'CmdOrCtrl+3'),
      command('Statistics', 'go-stats', send, 'CmdOrCtrl+4'),
      command('Browse', 'go-browse', send, 'CmdOrCtrl+5'),
      ...(mac ? [] : [{ type: 'separator' } as Item, settings])
    ]
  }

  // Minimise and zoom everywhere; on macOS also the window list and "Bring all to front".
  const window: Item = { role: 'windowMenu' }

  // On macOS About also sits in the app menu, where Mac users look first. Help has no
  // accelerator: a menu's `?` would be taken from every text field; the window answers `?` itself.
  const help: Item = {
    role: 'help',
    submenu: [
      command('Newsdeck Help', 'help', send),
      about(),
      { type: 'separator' },
      // Where the backups are and whether they are being made, without opening anything.
      {
        id: 'help-backups-folder',
        label: `Backups folder: ${backups.folder}`,
        click: () => actions.openBackupsFolder()
      },
      {
        id: 'help-last-backup',
        label: `Last backup: ${backups.lastDay ?? 'none yet'}`,
        enabled: false
      },
      { id: 'open-logs-folder', label: 'Open logs folder', click: () => actions.openLogsFolder() }
    ]
  }
  return [...appMenu, file, edit, view, study, window, help]
}

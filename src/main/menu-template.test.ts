import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { MENU_COMMANDS } from '../shared/ipc'
import { buildMenuTemplate, type MenuOptions } from './menu-template'

type Item = MenuItemConstructorOptions

function items(menu: Item | undefined): Item[] {
  return Array.isArray(menu?.submenu) ? menu.submenu : []
}

/** Every item at any depth (File › Export › … included). */
function all(template: Item[]): Item[] {
  return template.flatMap((menu) => [menu, ...all(items(menu))])
}

function byId(template: Item[], id: string): Item | undefined {
  return all(template).find((i) => i.id === id)
}

function click(item: Item | undefined): void {
  ;(item?.click as (() => void) | undefined)?.()
}

function options(over: Partial<MenuOptions> = {}): MenuOptions {
  return {
    platform: 'linux',
    isDev: false,
    send: vi.fn(),
    actions: { openBackupsFolder: vi.fn(), openLogsFolder: vi.fn() },
    backups: { folder: '/home/me/.config/Newsdeck/backups', lastDay: '2026-11-28' },
    ...over
  }
}

const labels = (menu: Item | undefined): unknown[] =>
  items(menu).map((i) => i.label ?? i.role ?? i.type)

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Study, Window and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = buildMenuTemplate(options({ platform }))
      expect(template.map((m) => m.label ?? m.role)).toEqual([
        'File',
        'Edit',
        'View',
        'Study',
        'windowMenu',
        'help'
      ])
    }
  })

  it('puts the app menu first on macOS, with About, Settings and Quit', () => {
    const template = buildMenuTemplate(options({ platform: 'darwin' }))
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      'Newsdeck',
      'File',
      'Edit',
      'View',
      'Study',
      'windowMenu',
      'help'
    ])
    const appMenu = items(template[0])
    expect(labels(template[0])).toContain('quit')
    expect(appMenu.some((i) => i.label === 'Settings…')).toBe(true)
    expect(items(template[1]).some((i) => i.role === 'quit')).toBe(false)
  })

  it('has the File menu a desktop user expects: import, each export, backups', () => {
    const file = buildMenuTemplate(options())[0]
    expect(labels(file)).toEqual([
      'Import article…',
      'Export',
      'separator',
      'Back up now',
      'Open backups folder',
      'separator',
      'quit'
    ])
    const exportMenu = items(file).find((i) => i.label === 'Export')
    expect(labels(exportMenu)).toEqual([
      'Cards (CSV)…',
      'Review history (CSV)…',
      'History for the FSRS tools (CSV)…',
      'Anki package (.apkg)…',
      'Full backup…'
    ])
  })

  it('sends each command to the renderer, with its accelerator', () => {
    const send = vi.fn()
    const template = buildMenuTemplate(options({ send }))
    const expected: [string, string | undefined][] = [
      ['import-article', 'CmdOrCtrl+O'],
      ['export-cards', undefined],
      ['export-history', undefined],
      ['export-fsrs-history', undefined],
      ['export-anki', undefined],
      ['export-backup', undefined],
      ['backup-now', undefined],
      ['go-library', 'CmdOrCtrl+1'],
      ['go-review', 'CmdOrCtrl+2'],
      ['go-quiz', 'CmdOrCtrl+3'],
      ['go-stats', 'CmdOrCtrl+4'],
      ['go-browse', 'CmdOrCtrl+5'],
      ['go-settings', 'CmdOrCtrl+,'],
      ['help', undefined],
      ['about', undefined]
    ]
    for (const [cmd, accelerator] of expected) {
      const item = byId(template, cmd)
      expect(item?.accelerator, cmd).toBe(accelerator)
      send.mockClear()
      click(item)
      expect(send).toHaveBeenCalledWith(cmd)
    }
    // Every command of the contract is reachable from the menu.
    expect(expected.map(([cmd]) => cmd).sort()).toEqual([...MENU_COMMANDS].sort())
  })

  it('opens the backups and logs folders in main, without the renderer', () => {
    const opts = options()
    const template = buildMenuTemplate(opts)
    click(byId(template, 'open-backups-folder'))
    expect(opts.actions.openBackupsFolder).toHaveBeenCalledOnce()
    const help = template.find((m) => m.role === 'help')
    expect(labels(help)).toEqual([
      'Newsdeck Help',
      'About Newsdeck',
      'separator',
      'Backups folder: /home/me/.config/Newsdeck/backups',
      'Last backup: 2026-11-28',
      'Open logs folder'
    ])
    click(byId(template, 'open-logs-folder'))
    expect(opts.actions.openLogsFolder).toHaveBeenCalledOnce()
    click(byId(template, 'help-backups-folder'))
    expect(opts.actions.openBackupsFolder).toHaveBeenCalledTimes(2)
    expect(byId(template, 'help-last-backup')?.enabled).toBe(false)
    expect(opts.send).not.toHaveBeenCalled()
  })

  it('says in Help when no backup has been made yet', () => {
    const template = buildMenuTemplate(options({ backups: { folder: '/b', lastDay: null } }))
    expect(byId(template, 'help-last-backup')?.label).toBe('Last backup: none yet')
  })

  it('has no two items sharing an accelerator, and none on Ctrl+R (reload)', () => {
    const template = buildMenuTemplate(options({ isDev: true }))
    const accelerators = all(template)
      .map((i) => i.accelerator)
      .filter((a): a is string => typeof a === 'string')
    expect(new Set(accelerators).size).toBe(accelerators.length)
    expect(accelerators).not.toContain('CmdOrCtrl+R')
  })

  it('has the standard Edit roles and the Window role', () => {
    const template = buildMenuTemplate(options())
    expect(
      items(template[1])
        .map((i) => i.role)
        .filter(Boolean)
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    expect(template.some((m) => m.role === 'windowMenu')).toBe(true)
  })

  it('offers developer tools only in development', () => {
    const roles = (isDev: boolean): unknown[] =>
      items(buildMenuTemplate(options({ isDev }))[2]).map((i) => i.role)
    expect(roles(true)).toContain('toggleDevTools')
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).toEqual(
      expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    )
  })
})

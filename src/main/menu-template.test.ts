import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate } from './menu-template'

type Item = MenuItemConstructorOptions

function items(menu: Item | undefined): Item[] {
  return Array.isArray(menu?.submenu) ? menu.submenu : []
}

function find(template: Item[], label: string): Item | undefined {
  return template.flatMap(items).find((i) => i.label === label)
}

function click(item: Item | undefined): void {
  ;(item?.click as (() => void) | undefined)?.()
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Study and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = buildMenuTemplate({ platform, isDev: false, send: vi.fn() })
      expect(template.map((m) => m.label ?? m.role)).toEqual([
        'File',
        'Edit',
        'View',
        'Study',
        'help'
      ])
    }
  })

  it('puts the app menu first on macOS, with About, Settings and Quit', () => {
    const template = buildMenuTemplate({ platform: 'darwin', isDev: false, send: vi.fn() })
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      'Newsdeck',
      'File',
      'Edit',
      'View',
      'Study',
      'help'
    ])
    const appMenu = items(template[0])
    expect(appMenu.map((i) => i.label ?? i.role ?? i.type)).toContain('quit')
    expect(appMenu.some((i) => i.label === 'Settings…')).toBe(true)
    expect(items(template[1]).some((i) => i.role === 'quit')).toBe(false)
  })

  it('sends each command to the renderer with its accelerator', () => {
    const send = vi.fn()
    const template = buildMenuTemplate({ platform: 'linux', isDev: false, send })
    const expected: [string, string, string | undefined][] = [
      ['Import article…', 'import-article', 'CmdOrCtrl+O'],
      ['Export…', 'export', 'CmdOrCtrl+E'],
      ['Library', 'go-library', 'CmdOrCtrl+1'],
      ['Review', 'go-review', 'CmdOrCtrl+2'],
      ['Quiz', 'go-quiz', 'CmdOrCtrl+3'],
      ['Statistics', 'go-stats', 'CmdOrCtrl+4'],
      ['Settings', 'go-settings', 'CmdOrCtrl+,'],
      ['Newsdeck Help', 'help', undefined],
      ['About Newsdeck', 'about', undefined]
    ]
    for (const [label, cmd, accelerator] of expected) {
      const item = find(template, label)
      expect(item?.accelerator, label).toBe(accelerator)
      send.mockClear()
      click(item)
      expect(send).toHaveBeenCalledWith(cmd)
    }
    expect(items(template[0]).some((i) => i.role === 'quit')).toBe(true)
  })

  it('has no two items sharing an accelerator, and none on Ctrl+R (reload)', () => {
    const template = buildMenuTemplate({ platform: 'linux', isDev: true, send: vi.fn() })
    const accelerators = template
      .flatMap(items)
      .map((i) => i.accelerator)
      .filter((a): a is string => typeof a === 'string')
    expect(new Set(accelerators).size).toBe(accelerators.length)
    expect(accelerators).not.toContain('CmdOrCtrl+R')
  })

  it('has the standard Edit roles', () => {
    const edit = buildMenuTemplate({ platform: 'linux', isDev: false, send: vi.fn() })[1]
    expect(
      items(edit)
        .map((i) => i.role)
        .filter(Boolean)
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
  })

  it('offers developer tools only in development', () => {
    const roles = (isDev: boolean): unknown[] =>
      items(buildMenuTemplate({ platform: 'linux', isDev, send: vi.fn() })[2]).map((i) => i.role)
    expect(roles(true)).toContain('toggleDevTools')
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).toEqual(
      expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    )
  })
})

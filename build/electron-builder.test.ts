import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { Configuration } from 'electron-builder'

const config = parse(
  readFileSync(new URL('./electron-builder.yml', import.meta.url), 'utf8')
) as Configuration

// electron-builder's own schema check, the one `npm run dist` runs before it downloads anything.
const require = createRequire(import.meta.url)
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown }

describe('build/electron-builder.yml', () => {
  // validateConfiguration loads electron-builder's JSON schema and ajv on first use: a few seconds
  // on a busy two-core machine, more than vitest's default 5 s.
  it('is a configuration electron-builder accepts', { timeout: 30_000 }, async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  describe('Electron fuses', () => {
    const fuses = config.electronFuses ?? {}
    it.each([
      // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node that runs any script.
      ['runAsNode', false],
      // NODE_OPTIONS could preload code into main (--require) from the environment.
      ['enableNodeOptionsEnvironmentVariable', false],
      // --inspect / SIGUSR1 would let another local process attach a debugger to main.
      ['enableNodeCliInspectArguments', false],
      ['enableCookieEncryption', true],
      // app.asar is checked against the hash in the signed binary (macOS, Windows).
      ['enableEmbeddedAsarIntegrityValidation', true],
      // ...and nothing but app.asar is ever loaded, so the check cannot be sidestepped.
      ['onlyLoadAppFromAsar', true],
      // file:// pages get no more than a browser gives them; the app is served over app://.
      ['grantFileProtocolExtraPrivileges', false]
    ] as const)('%s is %s', (fuse, expected) => {
      expect(fuses[fuse]).toBe(expected)
    })
  })

  it('packages AppImage and deb for Linux, nsis for Windows, dmg for macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toBe('nsis')
    expect(config.mac?.target).toBe('dmg')
    expect(config.asar).toBe(true)
  })

  it('registers Newsdeck to open .txt articles', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'txt', mimeType: 'text/plain', role: 'Viewer' })
    ])
  })

  it('takes every icon from what build/make-icons.mjs renders', () => {
    expect(config.icon).toBe('build/icon.png')
    expect(config.linux?.icon).toBe('build/icons')
    expect(config.win?.icon).toBe('build/icon.ico')
    expect(config.mac?.icon).toBe('build/icon.icns')
  })

  it('ships only the built app and its resources', () => {
    expect(config.files).toEqual(['out/**', 'resources/**', '!**/*.map'])
  })
})

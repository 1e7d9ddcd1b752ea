import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { electronBinaryPath, electronPackageDir } from './electron-binary.mjs'

let pkg: string
beforeEach(() => {
  pkg = mkdtempSync(join(tmpdir(), 'newsdeck-electron-'))
})
afterEach(() => {
  rmSync(pkg, { recursive: true, force: true })
})

function install(executable: string): string {
  writeFileSync(join(pkg, 'path.txt'), executable)
  const binary = join(pkg, 'dist', executable)
  mkdirSync(join(binary, '..'), { recursive: true })
  writeFileSync(binary, '')
  return binary
}

describe('electronBinaryPath', () => {
  it('finds the binary that path.txt names inside dist/', () => {
    const binary = install('electron')
    expect(electronBinaryPath({ packageDir: pkg, env: {} })).toBe(binary)
  })

  it('handles the macOS app bundle path', () => {
    const binary = install('Electron.app/Contents/MacOS/Electron')
    expect(electronBinaryPath({ packageDir: pkg, env: {} })).toBe(binary)
  })

  it('is null when the download never happened (no path.txt)', () => {
    expect(electronBinaryPath({ packageDir: pkg, env: {} })).toBeNull()
  })

  it('is null when path.txt exists but dist/ was not unpacked', () => {
    writeFileSync(join(pkg, 'path.txt'), 'electron')
    expect(electronBinaryPath({ packageDir: pkg, env: {} })).toBeNull()
  })

  it('is null when the electron package is not installed', () => {
    expect(electronBinaryPath({ packageDir: null, env: {} })).toBeNull()
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js', () => {
    const dist = join(pkg, 'custom')
    mkdirSync(dist)
    writeFileSync(join(dist, 'electron'), '')
    expect(
      electronBinaryPath({ packageDir: pkg, env: { ELECTRON_OVERRIDE_DIST_PATH: dist } })
    ).toBe(join(dist, 'electron'))
    expect(
      electronBinaryPath({
        packageDir: pkg,
        env: { ELECTRON_OVERRIDE_DIST_PATH: join(pkg, 'nope') }
      })
    ).toBeNull()
  })

  it('never reads anything but path.txt and never loads the package', () => {
    const read: string[] = []
    electronBinaryPath({
      packageDir: pkg,
      env: {},
      exists: () => true,
      readText: (file) => {
        read.push(file)
        return 'electron\n'
      }
    })
    expect(read).toEqual([join(pkg, 'path.txt')])
  })
})

describe('electronPackageDir', () => {
  it('locates the installed electron package from the repo root', () => {
    expect(electronPackageDir(join(__dirname, '..'))).toMatch(/node_modules[\\/]electron$/)
  })

  it('is null where electron is not installed', () => {
    expect(electronPackageDir(pkg)).toBeNull()
  })
})

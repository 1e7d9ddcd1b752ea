// Finds Electron's binary without loading the `electron` package: its index.js downloads the
// binary from GitHub when missing, which hangs or throws on machines that cannot reach GitHub.
// start.mjs and e2e/electron.spec.ts both ask here, so they agree on "is Electron available".
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export const WEB_URL = 'http://127.0.0.1:4173'

export const MISSING_MESSAGE =
  "Electron's binary is not installed here (it downloads from GitHub on first use)"

/** The installed `electron` package's folder, or null when it is not installed at all. */
export function electronPackageDir(fromDir = process.cwd()) {
  try {
    const require = createRequire(join(fromDir, 'package.json'))
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

/**
 * The path electron/index.js would return, if that file exists; else null. Mirrors its rules:
 * path.txt names the executable inside dist/, and ELECTRON_OVERRIDE_DIST_PATH replaces dist/.
 */
export function electronBinaryPath({
  packageDir = electronPackageDir(),
  env = process.env,
  exists = existsSync,
  readText = (file) => readFileSync(file, 'utf8')
} = {}) {
  if (!packageDir) return null
  const pathFile = join(packageDir, 'path.txt')
  const executable = exists(pathFile) ? readText(pathFile).trim() : ''
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  const binary = override
    ? join(override, executable || 'electron')
    : executable
      ? join(packageDir, 'dist', executable)
      : null
  return binary && exists(binary) ? binary : null
}

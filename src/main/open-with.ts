/**
 * Articles the OS asks Newsdeck to open: "Open with" on a .txt file, a file dropped on the app's
 * icon, `newsdeck story.txt` in a terminal. They arrive as command-line arguments (Windows and
 * Linux; on a second launch through the 'second-instance' event) or as macOS 'open-file' events,
 * possibly before the window exists. No Electron here; index.ts wires the events.
 */
import { extname, isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Article files: what the open dialog offers (files.ts); .txt is registered with the OS too. */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md']

export interface ArgvContext {
  /** The directory the launch came from; relative paths are relative to it. */
  cwd: string
  /**
   * True when Electron runs the app from source (`electron .`, `electron out/main/index.js`):
   * then the first plain argument is the app itself, not a file to open.
   */
  defaultApp: boolean
}

/**
 * The article files named on a command line, as absolute paths. Switches (Chromium's and
 * Electron's, such as --no-sandbox or --inspect=0, which a launcher or a second instance may add
 * in any position) are skipped, and so is anything that is not a .txt/.text/.md path. Linux file
 * managers may pass file:// URLs (%U in the .desktop file); those become paths.
 */
export function articlePathsFromArgv(argv: readonly string[], context: ArgvContext): string[] {
  const plain = argv.slice(1).filter((arg) => arg !== '' && !arg.startsWith('-'))
  const candidates = context.defaultApp ? plain.slice(1) : plain
  const paths: string[] = []
  for (const arg of candidates) {
    const path = toPath(arg, context.cwd)
    if (path && ARTICLE_EXTENSIONS.includes(extname(path).toLowerCase()) && !paths.includes(path)) {
      paths.push(path)
    }
  }
  return paths
}

function toPath(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg)
    } catch {
      return null
    }
  }
  // Any other URL-looking argument (newsdeck://, https://) is not a file on this machine.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null
  return isAbsolute(arg) ? resolve(arg) : resolve(cwd, arg)
}

/**
 * Holds an opened file until the renderer says it is listening, then hands it over.
 * The import preview shows one article at a time, so only the newest request is kept: opening
 * three files at once previews the last, the same as opening them one after another would.
 */
export class OpenedFiles {
  #pending: string | null = null
  #deliver: ((path: string) => void) | null = null

  /** Queues paths (the newest wins) and delivers at once if the renderer is listening. */
  add(paths: readonly string[]): void {
    const newest = paths[paths.length - 1]
    if (newest === undefined) return
    this.#pending = newest
    this.#flush()
  }

  /** The renderer is listening: deliver what is waiting now and later requests as they come. */
  ready(deliver: (path: string) => void): void {
    this.#deliver = deliver
    this.#flush()
  }

  /** The renderer went away (reload, window closed): hold requests again until it is back. */
  notReady(): void {
    this.#deliver = null
  }

  #flush(): void {
    if (!this.#deliver || this.#pending === null) return
    const path = this.#pending
    this.#pending = null
    this.#deliver(path)
  }
}

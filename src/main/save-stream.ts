/**
 * Files written a piece at a time, for exports too large to cross IPC whole (the history CSV of
 * a million answers, an Anki package). Pieces go to `<name>.part`, renamed into place only when
 * the renderer says the export finished, so a failed export never leaves a half file under the
 * name the user chose. Tokens are handed out here; the renderer cannot name a path.
 */
import { basename } from 'node:path'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import type { SaveFileResult } from '../shared/ipc'

interface OpenFile {
  path: string
  handle: FileHandle
}

export class SaveStreams {
  #next = 1
  readonly #files = new Map<number, OpenFile>()

  async open(path: string): Promise<number> {
    const handle = await open(`${path}.part`, 'w')
    const token = this.#next++
    this.#files.set(token, { path, handle })
    return token
  }

  async write(token: number, chunk: Uint8Array): Promise<void> {
    const file = this.#files.get(token)
    if (!file) throw new Error('No export is being written under this token')
    await file.handle.write(chunk)
  }

  async close(token: number, keep: boolean): Promise<SaveFileResult> {
    const file = this.#files.get(token)
    if (!file) return { kind: 'error', message: 'The export was already closed.' }
    this.#files.delete(token)
    const part = `${file.path}.part`
    try {
      await file.handle.close()
      if (!keep) {
        await rm(part, { force: true })
        return { kind: 'cancelled' }
      }
      await rename(part, file.path)
      return { kind: 'saved', path: file.path }
    } catch (err) {
      await rm(part, { force: true }).catch(() => undefined)
      const why = err instanceof Error ? err.message : String(err)
      return { kind: 'error', message: `Could not save ${basename(file.path)}: ${why}` }
    }
  }

  /** Open exports, for tests and for closing them when the window goes. */
  get openCount(): number {
    return this.#files.size
  }
}

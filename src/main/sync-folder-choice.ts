/**
 * The folders the user chose to sync through, in the system's dialog, kept in the app's data
 * folder. Main syncs only through one of these, so a page cannot name some other folder and
 * have files written there: the path it sends must be one the user picked.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** Enough for every folder a person switches between; the oldest is dropped past it. */
const MAX_KEPT = 20

export class ChosenSyncFolders {
  constructor(private readonly file: string) {}

  /** Remembers a folder the user just chose (the newest last). */
  async add(folder: string): Promise<void> {
    const kept = (await this.#read()).filter((f) => f !== folder)
    kept.push(folder)
    await this.#write(kept.slice(-MAX_KEPT))
  }

  async has(folder: string): Promise<boolean> {
    return (await this.#read()).includes(folder)
  }

  async #read(): Promise<string[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.file, 'utf8'))
      return Array.isArray(parsed) ? parsed.filter((f): f is string => typeof f === 'string') : []
    } catch {
      // None chosen yet, or a damaged file: the user chooses again.
      return []
    }
  }

  /** Written beside and moved into place, so a crash never leaves half a file. */
  async #write(folders: string[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true })
    const temp = `${this.file}.${process.pid}.tmp`
    await writeFile(temp, JSON.stringify(folders))
    await rename(temp, this.file)
  }
}

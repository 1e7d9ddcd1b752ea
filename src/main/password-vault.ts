/**
 * Sync passwords kept on the desktop: each encrypted with the operating system's keychain
 * (Electron's safeStorage) and written to one file in the app's data folder, so Newsdeck can
 * sync when it starts without asking again. Nothing is kept where the system cannot encrypt, and
 * a password is never written or logged in the clear.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** What safeStorage offers; tests pass a stand-in. */
export interface Cipher {
  available(): boolean
  encrypt(text: string): Buffer
  decrypt(data: Buffer): string
}

type Stored = Record<string, string>

export class PasswordVault {
  constructor(
    private readonly file: string,
    private readonly cipher: Cipher
  ) {}

  /**
   * Keeps `password` for `account` (a server address and user), or forgets it when null.
   * Resolves false when the system offers no encryption: then nothing is written.
   */
  async keep(account: string, password: string | null): Promise<boolean> {
    const stored = await this.#read()
    if (password === null) {
      if (!(account in stored)) return true
      delete stored[account]
    } else {
      if (!this.cipher.available()) return false
      stored[account] = this.cipher.encrypt(password).toString('base64')
    }
    await this.#write(stored)
    return true
  }

  /** The kept password for `account`, or null (none kept, or it can no longer be read). */
  async kept(account: string): Promise<string | null> {
    const data = (await this.#read())[account]
    if (data === undefined || !this.cipher.available()) return null
    try {
      return this.cipher.decrypt(Buffer.from(data, 'base64'))
    } catch {
      // Encrypted under another user or keychain: ask again rather than fail the start.
      return null
    }
  }

  async #read(): Promise<Stored> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch {
      return {}
    }
    try {
      const parsed: unknown = JSON.parse(text)
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
      return Object.fromEntries(
        Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string')
      )
    } catch {
      return {}
    }
  }

  /** Written beside and moved into place, so a crash never leaves half a file. */
  async #write(stored: Stored): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true })
    const temp = `${this.file}.${process.pid}.tmp`
    await writeFile(temp, JSON.stringify(stored), { mode: 0o600 })
    await rename(temp, this.file)
  }
}

import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { PasswordVault, type Cipher } from './password-vault'

/** A reversible stand-in for safeStorage: the bytes reversed, so the file never holds the text. */
function fakeCipher(available = true): Cipher & { on: boolean } {
  return {
    on: available,
    available() {
      return this.on
    },
    encrypt: (text) => Buffer.from(text, 'utf8').reverse(),
    decrypt: (data) => Buffer.from(data).reverse().toString('utf8')
  }
}

const ACCOUNT = 'https://cloud.example/dav/\u0000ann'
let file: string

beforeEach(async () => {
  file = join(await mkdtemp(join(tmpdir(), 'nd-vault-')), 'sync-credentials.json')
})

describe('the sync password vault', () => {
  it('keeps a password encrypted, gives it back, and forgets it', async () => {
    const vault = new PasswordVault(file, fakeCipher())
    expect(await vault.kept(ACCOUNT)).toBeNull()
    expect(await vault.keep(ACCOUNT, 'correct horse')).toBe(true)
    expect(await readFile(file, 'utf8')).not.toContain('correct horse')
    expect(await new PasswordVault(file, fakeCipher()).kept(ACCOUNT)).toBe('correct horse')
    expect(await vault.kept('https://other.example/\u0000ann')).toBeNull()
    expect(await vault.keep(ACCOUNT, null)).toBe(true)
    expect(await vault.kept(ACCOUNT)).toBeNull()
  })

  it('keeps nothing where the system cannot encrypt', async () => {
    const vault = new PasswordVault(file, fakeCipher(false))
    expect(await vault.keep(ACCOUNT, 'secret')).toBe(false)
    await expect(readFile(file, 'utf8')).rejects.toThrow()
    expect(await vault.kept(ACCOUNT)).toBeNull()
  })

  it('asks again, rather than failing, when the file is damaged or cannot be decrypted', async () => {
    await writeFile(file, '{not json')
    const vault = new PasswordVault(file, fakeCipher())
    expect(await vault.kept(ACCOUNT)).toBeNull()
    expect(await vault.keep(ACCOUNT, 'secret')).toBe(true)
    const broken: Cipher = {
      available: () => true,
      encrypt: (t) => Buffer.from(t),
      decrypt: () => {
        throw new Error('key not found')
      }
    }
    expect(await new PasswordVault(file, broken).kept(ACCOUNT)).toBeNull()
  })
})

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// Requiring the real 'electron' here would try to download its binary; only dialog is used.
const dialog = vi.hoisted(() => ({ showOpenDialog: vi.fn(), showSaveDialog: vi.fn() }))
vi.mock('electron', () => ({ dialog }))

import { openArticleFile, readArticleFile, saveFile } from './files'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsdeck-files-'))
  dialog.showOpenDialog.mockReset()
  dialog.showSaveDialog.mockReset()
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('readArticleFile', () => {
  it('returns the name and bytes as a plain Uint8Array', async () => {
    const path = join(dir, 'story.txt')
    await writeFile(path, 'Hello')
    const result = await readArticleFile(path)
    expect(result).toEqual({
      kind: 'opened',
      name: 'story.txt',
      bytes: new TextEncoder().encode('Hello')
    })
    expect(result.kind === 'opened' && result.bytes.constructor).toBe(Uint8Array)
  })

  it('refuses a file over the cap, in words, without reading it', async () => {
    const path = join(dir, 'huge.txt')
    await writeFile(path, Buffer.alloc(6 * 1024 * 1024 + 1))
    expect(await readArticleFile(path)).toEqual({
      kind: 'error',
      message: '“huge.txt”: The file is 6.00 MB, 1.00 MB over the 5 MB limit for an article.'
    })
    await writeFile(path, Buffer.alloc(5 * 1024 * 1024 + 1))
    expect((await readArticleFile(path)).kind).toBe('error')
    await writeFile(path, Buffer.alloc(5 * 1024 * 1024))
    expect((await readArticleFile(path)).kind).toBe('opened')
  })

  it('reports a missing file or a folder as an error result', async () => {
    const missing = await readArticleFile(join(dir, 'gone.txt'))
    expect(missing.kind === 'error' && missing.message).toMatch(/^Could not read gone\.txt: /)
    expect(await readArticleFile(dir)).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/is not a file/)
    })
  })
})

describe('openArticleFile', () => {
  it('is cancelled when the dialog is', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await openArticleFile(null)).toEqual({ kind: 'cancelled' })
  })

  it('reads the picked file', async () => {
    const path = join(dir, 'a.txt')
    await writeFile(path, 'x')
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    expect(await openArticleFile(null)).toMatchObject({ kind: 'opened', name: 'a.txt' })
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ properties: ['openFile'] })
  })
})

describe('saveFile', () => {
  const bytes = new Uint8Array([1, 2, 3])
  const filters = [{ name: 'CSV', extensions: ['csv'] }]

  it('suggests only a file name, then writes where the user chose', async () => {
    const target = join(dir, 'out.csv')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await saveFile(null, { suggestedName: '../../etc/deck.csv', bytes, filters })
    expect(result).toEqual({ kind: 'saved', path: target })
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toEqual({ defaultPath: 'deck.csv', filters })
    expect(new Uint8Array(await readFile(target))).toEqual(bytes)
  })

  it('is cancelled when the dialog is', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await saveFile(null, { suggestedName: 'deck.csv', bytes, filters })).toEqual({
      kind: 'cancelled'
    })
  })

  it('reports a write failure as an error result', async () => {
    dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: join(dir, 'no', 'such', 'x.csv')
    })
    const result = await saveFile(null, { suggestedName: 'x.csv', bytes, filters })
    expect(result.kind === 'error' && result.message).toMatch(/^Could not save x\.csv: /)
  })
})

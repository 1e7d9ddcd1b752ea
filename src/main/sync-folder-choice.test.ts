import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { ChosenSyncFolders } from './sync-folder-choice'

let file: string

beforeEach(async () => {
  file = join(await mkdtemp(join(tmpdir(), 'nd-chosen-')), 'data', 'sync-folders.json')
})

describe('the chosen sync folders', () => {
  it('knows a folder once it was chosen, across restarts, and no other', async () => {
    expect(await new ChosenSyncFolders(file).has('/home/ann/Sync')).toBe(false)
    await new ChosenSyncFolders(file).add('/home/ann/Sync')
    const again = new ChosenSyncFolders(file)
    expect(await again.has('/home/ann/Sync')).toBe(true)
    expect(await again.has('/home/ann/Sync/..')).toBe(false)
    expect(await again.has('/etc')).toBe(false)
  })

  it('keeps the twenty chosen last, a folder chosen again counting as new', async () => {
    const chosen = new ChosenSyncFolders(file)
    for (let i = 0; i < 21; i++) await chosen.add(`/sync/${i}`)
    expect(await chosen.has('/sync/0')).toBe(false)
    await chosen.add('/sync/1')
    await chosen.add('/sync/21')
    expect(await chosen.has('/sync/1')).toBe(true)
    expect(await chosen.has('/sync/2')).toBe(false)
    expect(await chosen.has('/sync/21')).toBe(true)
  })

  it('treats a damaged file as none chosen', async () => {
    const chosen = new ChosenSyncFolders(file)
    await chosen.add('/sync/a')
    await writeFile(file, '{"not": "a list"')
    expect(await chosen.has('/sync/a')).toBe(false)
    await chosen.add('/sync/b')
    expect(await chosen.has('/sync/b')).toBe(true)
  })
})

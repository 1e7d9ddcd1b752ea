import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SaveStreams } from './save-stream'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('streamed saves', () => {
  it('appends pieces to a part file and puts it in place on close', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-stream-'))
    const streams = new SaveStreams()
    const path = join(dir, 'history.csv')
    const token = await streams.open(path)
    await streams.write(token, bytes('a,b\n'))
    expect(await readdir(dir)).toEqual(['history.csv.part'])
    await streams.write(token, bytes('1,2\n'))
    expect(await streams.close(token, true)).toEqual({ kind: 'saved', path })
    expect(await readFile(path, 'utf8')).toBe('a,b\n1,2\n')
    expect(streams.openCount).toBe(0)
  })

  it('leaves nothing behind when the export is abandoned, and refuses unknown tokens', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nd-stream-'))
    const streams = new SaveStreams()
    const token = await streams.open(join(dir, 'x.apkg'))
    await streams.write(token, bytes('half'))
    expect(await streams.close(token, false)).toEqual({ kind: 'cancelled' })
    expect(await readdir(dir)).toEqual([])
    await expect(streams.write(token, bytes('more'))).rejects.toThrow(/token/)
    expect((await streams.close(99, true)).kind).toBe('error')
  })
})

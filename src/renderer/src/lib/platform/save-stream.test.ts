import { describe, expect, it } from 'vitest'
import { fakeApi } from './test-support'
import { blobOfChunks, saveBlobOnDesktop, SLICE_BYTES } from './save-stream'

async function* chunks(...parts: string[]) {
  yield* parts
}

describe('saving a large export', () => {
  it('builds a Blob from chunks as they come', async () => {
    const blob = await blobOfChunks(chunks('a,b\n', '1,2\n'), 'text/csv')
    expect(blob.type).toBe('text/csv')
    expect(await blob.text()).toBe('a,b\n1,2\n')
  })

  it('sends the desktop app a slice at a time, then keeps the file', async () => {
    const writes: number[] = []
    const closes: boolean[] = []
    const api = fakeApi({
      saveStreamOpen: async () => ({ kind: 'opened', token: 3 }),
      saveStreamWrite: async (token, chunk) =>
        void writes.push(token === 3 ? chunk.byteLength : -1),
      saveStreamClose: async (_token, keep) => (
        closes.push(keep),
        { kind: 'saved', path: '/h.csv' }
      )
    })
    const blob = new Blob([new Uint8Array(SLICE_BYTES * 2 + 10)])
    const result = await saveBlobOnDesktop(api, { suggestedName: 'h.csv', blob, filters: [] })
    expect(result).toEqual({ kind: 'saved', where: '/h.csv' })
    expect(writes).toEqual([SLICE_BYTES, SLICE_BYTES, 10])
    expect(closes).toEqual([true])
  })

  it('drops the part written when a slice fails, and says so', async () => {
    const closes: boolean[] = []
    const api = fakeApi({
      saveStreamOpen: async () => ({ kind: 'opened', token: 1 }),
      saveStreamWrite: async () => {
        throw new Error('disk full')
      },
      saveStreamClose: async (_token, keep) => (closes.push(keep), { kind: 'cancelled' })
    })
    const result = await saveBlobOnDesktop(api, {
      suggestedName: 'h.csv',
      blob: new Blob(['x']),
      filters: []
    })
    expect(result).toMatchObject({ kind: 'error', message: expect.stringMatching(/disk full/) })
    expect(closes).toEqual([false])
  })
})

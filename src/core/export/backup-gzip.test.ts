import { describe, expect, it } from 'vitest'
import { gunzipChecked, gzipToBlob, isGzip } from './backup-gzip'

const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer())

describe('gzip through the platform', () => {
  it('writes a file the backup reader unpacks to the same bytes, across many chunks', async () => {
    // 2.5 MB of varied JSON-like text: three chunks, the last one partial.
    const text = Array.from({ length: 150_000 }, (_, i) => `{"id":${i},"r":${i % 4}},`).join('')
    const input = new TextEncoder().encode(text)
    expect(input.length).toBeGreaterThan(2 * 1024 * 1024)

    const file = await gzipToBlob(input)

    expect(file.type).toBe('application/gzip')
    const gz = await bytesOf(file)
    expect(isGzip(gz)).toBe(true)
    expect(gz.length).toBeLessThan(input.length / 4)
    expect(new TextDecoder().decode(gunzipChecked(gz, 10 * 1024 * 1024))).toBe(text)
  })

  it('writes an empty input as a valid, empty gzip file', async () => {
    const gz = await bytesOf(await gzipToBlob(new Uint8Array(0)))
    expect(isGzip(gz)).toBe(true)
    expect(gunzipChecked(gz, 1024)).toEqual(new Uint8Array(0))
  })
})

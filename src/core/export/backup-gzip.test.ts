import { describe, expect, it } from 'vitest'
import { gunzipChecked, gzipStreamToBlob, isGzip } from './backup-gzip'

const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer())

describe('gzip through the platform', () => {
  it('writes a file the backup reader unpacks to the same bytes, written in pieces', async () => {
    // 2.5 MB of varied JSON-like text, written a page at a time with waits between, as a backup
    // writes each page of records while the next is read.
    const pages = Array.from({ length: 30 }, (_, p) =>
      Array.from({ length: 5_000 }, (_, i) => `{"id":${p * 5_000 + i},"r":${i % 4}},`).join('')
    )
    const text = pages.join('')
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024)

    const gzip = gzipStreamToBlob()
    for (const page of pages) {
      gzip.write(new TextEncoder().encode(page))
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    const file = await gzip.close()

    expect(file.type).toBe('application/gzip')
    const gz = await bytesOf(file)
    expect(isGzip(gz)).toBe(true)
    expect(gz.length).toBeLessThan(text.length / 4)
    expect(new TextDecoder().decode(gunzipChecked(gz, 10 * 1024 * 1024))).toBe(text)
  })

  it('writes an empty input as a valid, empty gzip file', async () => {
    const gz = await bytesOf(await gzipStreamToBlob().close())
    expect(isGzip(gz)).toBe(true)
    expect(gunzipChecked(gz, 1024)).toEqual(new Uint8Array(0))
  })

  it('gives up quietly when aborted: no file, and no error left unhandled', async () => {
    const gzip = gzipStreamToBlob()
    gzip.write(new TextEncoder().encode('{"partial":'))
    gzip.abort(new Error('the read failed'))
    await expect(gzip.close()).rejects.toThrow()
  })
})

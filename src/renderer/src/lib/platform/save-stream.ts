/**
 * Saving files too large to hold as one string or one array: the export is built as a Blob of
 * many small parts (the browser keeps those out of the page's memory), then handed over as is.
 * The web build downloads the Blob; the desktop app writes it through main a slice at a time.
 */
import { MAX_STREAM_CHUNK_BYTES, type NewsdeckApi } from '@shared/ipc'
import type { SaveResult } from './index'

export interface BlobSaveRequest {
  suggestedName: string
  blob: Blob
  filters: Array<{ name: string; extensions: string[] }>
}

/** Slices of at most 4 MB: few IPC round trips, and never more than one slice in memory. */
export const SLICE_BYTES = Math.min(4 * 1024 * 1024, MAX_STREAM_CHUNK_BYTES)

export async function saveBlobOnDesktop(
  api: NewsdeckApi,
  req: BlobSaveRequest
): Promise<SaveResult> {
  const opened = await api.saveStreamOpen({
    suggestedName: req.suggestedName,
    filters: req.filters
  })
  if (opened.kind !== 'opened') return opened
  try {
    for (let at = 0; at < req.blob.size; at += SLICE_BYTES) {
      const slice = req.blob.slice(at, at + SLICE_BYTES)
      await api.saveStreamWrite(opened.token, new Uint8Array(await slice.arrayBuffer()))
    }
  } catch (error) {
    await api.saveStreamClose(opened.token, false).catch(() => undefined)
    return { kind: 'error', message: `The export could not be written: ${String(error)}` }
  }
  const closed = await api.saveStreamClose(opened.token, true)
  return closed.kind === 'saved' ? { kind: 'saved', where: closed.path } : closed
}

/** Builds a Blob from chunks as they come, so only the chunk being made is in the page's memory. */
export async function blobOfChunks(
  chunks: AsyncIterable<string | Uint8Array>,
  type: string
): Promise<Blob> {
  const parts: Blob[] = []
  for await (const chunk of chunks) parts.push(new Blob([chunk as BlobPart]))
  return new Blob(parts, { type })
}

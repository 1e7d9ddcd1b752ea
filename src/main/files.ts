import { basename } from 'node:path'
import { stat, readFile, writeFile } from 'node:fs/promises'
import { dialog, type BrowserWindow } from 'electron'
import { MAX_ARTICLE_BYTES, tooLargeMessage } from '../core/article-bytes'
import type {
  OpenArticleResult,
  SaveFileRequest,
  SaveFileResult,
  SaveStreamRequest
} from '../shared/ipc'
import { ARTICLE_EXTENSIONS } from './open-with'

/** Plain text: what the renderer's article parser reads (the web build accepts .txt too). */
export const ARTICLE_FILTERS = [
  { name: 'Articles', extensions: ARTICLE_EXTENSIONS.map((ext) => ext.slice(1)) },
  { name: 'All files', extensions: ['*'] }
]

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/**
 * Reads one article file. The size is checked with stat first so a huge file is refused
 * without being read into memory; failures the user can cause come back as results, not throws.
 */
export async function readArticleFile(path: string): Promise<OpenArticleResult> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) return { kind: 'error', message: `${name} is not a file.` }
    if (info.size > MAX_ARTICLE_BYTES) {
      return { kind: 'error', message: `“${name}”: ${tooLargeMessage(info.size)}` }
    }
    const buf = await readFile(path)
    // A plain Uint8Array view: what the contract promises, whatever Node's Buffer adds.
    return {
      kind: 'opened',
      name,
      bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    }
  } catch (err) {
    return { kind: 'error', message: `Could not read ${name}: ${describe(err)}` }
  }
}

export async function openArticleFile(win: BrowserWindow | null): Promise<OpenArticleResult> {
  const options = { properties: ['openFile' as const], filters: ARTICLE_FILTERS }
  const picked = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options)
  const path = picked.filePaths[0]
  if (picked.canceled || !path) return { kind: 'cancelled' }
  return readArticleFile(path)
}

/** A folder the user picks (and may make in the dialog); null when cancelled. */
export async function chooseFolder(
  win: BrowserWindow | null,
  title: string
): Promise<string | null> {
  const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] }
  const picked = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options)
  return picked.canceled ? null : (picked.filePaths[0] ?? null)
}

export async function writeBytes(path: string, bytes: Uint8Array): Promise<SaveFileResult> {
  try {
    await writeFile(path, bytes)
    return { kind: 'saved', path }
  } catch (err) {
    return { kind: 'error', message: `Could not save ${basename(path)}: ${describe(err)}` }
  }
}

/** Asks where to save, then writes; the renderer only ever suggests a file name. */
export async function saveFile(
  win: BrowserWindow | null,
  req: SaveFileRequest
): Promise<SaveFileResult> {
  const path = await askSavePath(win, req)
  return path === null ? { kind: 'cancelled' } : writeBytes(path, req.bytes)
}

/** The save dialog; null when the user cancels. */
export async function askSavePath(
  win: BrowserWindow | null,
  req: SaveStreamRequest
): Promise<string | null> {
  // basename() drops any directory part, so the renderer cannot steer the dialog elsewhere.
  const options = { defaultPath: basename(req.suggestedName), filters: req.filters }
  const picked = win
    ? await dialog.showSaveDialog(win, options)
    : await dialog.showSaveDialog(options)
  return picked.canceled || !picked.filePath ? null : picked.filePath
}

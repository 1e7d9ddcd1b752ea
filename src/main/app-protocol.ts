/**
 * The app:// scheme the renderer is served from, as plain functions: which file a URL names (or
 * why it names none) and the response for it. No Electron here; protocol.ts hands these to
 * `protocol.handle`, and the tests run them in Node against a temporary folder.
 *
 * Why not file://: a file:// page shares one origin with every other local file, so its CSP
 * 'self' and the navigation and IPC sender checks could not tell the app's page from any file
 * on disk. app://newsdeck is an origin of its own that serves only the built renderer.
 */
import { readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve } from 'node:path'
import { contentSecurityPolicy, parseUrl } from './security'

export const APP_SCHEME = 'app'
export const APP_HOST = 'newsdeck'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/**
 * Standard (a real origin, relative URLs, IndexedDB) and secure (like https: crypto, workers).
 * corsEnabled because Vite marks the page's module scripts `crossorigin` and module workers load
 * in CORS mode; the responses carry no Access-Control-Allow-Origin, so no other origin can read
 * them.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true
} as const

export type AppFile =
  { kind: 'file'; path: string } | { kind: 'refused'; status: 400 | 403 | 404; reason: string }

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

// After decoding, a segment is a plain file or folder name: no separators of any OS, no NUL or
// control characters, no drive letters or alternate data streams (':').
const UNSAFE_SEGMENT = /[/\\:\p{Cc}]/u

/**
 * The file under `root` that an app:// URL names. Everything else is refused: another scheme or
 * host, credentials or a port, a segment that decodes to a separator or to '.' / '..' (the URL
 * parser already folds literal and %2e dot segments; encoded slashes such as %2f and %5c
 * survive it and are caught here), and, as a last check, any path that resolves outside root.
 */
export function resolveAppFile(url: string, root: string): AppFile {
  const target = parseUrl(url)
  if (!target || target.protocol !== `${APP_SCHEME}:`) {
    return { kind: 'refused', status: 400, reason: 'not an app:// URL' }
  }
  if (target.hostname.toLowerCase() !== APP_HOST || target.port || target.username) {
    return { kind: 'refused', status: 403, reason: `unknown host ${target.host || '(none)'}` }
  }
  const raw = target.pathname === '/' || target.pathname === '' ? '/index.html' : target.pathname
  const segments: string[] = []
  for (const encoded of raw.split('/').slice(1)) {
    let segment: string
    try {
      segment = decodeURIComponent(encoded)
    } catch {
      return { kind: 'refused', status: 400, reason: 'malformed escape in path' }
    }
    if (segment === '' || segment === '.' || segment === '..' || UNSAFE_SEGMENT.test(segment)) {
      return { kind: 'refused', status: 403, reason: `path segment ${JSON.stringify(segment)}` }
    }
    segments.push(segment)
  }
  const base = resolve(root)
  const path = resolve(base, ...segments)
  const inside = relative(base, path)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    return { kind: 'refused', status: 403, reason: 'outside the app folder' }
  }
  return { kind: 'file', path }
}

/** Headers every app:// response carries, the CSP among them (a meta tag cannot set all of it). */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // With COOP, makes the page cross-origin isolated: the optimizer worker may then share its
    // memory, and the window reads the fit's progress from it.
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache'
  }
}

export interface AppRequest {
  url: string
  method: string
}

type ReadFile = (path: string) => Promise<Uint8Array>
type IsFile = (path: string) => Promise<boolean>

const isFileOnDisk: IsFile = async (path) => {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/**
 * The response to one app:// request: the file with its type and the CSP, or a bare error
 * status. The reason for a refusal goes to `onRefused` (the log), never to the page.
 */
export async function serveAppRequest(
  request: AppRequest,
  root: string,
  onRefused: (url: string, reason: string) => void = () => {},
  read: ReadFile = readFile,
  isFile: IsFile = isFileOnDisk
): Promise<Response> {
  const refuse = (status: number, reason: string): Response => {
    onRefused(request.url, reason)
    return new Response(null, { status, headers: appResponseHeaders('text/plain; charset=utf-8') })
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, request.method)
  const file = resolveAppFile(request.url, root)
  if (file.kind === 'refused') return refuse(file.status, file.reason)
  if (!(await isFile(file.path))) return refuse(404, 'no such file')
  const body = request.method === 'HEAD' ? null : await read(file.path)
  return new Response(body as ConstructorParameters<typeof Response>[0], {
    status: 200,
    headers: appResponseHeaders(mimeTypeOf(file.path))
  })
}

/**
 * Sync through any WebDAV server (Nextcloud, ownCloud, Apache mod_dav, a NAS), over fetch, so the
 * web build and the desktop's renderer use the same code. Chunks live under
 * `<base>/newsdeck/<device>/NNNNNNNN.json`.
 *
 * The password is sent only in the Authorization header and never appears in a message: errors
 * name the server by its origin alone.
 */
import { chunkFileName, isDeviceId, parseChunk, serialiseChunk, type Chunk } from '@core/sync/chunk'
import {
  deviceFolderOf,
  encodeSnapshot,
  parseSnapshot,
  snapshotFileName,
  type Snapshot
} from '@core/sync/snapshot'
import { SyncStoreError, type SyncStore } from '@core/sync/store'

export interface WebDavTarget {
  /** The folder on the server that holds `newsdeck/`, e.g. https://cloud.example/remote.php/dav/files/me/ */
  url: string
  user: string
  password: string
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
const ROOT = 'newsdeck/'

/** The base URL as a folder, refusing plain http anywhere but this machine. */
function baseUrl(url: string): URL {
  let base: URL
  try {
    base = new URL(url)
  } catch {
    throw new SyncStoreError('insecure', 'The sync address is not a web address (https://…).')
  }
  if (base.username || base.password) {
    throw new SyncStoreError(
      'insecure',
      'Put the user name and password in their own fields, not in the address.'
    )
  }
  const local = base.protocol === 'http:' && LOCAL_HOSTS.has(base.hostname)
  if (base.protocol !== 'https:' && !local) {
    throw new SyncStoreError(
      'insecure',
      'Sync needs an https:// address: plain http would send the password readable (it is allowed only for localhost).'
    )
  }
  if (!base.pathname.endsWith('/')) base.pathname += '/'
  return base
}

function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

/** The hrefs of a PROPFIND answer, whatever namespace prefix the server uses. */
function hrefs(xml: string): string[] {
  const out: string[] = []
  for (const m of xml.matchAll(/<(?:[\w-]+:)?href>([^<]*)<\/(?:[\w-]+:)?href>/g)) {
    out.push(decodeURIComponent(m[1]!.trim()))
  }
  return out
}

/** The last segment of a path, without a trailing slash. */
const lastSegment = (path: string): string => path.replace(/\/$/, '').split('/').pop() ?? ''

export function webDavStore(target: WebDavTarget): SyncStore {
  const base = baseUrl(target.url)
  const auth = basicAuth(target.user, target.password)
  const where = base.origin

  async function request(
    method: string,
    path: string,
    init: { body?: string | Uint8Array<ArrayBuffer>; headers?: Record<string, string> } = {}
  ): Promise<Response> {
    let response: Response
    try {
      response = await fetch(new URL(path, base), {
        method,
        body: init.body,
        headers: { Authorization: auth, ...init.headers },
        credentials: 'omit',
        cache: 'no-store'
      })
    } catch {
      throw new SyncStoreError(
        'unreachable',
        `Could not reach the sync server at ${where}: it may be down, or this device offline; nothing here was changed, and the next sync will catch up.`
      )
    }
    if (response.status === 401 || response.status === 403) {
      throw new SyncStoreError(
        'credentials',
        `The sync server at ${where} refused the user name or password (HTTP ${response.status}); check them in Settings › Sync.`
      )
    }
    if (response.status === 507) {
      throw new SyncStoreError(
        'full',
        `The sync server at ${where} is out of space (HTTP 507); nothing here was lost — free some space there and sync again.`
      )
    }
    return response
  }

  function unexpected(what: string, response: Response): SyncStoreError {
    return new SyncStoreError(
      'server',
      `The sync server at ${where} could not ${what} (HTTP ${response.status} ${response.statusText}).`
    )
  }

  /** The entries of a folder, or none when it does not exist yet. */
  async function list(path: string): Promise<string[]> {
    const response = await request('PROPFIND', path, {
      headers: { Depth: '1', 'Content-Type': 'application/xml' },
      body: '<?xml version="1.0"?><propfind xmlns="DAV:"><prop><resourcetype/></prop></propfind>'
    })
    if (response.status === 404) return []
    if (response.status !== 207) throw unexpected('list its folders', response)
    const self = decodeURIComponent(new URL(path, base).pathname)
    return hrefs(await response.text())
      .filter((href) => new URL(href, base).pathname !== self)
      .map(lastSegment)
  }

  async function ensureFolder(path: string): Promise<void> {
    const response = await request('MKCOL', path)
    // 405: it exists already.
    if (!response.ok && response.status !== 405) throw unexpected('make a folder', response)
  }

  /**
   * Uploads `body` under a temporary name in `device`'s folder, then moves it to `name` without
   * replacing anything: false when a file of that name is already there.
   */
  async function putInPlace(
    device: string,
    name: string,
    what: string,
    body: string | Uint8Array<ArrayBuffer>,
    contentType: string
  ): Promise<boolean> {
    const folder = `${ROOT}${device}/`
    await ensureFolder(ROOT)
    await ensureFolder(folder)
    const nonce = Math.random().toString(36).slice(2, 10)
    const temporary = `${folder}.upload-${name}-${nonce}`
    const put = await request('PUT', temporary, { body, headers: { 'Content-Type': contentType } })
    if (!put.ok) throw unexpected(`store ${what}`, put)
    const move = await request('MOVE', temporary, {
      headers: { Destination: new URL(`${folder}${name}`, base).href, Overwrite: 'F' }
    })
    if (move.status === 412) {
      await request('DELETE', temporary).catch(() => undefined)
      return false
    }
    if (!move.ok) throw unexpected(`put ${what} in place`, move)
    return true
  }

  const store: SyncStore = {
    async listDevices() {
      return (await list(ROOT)).filter(isDeviceId).sort()
    },

    async listFolder(device) {
      return deviceFolderOf(await list(`${ROOT}${device}/`))
    },

    async listChunks(device) {
      return (await store.listFolder(device)).chunks
    },

    async readChunk(device, seq) {
      const response = await request('GET', `${ROOT}${device}/${chunkFileName(seq)}`)
      if (!response.ok) throw unexpected(`send chunk ${seq}`, response)
      return parseChunk(await response.text(), { device, seq })
    },

    async writeChunk(chunk: Chunk) {
      const name = chunkFileName(chunk.seq)
      const what = `chunk ${chunk.seq}`
      if (
        !(await putInPlace(chunk.device, name, what, serialiseChunk(chunk), 'application/json'))
      ) {
        throw new SyncStoreError(
          'exists',
          `Chunk ${chunk.seq} of this device is already on the sync server at ${where}; chunks are never replaced.`
        )
      }
    },

    async readSnapshot(device, upTo) {
      const response = await request('GET', `${ROOT}${device}/${snapshotFileName(upTo)}`)
      if (!response.ok) throw unexpected(`send the snapshot up to chunk ${upTo}`, response)
      return parseSnapshot(new Uint8Array(await response.arrayBuffer()), { device, upTo })
    },

    async writeSnapshot(snapshot: Snapshot) {
      const name = snapshotFileName(snapshot.upTo)
      const what = `the snapshot up to chunk ${snapshot.upTo}`
      await putInPlace(snapshot.device, name, what, encodeSnapshot(snapshot), 'application/gzip')
    }
  }
  return store
}

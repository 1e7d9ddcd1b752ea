import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// protocol.ts is Electron's side of the handler; the real module needs the Electron binary.
const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
}))
vi.mock('electron', () => electron)

import { APP_INDEX_URL, resolveAppFile, serveAppRequest } from './app-protocol'
import { registerAppScheme, setupAppProtocol } from './protocol'
import { contentSecurityPolicy } from './security'

// A temporary app folder, and a secret beside it that no app:// URL may reach.
let base: string
let root: string
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'newsdeck-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Newsdeck</title>')
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'a b.css'), 'body{}')
  await writeFile(join(base, 'secret.txt'), 'not for the page')
})
afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

// The URL parser folds literal and %2e dot segments before anything else (Chromium does the same
// before the handler runs), so those land inside the folder; encoded separators are refused.
const traversals = [
  'app://../../etc/passwd',
  'app://newsdeck/../../etc/passwd',
  'app://newsdeck/%2e%2e/%2e%2e/etc/passwd',
  'app://newsdeck/%2E%2E/secret.txt',
  'app://newsdeck/..%2f..%2fsecret.txt',
  'app://newsdeck/..%2F..%2Fetc%2Fpasswd',
  'app://newsdeck/..%5c..%5csecret.txt',
  'app://newsdeck/assets/..%2f..%2f..%2fsecret.txt',
  'app://newsdeck/%252e%252e/secret.txt',
  'app://newsdeck/%2fetc%2fpasswd',
  'app://newsdeck/C:%5cWindows%5cwin.ini',
  'app://newsdeck/index.html%00.png',
  'app://newsdeck//etc/passwd',
  'app://newsdeck/%E0%A4%A'
]

const get = (url: string): Promise<Response> => serveAppRequest({ url, method: 'GET' }, root)

describe('resolveAppFile', () => {
  it('maps the app origin onto the renderer folder', () => {
    expect(resolveAppFile(APP_INDEX_URL, root)).toEqual({
      kind: 'file',
      path: join(root, 'index.html')
    })
    expect(resolveAppFile('app://newsdeck/', root)).toEqual({
      kind: 'file',
      path: join(root, 'index.html')
    })
    expect(resolveAppFile('app://newsdeck/assets/a%20b.css?v=1#x', root)).toEqual({
      kind: 'file',
      path: join(root, 'assets', 'a b.css')
    })
  })

  it.each(traversals)('keeps %s inside the app folder or refuses it', (url) => {
    const file = resolveAppFile(url, root)
    if (file.kind === 'file') expect(file.path.startsWith(join(root, '/'))).toBe(true)
    else expect(file.status).toBeGreaterThanOrEqual(400)
    // None of them ever names the secret beside the app folder or a system file.
    expect(file).not.toMatchObject({ path: join(base, 'secret.txt') })
    expect(file).not.toMatchObject({ path: '/etc/passwd' })
  })

  it.each([
    'app://evil/index.html',
    'app://newsdeck.evil.test/index.html',
    'app://newsdeck:8080/index.html',
    'app://user@newsdeck/index.html',
    'app:///index.html'
  ])('refuses the unknown host in %s', (url) => {
    expect(resolveAppFile(url, root)).toMatchObject({ kind: 'refused', status: 403 })
  })

  it('refuses other schemes and garbage', () => {
    for (const url of ['file:///etc/passwd', 'https://newsdeck/index.html', 'nonsense']) {
      expect(resolveAppFile(url, root), url).toMatchObject({ kind: 'refused', status: 400 })
    }
  })
})

describe('serveAppRequest', () => {
  it('serves the page with its type and the CSP', async () => {
    const res = await get(APP_INDEX_URL)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy())
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.text()).toContain('<title>Newsdeck</title>')
    const js = await get('app://newsdeck/assets/index-abc.js')
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('never answers a traversal with a file', async () => {
    for (const url of traversals) {
      const res = await get(url)
      expect(res.status, url).toBeGreaterThanOrEqual(400)
      expect(await res.text(), url).toBe('')
    }
  })

  it('answers a traversal or a stranger host with an error and no content', async () => {
    const refused = vi.fn()
    for (const url of ['app://newsdeck/..%2f..%2fsecret.txt', 'app://evil/index.html']) {
      const res = await serveAppRequest({ url, method: 'GET' }, root, refused)
      expect(res.status, url).toBe(403)
      expect(await res.text()).toBe('')
    }
    expect(refused).toHaveBeenCalledTimes(2)
    expect((await get('app://newsdeck/missing.js')).status).toBe(404)
    expect((await get('app://newsdeck/assets')).status).toBe(404)
  })

  it('serves reads only', async () => {
    const res = await serveAppRequest({ url: APP_INDEX_URL, method: 'POST' }, root)
    expect(res.status).toBe(405)
  })
})

describe('Electron wiring', () => {
  it('registers app:// as a standard, secure scheme and serves the folder through it', async () => {
    registerAppScheme()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }
    ])
    setupAppProtocol(root, vi.fn())
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] ?? []
    expect(scheme).toBe('app')
    const res = (await handler({ url: APP_INDEX_URL, method: 'GET' })) as Response
    expect(res.status).toBe(200)
  })
})

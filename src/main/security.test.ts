import { describe, expect, it, vi } from 'vitest'
import {
  appLocation,
  contentSecurityPolicy,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  isExternalLinkUrl,
  withCsp
} from './security'

const app = appLocation(undefined, 'app://newsdeck/index.html')
const devApp = appLocation('http://localhost:5173/', 'app://newsdeck/index.html')

describe('isAllowedNavigation', () => {
  it('allows the app page itself, with or without a hash, and the bare origin', () => {
    for (const url of [
      'app://newsdeck/index.html',
      'app://newsdeck/index.html#/review',
      'app://newsdeck/'
    ]) {
      expect(isAllowedNavigation(url, app), url).toBe(true)
    }
  })

  it('refuses local files, other app:// hosts and pages, and every remote page', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/Newsdeck/resources/app.asar/out/renderer/index.html',
      'app://newsdeck/other.html',
      'app://evil/index.html',
      'app://user:pw@newsdeck/index.html',
      'https://example.com/',
      'http://localhost:5173/',
      'javascript:alert(1)',
      'not a url'
    ]) {
      expect(isAllowedNavigation(url, app), url).toBe(false)
    }
  })

  it('in development allows only the dev server origin', () => {
    expect(isAllowedNavigation('http://localhost:5173/index.html', devApp)).toBe(true)
    expect(isAllowedNavigation('http://localhost:5174/', devApp)).toBe(false)
    expect(isAllowedNavigation('https://localhost:5173/', devApp)).toBe(false)
    expect(isAllowedNavigation('app://newsdeck/index.html', devApp)).toBe(false)
  })
})

describe('isExternalLinkUrl', () => {
  it('accepts web pages', () => {
    expect(isExternalLinkUrl('https://www.example.org/news/a.html?id=3#p2')).toBe(true)
    expect(isExternalLinkUrl('http://example.org')).toBe(true)
  })

  it('refuses every other scheme, and credentials in the address', () => {
    for (const url of [
      'file:///etc/passwd',
      'app://newsdeck/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:someone@example.org',
      'smb://server/share',
      'ms-settings:privacy',
      'vscode://file/etc/passwd',
      'https://user:secret@example.org/',
      'https://',
      ''
    ]) {
      expect(isExternalLinkUrl(url), url).toBe(false)
    }
  })
})

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy()

  it('allows no eval and no remote origin', () => {
    // 'wasm-unsafe-eval' lets WebAssembly compile (the FSRS optimizer); JavaScript eval stays off.
    expect(csp).not.toContain("'unsafe-eval'")
    // Remote origins only for connections (sync's WebDAV server), never for script or frames.
    const directives = csp.split('; ')
    const connect = directives.find((d) => d.startsWith('connect-src'))
    expect(connect).toBe("connect-src 'self' https: http://localhost:* http://127.0.0.1:*")
    expect(directives.filter((d) => d !== connect).join('; ')).not.toMatch(/https?:|wss?:|\*/)
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';")
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
  })

  it('matches the meta tag in the renderer (plus frame-ancestors, which a meta tag ignores)', async () => {
    const { readFile } = await import('node:fs/promises')
    const html = await readFile(new URL('../renderer/index.html', import.meta.url), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBeDefined()
    expect(csp.replace("; frame-ancestors 'none'", '')).toBe(meta)
  })

  it('replaces any CSP header whatever its letter case', () => {
    const headers = withCsp({ 'content-security-policy': ['default-src *'], 'X-Other': ['1'] }, csp)
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [csp] })
    expect(withCsp(undefined, csp)).toEqual({ 'Content-Security-Policy': [csp] })
  })
})

describe('permissions', () => {
  it('denies every request and every check', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      const callback = vi.fn()
      denyPermissionRequest({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(denyPermissionCheck()).toBe(false)
  })
})

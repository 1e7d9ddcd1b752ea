import { describe, expect, it, vi } from 'vitest'
import {
  appLocation,
  contentSecurityPolicy,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  withCsp
} from './security'

const fileApp = appLocation(
  undefined,
  'file:///opt/Newsdeck/resources/app.asar/out/renderer/index.html'
)
const devApp = appLocation('http://localhost:5173/', 'file:///unused/index.html')

describe('isAllowedNavigation', () => {
  it('allows the built page itself, with or without a hash', () => {
    expect(isAllowedNavigation(fileApp.kind === 'file' ? fileApp.indexUrl : '', fileApp)).toBe(true)
    expect(
      isAllowedNavigation(
        'file:///opt/Newsdeck/resources/app.asar/out/renderer/index.html#/review',
        fileApp
      )
    ).toBe(true)
  })

  it('refuses other local files and every remote page', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/Newsdeck/resources/app.asar/out/renderer/other.html',
      'https://example.com/',
      'http://localhost:5173/',
      'javascript:alert(1)',
      'not a url'
    ]) {
      expect(isAllowedNavigation(url, fileApp), url).toBe(false)
    }
  })

  it('in development allows only the dev server origin', () => {
    expect(isAllowedNavigation('http://localhost:5173/index.html', devApp)).toBe(true)
    expect(isAllowedNavigation('http://localhost:5174/', devApp)).toBe(false)
    expect(isAllowedNavigation('https://localhost:5173/', devApp)).toBe(false)
    expect(isAllowedNavigation('file:///unused/index.html', devApp)).toBe(false)
  })
})

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy()

  it('allows no eval and no remote origin', () => {
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toMatch(/https?:|wss?:|\*/)
    expect(csp).toContain("script-src 'self'")
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

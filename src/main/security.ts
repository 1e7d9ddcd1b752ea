/**
 * Security decisions as plain functions, so they are tested without Electron. window.ts wires
 * them to Electron's events.
 */

/**
 * Where the renderer is served from: the built renderer over app:// (see app-protocol.ts) in a
 * packaged or previewed app, or electron-vite's dev server while developing.
 */
export type AppLocation =
  { kind: 'app'; url: string } | { kind: 'dev'; url: string; origin: string }

export function appLocation(devServerUrl: string | undefined, appIndexUrl: string): AppLocation {
  if (devServerUrl) return { kind: 'dev', url: devServerUrl, origin: new URL(devServerUrl).origin }
  return { kind: 'app', url: appIndexUrl }
}

/** The URL, or null for anything that does not parse as one. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True only for the app's own page (a reload, or a hash change). Everything else, another page
 * of the same origin included, is somewhere a compromised renderer should not go.
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  const target = parseUrl(url)
  if (!target) return false
  if (location.kind === 'dev') return target.origin === location.origin
  const index = parseUrl(location.url)
  // Compared part by part: Node's URL gives a non-http scheme the origin "null".
  return (
    !!index &&
    target.protocol === index.protocol &&
    target.host === index.host &&
    !target.username &&
    !target.password &&
    (target.pathname === index.pathname || target.pathname === '/')
  )
}

export const isAllowedNavigation = isAppUrl

/**
 * Links in an article may open in the user's browser, and only web pages: no file:, no custom
 * schemes that launch other programs, no credentials smuggled in the URL.
 */
export function isExternalLinkUrl(url: string): boolean {
  const target = parseUrl(url)
  return (
    !!target &&
    (target.protocol === 'https:' || target.protocol === 'http:') &&
    target.hostname !== '' &&
    !target.username &&
    !target.password
  )
}

/**
 * The same policy as the meta tag in src/renderer/index.html, sent as a header too so it also
 * holds for responses the meta tag does not cover. 'self' only — no remote script, style or
 * frame, no eval — except connections, which sync needs (connect-src).
 * Inline styles stay allowed because Svelte sets style attributes.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    // WebAssembly (the FSRS optimizer's fsrs-browser, in its worker) may compile; eval may not.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
    // Sync talks to the WebDAV server the user names in Settings › Sync: any https origin, or
    // plain http on this machine only (the store refuses http elsewhere before asking).
    "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join('; ')
}

/** Response headers with any existing CSP (in any letter case) replaced by ours. */
export function withCsp(
  headers: Record<string, string[]> | undefined,
  csp: string
): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value
  }
  out['Content-Security-Policy'] = [csp]
  return out
}

/**
 * Newsdeck needs no camera, notifications, geolocation or anything else a page can ask for,
 * so every request is refused without asking the user.
 */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void
): void {
  callback(false)
}

export function denyPermissionCheck(): boolean {
  return false
}

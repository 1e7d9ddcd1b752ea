import { protocol } from 'electron'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol'

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
}

/** Serves the built renderer folder (`root`) as app://newsdeck/…; refusals go to the log. */
export function setupAppProtocol(root: string, onRefused: (url: string, reason: string) => void) {
  protocol.handle(APP_SCHEME, (request) =>
    serveAppRequest({ url: request.url, method: request.method }, root, onRefused)
  )
}

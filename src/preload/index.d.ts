import type { NewsdeckApi } from '../shared/ipc'

declare global {
  interface Window {
    /** Present in the Electron app (set by the preload); undefined in the web build. */
    api?: NewsdeckApi
  }
}

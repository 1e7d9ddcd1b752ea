// Types for webdav-server.mjs, so the TypeScript tests that start it stay strict.
export declare const APACHE: string
export declare function webDavUnavailable(): string | null
export declare function freePort(from?: number, to?: number): Promise<number>
export interface WebDavServer {
  url: string
  port: number
  user: string
  password: string
  root: string
  stop(): Promise<void>
}
export declare function startWebDav(options?: {
  port?: number
  user?: string
  password?: string
  /** Serve from a disk this small (root only), to fill it. */
  diskBytes?: number
}): Promise<WebDavServer>
export declare function canMountDisk(): boolean
export declare function stopWebDav(root: string): Promise<void>

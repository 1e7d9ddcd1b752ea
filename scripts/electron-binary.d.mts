// Types for electron-binary.mjs, so TypeScript callers (e2e/electron.spec.ts) stay strict.
export declare const WEB_URL: string
export declare const MISSING_MESSAGE: string
export declare function electronPackageDir(fromDir?: string): string | null
export declare function electronBinaryPath(options?: {
  packageDir?: string | null
  env?: Record<string, string | undefined>
  exists?: (path: string) => boolean
  readText?: (path: string) => string
}): string | null

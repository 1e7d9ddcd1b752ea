/**
 * The web build, served by `vite preview` on its own port so a test server on 4173 can keep
 * running. The port is also part of the IndexedDB origin, so the cached seeded profile is only
 * valid for this port: never change it without bumping the seed version.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromiumLaunchOptions } from '../../playwright.config'

/** NEWSDECK_BENCH_PORT moves it, so benches of two checkouts on one machine never meet. */
export const BENCH_PORT = Number(process.env.NEWSDECK_BENCH_PORT ?? 4174)
export const BENCH_ORIGIN = `http://127.0.0.1:${BENCH_PORT}`

/** Builds the renderer once when there is no build; a build that exists is trusted as is. */
export function ensureWebBuild(root: string): void {
  if (existsSync(join(root, 'out/renderer/index.html'))) return
  console.log('bench: no web build yet, running electron-vite build…')
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) throw new Error(`electron-vite build failed (exit ${build.status})`)
}

export interface PreviewServer {
  stop(): void
}

/** Starts `vite preview` and resolves once it answers; rejects if it exits or stays silent. */
export async function startPreview(root: string): Promise<PreviewServer> {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'vite.web.config.mts',
      '--port',
      String(BENCH_PORT),
      '--strictPort'
    ],
    // Its own process group, so stop() ends npx and the vite process it started together.
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  let exited: number | null = null
  child.on('exit', (code) => (exited = code ?? -1))

  const stop = (): void => {
    if (exited !== null || child.pid === undefined) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`vite preview exited (${exited}): ${output.trim()}`)
    try {
      const res = await fetch(`${BENCH_ORIGIN}/`)
      // Another checkout's server on the port answers too, while ours fails on --strictPort:
      // wait a moment to see ours is the one that stayed up.
      await new Promise((r) => setTimeout(r, 500))
      if (exited !== null) throw new Error(`vite preview exited (${exited}): ${output.trim()}`)
      if (res.ok) return { stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  stop()
  throw new Error(`vite preview did not answer on ${BENCH_ORIGIN} within 30 s: ${output.trim()}`)
}

/**
 * Runs a browser benchmark against the web build served on the bench's port; a missing browser
 * or a failed setup is reported through `unavailable`, beside the other results, not as a crash.
 */
export async function inWebBuild<T>(
  root: string,
  measure: () => Promise<T>,
  unavailable: (reason: string) => T
): Promise<T> {
  const chromiumPath = chromiumLaunchOptions.executablePath
  if (!existsSync(chromiumPath)) {
    return unavailable(`not measured: ${chromiumPath} is missing (apt-get install chromium)`)
  }
  try {
    ensureWebBuild(root)
    const server = await startPreview(root)
    try {
      return await measure()
    } finally {
      server.stop()
    }
  } catch (error) {
    console.error(error)
    return unavailable(`not measured: ${error instanceof Error ? error.message : String(error)}`)
  }
}

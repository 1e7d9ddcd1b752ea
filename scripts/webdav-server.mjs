// A real WebDAV server for the sync tests: Debian's apache2 with mod_dav, started on 127.0.0.1
// from a throw-away ServerRoot, with one Basic-auth user and the CORS headers the web build
// needs (the README's Apache setup, for real). Stopped by the pid in its own pid file.
//
// From a shell: scripts/webdav-server-cli.mjs. (No import.meta or top-level await here, so
// Playwright's loader can import this module too.)
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chownSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'

export const APACHE = '/usr/sbin/apache2'
const MODULES = '/usr/lib/apache2/modules'

/** Why the tests cannot start the server, or null when they can. */
export function webDavUnavailable() {
  if (!existsSync(APACHE)) {
    return 'apache2 is not installed (scripts/setup-and-test.sh installs it: apt-get install apache2)'
  }
  for (const m of ['mod_dav.so', 'mod_dav_fs.so', 'mod_headers.so', 'mod_auth_basic.so']) {
    if (!existsSync(join(MODULES, m))) return `apache2 is installed without ${m}`
  }
  return null
}

/** A port nobody listens on: from 4243–4249 by default (the range kept for this server). */
export async function freePort(from = 4243, to = 4249) {
  for (let port = from; port <= to; port++) {
    const free = await new Promise((resolve) => {
      const server = createServer()
      server.once('error', () => resolve(false))
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
    })
    if (free) return port
  }
  throw new Error(`no free port in ${from}–${to}`)
}

const modules = [
  'mpm_event',
  'authz_core',
  'authn_core',
  'authn_file',
  'auth_basic',
  'authz_user',
  'alias',
  'headers',
  'dav',
  'dav_fs'
]

function config({ root, port, runAs }) {
  const dav = join(root, 'dav')
  return `ServerRoot "${root}"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile "${root}/apache2.pid"
ErrorLog "${root}/error.log"
LogLevel warn
Mutex file:${root}
${modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n')}
${runAs ? `User ${runAs}\nGroup ${runAs}` : ''}
StartServers 1
MinSpareThreads 1
MaxSpareThreads 16
ServerLimit 1
ThreadsPerChild 16
MaxRequestWorkers 16
DavLockDB "${root}/davlock"
DocumentRoot "${dav}"
Alias /dav "${dav}"
<Directory "${dav}">
  Dav On
  AuthType Basic
  AuthName "Newsdeck sync test"
  AuthBasicProvider file
  AuthUserFile "${root}/htpasswd"
  # A browser's CORS preflight carries no credentials: let OPTIONS through, ask for the rest.
  <LimitExcept OPTIONS>
    Require valid-user
  </LimitExcept>
  Header always set Access-Control-Allow-Origin "*"
  Header always set Access-Control-Allow-Methods "GET, PUT, DELETE, MKCOL, MOVE, COPY, PROPFIND, OPTIONS"
  Header always set Access-Control-Allow-Headers "Authorization, Content-Type, Depth, Destination, Overwrite"
  Header always set Access-Control-Expose-Headers "DAV, ETag"
  Header always set Access-Control-Max-Age "600"
</Directory>
`
}

async function listening(port, ms) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (ok) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return false
}

/**
 * Starts apache2; resolves with its URL (the DAV folder), the user and password, and `stop()`.
 * As root, apache2 refuses to serve as root, so its children run as www-data, who own the DAV
 * folder; as anyone else, they run as that user.
 */
export async function startWebDav({
  port,
  user = 'learner',
  password = 'correct horse',
  diskBytes
} = {}) {
  const reason = webDavUnavailable()
  if (reason) throw new Error(reason)
  port ??= Number(process.env.NEWSDECK_WEBDAV_PORT) || (await freePort())
  const root = mkdtempSync(join(tmpdir(), 'newsdeck-webdav-'))
  execFileSync('mkdir', ['-p', join(root, 'dav')])
  // A small disk of its own, to fill: only root may mount one.
  if (diskBytes) {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${diskBytes}`, 'tmpfs', join(root, 'dav')])
  }
  const sha = createHash('sha1').update(password).digest('base64')
  writeFileSync(join(root, 'htpasswd'), `${user}:{SHA}${sha}\n`)
  const runAs = userInfo().uid === 0 ? 'www-data' : null
  if (runAs) {
    const id = Number(execFileSync('id', ['-u', runAs]).toString())
    const gid = Number(execFileSync('id', ['-g', runAs]).toString())
    chownSync(root, id, gid)
    chownSync(join(root, 'dav'), id, gid)
  }
  writeFileSync(join(root, 'apache2.conf'), config({ root, port, runAs }))
  execFileSync(APACHE, ['-f', join(root, 'apache2.conf'), '-k', 'start'], { stdio: 'pipe' })
  if (!(await listening(port, 10_000))) {
    const log = existsSync(join(root, 'error.log'))
      ? readFileSync(join(root, 'error.log'), 'utf8')
      : ''
    await stopWebDav(root)
    throw new Error(`apache2 did not start on port ${port}: ${log.slice(-500)}`)
  }
  return {
    url: `http://127.0.0.1:${port}/dav/`,
    port,
    user,
    password,
    root,
    stop: () => stopWebDav(root)
  }
}

let mountable = null
/**
 * Whether this process may give the server a small disk to fill (`diskBytes`): root, and a
 * machine that lets root mount (a container without the capability does not). Tried once.
 */
export function canMountDisk() {
  if (mountable !== null) return mountable
  mountable = false
  if (userInfo().uid !== 0) return mountable
  const probe = mkdtempSync(join(tmpdir(), 'newsdeck-mount-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' })
    execFileSync('umount', [probe], { stdio: 'pipe' })
    mountable = true
  } catch {
    // No capability to mount here: the full-disk test says so and skips.
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
  return mountable
}

/** Stops the apache2 whose pid file is in `root` (only that one), then removes `root`. */
export async function stopWebDav(root) {
  const pidFile = join(root, 'apache2.pid')
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').trim())
    try {
      process.kill(pid, 'SIGTERM')
      const until = Date.now() + 10_000
      while (Date.now() < until) {
        process.kill(pid, 0)
        await new Promise((r) => setTimeout(r, 100))
      }
    } catch {
      // ESRCH: it has gone.
    }
  }
  const dav = join(root, 'dav')
  try {
    execFileSync('mountpoint', ['-q', dav])
    execFileSync('umount', [dav])
  } catch {
    // Not a mount point: nothing to undo.
  }
  rmSync(root, { recursive: true, force: true })
}

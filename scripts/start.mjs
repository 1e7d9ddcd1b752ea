// `npm start`: build, then run the Electron app. Where Electron's binary is not installed (it is
// fetched from GitHub on first use, which some machines cannot reach), say so in one line and
// serve the web build on localhost instead, so `npm start` always ends in a running Newsdeck.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { electronBinaryPath, MISSING_MESSAGE, WEB_URL } from './electron-binary.mjs'

const require = createRequire(join(process.cwd(), 'package.json'))
// Run the tools' own JS entry points with this Node: no shell, and the same on Windows.
const bin = (pkg, file) => join(require.resolve(`${pkg}/package.json`), '..', file)

const build = spawnSync(process.execPath, [bin('electron-vite', 'bin/electron-vite.js'), 'build'], {
  stdio: 'inherit'
})
if (build.status !== 0) process.exit(build.status ?? 1)

const electron = electronBinaryPath()
let child
if (electron) {
  // ELECTRON_RUN_AS_NODE, if inherited, would make the binary behave as plain Node.
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  child = spawn(electron, ['.'], { stdio: 'inherit', env })
} else {
  console.log(`${MISSING_MESSAGE}; serving the web build instead at ${WEB_URL}`)
  child = spawn(
    process.execPath,
    [bin('vite', 'bin/vite.js'), 'preview', '--config', 'vite.web.config.mts'],
    { stdio: 'inherit' }
  )
}

// Ctrl+C reaches the child through the terminal; pass on other stops and the child's exit code.
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal))
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))

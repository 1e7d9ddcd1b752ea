// Starts or stops the test WebDAV server (scripts/webdav-server.mjs) from a shell:
//   node scripts/webdav-server-cli.mjs start [port]   prints the URL, user and ServerRoot as JSON
//   node scripts/webdav-server-cli.mjs stop <serverRoot>
import { startWebDav, stopWebDav } from './webdav-server.mjs'

const [command, arg] = process.argv.slice(2)
if (command === 'start') {
  const { stop: _stop, ...shown } = await startWebDav({ port: arg ? Number(arg) : undefined })
  console.log(JSON.stringify(shown))
} else if (command === 'stop' && arg) {
  await stopWebDav(arg)
} else {
  console.error('usage: webdav-server-cli.mjs start [port] | stop <serverRoot>')
  process.exit(2)
}

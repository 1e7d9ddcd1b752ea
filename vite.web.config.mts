// Serves the renderer that `electron-vite build` wrote, as the web build of Newsdeck.
import { defineConfig } from 'vite'

// Cross-origin isolation, as the desktop's app:// responses have it: the optimizer worker's
// WebAssembly memory can then be shared with the window, which reads a fit's progress from it.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp'
}

export default defineConfig({
  root: 'src/renderer',
  build: { outDir: '../../out/renderer' },
  // NEWSDECK_PORT lets two checkouts on one machine run their end-to-end tests side by side.
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.NEWSDECK_PORT ?? 4173),
    strictPort: true,
    headers: isolation
  },
  server: { headers: isolation }
})

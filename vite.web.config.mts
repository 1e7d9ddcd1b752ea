// Serves the renderer that `electron-vite build` wrote, as the web build of Newsdeck.
import { defineConfig } from 'vite'

export default defineConfig({
  root: 'src/renderer',
  build: { outDir: '../../out/renderer' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true }
})

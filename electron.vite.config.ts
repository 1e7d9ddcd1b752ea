import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { version } from './package.json'

export const rendererAliases = {
  '@core': resolve(__dirname, 'src/core'),
  '@shared': resolve(__dirname, 'src/shared')
}

/**
 * The page's first script (src/renderer/src/early.ts), built as an entry of its own and put at
 * the top of the page as an async module, so it runs while the app's code is still loading:
 * listed in index.html, Vite would bundle it into the app's entry, which runs only once every
 * chunk it imports has been fetched and compiled.
 */
function earlyScript(): Plugin {
  return {
    name: 'newsdeck-early-script',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === 'early'
        )
        // Built: the hashed chunk beside the page (the chunk it shares with the app is preloaded
        // with the app's). Served by `electron-vite dev`: the source.
        const src = chunk ? `./${chunk.fileName}` : '/src/early.ts'
        const tag = `<script type="module" crossorigin async src="${src}"></script>`
        // Before the app's own script, so it is the first asked for; after the CSP, which
        // covers only what follows it.
        const at = html.indexOf('<script')
        if (at < 0) throw new Error('index.html has no script for the early read to precede')
        return `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`
      }
    }
  }
}

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } } }
  },
  preload: {
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } } }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Relative asset URLs so the same build loads from file:// in Electron and from http:// on the web.
    base: './',
    resolve: { alias: rendererAliases },
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          early: resolve(__dirname, 'src/renderer/src/early.ts')
        }
      }
    },
    worker: { format: 'es' },
    // `electron-vite dev` serves the page over http: isolate it as app:// responses are.
    server: {
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp'
      }
    },
    plugins: [svelte({ configFile: resolve(__dirname, 'svelte.config.mjs') }), earlyScript()]
  }
})

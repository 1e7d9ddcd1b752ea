/**
 * The renderer as built (`npm test` builds before the unit tests): what the page loads before its
 * first screen can paint stays under 150 KB of gzip'd JavaScript, and the generator (its tagger,
 * its lexicon of names, its sieves) is in the import worker and nowhere else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const out = join(__dirname, '..', 'out', 'renderer')
const assets = join(out, 'assets')
const built = existsSync(join(out, 'index.html'))
const STARTUP_BUDGET = 150 * 1024

/** Chunks a chunk imports statically (`import … from "./x.js"`), not the `import()`s it may make. */
function staticImports(code: string): string[] {
  const found = code.matchAll(/(?:from\s*|import\s*)["']\.\/([\w.-]+\.js)["']/g)
  // A library's own text may quote an import; only the build's chunks count.
  return [...found].map((m) => m[1]!).filter((name) => existsSync(join(assets, name)))
}

/** The entry script and everything it imports statically: what runs before the first paint. */
function startupChunks(): string[] {
  const html = readFileSync(join(out, 'index.html'), 'utf8')
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1]
  if (!entry) throw new Error('index.html has no module script')
  const seen = new Set<string>()
  const visit = (name: string): void => {
    if (seen.has(name)) return
    seen.add(name)
    staticImports(readFileSync(join(assets, name), 'utf8')).forEach(visit)
  }
  visit(entry)
  return [...seen]
}

const gzipped = (name: string): number => gzipSync(readFileSync(join(assets, name))).length

// Only after a build: `npx vitest run` on its own has none, and says so rather than failing.
describe.skipIf(!built)('the built renderer (run `npm run build` first)', () => {
  it('loads under 150 KB of gzip’d JavaScript before the first screen paints', () => {
    const chunks = startupChunks()
    const sizes = chunks.map((c) => `${c} ${(gzipped(c) / 1024).toFixed(1)} KB`)
    const total = chunks.reduce((n, c) => n + gzipped(c), 0)
    expect(total, sizes.join(', ')).toBeLessThan(STARTUP_BUDGET)
    // Charts and every screen but the Library come later, on demand.
    expect(
      chunks.some((c) =>
        /^(chart-geometry|ChartFigure|LineChart|StatsScreen|ReviewScreen)-/.test(c)
      )
    ).toBe(false)
  })

  it('ships the generator in the import worker alone', () => {
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'))
    // Names only the generator's code holds: its tagger's model and a sieve. (Not the word
    // "compromise": the word lists the quiz loads hold it as an English word.)
    const withGenerator = js.filter((f) => {
      const code = readFileSync(join(assets, f), 'utf8')
      return ['wink-eng-lite', 'paragraph-subject'].some((w) => code.includes(w))
    })
    expect(withGenerator).toHaveLength(1)
    expect(withGenerator[0]).toMatch(/^import\.worker-/)
  })
})

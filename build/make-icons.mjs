// Renders every icon the packages need from the one source, build/icon.svg:
//   build/icons/NxN.png  Linux (AppImage, deb) and the window icon, 16 to 1024 px;
//   build/icon.png       1024 px, electron-builder's fallback;
//   build/icon.ico       Windows (nsis), 16 to 256 px;
//   build/icon.icns      macOS (dmg), 16 to 1024 px.
// `npm run dist` runs it first; the outputs are not committed (.gitignore), so they can never
// drift from the SVG. sharp renders the SVG at each size (crisper small sizes than scaling one
// bitmap down); png2icons packs the ICO and ICNS containers.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import png2icons from 'png2icons'

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

const here = fileURLToPath(new URL('.', import.meta.url))

export async function renderPng(svg, size) {
  // density scales the SVG's 512-unit canvas so librsvg draws at the target size directly.
  return sharp(svg, { density: (72 * size) / 512 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer()
}

/** Writes every icon into `outDir` and returns the paths written. */
export async function makeIcons({ source = join(here, 'icon.svg'), outDir = here } = {}) {
  const svg = await readFile(source)
  await mkdir(join(outDir, 'icons'), { recursive: true })
  const written = []
  const pngs = new Map()
  for (const size of PNG_SIZES) {
    const png = await renderPng(svg, size)
    pngs.set(size, png)
    const path = join(outDir, 'icons', `${size}x${size}.png`)
    await writeFile(path, png)
    written.push(path)
  }
  const largest = pngs.get(1024)
  const outputs = {
    'icon.png': largest,
    // BICUBIC2 for the sizes png2icons scales down; 0 colours = lossless.
    'icon.ico': png2icons.createICO(largest, png2icons.BICUBIC2, 0, false, true),
    'icon.icns': png2icons.createICNS(largest, png2icons.BICUBIC2, 0)
  }
  for (const [name, bytes] of Object.entries(outputs)) {
    if (!bytes) throw new Error(`png2icons could not make ${name}`)
    const path = join(outDir, name)
    await writeFile(path, bytes)
    written.push(path)
  }
  return written
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await makeIcons()
  console.log(`icons: ${written.length} files from build/icon.svg`)
}

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'
import { makeIcons, PNG_SIZES } from './make-icons.mjs'

let out: string
let written: string[]
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'newsdeck-icons-'))
  written = await makeIcons({ outDir: out })
})
afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('icons from build/icon.svg', () => {
  it('renders a square PNG at every size Linux, the window and the installers use', async () => {
    for (const size of PNG_SIZES) {
      const meta = await sharp(join(out, 'icons', `${size}x${size}.png`)).metadata()
      expect([meta.format, meta.width, meta.height, meta.hasAlpha], `${size}px`).toEqual([
        'png',
        size,
        size,
        true
      ])
    }
    expect(PNG_SIZES).toEqual(expect.arrayContaining([16, 32, 48, 256, 512, 1024]))
  })

  it('draws the icon, not an empty canvas: blue square, white letter, clear corners', async () => {
    const { data, info } = await sharp(join(out, 'icons', '256x256.png'))
      .raw()
      .toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number): number[] => {
      const i = (y * info.width + x) * info.channels
      return [...data.subarray(i, i + 4)]
    }
    expect(pixel(1, 1)[3]).toBe(0) // outside the rounded corner
    expect(pixel(40, 128)).toEqual([31, 78, 121, 255]) // the square, left of the N
    expect(pixel(88, 128)).toEqual([255, 255, 255, 255]) // the N's left stroke
  })

  it('packs a Windows .ico and a macOS .icns', async () => {
    const ico = await readFile(join(out, 'icon.ico'))
    // ICONDIR: reserved 0, type 1 (icon), then the number of images.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5)
    const icns = await readFile(join(out, 'icon.icns'))
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    expect(written.map((p) => basename(p))).toEqual(
      expect.arrayContaining(['icon.png', 'icon.ico', 'icon.icns'])
    )
  })
})

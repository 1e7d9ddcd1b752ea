// Writes build/icon.png (512x512): a rounded blue square with a white "N". Run with
// `node build/make-icon.mjs` after changing it; the PNG is committed so packaging needs no step.
// Plain zlib + a hand-rolled PNG writer, so no image library joins the dependencies.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 512
const SAMPLES = 4 // per axis, for smooth edges
const BACKGROUND = [31, 78, 121]
const LETTER = [255, 255, 255]

function inRoundedSquare(x, y) {
  const [min, max, r] = [24, 488, 96]
  const cx = Math.min(Math.max(x, min + r), max - r)
  const cy = Math.min(Math.max(y, min + r), max - r)
  return x >= min && x <= max && y >= min && y <= max && (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const [dx, dy] = [bx - ax, by - ay]
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy))
}

function inLetterN(x, y) {
  const strokes = [
    [
      [176, 136],
      [176, 376]
    ],
    [
      [336, 136],
      [336, 376]
    ],
    [
      [176, 136],
      [336, 376]
    ]
  ]
  return strokes.some(([a, b]) => distanceToSegment(x, y, a, b) <= 26)
}

const rows = []
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4) // leading 0: PNG filter "none"
  for (let x = 0; x < SIZE; x++) {
    let [shape, letter] = [0, 0]
    for (let i = 0; i < SAMPLES; i++) {
      for (let j = 0; j < SAMPLES; j++) {
        const [sx, sy] = [x + (i + 0.5) / SAMPLES, y + (j + 0.5) / SAMPLES]
        if (inRoundedSquare(sx, sy)) {
          shape++
          if (inLetterN(sx, sy)) letter++
        }
      }
    }
    const n = SAMPLES * SAMPLES
    const mix = shape ? letter / shape : 0
    const rgb = BACKGROUND.map((c, k) => Math.round(c + ((LETTER[k] ?? c) - c) * mix))
    row.set([...rgb, Math.round((255 * shape) / n)], 1 + x * 4)
  }
  rows.push(row)
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)) >>> 0
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const out = Buffer.alloc(body.length + 8)
  out.writeUInt32BE(data.length, 0)
  body.copy(out, 4)
  out.writeUInt32BE(crc32(body), body.length + 4)
  return out
}

const header = Buffer.alloc(13)
header.writeUInt32BE(SIZE, 0)
header.writeUInt32BE(SIZE, 4)
header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0))
])
writeFileSync(new URL('./icon.png', import.meta.url), png)
console.log(`build/icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`)

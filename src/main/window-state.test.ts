import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_SIZE,
  initialBounds,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect
} from './window-state'

// Work areas: a laptop screen (task bar at the bottom) and a large monitor to its right.
const laptop: Rect = { x: 0, y: 0, width: 1440, height: 860 }
const monitor: Rect = { x: 1440, y: 0, width: 2560, height: 1400 }
const saved = (bounds: Rect, maximized = false) => ({ bounds, maximized })

describe('initialBounds', () => {
  it('opens a first start at the default size, centred (no position)', () => {
    expect(initialBounds(null, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false })
  })

  it('restores size, position and maximised state on a display that is still there', () => {
    const bounds = { x: 1600, y: 100, width: 1800, height: 1000 }
    expect(initialBounds(saved(bounds, true), [laptop, monitor])).toEqual({
      ...bounds,
      maximized: true
    })
  })

  it('opens as on a first start when the display it was on is gone', () => {
    const onMonitor = saved({ x: 1600, y: 100, width: 1800, height: 1000 }, true)
    expect(initialBounds(onMonitor, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false })
  })

  it('shrinks a window saved on a bigger screen to fit, and moves it fully onto the display', () => {
    const big = saved({ x: 100, y: 50, width: 2400, height: 1300 })
    expect(initialBounds(big, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 860,
      maximized: false
    })
  })

  it('pulls back a window hanging off the edge of its display', () => {
    const offRight = saved({ x: 1300, y: 700, width: 1000, height: 600 })
    expect(initialBounds(offRight, [laptop])).toEqual({
      x: 440,
      y: 260,
      width: 1000,
      height: 600,
      maximized: false
    })
  })

  it('picks the display holding most of a window that straddles two', () => {
    const straddling = saved({ x: 1240, y: 100, width: 1200, height: 800 })
    // 200 px on the laptop, 1000 px on the monitor: it opens on the monitor.
    expect(initialBounds(straddling, [laptop, monitor])).toMatchObject({ x: 1440, y: 100 })
  })

  it('handles displays left of or above the primary one (negative coordinates)', () => {
    const left: Rect = { x: -1920, y: -200, width: 1920, height: 1040 }
    const there = saved({ x: -1800, y: -150, width: 1000, height: 700 })
    expect(initialBounds(there, [laptop, left])).toMatchObject({ x: -1800, y: -150 })
  })

  it('never makes a window smaller than the minimum a display allows', () => {
    const tiny = saved({ x: 10, y: 10, width: 200, height: 100 })
    expect(initialBounds(tiny, [laptop])).toMatchObject({ width: 720, height: 500 })
  })
})

describe('parseWindowState', () => {
  it('accepts what saveWindowState writes, and nothing malformed', () => {
    const good = saved({ x: -5, y: 0, width: 800, height: 600 }, true)
    expect(parseWindowState(JSON.parse(JSON.stringify(good)))).toEqual(good)
    for (const bad of [
      null,
      'x',
      { bounds: { x: 0, y: 0, width: 800 }, maximized: false },
      { bounds: { x: 0, y: 0, width: 0, height: 600 }, maximized: false },
      { bounds: { x: 0.5, y: 0, width: 800, height: 600 }, maximized: false },
      { bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: 'yes' },
      { bounds: { x: 1e300, y: 0, width: 800, height: 600 }, maximized: false }
    ]) {
      expect(parseWindowState(bad), JSON.stringify(bad)).toBeNull()
    }
  })
})

describe('saving and loading', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdeck-window-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('round-trips through the file, and treats a missing or broken file as nothing saved', async () => {
    const file = join(dir, 'window-state.json')
    expect(loadWindowState(file)).toBeNull()
    const state = saved({ x: 1, y: 2, width: 900, height: 650 }, true)
    saveWindowState(file, state)
    expect(loadWindowState(file)).toEqual(state)
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state)
    await writeFile(file, '{"bounds":')
    expect(loadWindowState(file)).toBeNull()
  })
})

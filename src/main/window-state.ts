/**
 * The main window's size, position and maximised state, remembered between runs. Plain data and
 * plain functions: window.ts reads Electron's displays and bounds into these shapes.
 *
 * A remembered position is used only on a display that still exists. A window saved on a
 * monitor that has since been unplugged, or on a larger screen than today's, must not open off
 * screen or bigger than the screen.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  /** The normal (not maximised) bounds, so un-maximising goes back to them. */
  bounds: Rect
  maximized: boolean
}

/** What the window is created with: no x/y lets Electron centre it on the primary display. */
export interface InitialBounds {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export const DEFAULT_SIZE = { width: 1200, height: 800 }
export const MIN_SIZE = { width: 720, height: 500 }

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v)

/** The saved file's contents if they have the right shape; anything else counts as nothing saved. */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null
  const { bounds, maximized } = value as Record<string, unknown>
  if (typeof maximized !== 'boolean' || typeof bounds !== 'object' || bounds === null) return null
  const { x, y, width, height } = bounds as Record<string, unknown>
  if (!isInt(x) || !isInt(y) || !isInt(width) || !isInt(height)) return null
  if (width <= 0 || height <= 0) return null
  return { bounds: { x, y, width, height }, maximized }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}

/**
 * Where to open the window, given what was saved and the work areas (screen minus task bars) of
 * the displays there are now. The saved bounds go to the display they overlap most, shrunk to fit
 * it and moved fully onto it. If they overlap none, the window opens as on a first start: default
 * size, centred, not maximised.
 */
export function initialBounds(saved: WindowState | null, workAreas: Rect[]): InitialBounds {
  const fallback = { ...DEFAULT_SIZE, maximized: false }
  if (!saved) return fallback
  let best: Rect | null = null
  let bestArea = 0
  for (const area of workAreas) {
    const shared = overlap(saved.bounds, area)
    if (shared > bestArea) [best, bestArea] = [area, shared]
  }
  if (!best) return fallback
  const width = clamp(saved.bounds.width, Math.min(MIN_SIZE.width, best.width), best.width)
  const height = clamp(saved.bounds.height, Math.min(MIN_SIZE.height, best.height), best.height)
  return {
    x: clamp(saved.bounds.x, best.x, best.x + best.width - width),
    y: clamp(saved.bounds.y, best.y, best.y + best.height - height),
    width,
    height,
    maximized: saved.maximized
  }
}

/** Reads the saved state; a missing, unreadable or malformed file means "nothing saved". */
export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return null
  }
}

/**
 * Writes then renames, so a crash mid-write leaves the previous state, not half a file.
 * Synchronous: it runs as the last window closes, and the app quits right after.
 */
export function saveWindowState(file: string, state: WindowState): void {
  const partial = `${file}.partial`
  writeFileSync(partial, JSON.stringify(state))
  renameSync(partial, file)
}

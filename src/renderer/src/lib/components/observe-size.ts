import type { Attachment } from 'svelte/attachments'

export interface Size {
  width: number
  height: number
}

let observer: ResizeObserver | null = null
const listeners = new WeakMap<Element, (size: Size) => void>()
const remembered = new Map<string, Size>()

/**
 * The size last observed under `key` (see observeSize), or `guess`. A chart drawn at once at this
 * size, rather than after the first observation, is in the DOM before the frame's layout: the
 * observer then gives the true size before that frame is painted (a ResizeObserver's first report
 * comes after the layout that placed the element, and what it changes is laid out again before
 * painting), so no frame shows the guess, and a screen opened again with its window unchanged
 * draws each chart only once.
 */
export function rememberedSize(key: string | undefined, guess: Size): Size {
  return (key !== undefined && remembered.get(key)) || guess
}

/**
 * An attachment that tells `onSize` an element's content size whenever the page's layout sets or
 * changes it: `<div {@attach observeSize((s) => (size = s))}>`. Unlike `bind:clientWidth`, which
 * also reads the size the moment the element is made, it never asks for a layout of its own: a
 * screen of charts built in one task had one forced layout per chart (8 of them, 47 ms at 100,000
 * cards). The size comes from one ResizeObserver shared by every element, after the frame's
 * layout and before its paint, so what is drawn from it still shows in that frame. With a `key`,
 * the size is remembered for `rememberedSize`.
 */
export function observeSize(onSize: (size: Size) => void, key?: string): Attachment<HTMLElement> {
  return (element) => {
    observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const { width, height } = entry.contentRect
        listeners.get(entry.target)?.({ width, height })
      }
    })
    listeners.set(element, (size) => {
      if (key !== undefined) remembered.set(key, size)
      onSize(size)
    })
    observer.observe(element)
    return () => {
      observer?.unobserve(element)
      listeners.delete(element)
    }
  }
}

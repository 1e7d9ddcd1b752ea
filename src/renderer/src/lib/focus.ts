/**
 * Moves the focus to a screen's heading once the screen has drawn it (the reader draws its own
 * after reading storage), without scrolling: a screen that opens at a sentence scrolls there
 * itself. Gives up after `withinMs`; returns a cancel for a navigation that comes first.
 */
export function focusHeadingOf(container: HTMLElement, withinMs = 3000): () => void {
  const started = performance.now()
  let frame = 0
  const attempt = (): void => {
    const heading = container.querySelector<HTMLElement>('h1')
    if (heading) {
      // Focusable from code only: the heading is no stop for Tab.
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
      heading.focus({ preventScroll: true })
    } else if (performance.now() - started < withinMs) {
      frame = requestAnimationFrame(attempt)
    }
  }
  frame = requestAnimationFrame(attempt)
  return () => cancelAnimationFrame(frame)
}

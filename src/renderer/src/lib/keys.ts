/**
 * A keydown listener for the container of a dialog, question or editor: Esc, pressed on any
 * control inside it, closes it, and goes no further (the screen behind does not act on it too).
 */
export function closeOnEscape(close: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape') return
    e.preventDefault()
    e.stopPropagation()
    close()
  }
}

/**
 * "Only after the user clicks", decided in main. Main sees every input event the OS delivers
 * to the window (webContents 'input-event'); a page, compromised or not, cannot make one. A
 * request to open a link counts only if a click or an activating key press came just before it.
 *
 * What this cannot tell: which element was clicked. A compromised page could wait for any real
 * click and open a link then; SECURITY.md says so, and isExternalLinkUrl keeps what can be opened
 * to web pages whatever the timing.
 */

/** Long enough for a click's mouse-up to reach the window-open handler on a busy machine. */
export const GESTURE_WINDOW_MS = 1000

/**
 * The parts this looks at of Electron's InputEvent ('input-event': mouse and touch) and Input
 * ('before-input-event': keys, with KeyboardEvent.key).
 */
export interface InputEventLike {
  type: string
  key?: string
}

/** A click or tap, or Enter: what follows a link in a browser (Space scrolls instead). */
export function isActivation(input: InputEventLike): boolean {
  if (input.type === 'mouseUp' || input.type === 'gestureTap') return true
  return input.type === 'keyDown' && input.key === 'Enter'
}

export class GestureGate {
  #last = Number.NEGATIVE_INFINITY

  constructor(private readonly windowMs = GESTURE_WINDOW_MS) {}

  observe(input: InputEventLike, now: number): void {
    if (isActivation(input)) this.#last = now
  }

  /** True once per gesture: a second link opened by the same click is refused. */
  consume(now: number): boolean {
    const recent = now - this.#last >= 0 && now - this.#last <= this.windowMs
    this.#last = Number.NEGATIVE_INFINITY
    return recent
  }
}

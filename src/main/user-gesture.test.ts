import { describe, expect, it } from 'vitest'
import { GESTURE_WINDOW_MS, GestureGate, isActivation } from './user-gesture'

describe('isActivation', () => {
  it('counts a click, a tap and Enter, not movement, scrolling or other keys', () => {
    expect(isActivation({ type: 'mouseUp' })).toBe(true)
    expect(isActivation({ type: 'gestureTap' })).toBe(true)
    expect(isActivation({ type: 'keyDown', key: 'Enter' })).toBe(true)
    for (const input of [
      { type: 'mouseMove' },
      { type: 'mouseWheel' },
      { type: 'mouseDown' },
      { type: 'keyDown', key: ' ' },
      { type: 'keyUp', key: 'Enter' },
      { type: 'keyDown', key: 'a' }
    ]) {
      expect(isActivation(input), JSON.stringify(input)).toBe(false)
    }
  })
})

describe('GestureGate', () => {
  it('allows once within the window after a click', () => {
    const gate = new GestureGate()
    gate.observe({ type: 'mouseUp' }, 1000)
    expect(gate.consume(1000 + GESTURE_WINDOW_MS)).toBe(true)
    expect(gate.consume(1000 + GESTURE_WINDOW_MS)).toBe(false)
  })

  it('refuses without a click, or once the click is too old', () => {
    const gate = new GestureGate()
    expect(gate.consume(5)).toBe(false)
    gate.observe({ type: 'mouseUp' }, 1000)
    expect(gate.consume(1001 + GESTURE_WINDOW_MS)).toBe(false)
  })

  it('ignores input that is not an activation', () => {
    const gate = new GestureGate()
    gate.observe({ type: 'mouseMove' }, 1000)
    expect(gate.consume(1001)).toBe(false)
  })
})

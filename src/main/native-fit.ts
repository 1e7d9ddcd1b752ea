/**
 * The main-process side of a native fit: unpack the window's training set, fit, and pass on
 * progress at most ten times a second (the binding reports far more often than a bar can show).
 */
import { unpackTrainingSet } from '../core/optimizer/packed'
import { loadBinding, nativeEngine } from './native-engine'

export async function nativeFitAvailable(): Promise<boolean> {
  return (await loadBinding()) !== null
}

export async function fitPacked(
  bytes: Uint8Array,
  onProgress: (fraction: number) => void,
  clock: () => number = Date.now
): Promise<number[]> {
  const binding = await loadBinding()
  if (!binding) throw new Error('The native FSRS optimizer is not available on this platform')
  const set = unpackTrainingSet(bytes)
  let sentAt = -Infinity
  return nativeEngine(binding).fit(set, {
    from: 0,
    to: 1,
    report(fraction) {
      const now = clock()
      if (fraction < 1 && now - sentAt < 100) return
      sentAt = now
      onProgress(fraction)
    }
  })
}

/**
 * Runs `work` once the frame showing the latest change has been painted: the frame's callback
 * only queues a task, so the work is not built and laid out in the frame it is meant to follow.
 * Returns a function that cancels it, for an effect's cleanup.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)))
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

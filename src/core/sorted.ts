/**
 * The index of the last of the first `count` numbers of `sorted` (ascending) that is at most
 * `value`: which range of a list of range starts holds `value`. 0 when none is; callers ask only
 * for values at or after the first start.
 */
export function lastAtOrBefore(
  sorted: ArrayLike<number>,
  value: number,
  count = sorted.length
): number {
  let lo = 0
  let hi = count - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sorted[mid]! <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

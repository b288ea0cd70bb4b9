// The pipeline keeps sorted lists (a page's text segments, a text's mentions) and searches them by
// halving; one helper instead of a loop written out at each place.

/**
 * The first index in [0, length) where `after(i)` holds, for an `after` that holds from some index on
 * (false, ..., false, true, ..., true); `length` when it never holds.
 */
export function firstWhere(length: number, after: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

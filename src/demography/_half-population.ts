/**
 * The class in which the cumulated population first reaches half the total: the first `k` with
 * 2 × (people in classes 0…k) ≥ total, found by a binary search over the cumulative counts (`classCount + 1`
 * entries, never decreasing). Doubling a count below 2^53 is exact, so the comparison is too.
 */
export function medianClass(cumulative: ArrayLike<number>, classCount: number): number {
  const total = cumulative[classCount] ?? 0;
  let low = 0;
  let high = classCount - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (2 * (cumulative[middle + 1] ?? 0) >= total) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Reorders `items` so that its first `count` entries are the `count` items that come first in the order `before`
 * (a strict total order: for two different items exactly one comes before the other), in no particular order among
 * themselves. Quickselect with random pivots: linear expected time, whatever the input, and in place.
 *
 * The items selected do not depend on the pivots drawn: the order is total, so the first `count` items are one
 * set. Only the time does, and a random pivot leaves an input no way to force the quadratic case.
 */
export function selectFirst(
  items: Int32Array,
  count: number,
  before: (a: number, b: number) => boolean,
): void {
  let low = 0;
  let high = items.length - 1;
  const target = count - 1;
  if (target < 0 || target >= high) return;
  while (low < high) {
    const drawn = low + Math.floor(Math.random() * (high - low + 1));
    const pivot = items[drawn] ?? 0;
    items[drawn] = items[high] ?? 0;
    items[high] = pivot;
    let store = low;
    for (let index = low; index < high; index += 1) {
      const item = items[index] ?? 0;
      if (before(item, pivot)) {
        items[index] = items[store] ?? 0;
        items[store] = item;
        store += 1;
      }
    }
    items[high] = items[store] ?? 0;
    items[store] = pivot;
    if (store === target) return;
    if (store < target) low = store + 1;
    else high = store - 1;
  }
}

// Counting the work a call does, without a clock: every code unit the library reads goes through
// String.prototype.charCodeAt, which is replaced by a counting wrapper while the call runs.

/** How many code units `run` reads. */
export function unitsRead(run: () => unknown): number {
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = String.prototype.charCodeAt;
  let count = 0;
  String.prototype.charCodeAt = function (this: string, index: number): number {
    count += 1;
    return original.call(this, index);
  };
  try {
    run();
  } finally {
    String.prototype.charCodeAt = original;
  }
  return count;
}

/**
 * The ratio of the work on a text twice as long to the work on a text: about 2 for a linear reader, about 4 for a
 * quadratic one.
 */
export function doublingRatio(
  make: (size: number) => string,
  read: (text: string) => unknown,
  size: number,
): number {
  const small = make(size);
  const large = make(2 * size);
  read(small); // warm up: the first call builds the index
  return (
    unitsRead(() => read(large)) /
    Math.max(
      1,
      unitsRead(() => read(small)),
    )
  );
}

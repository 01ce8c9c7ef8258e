// A Decimal given in a document stands in the validator's copy of it (own-snapshot.ts) as an empty record: a schema
// that expects a record there reads no field from Decimal.prototype or Object.prototype, and the decimal readers
// find the Decimal behind it here.

const DECIMALS_BEHIND = /* @__PURE__ */ new WeakMap<object, object>();

/**
 * Makes `record` (an empty record without Object.prototype in its chain) the frozen stand-in of `decimal`.
 * @internal
 */
export function standInFor(decimal: object, record: object): object {
  const token = Object.freeze(record);
  DECIMALS_BEHIND.set(token, decimal);
  return token;
}

/**
 * The Decimal that `value` stands in for, or `undefined` when `value` is not a stand-in.
 * @internal
 */
export function decimalBehind(value: unknown): object | undefined {
  return typeof value === "object" && value !== null ? DECIMALS_BEHIND.get(value) : undefined;
}

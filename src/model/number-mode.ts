/**
 * How the parsers read numbers written as text. Each mode has exactly one reading, and nothing switches mode by
 * looking at the text:
 *
 * - `"canonical"` (the default): the machine contract, what `Decimal.toString()` and `JSON.stringify` write — a dot
 *   separates the decimals and nothing groups the thousands (`"1234.56"`, `"-0.5"`, `"1e3"`). `"1.234"` is 1.234;
 *   Italian text such as `"1.234,56"` is refused (`invalid_decimal`).
 * - `"italian"`: text as the Piani di Zona print it, read with {@link parseItalianNumber} — `.` groups thousands and
 *   `,` separates decimals (`"1.234,56"`, `"€. 150.000,00"`, `"76,56%"`, `"122.855"`). `"1.234"` is 1234; text that
 *   would be a guess (`"12.85"`, `"0.500"`) is refused (`ambiguous_number`, `malformed_italian_number`).
 *
 * Numbers and Decimals are read the same way in both modes: only text has two readings.
 *
 * @example
 * ```ts
 * import { NUMBER_MODES } from "piano-di-zona";
 * NUMBER_MODES //=> ["canonical", "italian"]
 * ```
 * @category Model
 */
export const NUMBER_MODES = /* @__PURE__ */ Object.freeze(["canonical", "italian"] as const);

/** One of {@link NUMBER_MODES}. @category Model */
export type NumberMode = (typeof NUMBER_MODES)[number];

/**
 * Options of the `safeParseX` and `parseX` functions.
 * @category Model
 */
export interface ParseOptions {
  /** How numbers written as text are read (default `"canonical"`); see {@link NUMBER_MODES}. */
  readonly numbers?: NumberMode;
}

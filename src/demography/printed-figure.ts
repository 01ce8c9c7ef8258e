import type { ErrorPath } from "../core/error.js";
import { parseItalianNumber } from "../core/italian-number.js";
import { italianPrintedDecimals } from "../core/italian-number.js";

/**
 * Reads a figure as an Italian document prints it (`"1.140,00"`, `"-3,49"`, `"24,4%"`, `"122.855"`) into a
 * canonical string that keeps its printed decimals (`"1140.00"`, `"-3.49"`, `"24.4"`, `"122855"`), ready for
 * {@link checkStatedIndices} and {@link checkIndexIdentities}: the printed precision decides how far a figure may be
 * from the exact value, so trailing zeros matter.
 *
 * @param text - the figure as printed
 * @param path - where the text sits in the caller's data
 * @throws {@link PdzError} `empty_number`, `ambiguous_number` (e.g. `"12.85"`), `malformed_number`
 * @example
 * ```ts
 * import { readPrintedFigure } from "piano-di-zona";
 * readPrintedFigure("1140,00") //=> "1140.00"
 * readPrintedFigure("24,4%") //=> "24.4"
 * readPrintedFigure("-3,49") //=> "-3.49"
 * readPrintedFigure("12.85") //=> throws ambiguous_number
 * ```
 * @category Demography
 */
export function readPrintedFigure(text: string, path: ErrorPath = []): string {
  const value = parseItalianNumber(text, path);
  return value.toFixed(italianPrintedDecimals(text));
}

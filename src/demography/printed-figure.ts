import { pdzError, type ErrorPath } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import { italianPrintedDecimals, parseItalianNumber } from "../core/italian-number.js";
import * as M from "../core/messages/core.js";
import { readErrorPath } from "./_error-path.js";

const A_FIGURE: Labels = { it: "un numero scritto come testo", en: "a number written as text" };

/**
 * Reads a figure as an Italian document prints it (`"1.140,00"`, `"-3,49"`, `"24,4%"`, `"122.855"`) into a
 * canonical string that keeps its printed decimals (`"1140.00"`, `"-3.49"`, `"24.4"`, `"122855"`), ready for
 * {@link checkStatedIndices} and {@link checkIndexIdentities}: the printed precision decides how far a figure may be
 * from the exact value, so trailing zeros matter.
 *
 * @param text - the figure as printed
 * @param path - where the text sits in the caller's data
 * @throws {@link PdzError} `empty_number`, `ambiguous_number` (e.g. `"12.85"`), `malformed_italian_number`,
 * `number_text_too_long`, `number_out_of_range`, `invalid_type` (not text, or a path that is not a list)
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
  const at = readErrorPath(path);
  if (typeof text !== "string") throw pdzError(M.invalid_type, { expected: A_FIGURE }, at);
  const value = parseItalianNumber(text, at);
  return value.toFixed(italianPrintedDecimals(text));
}

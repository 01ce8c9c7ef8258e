import { formatNumber } from "../core/format.js";
import { Dec, type Decimal } from "../core/decimal.js";
import type { ErrorPath } from "../core/error.js";
import type { Finding } from "../core/finding.js";
import { parseItalianNumber } from "../core/italian-number.js";
import { italianPrintedDecimals } from "../core/italian-number.js";

/**
 * Checks a printed total against the sum of printed parts (amounts or percentages, as Italian text). Equal: no
 * finding. Different, but by no more than the rounding of the printed figures can explain (half a unit of the last
 * digit for each part and for the total): a `rounded_sum_mismatch` warning, since the exact figures behind them are
 * unknown. Further apart: a `stated_sum_mismatch` error.
 *
 * @param parts - the parts as printed ("8,66%", "22.966.326,17")
 * @param statedTotal - the total as printed
 * @param path - where the total sits, for the finding
 * @throws {@link PdzError} the errors of {@link parseItalianNumber}
 * @example
 * ```ts
 * import { checkStatedSum } from "piano-di-zona";
 * checkStatedSum(["22.966.326,17", "9.135.701,97"], "32.102.028,14") //=> []
 * // Busto Arsizio: "restanti aree 15,16%" = povertà 8,66% + multiutenza 6,28% + immigrati 0,23% + dipendenze 0%
 * checkStatedSum(["8,66%", "6,28%", "0,23%", "0%"], "15,16%").map((f) => [f.code, f.computed]) //=> [["rounded_sum_mismatch", "15.17"]]
 * checkStatedSum(["100", "50"], "2172").map((f) => f.severity) //=> ["error"]
 * ```
 * @category Finance
 */
export function checkStatedSum(
  parts: readonly string[],
  statedTotal: string,
  path: ErrorPath = [],
): Finding[] {
  const values = parts.map((part, index) => parseItalianNumber(part, [...path, index]));
  const stated = parseItalianNumber(statedTotal, path);
  const computed = values.reduce((sum, value) => sum.plus(value), new Dec(0));
  if (computed.eq(stated)) return [];
  const halfUnit = (text: string): Decimal => new Dec(10).pow(-italianPrintedDecimals(text)).div(2);
  const tolerance = [...parts, statedTotal].reduce((sum, text) => sum.plus(halfUnit(text)), new Dec(0));
  const places = Math.max(italianPrintedDecimals(statedTotal), ...parts.map(italianPrintedDecimals));
  const withinRounding = computed.minus(stated).abs().lte(tolerance);
  const shown = computed.toFixed(places);
  return [
    {
      code: withinRounding ? "rounded_sum_mismatch" : "stated_sum_mismatch",
      severity: withinRounding ? "warning" : "error",
      path,
      message: `Stated total ${statedTotal}, sum of the printed parts ${shown}${withinRounding ? " (the gap may come from rounding)" : ""}`,
      messageIt: `Totale indicato ${statedTotal}, somma delle voci stampate ${formatNumber(computed, { decimals: places })}${withinRounding ? " (la differenza può dipendere dagli arrotondamenti)" : ""}`,
      stated: stated.toString(),
      computed: shown,
    },
  ];
}

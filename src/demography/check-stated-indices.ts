import { Dec } from "../core/decimal.js";
import { formatNumber } from "../core/format.js";
import { indexLabels } from "./_internal.js";
import type { ErrorPath } from "../core/error.js";
import type { Finding } from "../core/finding.js";
import type { DecimalInput } from "../core/input.js";
import { agreesWithPrinted, printedDecimals } from "../core/printed-precision.js";

/**
 * Compares the figures a document prints with the ones the library recomputes from the counts, each at the
 * precision it was printed with (via {@link agreesWithPrinted}: `"197.7"` agrees with 197,7266…, `"23.4"` does
 * not agree with 24,39…). Returns findings, never throws:
 * - `stated_value_mismatch` (error): the printed figure is not the recomputed one rounded to its decimals;
 * - `not_recomputable` (warning): nothing was recomputed under that key.
 *
 * Pass printed figures as canonical strings (`"6.40"`, not `6.4`) so that trailing zeros count as printed
 * precision; read Italian text with {@link parseItalianNumber} or write it with a dot.
 *
 * @param stated - printed figures by key (undefined/null entries are skipped)
 * @param computed - recomputed values by the same keys (e.g. a {@link DemographicProfile})
 * @param path - prefix for the findings' paths
 * @example
 * ```ts
 * import { checkStatedIndices, Decimal } from "piano-di-zona";
 * const computed = { ageingShare: new Decimal(356859).times(100).div(1462906) };
 * checkStatedIndices({ ageingShare: "24.4" }, computed) //=> []
 * const [finding] = checkStatedIndices({ ageingShare: "23.4" }, computed);
 * [finding?.code, finding?.stated, finding?.computed] //=> ["stated_value_mismatch", "23.4", "24.394"]
 * ```
 * @category Demography
 */
export function checkStatedIndices(
  stated: Readonly<Record<string, DecimalInput | null | undefined>>,
  computed: object,
  path: ErrorPath = [],
): Finding[] {
  const findings: Finding[] = [];
  for (const [key, printed] of Object.entries(stated)) {
    if (printed === undefined || printed === null) continue;
    const value: unknown = (computed as Record<string, unknown>)[key];
    const at = [...path, key];
    const shown = typeof printed === "string" ? printed.trim() : String(printed);
    if (!Dec.isDecimal(value)) {
      findings.push({
        code: "not_recomputable",
        severity: "warning",
        path: at,
        message: `${indexLabels(key).en}: the printed value ${shown} cannot be recomputed from the data given`,
        messageIt: `${indexLabels(key).it}: il valore stampato ${shown} non è ricalcolabile dai dati forniti`,
        stated: shown,
      });
      continue;
    }
    const places = printedDecimals(printed);
    const exact = value;
    if (!agreesWithPrinted(exact, printed, places)) {
      const recomputed = exact.toFixed(places + 2);
      findings.push({
        code: "stated_value_mismatch",
        severity: "error",
        path: at,
        message: `${indexLabels(key).en}: printed ${shown}, recomputed ${recomputed}`,
        messageIt: `${indexLabels(key).it}: stampato ${formatNumber(printed, { decimals: places })}, ricalcolato ${formatNumber(recomputed, { decimals: places + 2 })}`,
        stated: shown,
        computed: recomputed,
      });
    }
  }
  return findings;
}

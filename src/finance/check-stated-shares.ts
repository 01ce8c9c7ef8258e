import type { DecimalInput } from "../core/decimal-input.js";
import { pdzError, type ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import { numberLabels } from "../core/format.js";
import { italianPrintedDecimals, parseItalianNumber } from "../core/italian-number.js";
import * as M from "../core/messages/finance.js";
import { readList, readRecord, readText, requiredField } from "../core/read-input.js";
import {
  abs,
  compare,
  divide,
  integer,
  multiply,
  rationalOf,
  roundRational,
  subtract,
  tenTo,
  type Rational,
} from "./_rational.js";
import { readCheckPath, safeCheck, uncheckable } from "./_safe-check.js";
import { toNonNegativeDecimal } from "../core/decimal-input.js";

/**
 * One share as a document prints it: the part's label, the exact part (euro or count) and the printed percent.
 * @category Finance
 */
export interface StatedShare {
  readonly label: string;
  /** The part, ≥ 0. */
  readonly part: DecimalInput;
  /** The percent as printed, in Italian ("84,3%", "0,6%"); its decimals set the tolerance. */
  readonly statedPercent: string;
}

/**
 * Checks printed percentages against the parts they describe: each share is recomputed exactly as
 * `part × 100 / total` and must agree with the printed figure to its printed decimals — within half a unit of its
 * last digit, compared exactly (84,333…% agrees with "84,3%", 0,180…% does not agree with "0,6%"). Reports
 * `stated_share_mismatch` for each one that does not, with the share rounded once, half-up, to the printed decimals
 * (at least two) as `computed`.
 *
 * Never throws: a total that cannot be read (not a decimal ≥ 0, or 0: `zero_total`) yields one `uncheckable_input`
 * finding and nothing else is checked; a share that cannot be read (not a record, a missing field, a percent that is
 * not Italian number text) yields an `uncheckable_input` finding at its path and the other shares are still checked.
 * Linear in the number of shares.
 *
 * @param shares - the shares to check
 * @param total - the total the shares are of (≥ 0, not 0)
 * @param path - where the shares sit, prefixed to each finding's path (at most 100 keys and indices)
 * @example
 * ```ts
 * import { checkStatedShares } from "piano-di-zona";
 * // Gallarate 2022: Fondo Sistema Educativo 0-6, 35.784 € of 19.834.861 €, written "0,6%" in the text
 * checkStatedShares([{ label: "Fondo 0-6", part: 35784, statedPercent: "0,6%" }], 19834861).map((f) => f.computed) //=> ["0.18"]
 * checkStatedShares([{ label: "Fondo 0-6", part: 35784, statedPercent: "0,2%" }], 19834861) //=> []
 * checkStatedShares([], 0).map((f) => [f.code, f.path]) //=> [["uncheckable_input", ["total"]]]
 * ```
 * @category Finance
 */
export function checkStatedShares(
  shares: readonly StatedShare[],
  total: DecimalInput,
  path: ErrorPath = [],
): Finding[] {
  return safeCheck(() => {
    const prefix = readCheckPath(path);
    const whole = toNonNegativeDecimal(total, [...prefix, "total"]);
    if (whole.isZero()) throw pdzError(M.zero_total, {}, [...prefix, "total"]);
    const exactTotal = rationalOf(whole);
    const items = readList(shares, prefix);
    const findings: Finding[] = [];
    for (let index = 0; index < items.length; index += 1) {
      try {
        const finding = checkShare(items[index], exactTotal, [...prefix, index]);
        if (finding !== null) findings.push(finding);
      } catch (error) {
        findings.push(uncheckable(error));
      }
    }
    return findings;
  });
}

function checkShare(item: unknown, total: Rational, path: ErrorPath): Finding | null {
  const share = readRecord(item, path);
  const label = readText(requiredField(share, "label", path), [...path, "label"]);
  const part = toNonNegativeDecimal(requiredField(share, "part", path), [...path, "part"]);
  const percentPath = [...path, "statedPercent"];
  const printed = readText(requiredField(share, "statedPercent", path), percentPath);
  const stated = parseItalianNumber(printed, percentPath);
  const decimals = italianPrintedDecimals(printed);
  const exact = divide(multiply(rationalOf(part), integer(100)), total);
  // Half a unit of the last printed digit: 5 × 10^-(decimals + 1).
  const halfUnit = { n: 5n, d: tenTo(decimals + 1) };
  if (compare(abs(subtract(exact, rationalOf(stated))), halfUnit) <= 0) return null;
  const places = Math.max(decimals, 2);
  const computed = roundRational(exact, places, "half-up");
  return createFinding(
    M.stated_share_mismatch,
    { label, stated: printed, computed: numberLabels(computed, Math.min(places, 20), "percent") },
    { path: percentPath, stated: stated.toString(), computed: computed.toFixed(places) },
  );
}

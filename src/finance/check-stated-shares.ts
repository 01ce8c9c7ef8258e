import { formatPercent } from "../core/format.js";
import { Dec } from "../core/decimal.js";
import { PdzError, type ErrorPath } from "../core/error.js";
import type { Finding } from "../core/finding.js";
import { toNonNegativeDecimal, type DecimalInput } from "../core/input.js";
import { parseItalianNumber } from "../core/italian-number.js";
import { agreesWithPrinted } from "../core/printed-precision.js";
import { italianPrintedDecimals } from "../core/italian-number.js";

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
 * Checks printed percentages against the parts they describe: each share is recomputed as `part × 100 / total`
 * and must agree with the printed figure to its printed decimals (84,333…% agrees with "84,3%", 0,180…% does not
 * agree with "0,6%"). Reports `stated_share_mismatch` for each one that does not.
 *
 * @param shares - the shares to check
 * @param total - the total the shares are of (≥ 0, not 0)
 * @param path - where the shares sit, prefixed to each finding's path
 * @throws {@link PdzError} `negative_amount`, `zero_total`, and the errors of {@link parseItalianNumber}
 * @example
 * ```ts
 * import { checkStatedShares } from "piano-di-zona";
 * // Gallarate 2022: Fondo Sistema Educativo 0-6, 35.784 € of 19.834.861 €, written "0,6%" in the text
 * checkStatedShares([{ label: "Fondo 0-6", part: 35784, statedPercent: "0,6%" }], 19834861).map((f) => f.computed) //=> ["0.18"]
 * checkStatedShares([{ label: "Fondo 0-6", part: 35784, statedPercent: "0,2%" }], 19834861) //=> []
 * ```
 * @category Finance
 */
export function checkStatedShares(
  shares: readonly StatedShare[],
  total: DecimalInput,
  path: ErrorPath = [],
): Finding[] {
  const whole = toNonNegativeDecimal(total, [...path, "total"]);
  if (whole.isZero()) {
    throw new PdzError({
      code: "zero_total",
      message: "Shares of a total of 0 do not exist",
      messageIt: "Non esistono quote di un totale pari a 0",
      path: [...path, "total"],
    });
  }
  return shares.flatMap((share, index): Finding[] => {
    const exact = toNonNegativeDecimal(share.part, [...path, index, "part"])
      .times(100)
      .div(whole);
    const stated = parseItalianNumber(share.statedPercent, [...path, index, "statedPercent"]);
    const decimals = italianPrintedDecimals(share.statedPercent);
    if (agreesWithPrinted(exact, stated, decimals)) return [];
    const computed = exact.toFixed(Math.max(decimals, 2), Dec.ROUND_HALF_UP);
    return [
      {
        code: "stated_share_mismatch",
        severity: "error",
        path: [...path, index, "statedPercent"],
        message: `Share of "${share.label}": stated ${share.statedPercent}, computed ${computed}%`,
        messageIt: `Quota di «${share.label}»: indicata ${share.statedPercent}, calcolata ${formatPercent(exact, { decimals: Math.max(decimals, 2) })}`,
        stated: stated.toString(),
        computed,
      },
    ];
  });
}

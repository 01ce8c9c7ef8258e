import type { Decimal } from "../core/decimal.js";
import type { ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import { numberLabels } from "../core/format.js";
import { italianPrintedDecimals, parseItalianNumber } from "../core/italian-number.js";
import * as M from "../core/messages/finance.js";
import { readList, readText } from "../core/read-input.js";
import { compareScaled, decimalOfScaled, addScaled, scaledOf, ScaledSum, type Scaled } from "./_rational.js";
import { readCheckPath, safeCheck, uncheckable } from "./_safe-check.js";

/** A figure printed the Italian way: its exact value and the decimals it was printed with. */
interface Printed {
  readonly value: Scaled;
  readonly decimals: number;
}

function readPrinted(value: unknown, path: ErrorPath): Printed {
  const text = readText(value, path);
  return { value: scaledOf(parseItalianNumber(text, path)), decimals: italianPrintedDecimals(text) };
}

/**
 * Checks a printed total against the sum of printed parts (amounts or percentages, as Italian text), exactly. Equal:
 * no finding. Different, but by no more than the rounding of the printed figures can explain (half a unit of the last
 * digit for each part and for the total): a `rounded_sum_mismatch` warning, since the exact figures behind them are
 * unknown. Further apart: a `stated_sum_mismatch` error. Linear in the number of parts.
 *
 * Never throws: a part or a total that is not Italian number text yields an `uncheckable_input` finding at its path
 * (and the sum is then not compared); parts that are not a list yield one.
 *
 * @param parts - the parts as printed ("8,66%", "22.966.326,17")
 * @param statedTotal - the total as printed
 * @param path - where the total sits, for the finding (at most 100 keys and indices)
 * @example
 * ```ts
 * import { checkStatedSum } from "piano-di-zona";
 * checkStatedSum(["22.966.326,17", "9.135.701,97"], "32.102.028,14") //=> []
 * // Busto Arsizio: "restanti aree 15,16%" = povertà 8,66% + multiutenza 6,28% + immigrati 0,23% + dipendenze 0%
 * checkStatedSum(["8,66%", "6,28%", "0,23%", "0%"], "15,16%").map((f) => [f.code, f.computed]) //=> [["rounded_sum_mismatch", "15.17"]]
 * checkStatedSum(["100", "50"], "2172").map((f) => f.severity) //=> ["error"]
 * checkStatedSum(["12.85"], "12,85").map((f) => [f.code, f.path]) //=> [["uncheckable_input", [0]]]
 * ```
 * @category Finance
 */
export function checkStatedSum(
  parts: readonly string[],
  statedTotal: string,
  path: ErrorPath = [],
): Finding[] {
  return safeCheck(() => {
    const prefix = readCheckPath(path);
    const items = readList(parts, prefix);
    const findings: Finding[] = [];
    const sum = new ScaledSum();
    // The rounding the printed figures can explain: half a unit of the last digit of each, 5 × 10^-(decimals + 1).
    const tolerance = new ScaledSum();
    let places = 0;
    const take = (printed: Printed): void => {
      tolerance.add({ digits: 5n, scale: printed.decimals + 1 });
      if (printed.decimals > places) places = printed.decimals;
    };
    for (let index = 0; index < items.length; index += 1) {
      try {
        const part = readPrinted(items[index], [...prefix, index]);
        sum.add(part.value);
        take(part);
      } catch (error) {
        findings.push(uncheckable(error));
      }
    }
    let stated: Printed;
    try {
      stated = readPrinted(statedTotal, prefix);
    } catch (error) {
      findings.push(uncheckable(error));
      return findings;
    }
    if (findings.length > 0) return findings;
    take(stated);
    const computed = sum.value;
    if (compareScaled(computed, stated.value) === 0) return [];
    const gap = addScaled(computed, { digits: -stated.value.digits, scale: stated.value.scale });
    const withinRounding =
      compareScaled(
        { digits: gap.digits < 0n ? -gap.digits : gap.digits, scale: gap.scale },
        tolerance.value,
      ) <= 0;
    const total: Decimal = decimalOfScaled(computed);
    const params = {
      stated: readText(statedTotal, prefix),
      computed: numberLabels(total, Math.min(places, 20)),
    };
    const where = {
      path: prefix,
      stated: decimalOfScaled(stated.value).toString(),
      computed: total.toFixed(places),
    };
    return [
      withinRounding
        ? createFinding(M.rounded_sum_mismatch, params, where)
        : createFinding(M.stated_sum_mismatch, params, where),
    ];
  });
}

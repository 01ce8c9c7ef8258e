import { readDecimal, type DecimalInput } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import type { ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import * as M from "../core/messages/demography.js";
import { printedDecimals, withinHalfUnit } from "../core/printed-precision.js";
import { ownField, readRecord } from "../core/read-input.js";
import { neverThrows, unreadableFinding } from "./_check-guard.js";
import { readingElements } from "./_count-arrays.js";
import { fixedText } from "./_number-text.js";
import { indexLabels } from "./index-catalog.js";
import { isProfile, profileIndex } from "./profile.js";

/** The recomputed value under `key`: a profile's index, or a record's own field; `undefined` when there is none. */
function recomputed(computed: object, key: string, path: ErrorPath): Decimal | undefined {
  const value = isProfile(computed) ? profileIndex(computed, key) : ownField(computed, key, path);
  if (value === undefined || value === null) return undefined;
  try {
    return readDecimal(value);
  } catch {
    return undefined;
  }
}

function checkOne(key: string, printed: unknown, computed: object, at: ErrorPath): Finding | null {
  const path = [...at, key];
  const figure = readDecimal(printed, path);
  const shown = typeof printed === "string" ? printed.trim() : figure.toString();
  const label = indexLabels(key);
  const exact = recomputed(computed, key, at);
  if (exact === undefined) {
    return createFinding(M.not_recomputable, { label, printed: shown }, { path, stated: shown });
  }
  const places = printedDecimals(printed);
  if (withinHalfUnit(exact, figure, places)) return null;
  const again = exact.toFixed(places + 2);
  return createFinding(
    M.stated_value_mismatch,
    { label, printed: fixedText(figure.toFixed(places)), recomputed: fixedText(again) },
    { path, stated: shown, computed: again },
  );
}

/**
 * Compares the figures a document prints with the ones the library recomputes from the counts, each at the
 * precision it was printed with (as {@link agreesWithPrinted} does: `"197.7"` agrees with 197,7266…, `"23.4"` does
 * not agree with 24,39…). Returns findings:
 * - `stated_value_mismatch` (error): the printed figure is not the recomputed one rounded to its decimals;
 * - `not_recomputable` (warning): nothing was recomputed under that key;
 * - `unreadable_demographic_input` (error): a printed figure that is not a canonical decimal within the library's
 *   bounds (the other figures are still checked), or arguments of the wrong shape.
 *
 * Never throws. Pass printed figures as canonical strings (`"6.40"`, not `6.4`) so that trailing zeros count as
 * printed precision; read Italian text with {@link readPrintedFigure} or {@link parseItalianNumber}.
 *
 * @param stated - printed figures by key (`undefined`/`null` entries are skipped); its own keys are read
 * @param computed - recomputed values by the same keys: a {@link DemographicProfile}, or a record whose own fields
 * are Decimals or canonical decimal text (e.g. `profile.toJSON()` spread with figures of your own)
 * @param path - prefix for the findings' paths
 * @example
 * ```ts
 * import { checkStatedIndices, Decimal } from "piano-di-zona";
 * const computed = { ageingShare: new Decimal(356859).times(100).div(1462906) };
 * checkStatedIndices({ ageingShare: "24.4" }, computed) //=> []
 * const [finding] = checkStatedIndices({ ageingShare: "23.4" }, computed);
 * [finding?.code, finding?.stated, finding?.computed] //=> ["stated_value_mismatch", "23.4", "24.394"]
 * checkStatedIndices({ ageingShare: "1e400" }, computed).map((f) => f.code) //=> ["unreadable_demographic_input"]
 * ```
 * @category Demography
 */
export function checkStatedIndices(
  stated: Readonly<Record<string, DecimalInput | null | undefined>>,
  computed: object,
  path: ErrorPath = [],
): Finding[] {
  return neverThrows(path, (at) => {
    const record = readRecord(stated, ["stated"]);
    const source = isProfile(computed) ? computed : readRecord(computed, ["computed"]);
    const keys = readingElements(["stated"], () => Object.keys(record));
    const findings: Finding[] = [];
    for (const key of keys) {
      try {
        const printed = ownField(record, key, at);
        if (printed === undefined || printed === null) continue;
        const finding = checkOne(key, printed, source, at);
        if (finding !== null) findings.push(finding);
      } catch (error) {
        findings.push(unreadableFinding(error, []));
      }
    }
    return findings;
  });
}

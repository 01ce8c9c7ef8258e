import type { ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/demography.js";
import { neverThrows } from "./_check-guard.js";
import { countText } from "./_number-text.js";
import { classLabel, malesOf, populationOf, type StructureData } from "./_structure-data.js";
import { structureData } from "./_structure-storage.js";
import type { AgeStructure } from "./age-structure.js";

function mismatch(
  message: typeof M.band_sum_mismatch | typeof M.sex_sum_mismatch,
  path: ErrorPath,
  stated: number,
  computed: bigint,
  what: Labels,
): Finding {
  const difference = BigInt(stated) - computed;
  return createFinding(
    message,
    { what, stated: countText(stated), computed: countText(computed), difference: countText(difference) },
    { path, stated: String(stated), computed: computed.toString() },
  );
}

function span(cumulative: readonly number[], index: number): number {
  return (cumulative[index + 1] ?? 0) - (cumulative[index] ?? 0);
}

function findingsOf(data: StructureData, path: ErrorPath): Finding[] {
  const findings: Finding[] = [];
  const { cumFemales, cumTotals, stated } = data;
  const cumMales = malesOf(data);
  // Single years cannot disagree with themselves (their males are their totals less their females).
  if (cumMales !== null && cumFemales !== null && data.cumMales !== null) {
    for (let i = 0; i < data.classCount; i++) {
      const males = span(cumMales, i);
      const females = span(cumFemales, i);
      const total = span(cumTotals, i);
      // Below 2^53 the sum is exact; above, it exceeds any total: the comparison is exact either way.
      if (males + females !== total) {
        const sum = BigInt(males) + BigInt(females);
        const label = classLabel(data, i);
        findings.push(
          mismatch(M.sex_sum_mismatch, [...path, "bands", i], total, sum, {
            en: `Band ${label}, males + females`,
            it: `Fascia ${label}, maschi + femmine`,
          }),
        );
      }
    }
  }
  const total = populationOf(data);
  if (stated.total !== null && stated.total !== total) {
    findings.push(
      mismatch(M.band_sum_mismatch, [...path, "stated", "total"], stated.total, BigInt(total), {
        en: "Total",
        it: "Totale",
      }),
    );
  }
  if (cumMales !== null && cumFemales !== null) {
    for (const [sex, cumulative, it] of [
      ["males", cumMales, "Maschi"],
      ["females", cumFemales, "Femmine"],
    ] as const) {
      const statedSex = stated[sex];
      const summed = cumulative[data.classCount] ?? 0;
      if (statedSex !== null && statedSex !== summed) {
        findings.push(
          mismatch(M.band_sum_mismatch, [...path, "stated", sex], statedSex, BigInt(summed), { en: sex, it }),
        );
      }
    }
  }
  if (stated.males !== null && stated.females !== null && stated.total !== null) {
    const sum = BigInt(stated.males) + BigInt(stated.females);
    if (sum !== BigInt(stated.total)) {
      findings.push(
        mismatch(M.sex_sum_mismatch, [...path, "stated"], stated.total, sum, {
          en: "Stated males + females",
          it: "Maschi + femmine indicati",
        }),
      );
    }
  }
  if (data.foreign !== null) findings.push(...findingsOf(data.foreign, [...path, "foreign"]));
  return findings;
}

/**
 * Checks an age structure against itself and against the totals its document stated, and returns what does not
 * add up:
 * - `band_sum_mismatch`: a stated total (of everyone, of males, of females) differs from the sum of the bands;
 * - `sex_sum_mismatch`: in a band, or in the stated totals, males + females differ from the total.
 *
 * Foreign residents, when present, are checked the same way under the path `foreign`. Never throws: a value that is
 * not an age structure, or a path that is not a list of keys, gives one `unreadable_demographic_input` finding.
 *
 * @param structure - the structure to check
 * @param path - prefix for the findings' paths (e.g. the comune's position in a dataset)
 * @example
 * ```ts
 * import { ageStructureFromBands, checkAgeStructure } from "piano-di-zona";
 * // Monte Isola, 01/01/2024: the male bands add up to 817, the table states 808.
 * const monteIsola = ageStructureFromBands({
 *   referenceDate: "2024-01-01",
 *   bands: [
 *     { from: 0, to: 14, males: 81, females: 70, total: 151 },
 *     { from: 15, to: 64, males: 518, females: 488, total: 1006 },
 *     { from: 65, males: 218, females: 255, total: 473 },
 *   ],
 *   stated: { males: 808, females: 813, total: 1621 },
 * });
 * const findings = checkAgeStructure(monteIsola).map((f) => [f.code, f.path.join("."), f.stated, f.computed]);
 * findings //=> [["band_sum_mismatch", "stated.total", "1621", "1630"], ["band_sum_mismatch", "stated.males", "808", "817"]]
 * checkAgeStructure(null as never).map((f) => f.code) //=> ["unreadable_demographic_input"]
 * ```
 * @category Demography
 */
export function checkAgeStructure(structure: AgeStructure, path: ErrorPath = []): Finding[] {
  return neverThrows(path, (at) => findingsOf(structureData(structure), at));
}

import type { ErrorPath } from "../core/error.js";
import type { Finding } from "../core/finding.js";
import type { AgeStructure } from "./age-structure.js";

function mismatch(
  code: "band_sum_mismatch" | "sex_sum_mismatch",
  path: ErrorPath,
  stated: number,
  computed: number,
  what: readonly [string, string],
): Finding {
  return {
    code,
    severity: "error",
    path,
    message: `${what[0]}: stated ${stated}, but the counts add up to ${computed} (difference ${stated - computed})`,
    messageIt: `${what[1]}: indicato ${stated}, ma i conteggi sommano a ${computed} (differenza ${stated - computed})`,
    stated: String(stated),
    computed: String(computed),
  };
}

/**
 * Checks an age structure against itself and against the totals its document stated, and returns what does not
 * add up (never throws):
 * - `band_sum_mismatch`: a stated total (of everyone, of males, of females) differs from the sum of the bands;
 * - `sex_sum_mismatch`: in a band, or in the stated totals, males + females differ from the total.
 *
 * Foreign residents, when present, are checked the same way under the path `foreign`.
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
 * ```
 * @category Demography
 */
export function checkAgeStructure(structure: AgeStructure, path: ErrorPath = []): Finding[] {
  const findings: Finding[] = [];
  structure.bands().forEach((band, i) => {
    if (band.males !== undefined && band.females !== undefined && band.males + band.females !== band.total) {
      const label = `${band.from}${band.to === undefined ? "+" : `-${band.to}`}`;
      findings.push(
        mismatch("sex_sum_mismatch", [...path, "bands", i], band.total, band.males + band.females, [
          `Band ${label}, males + females`,
          `Fascia ${label}, maschi + femmine`,
        ]),
      );
    }
  });
  const { stated } = structure;
  if (stated.total !== undefined && stated.total !== structure.total) {
    findings.push(
      mismatch("band_sum_mismatch", [...path, "stated", "total"], stated.total, structure.total, [
        "Total",
        "Totale",
      ]),
    );
  }
  for (const [sex, it] of [
    ["males", "Maschi"],
    ["females", "Femmine"],
  ] as const) {
    const statedSex = stated[sex];
    const summed = structure[sex];
    if (statedSex !== undefined && summed !== undefined && statedSex !== summed) {
      findings.push(mismatch("band_sum_mismatch", [...path, "stated", sex], statedSex, summed, [sex, it]));
    }
  }
  if (
    stated.males !== undefined &&
    stated.females !== undefined &&
    stated.total !== undefined &&
    stated.males + stated.females !== stated.total
  ) {
    findings.push(
      mismatch("sex_sum_mismatch", [...path, "stated"], stated.total, stated.males + stated.females, [
        "Stated males + females",
        "Maschi + femmine indicati",
      ]),
    );
  }
  if (structure.foreign !== undefined)
    findings.push(...checkAgeStructure(structure.foreign, [...path, "foreign"]));
  return findings;
}

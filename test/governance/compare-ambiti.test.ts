import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../src/datasets/gallarate/accordo.js";
import { compareAmbiti, type AmbitoFigure } from "../../src/governance/compare-ambiti.js";
import { codeOf } from "../error-code.js";
import {
  ALTO_MILANESE_ACCORDO,
  ALTO_MILANESE_AMBITO,
  BUSTO_ARSIZIO_ACCORDO,
  BUSTO_ARSIZIO_AMBITO,
  SEBINO_ACCORDO,
  SEBINO_AMBITO,
} from "../../src/datasets/index.js";
import { parseAccordoDiProgrammaDraft } from "../../src/model/accordo-di-programma.js";
import { parseAmbito } from "../../src/model/ambito.js";
import { fourAmbiti } from "../support/ambiti/index.js";

function valueOf(figure: AmbitoFigure | undefined): number | string | undefined {
  if (figure === undefined) return undefined;
  return figure.available ? figure.value : figure.code;
}

describe("compareAmbiti", () => {
  const comparison = compareAmbiti(fourAmbiti().map(({ ambito, accordo }) => ({ ambito, accordo })));

  it("sets the four Ambiti side by side on the figures their models share", () => {
    expect(comparison.rows.map((row) => [row.name, ...Object.values(row.figures).map(valueOf)])).toEqual([
      // seed 000: 9 comuni (L117-127), one district, art. 2 signatories (L111-132), no population by comune here.
      ["Ambito Territoriale di Gallarate", 9, "population_missing", 1, 11, 0, 10],
      // seed 001: one comune, 83.439 inhabitants on 1 January 2024 (L999); no Accordo is printed.
      ["Ambito di Busto Arsizio", 1, 83439, 1, "figure_not_printed", "figure_not_printed", 13],
      // seed 002: 12 comuni, 54.346 inhabitants (Totali, L2806).
      ["Ambito n. 5 – Sebino", 12, 54346, 1, 14, 0, 13],
      // seed 004: 22 sindaci + 2 aziende + ATS + ASST = 26 signatories; 258.307 inhabitants (TOTALE, L265); two
      // health districts.
      ["Ambito Alto Milanese", 22, 258307, 2, 26, 0, 17],
    ]);
    expect(comparison.shared).toEqual(["comuni", "distretti", "organs"]);
  });

  it("compares the datasets' Ambiti and Accordi as printed, parsed or as exported (JSON form)", () => {
    const exported = [
      { ambito: BUSTO_ARSIZIO_AMBITO, accordo: BUSTO_ARSIZIO_ACCORDO },
      { ambito: SEBINO_AMBITO, accordo: SEBINO_ACCORDO },
      { ambito: ALTO_MILANESE_AMBITO, accordo: ALTO_MILANESE_ACCORDO },
    ];
    const parsed = compareAmbiti([
      { ambito: GALLARATE_AMBITO, accordo: GALLARATE_ACCORDO },
      ...exported.map(({ ambito, accordo }) => ({
        ambito: parseAmbito(ambito),
        accordo: parseAccordoDiProgrammaDraft(accordo),
      })),
    ]);
    expect(parsed).toEqual(comparison);
    // The functions read plain JSON too: the exported literals give the same figures unparsed.
    const asExported = compareAmbiti([
      { ambito: GALLARATE_AMBITO, accordo: GALLARATE_ACCORDO },
      ...(JSON.parse(JSON.stringify(exported)) as never[]),
    ]);
    expect(asExported).toEqual(comparison);
    // Alto Milanese: 22 mayors, the two aziende, ATS and ASST sign (seed 004 L554-673)
    expect(valueOf(asExported.rows[3]?.figures.signatories)).toBe(ALTO_MILANESE_ACCORDO.signatories?.length);
    expect(valueOf(asExported.rows[2]?.figures.organs)).toBe(SEBINO_ACCORDO.organs.length);
  });

  it("gives the date of a population and the reason of a figure not available", () => {
    expect(comparison.rows[1]?.figures.population).toEqual({
      available: true,
      value: 83439,
      referenceDate: "2024-01-01",
    });
    expect(comparison.rows[0]?.figures.population).toEqual({
      available: false,
      code: "population_missing",
      message: "9 of 9 comuni have no population",
      messageIt: "9 comuni su 9 sono privi della popolazione",
    });
    expect(comparison.rows[1]?.figures.signatories).toEqual({
      available: false,
      code: "figure_not_printed",
      message: "The document does not print the list of signatories",
      messageIt: "Il documento non riporta il numero dei sottoscrittori",
    });
  });

  it("refuses a sum of populations at different dates, and marks the Accordo's figures when none is given", () => {
    const sebino = fourAmbiti()[2];
    if (sebino === undefined) throw new Error("Sebino is missing");
    const [first, ...others] = sebino.ambito.comuni;
    if (first?.population === undefined) throw new Error("Sebino's first comune has no population");
    const mixed = {
      ...sebino.ambito,
      comuni: [{ ...first, population: { ...first.population, referenceDate: "2023-01-01" } }, ...others],
    };
    const [row] = compareAmbiti([{ ambito: mixed }]).rows;
    expect(row?.figures.population).toMatchObject({
      available: false,
      code: "population_dates_differ",
      message: "The comuni give their population at different dates (2023-01-01, 2024-01-01)",
    });
    expect(valueOf(row?.figures.signatories)).toBe("no_accordo_given");
    expect(row?.figures.organs).toMatchObject({
      messageIt: "Non è stato fornito l'Accordo: il numero degli organismi non è noto",
    });
    expect(compareAmbiti([{ ambito: mixed }]).shared).toEqual(["comuni", "distretti"]);
    expect(compareAmbiti([])).toEqual({
      shared: [...["comuni", "population", "distretti"], ...["signatories", "adherents", "organs"]],
      rows: [],
    });
  });

  it("returns plain data", () => {
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });

  it("refuses an Accordo of another Ambito and inputs of the wrong shape", () => {
    const other = { ...GALLARATE_AMBITO, id: "ambito-di-saronno" };
    expect(codeOf(() => compareAmbiti([{ ambito: other, accordo: GALLARATE_ACCORDO }]))).toBe(
      "ambito_mismatch",
    );
    expect(codeOf(() => compareAmbiti(null as never))).toBe("invalid_type");
    expect(codeOf(() => compareAmbiti([{ ambito: null as never }]))).toBe("invalid_type");
    expect(
      codeOf(() =>
        compareAmbiti([{ ambito: GALLARATE_AMBITO, accordo: { ...GALLARATE_ACCORDO, organs: 3 as never } }]),
      ),
    ).toBe("invalid_type");
  });
});

import { describe, expect, it } from "vitest";
import { parseItalianNumber } from "../../src/core/italian-number.js";
import { ALTO_MILANESE_COMUNI_2024 } from "../../src/datasets/alto-milanese/comuni.js";
import { ALTO_MILANESE_FUNDS_2022_2024 } from "../../src/datasets/alto-milanese/funds.js";
import { BUSTO_ARSIZIO_SOCIAL_SPENDING_2021_2023 } from "../../src/datasets/busto-arsizio/spending.js";
import { SEBINO_FOREIGNERS_2024 } from "../../src/datasets/sebino/foreigners.js";
import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../src/datasets/gallarate/accordo.js";
import { GALLARATE_EVALUATION_2021_2023 } from "../../src/datasets/gallarate/evaluation-2021-2023.js";
import {
  GALLARATE_LEPS_SCHEDA_SAD,
  GALLARATE_SCHEDA_OBIETTIVO_L,
} from "../../src/datasets/gallarate/schede-2025-2027.js";
import {
  GALLARATE_FUNDING_SHARES_2022,
  GALLARATE_SPENDING_BY_AREA_2022,
  GALLARATE_SPENDING_BY_CHANNEL_2022,
  GALLARATE_TEXT_SHARES_2022,
} from "../../src/datasets/gallarate/spending.js";
import { DOCUMENTS } from "../../src/datasets/_sources.js";
import { parseAccordoDiProgramma } from "../../src/model/accordo-di-programma.js";
import { parseAmbito } from "../../src/model/ambito.js";
import { parseFundTable } from "../../src/model/fund-table.js";
import { parseLepsScheda } from "../../src/model/leps-scheda.js";
import { parsePlanEvaluation } from "../../src/model/objective-evaluation.js";
import { parseSchedaObiettivo } from "../../src/model/scheda-obiettivo.js";
import { ALTO_MILANESE_FUNDS_2022_2024_INPUT } from "./alto-milanese-inputs/funds.js";
import { GALLARATE_ACCORDO_INPUT, GALLARATE_AMBITO_INPUT } from "./gallarate-inputs/accordo.js";
import { GALLARATE_EVALUATION_2021_2023_INPUT } from "./gallarate-inputs/evaluation-2021-2023.js";
import {
  GALLARATE_LEPS_SCHEDA_SAD_INPUT,
  GALLARATE_SCHEDA_OBIETTIVO_L_INPUT,
} from "./gallarate-inputs/schede-2025-2027.js";
import {
  GALLARATE_FUNDING_SHARES_2022_PRINTED,
  GALLARATE_SPENDING_BY_CHANNEL_2022_INPUT,
  GALLARATE_TEXT_SHARES_2022_PRINTED,
} from "./gallarate-inputs/spending.js";

// The datasets are written as the parsers return them, so that importing them parses nothing. Each one must stay
// exactly what parsing the record as the document prints it gives.
const italian = { numbers: "italian" } as const;

function expectDeeplyFrozen(value: unknown, path = "$"): void {
  if (typeof value !== "object" || value === null) return;
  expect(Object.isFrozen(value), path).toBe(true);
  for (const key of Reflect.ownKeys(value)) {
    expectDeeplyFrozen((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`);
  }
}

describe("datasets written as parsed literals", () => {
  const cases: [string, unknown, () => unknown][] = [
    ["GALLARATE_AMBITO", GALLARATE_AMBITO, () => parseAmbito(GALLARATE_AMBITO_INPUT)],
    ["GALLARATE_ACCORDO", GALLARATE_ACCORDO, () => parseAccordoDiProgramma(GALLARATE_ACCORDO_INPUT, italian)],
    [
      "GALLARATE_EVALUATION_2021_2023",
      GALLARATE_EVALUATION_2021_2023,
      () => parsePlanEvaluation(GALLARATE_EVALUATION_2021_2023_INPUT, italian),
    ],
    [
      "GALLARATE_SCHEDA_OBIETTIVO_L",
      GALLARATE_SCHEDA_OBIETTIVO_L,
      () => parseSchedaObiettivo(GALLARATE_SCHEDA_OBIETTIVO_L_INPUT, italian),
    ],
    [
      "GALLARATE_LEPS_SCHEDA_SAD",
      GALLARATE_LEPS_SCHEDA_SAD,
      () => parseLepsScheda(GALLARATE_LEPS_SCHEDA_SAD_INPUT, italian),
    ],
    [
      "GALLARATE_SPENDING_BY_CHANNEL_2022",
      GALLARATE_SPENDING_BY_CHANNEL_2022,
      () => parseFundTable(GALLARATE_SPENDING_BY_CHANNEL_2022_INPUT, italian),
    ],
    [
      "ALTO_MILANESE_FUNDS_2022_2024",
      ALTO_MILANESE_FUNDS_2022_2024,
      () => parseFundTable(ALTO_MILANESE_FUNDS_2022_2024_INPUT, italian),
    ],
  ];

  it.each(cases)("%s equals the parse of the record as printed", (_name, literal, parse) => {
    const parsed = parse();
    expect(literal).toEqual(parsed);
    // toEqual does not tell a missing key from an undefined one, nor 0 from -0 inside a Decimal: compare strictly.
    expect(literal).toStrictEqual(parsed);
  });

  it.each(cases)("%s is deeply frozen", (_name, literal) => {
    expectDeeplyFrozen(literal);
  });

  it("the shares of Gallarate's spending pair the printed amounts and percents", () => {
    const read = (rows: typeof GALLARATE_FUNDING_SHARES_2022_PRINTED) =>
      rows.map(([label, part, statedPercent, line]) => {
        parseItalianNumber(statedPercent);
        return {
          label,
          part: parseItalianNumber(part).toString(),
          statedPercent,
          source: { document: DOCUMENTS.gallarate, lines: [line, line] },
        };
      });
    expect(GALLARATE_FUNDING_SHARES_2022).toStrictEqual(read(GALLARATE_FUNDING_SHARES_2022_PRINTED));
    expect(GALLARATE_TEXT_SHARES_2022).toStrictEqual(read(GALLARATE_TEXT_SHARES_2022_PRINTED));
    expectDeeplyFrozen(GALLARATE_FUNDING_SHARES_2022);
    expectDeeplyFrozen(GALLARATE_TEXT_SHARES_2022);
  });

  it("every printed figure of Gallarate's spending by area reads as an Italian number", () => {
    for (const row of GALLARATE_SPENDING_BY_AREA_2022) {
      for (const printed of [row.spending, row.sharePrinted, row.costPerUserPrinted]) {
        if (printed !== undefined) expect(() => parseItalianNumber(printed), printed).not.toThrow();
      }
    }
    expectDeeplyFrozen(GALLARATE_SPENDING_BY_AREA_2022);
  });

  it("the Alto Milanese comuni hold counts and the exact area of the printed one", () => {
    const { comuni, printedTotals } = ALTO_MILANESE_COMUNI_2024;
    for (const comune of [...comuni, printedTotals]) {
      for (const count of [comune.males, comune.females, comune.total]) {
        expect(Number.isSafeInteger(count) && count >= 0, comune.comune).toBe(true);
      }
      expect(comune.areaKm2, comune.comune).toStrictEqual(parseItalianNumber(comune.areaPrinted));
    }
    expectDeeplyFrozen(ALTO_MILANESE_COMUNI_2024);
  });

  it("every printed figure of Busto Arsizio's social spending reads as an Italian number", () => {
    const printed: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value !== "object" || value === null) return;
      const figure = (value as { printed?: unknown }).printed;
      if (typeof figure === "string") printed.push(figure);
      Object.values(value).forEach(collect);
    };
    collect(BUSTO_ARSIZIO_SOCIAL_SPENDING_2021_2023);
    expect(printed.length).toBeGreaterThan(10);
    for (const figure of printed) expect(() => parseItalianNumber(figure), figure).not.toThrow();
    expectDeeplyFrozen(BUSTO_ARSIZIO_SOCIAL_SPENDING_2021_2023);
  });

  it("the Sebino foreigners' table holds counts", () => {
    for (const row of [...SEBINO_FOREIGNERS_2024.comuni, SEBINO_FOREIGNERS_2024.printedTotals]) {
      for (const count of [row.males, row.females, row.total]) {
        expect(Number.isSafeInteger(count) && count >= 0, row.comune).toBe(true);
      }
    }
    expectDeeplyFrozen(SEBINO_FOREIGNERS_2024);
  });
});

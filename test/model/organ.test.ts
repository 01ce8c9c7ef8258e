import { describe, expect, it } from "vitest";
import { safeParseWith } from "../../src/core/zod-issues.js";
import { ACCORDO_DI_PROGRAMMA_LABELS } from "../../src/model/accordo-di-programma-labels.js";
import { OrganSchema } from "../../src/model/organ.js";
import { accordoInput } from "./_fixtures.js";

const codes = (input: unknown): string[] => {
  const result = safeParseWith(OrganSchema, input, ACCORDO_DI_PROGRAMMA_LABELS);
  return result.success ? [] : result.issues.map((issue) => issue.code);
};

describe("OrganSchema", () => {
  it("accepts each of Gallarate's organs", () => {
    for (const organ of accordoInput().organs) expect(codes(organ)).toEqual([]);
  });

  it("checks the presidency seat, duplicate seats and the presence rule", () => {
    const tavolo = accordoInput().organs[2];
    expect(codes({ ...tavolo, presidency: { seat: "nessuno" } })).toEqual(["unknown_seat"]);
    expect(codes({ ...tavolo, seats: [...tavolo.seats, tavolo.seats[0]] })).toEqual(["duplicate_id"]);
    const result = safeParseWith(
      OrganSchema,
      {
        ...tavolo,
        presence: { hoursPerWeek: 2, hoursTogetherPerWeek: 3 },
      },
      ACCORDO_DI_PROGRAMMA_LABELS,
    );
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: ["presence", "hoursTogetherPerWeek"],
        code: "presence_together_exceeds_total",
        message: "PRESENZA SETTIMANALE (weekly presence): the hours together cannot exceed the weekly hours",
        messageIt: "PRESENZA SETTIMANALE: le ore in compresenza non possono superare le ore settimanali",
      },
    ]);
  });

  it("refuses an organ kind outside the catalogue and a staff share above 100%", () => {
    const ufficio = accordoInput().organs[1];
    expect(codes({ ...ufficio, kind: "giunta" })).toEqual(["invalid_option"]);
    expect(
      codes({ ...ufficio, staffing: [{ role: "Assistente Sociale", count: 1, timeShare: "150" }] }),
    ).toEqual(["percent_out_of_range"]);
  });
});

import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { safeParseWith } from "../../src/core/zod-issues.js";
import { AmbitoSchema } from "../../src/model/ambito.js";
import { ComuneSchema } from "../../src/model/comune.js";
import { EnteSchema, EntityIdSchema } from "../../src/model/ente.js";
import { ambitoInput } from "./_fixtures.js";

const codes = (schema: z.ZodType, input: unknown): string[] => {
  const result = safeParseWith(schema, input);
  return result.success ? [] : result.issues.map((issue) => issue.code);
};

describe("territory and parties", () => {
  it("writes ids as lowercase words joined by hyphens", () => {
    expect(codes(EntityIdSchema, "comune-di-gallarate")).toEqual([]);
    expect(codes(EntityIdSchema, "Comune di Gallarate")).toEqual(["invalid_format"]);
    expect(codes(EntityIdSchema, "a--b")).toEqual(["invalid_format"]);
  });

  it("gives an ISTAT code to comuni only", () => {
    expect(
      codes(EnteSchema, { id: "comune-x", kind: "comune", name: "Comune X", istatCode: "012070" }),
    ).toEqual([]);
    expect(codes(EnteSchema, { id: "ats-x", kind: "ats", name: "ATS", istatCode: "012070" })).toEqual([
      "istat_code_not_comune",
    ]);
    expect(codes(EnteSchema, { id: "x", kind: "consorzio", name: "X" })).toEqual(["invalid_option"]);
  });

  it("reads a comune's population with its reference date", () => {
    // seed 001 L999: Busto Arsizio, 83.439 abitanti (dato ISTAT 1 gennaio 2024)
    const comune = ComuneSchema.parse({
      id: "comune-di-busto-arsizio",
      name: "Busto Arsizio",
      population: { count: 83439, referenceDate: "1 gennaio 2024" },
    });
    expect(comune.population).toEqual({ count: 83439, referenceDate: "2024-01-01" });
    expect(
      codes(ComuneSchema, { id: "c", name: "C", population: { count: -1, referenceDate: "x" } }),
    ).toEqual(["value_too_small", "invalid_date"]);
  });

  it("checks the Ambito's comuni and districts", () => {
    const input = ambitoInput();
    input.comuni.push({ ...input.comuni[0] });
    input.distretti[0].comuni.push("comune-di-legnano");
    expect(codes(AmbitoSchema, input)).toEqual(["duplicate_id", "unknown_comune"]);
    expect(codes(AmbitoSchema, { ...ambitoInput(), comuni: [] })).toEqual([
      "empty_list",
      "unknown_comune",
      "unknown_comune",
      "unknown_comune",
      "unknown_comune",
      "unknown_comune",
      "unknown_comune",
      "unknown_comune",
      "unknown_comune",
      "unknown_comune",
    ]);
  });
});

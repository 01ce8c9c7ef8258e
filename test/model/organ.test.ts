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

describe("OrganSchema: what a plan may leave unsaid", () => {
  it("reads a seat that does not say whether a delegate may take it", () => {
    const assemblea = accordoInput().organs[0];
    const seat = { ...assemblea.seats[0] };
    delete seat.delegable;
    const result = OrganSchema.safeParse({ ...assemblea, seats: [seat], presidency: { seat: seat.id } });
    expect(result.success && result.data.seats[0]).not.toHaveProperty("delegable");
  });

  it("reads a presidency worded without its holder, and refuses one that says nothing", () => {
    // Sebino: "il Presidente dell’Assemblea dei Sindaci" (seed 002 L3368); Alto Milanese: the mayors "che esprimono
    // il presidente e il vicepresidente" (seed 004 L563), the current one being Villa Cortese's (L55).
    const assemblea = accordoInput().organs[0];
    expect(codes({ ...assemblea, presidency: { text: "Presidente dell’Assemblea dei Sindaci" } })).toEqual(
      [],
    );
    expect(
      codes({
        ...assemblea,
        presidency: { seat: "sindaco-gallarate", text: "che esprimono il presidente e il vicepresidente" },
      }),
    ).toEqual([]);
    expect(codes({ ...assemblea, presidency: {} })).toEqual(["presidency_not_described"]);
    expect(codes({ ...assemblea, presidency: { substitute: "il Vice-Presidente" } })).toEqual([
      "presidency_not_described",
    ]);
    expect(codes({ ...assemblea, presidency: { text: "" } })).toEqual(["empty_text"]);
  });

  it("holds a Consiglio comunale in place of the Assemblea (Busto Arsizio, seed 001 L162)", () => {
    expect(
      codes({
        id: "consiglio-comunale",
        kind: "consiglio-comunale",
        name: "Consiglio Comunale del Comune di Busto Arsizio",
        seats: [],
        functions: ["ha approvato il documento tecnico finale"],
      }),
    ).toEqual([]);
  });
});

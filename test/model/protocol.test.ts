import { describe, expect, it } from "vitest";
import { parseProtocolOrProcedure, safeParseProtocolOrProcedure } from "../../src/model/protocol.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";
import { BUSTO_ARSIZIO_PROTOCOLS } from "../../src/datasets/busto-arsizio/governance.js";
import { jsonCopy } from "./_fixtures.js";

const CALL = BUSTO_ARSIZIO_PROTOCOLS[0]!;

function codes(input: unknown): string[] {
  const result = safeParseProtocolOrProcedure(input);
  return result.success ? [] : result.issues.map((issue) => `${issue.code}@${issue.path.join(".")}`);
}

describe("ProtocolOrProcedureSchema", () => {
  it("holds Busto Arsizio's co-programming call: its notice, date and 74 adherents (70 ETS + 4 unions)", () => {
    // seed 001 L1113 (avviso del 29 luglio 2024) and L1124 (74 soggetti: ETS 70, Sindacati 4)
    const call = parseProtocolOrProcedure(CALL);
    expect([call.kind, call.act?.kind, call.act?.date, call.date, call.status]).toEqual([
      "co-programmazione",
      "avviso",
      "2024-07-29",
      "2024-07-29",
      "in-force",
    ]);
    expect(call.adherents).toEqual(CALL.adherents);
    expect(call.source).toEqual({
      document: "Piano di Zona 2025-2027, Ambito di Busto Arsizio",
      lines: [1113, 1128],
    });
  });

  it("reads Italian dates and refuses dates that do not exist", () => {
    const input = jsonCopy(CALL);
    input.date = "29 luglio 2024";
    input.act.date = "29.07.2024";
    expect(parseProtocolOrProcedure(input).act?.date).toBe("2024-07-29");
    input.date = "31.02.2024";
    expect(codes(input)).toEqual(["invalid_date@date"]);
  });

  it("keeps the figures as printed: a breakdown that does not add up is the audit's to report", () => {
    const input = jsonCopy(CALL);
    input.adherents.total = 75;
    expect(codes(input)).toEqual([]);
  });

  it.each([
    ["an unknown kind", { kind: "intesa" }, "invalid_option@kind"],
    ["an unknown status", { status: "signed" }, "invalid_option@status"],
    ["an empty title", { title: "" }, "empty_text@title"],
    ["a party without a name", { parties: [""] }, "empty_text@parties.0"],
    ["a count that is not whole", { adherents: { total: 7.5, text: "7,5" } }, "invalid_type@adherents.total"],
    [
      "an adherent kind outside the catalogue",
      { adherents: { total: 1, breakdown: [{ kind: "cooperativa", count: 1 }], text: "1" } },
      "invalid_option@adherents.breakdown.0.kind",
    ],
    ["an act of an unknown kind", { act: { kind: "bando", text: "bando" } }, "invalid_option@act.kind"],
    [
      "an act line range of one number",
      { act: { kind: "avviso", text: "avviso", lines: [1113] } },
      "too_few_items@act.lines",
    ],
    ["an unknown key", { note: "x" }, "unknown_field@note"],
  ])("refuses %s", (_, change, expected) => {
    expect(codes({ ...jsonCopy(CALL), ...change })).toEqual([expected]);
  });

  it.each(HOSTILE_VALUES)("never throws on %s, and parse throws validation_failed", (_, value) => {
    expect(safeParseProtocolOrProcedure(value).success).toBe(false);
    expect(["validation_failed", "invalid_type", "unreadable_field"]).toContain(
      codeOf(() => parseProtocolOrProcedure(value)),
    );
  });
});

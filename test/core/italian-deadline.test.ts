import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/core/italian-deadline.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";

describe("parseDeadline", () => {
  it("reads the deadline sentences of the Gallarate document", () => {
    // seed 000 L478-479: the Accordo's period; the deadline is its end.
    expect(parseDeadline("a decorrere dal 01.01.2025 al 31.12.2027, salvo eventuali proroghe")).toBe(
      "2027-12-31",
    );
    // seed 000 L10323
    expect(parseDeadline("PNRR/linea di finanziamento 1.1.3. valida sino al 31/03/2026")).toBe("2026-03-31");
    // seed 000 L10480-10481
    expect(parseDeadline("progettazioni del PNRR in essere (termine operatività 31.03.2026)")).toBe(
      "2026-03-31",
    );
    // seed 000 L11466
    expect(
      parseDeadline("FNPS (dal termine del Progetto PNRR - marzo 2026, l'Ambito parteciperà agli avvisi"),
    ).toBe("2026-03-31");
    // seed 000 L11758-11759, split across lines as printed
    expect(parseDeadline("sono previsti 30 progetti\nindividualizzati al marzo 2026.")).toBe("2026-03-31");
    // seed 000 L5751-5752, with the Piano's period
    expect(
      parseDeadline("Avvio delle attività dell'Agenzia dell'Abitare entro la fine del triennio (sì/no)", {
        periodEnd: "2027-12-31",
      }),
    ).toBe("2027-12-31");
  });

  it("reads the common written forms", () => {
    expect(parseDeadline("entro il 31.12.2026")).toBe("2026-12-31");
    expect(parseDeadline("entro il 31 dicembre 2026")).toBe("2026-12-31");
    expect(parseDeadline("entro il 1° gennaio 2026")).toBe("2026-01-01");
    expect(parseDeadline("entro febbraio 2028")).toBe("2028-02-29");
    expect(parseDeadline("entro Febbraio 2027")).toBe("2027-02-28");
    expect(parseDeadline("entro la fine del 2026")).toBe("2026-12-31");
    expect(parseDeadline("entro il 2026")).toBe("2026-12-31");
    expect(parseDeadline("entro la fine della triennalità", { periodEnd: "31.12.2027" })).toBe("2027-12-31");
  });

  it("refuses sentences without a date, dates that do not exist and an unknown period", () => {
    expect(codeOf(() => parseDeadline("al più presto"))).toBe("no_deadline");
    expect(codeOf(() => parseDeadline("entro il 31.02.2026"))).toBe("invalid_date");
    expect(codeOf(() => parseDeadline("entro la fine del triennio"))).toBe("deadline_needs_period");
  });

  it("refuses years outside 1900–2199 in every form", () => {
    expect(codeOf(() => parseDeadline("entro marzo 0012"))).toBe("year_out_of_range");
    expect(codeOf(() => parseDeadline("entro la fine del 0012"))).toBe("year_out_of_range");
    expect(codeOf(() => parseDeadline("entro il 31.12.9999"))).toBe("year_out_of_range");
  });

  it("validates its options", () => {
    expect(codeOf(() => parseDeadline("entro il 2026", { periodEnd: "fine" }), true)).toBe(
      "invalid_date@options.periodEnd",
    );
    expect(codeOf(() => parseDeadline("entro il 2026", 5 as never))).toBe("invalid_type");
  });

  it("reads long sentences in linear time and refuses text beyond 10,000 characters", () => {
    // Runs of spaces and digits that the 0.1.0 patterns backtracked on.
    const spaces = `1${" ".repeat(9_000)}gennaio`;
    expect(codeOf(() => parseDeadline(spaces))).toBe("no_deadline");
    const digits = "1 ".repeat(4_900);
    expect(codeOf(() => parseDeadline(digits))).toBe("no_deadline");
    expect(codeOf(() => parseDeadline("x".repeat(10_001)))).toBe("text_too_long");
  });

  it.each(HOSTILE_VALUES)("refuses %s as the sentence or the options with a documented code", (_, value) => {
    const codes = [
      undefined,
      "invalid_type",
      "text_too_long",
      "no_deadline",
      "unreadable_field",
      "invalid_date",
    ];
    expect(codes).toContain(codeOf(() => parseDeadline(value as never)));
    expect(codes).toContain(codeOf(() => parseDeadline("entro il 2026", value as never)));
    expect(codes).toContain(codeOf(() => parseDeadline("entro il 2026", { periodEnd: value } as never)));
  });
});

import { describe, expect, it } from "vitest";
import { parseDeadline, parseDeadlineDate } from "../../src/core/italian-deadline.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";

describe("parseDeadlineDate (0.1.0's parseDeadline, unchanged)", () => {
  it("reads the deadline sentences of the Gallarate document", () => {
    // seed 000 L478-479: the Accordo's period; the deadline is its end.
    expect(parseDeadlineDate("a decorrere dal 01.01.2025 al 31.12.2027, salvo eventuali proroghe")).toBe(
      "2027-12-31",
    );
    // seed 000 L10323
    expect(parseDeadlineDate("PNRR/linea di finanziamento 1.1.3. valida sino al 31/03/2026")).toBe(
      "2026-03-31",
    );
    // seed 000 L10480-10481
    expect(parseDeadlineDate("progettazioni del PNRR in essere (termine operatività 31.03.2026)")).toBe(
      "2026-03-31",
    );
    // seed 000 L11466
    expect(
      parseDeadlineDate("FNPS (dal termine del Progetto PNRR - marzo 2026, l'Ambito parteciperà agli avvisi"),
    ).toBe("2026-03-31");
    // seed 000 L11758-11759, split across lines as printed
    expect(parseDeadlineDate("sono previsti 30 progetti\nindividualizzati al marzo 2026.")).toBe(
      "2026-03-31",
    );
    // seed 000 L5751-5752, with the Piano's period
    expect(
      parseDeadlineDate("Avvio delle attività dell'Agenzia dell'Abitare entro la fine del triennio (sì/no)", {
        periodEnd: "2027-12-31",
      }),
    ).toBe("2027-12-31");
  });

  it("reads the common written forms", () => {
    expect(parseDeadlineDate("entro il 31.12.2026")).toBe("2026-12-31");
    expect(parseDeadlineDate("entro il 31 dicembre 2026")).toBe("2026-12-31");
    expect(parseDeadlineDate("entro il 1° gennaio 2026")).toBe("2026-01-01");
    expect(parseDeadlineDate("entro febbraio 2028")).toBe("2028-02-29");
    expect(parseDeadlineDate("entro Febbraio 2027")).toBe("2027-02-28");
    expect(parseDeadlineDate("entro la fine del 2026")).toBe("2026-12-31");
    expect(parseDeadlineDate("entro il 2026")).toBe("2026-12-31");
    expect(parseDeadlineDate("entro la fine della triennalità", { periodEnd: "31.12.2027" })).toBe(
      "2027-12-31",
    );
  });

  it("refuses sentences without a date, dates that do not exist and an unknown period", () => {
    expect(codeOf(() => parseDeadlineDate("al più presto"))).toBe("no_deadline");
    expect(codeOf(() => parseDeadlineDate("entro il 31.02.2026"))).toBe("invalid_date");
    expect(codeOf(() => parseDeadlineDate("entro la fine del triennio"))).toBe("deadline_needs_period");
  });

  it("refuses years outside 1900–2199 in every form", () => {
    expect(codeOf(() => parseDeadlineDate("entro marzo 0012"))).toBe("year_out_of_range");
    expect(codeOf(() => parseDeadlineDate("entro la fine del 0012"))).toBe("year_out_of_range");
    expect(codeOf(() => parseDeadlineDate("entro il 31.12.9999"))).toBe("year_out_of_range");
  });

  it("validates its options", () => {
    expect(codeOf(() => parseDeadlineDate("entro il 2026", { periodEnd: "fine" }), true)).toBe(
      "invalid_date@options.periodEnd",
    );
    expect(codeOf(() => parseDeadlineDate("entro il 2026", 5 as never))).toBe("invalid_type");
  });

  it("reads long sentences in linear time and refuses text beyond 10,000 characters", () => {
    // Runs of spaces and digits that the 0.1.0 patterns backtracked on.
    const spaces = `1${" ".repeat(9_000)}gennaio`;
    expect(codeOf(() => parseDeadlineDate(spaces))).toBe("no_deadline");
    const digits = "1 ".repeat(4_900);
    expect(codeOf(() => parseDeadlineDate(digits))).toBe("no_deadline");
    expect(codeOf(() => parseDeadlineDate("x".repeat(10_001)))).toBe("text_too_long");
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
    expect(codes).toContain(codeOf(() => parseDeadlineDate(value as never)));
    expect(codes).toContain(codeOf(() => parseDeadlineDate("entro il 2026", value as never)));
    expect(codes).toContain(codeOf(() => parseDeadlineDate("entro il 2026", { periodEnd: value } as never)));
  });
});

describe("parseDeadline", () => {
  it.each([
    // seed 001 L226
    [
      "che dovrà concludersi entro il 31 dicembre 2024;",
      { kind: "date", date: "2024-12-31", precision: "day" },
    ],
    ["entro il 31.12.2026", { kind: "date", date: "2026-12-31", precision: "day" }],
    // seed 001 L2711
    [
      "adeguamento da parte della Giunta entro fine novembre 2025 dei Regolamenti",
      { kind: "date", date: "2025-11-30", precision: "month" },
    ],
    // seed 000 L12052 ("Anno 2025: definizione e sottoscrizione dell'Accordo")
    [
      "Anno 2025: definizione e sottoscrizione dell'Accordo",
      { kind: "date", date: "2025-12-31", precision: "year" },
    ],
    // seed 001 L1756: the year in brackets that closes a target
    [
      "n° 1 studio di fattibilità sul progetto di attivazione servizio P.I.S. nel territorio di ASST Valle Olona (2025)",
      { kind: "date", date: "2025-12-31", precision: "year" },
    ],
    // seed 004 L99
    [
      "che ha prodotto i suoi effetti in virtù di proroga regionale sino a tutto il 2024",
      { kind: "until-year", year: 2024 },
    ],
    ["fino al 2027", { kind: "until-year", year: 2027 }],
    [
      "entro 12 mesi dalla sottoscrizione",
      { kind: "offset", amount: 12, unit: "months", from: "signature", fromText: "sottoscrizione" },
    ],
    [
      "entro sei mesi dall'approvazione del Piano",
      { kind: "offset", amount: 6, unit: "months", from: "approval", fromText: "approvazione del Piano" },
    ],
    [
      "entro 30 giorni dall'avvio del servizio",
      { kind: "offset", amount: 30, unit: "days", from: "period-start", fromText: "avvio del servizio" },
    ],
    // seed 001 L442: an offset from a date the sentence does not name
    [
      "incaricando la Giunta a provvedere entro 12 mesi all'adeguamento dei Regolamenti Comunali",
      { kind: "offset", amount: 12, unit: "months", from: null, fromText: null },
    ],
    [
      "entro 2 anni dalla richiesta",
      { kind: "offset", amount: 2, unit: "years", from: null, fromText: "richiesta" },
    ],
    // seed 000 L5751-5752
    [
      "Avvio delle attività dell'Agenzia dell'Abitare entro la fine del triennio (sì/no)",
      { kind: "end-of-period" },
    ],
    ["almeno 9 incontri nella triennalità", { kind: "end-of-period" }],
    // seed 000 L10103: the final report
    ["Al termine del periodo di programmazione, verrà redatto un report", { kind: "end-of-period" }],
    ["ogni 6 mesi", { kind: "recurring", every: 6, unit: "months", fromYear: null }],
    ["ogni due settimane", { kind: "recurring", every: 2, unit: "weeks", fromYear: null }],
    ["ogni anno", { kind: "recurring", every: 12, unit: "months", fromYear: null }],
    // seed 000 L2444, L8075, L10101; seed 002 L3310; seed 004 L1743
    [
      "Calendarizzazione di incontri a cadenza semestrale",
      { kind: "recurring", every: 6, unit: "months", fromYear: null },
    ],
    [
      "Realizzazione di 1 incontro semestrale con gli operatori",
      { kind: "recurring", every: 6, unit: "months", fromYear: null },
    ],
    [
      "verifica annuale dello stato di raggiungimento degli obiettivi del Piano",
      { kind: "recurring", every: 12, unit: "months", fromYear: null },
    ],
    ["Con incontri trimestrali", { kind: "recurring", every: 3, unit: "months", fromYear: null }],
    ["relazione mensile", { kind: "recurring", every: 1, unit: "months", fromYear: null }],
    // seed 000 L8438-8439
    [
      "Realizzazione di almeno 1 attività extrafamiliare al mese dal 2026 in poi, per le persone assistite",
      { kind: "recurring", every: 1, unit: "months", fromYear: 2026 },
    ],
    ["almeno 3 (una all'anno) iniziative", { kind: "recurring", every: 12, unit: "months", fromYear: null }],
    // seed 001 L1756, seed 000 L5088
    [
      "In caso di positività dello studio, sottoscrizione di n. 1 Convenzione tra l'Ambito e i Partner individuati (2026)",
      {
        kind: "conditional",
        condition: "In caso di positività dello studio",
        then: { kind: "date", date: "2026-12-31", precision: "year" },
      },
    ],
    [
      "Se lo studio di fattibilità avrà esito positivo, n. 1 Convenzione",
      { kind: "conditional", condition: "Se lo studio di fattibilità avrà esito positivo", then: null },
    ],
    [
      "n. 1 Convenzione entro il 2027, qualora lo studio abbia esito positivo",
      {
        kind: "conditional",
        condition: "qualora lo studio abbia esito positivo",
        then: { kind: "date", date: "2027-12-31", precision: "year" },
      },
    ],
  ] as const)("reads %j", (text, expected) => {
    expect(parseDeadline(text)).toEqual(expected);
  });

  it("gives the date 0.1.0 gave wherever 0.1.0 read one", () => {
    const sentences = [
      "a decorrere dal 01.01.2025 al 31.12.2027, salvo eventuali proroghe",
      "PNRR/linea di finanziamento 1.1.3. valida sino al 31/03/2026",
      "FNPS (dal termine del Progetto PNRR - marzo 2026, l'Ambito parteciperà agli avvisi",
      "entro il 1° gennaio 2026",
      "entro febbraio 2028",
      "entro la fine del 2026",
      "entro il 2026",
    ];
    for (const sentence of sentences) {
      const deadline = parseDeadline(sentence);
      expect(deadline.kind === "date" ? deadline.date : null).toBe(parseDeadlineDate(sentence));
    }
    expect(parseDeadline("entro la fine della triennalità")).toEqual({ kind: "end-of-period" });
  });

  it("refuses sentences without a deadline, and dates that do not exist", () => {
    for (const sentence of ["al più presto", "semestre", "Semestralità", "", "Se possibile"]) {
      expect(codeOf(() => parseDeadline(sentence))).toBe("no_deadline");
    }
    expect(codeOf(() => parseDeadline("entro il 31.02.2026"))).toBe("invalid_date");
    expect(codeOf(() => parseDeadline("Se lo studio è positivo, entro il 31.02.2026"))).toBe("invalid_date");
    expect(codeOf(() => parseDeadline("fino al 2300"))).toBe("year_out_of_range");
    expect(codeOf(() => parseDeadline("ogni mese dal 1800"))).toBe("year_out_of_range");
  });

  it("reads long sentences in linear time and refuses text beyond 10,000 characters", () => {
    const probes = [
      `entro 1 ${"mesi ".repeat(1_900)}`,
      `In caso di ${"a".repeat(9_000)}`,
      `, qualora ${"x ".repeat(4_900)}`,
      `ogni ${"1 ".repeat(4_900)}`,
      "(".repeat(9_999),
      `entro 12 mesi dalla ${"sottoscrizione ".repeat(600)}`,
    ];
    const start = performance.now();
    for (const probe of probes)
      expect(["no_deadline", undefined]).toContain(codeOf(() => parseDeadline(probe)));
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(codeOf(() => parseDeadline("x".repeat(10_001)))).toBe("text_too_long");
  });

  it("returns plain data", () => {
    const deadline = parseDeadline("In caso di esito positivo, entro 12 mesi dalla firma");
    expect(JSON.parse(JSON.stringify(deadline))).toEqual(deadline);
  });

  it.each(HOSTILE_VALUES)("refuses %s with a documented code", (_, value) => {
    expect([undefined, "invalid_type", "text_too_long", "no_deadline"]).toContain(
      codeOf(() => parseDeadline(value as never)),
    );
  });
});

import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/core/italian-deadline.js";
import { resolveDeadline } from "../../src/core/resolve-deadline.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";

const TRIENNIUM = { period: { from: 2025, to: 2027 } } as const;
const datesOf = (text: string, context: object = TRIENNIUM): string[] =>
  resolveDeadline(parseDeadline(text), context).dates;

describe("resolveDeadline", () => {
  it("resolves dates, years and the end of the period", () => {
    expect(datesOf("entro il 31.12.2026")).toEqual(["2026-12-31"]);
    expect(datesOf("fino al 2027", {})).toEqual(["2027-12-31"]);
    // seed 000 L5751-5752, with the Piano's period 2025-2027
    expect(datesOf("entro la fine del triennio")).toEqual(["2027-12-31"]);
    expect(
      datesOf("entro la fine del triennio", { period: { from: "2025-01-01", to: "2027-06-30" } }),
    ).toEqual(["2027-06-30"]);
  });

  it("adds offsets to the date they count from, in calendar months", () => {
    expect(datesOf("entro 12 mesi dalla sottoscrizione", { signedOn: "2025-03-15" })).toEqual(["2026-03-15"]);
    expect(datesOf("entro 1 mese dalla sottoscrizione", { signedOn: "2025-01-31" })).toEqual(["2025-02-28"]);
    expect(datesOf("entro 1 mese dalla firma", { signedOn: "2024-01-31" })).toEqual(["2024-02-29"]);
    expect(datesOf("entro 30 giorni dall'approvazione", { approvedOn: "2024-12-02" })).toEqual([
      "2025-01-01",
    ]);
    expect(datesOf("entro 2 settimane dall'avvio")).toEqual(["2025-01-15"]);
    expect(datesOf("entro 1 anno dalla stipula", { signedOn: "2024-02-29" })).toEqual(["2025-02-28"]);
  });

  it("lists every occurrence of a recurrence within the period, each the last day of its interval", () => {
    expect(datesOf("semestrale")).toEqual([
      "2025-06-30",
      "2025-12-31",
      "2026-06-30",
      "2026-12-31",
      "2027-06-30",
      "2027-12-31",
    ]);
    // seed 002 L3310: "verifica annuale dello stato di raggiungimento degli obiettivi"
    expect(datesOf("verifica annuale")).toEqual(["2025-12-31", "2026-12-31", "2027-12-31"]);
    expect(datesOf("trimestrale", { period: { from: 2025, to: 2025 } })).toEqual([
      "2025-03-31",
      "2025-06-30",
      "2025-09-30",
      "2025-12-31",
    ]);
    // seed 000 L8438-8439: monthly from 2026
    const monthly = datesOf("almeno 1 attività al mese dal 2026 in poi");
    expect([monthly.length, monthly[0], monthly.at(-1)]).toEqual([24, "2026-01-31", "2027-12-31"]);
    // An interval that does not end within the period gives no date; a start after the period, none at all.
    expect(datesOf("ogni 4 anni")).toEqual([]);
    expect(datesOf("ogni mese dal 2030")).toEqual([]);
    expect(datesOf("ogni 10 giorni", { period: { from: "2025-01-01", to: "2025-01-31" } })).toEqual([
      "2025-01-10",
      "2025-01-20",
      "2025-01-30",
    ]);
  });

  it("resolves the deadline of a conditional one and keeps its condition", () => {
    // seed 001 L1756
    expect(
      resolveDeadline(
        parseDeadline("In caso di positività dello studio, sottoscrizione di n. 1 Convenzione (2026)"),
        TRIENNIUM,
      ),
    ).toEqual({
      kind: "conditional",
      dates: ["2026-12-31"],
      condition: "In caso di positività dello studio",
    });
    expect(resolveDeadline(parseDeadline("Se lo studio avrà esito positivo, n. 1 Convenzione"))).toEqual({
      kind: "conditional",
      dates: [],
      condition: "Se lo studio avrà esito positivo",
    });
  });

  it("asks for the date or the period it needs", () => {
    expect(codeOf(() => datesOf("entro la fine del triennio", {}))).toBe("deadline_needs_period");
    expect(codeOf(() => datesOf("semestrale", {}))).toBe("deadline_needs_period");
    expect(codeOf(() => datesOf("entro 12 mesi dalla sottoscrizione", TRIENNIUM))).toBe(
      "deadline_needs_date",
    );
    expect(codeOf(() => datesOf("entro 12 mesi dall'avvio", {}))).toBe("deadline_needs_date");
    const error = (() => {
      try {
        datesOf("entro 12 mesi dalla richiesta", { signedOn: "2025-01-01" });
      } catch (caught) {
        return caught as { code: string; messageIt: string };
      }
      return null;
    })();
    expect([error?.code, error?.messageIt]).toEqual([
      "deadline_needs_date",
      "La scadenza decorre da una data che la frase non indica: indicarne la data",
    ]);
  });

  it("refuses deadlines and contexts of the wrong shape with a documented code", () => {
    const cases: [unknown, unknown, string][] = [
      [{ kind: "soon" }, {}, "invalid_option@kind"],
      [{ kind: "date", date: "31.12.2026" }, {}, "invalid_date@date"],
      [{ kind: "date" }, {}, "required_field@date"],
      [{ kind: "until-year", year: "2027" }, {}, "year_out_of_range@year"],
      [{ kind: "until-year", year: 2300 }, {}, "year_out_of_range@year"],
      [{ kind: "recurring", every: 0, unit: "months", fromYear: null }, TRIENNIUM, "invalid_count@every"],
      [{ kind: "recurring", every: 1.5, unit: "months", fromYear: null }, TRIENNIUM, "invalid_count@every"],
      [{ kind: "recurring", every: 1, unit: "fortnights", fromYear: null }, TRIENNIUM, "invalid_option@unit"],
      [{ kind: "offset", amount: 1, unit: "months", from: "birthday" }, {}, "invalid_option@from"],
      [
        { kind: "offset", amount: 1e15, unit: "days", from: "signature" },
        { signedOn: "2025-01-01" },
        "year_out_of_range@amount",
      ],
      [
        { kind: "offset", amount: 200, unit: "years", from: "signature" },
        { signedOn: "2025-01-01" },
        "year_out_of_range@amount",
      ],
      [
        { kind: "conditional", condition: "se", then: { kind: "conditional" } },
        {},
        "invalid_option@then.kind",
      ],
      [{ kind: "end-of-period" }, { period: { from: 2027, to: 2025 } }, "invalid_period@context.period.to"],
      [
        { kind: "end-of-period" },
        { period: { from: "01.01.2025", to: 2027 } },
        "invalid_date@context.period.from",
      ],
      [{ kind: "date", date: "2026-12-31" }, { signedOn: "15.03.2025" }, "invalid_date@context.signedOn"],
      [{ kind: "date", date: "2026-12-31" }, 5, "invalid_type@context"],
    ];
    for (const [deadline, context, expected] of cases) {
      expect(codeOf(() => resolveDeadline(deadline as never, context as never), true)).toBe(expected);
    }
  });

  it("lists a long daily recurrence without trouble and returns plain data", () => {
    const daily = resolveDeadline(parseDeadline("ogni giorno"), { period: { from: 1900, to: 2199 } });
    expect(daily.dates.length).toBe(109_573);
    expect(daily.dates.at(-1)).toBe("2199-12-31");
    expect(JSON.parse(JSON.stringify(daily))).toEqual(daily);
  });

  it.each(HOSTILE_VALUES)("refuses %s as the deadline or the context with a documented code", (_, value) => {
    const codes = [
      undefined,
      "invalid_type",
      "required_field",
      "unreadable_field",
      "invalid_option",
      "invalid_date",
    ];
    expect(codes).toContain(codeOf(() => resolveDeadline(value as never, TRIENNIUM)));
    expect(["deadline_needs_period", ...codes]).toContain(
      codeOf(() => resolveDeadline({ kind: "end-of-period" }, value as never)),
    );
    expect(["deadline_needs_period", ...codes]).toContain(
      codeOf(() => resolveDeadline({ kind: "end-of-period" }, { period: value } as never)),
    );
  });
});

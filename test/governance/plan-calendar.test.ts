import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO } from "../../src/datasets/gallarate/accordo.js";
import { planCalendar, type CalendarItem } from "../../src/governance/plan-calendar.js";
import { codeOf } from "../error-code.js";
import { fourAmbiti } from "../support/ambiti/index.js";

const GALLARATE_PLAN = "Accordo di Programma e Piano di Zona 2025-2027, Ambito di Gallarate";

// Deadlines of Gallarate's plan, as printed, with their seed lines.
const GALLARATE_ITEMS: readonly CalendarItem[] = [
  {
    label: "Raccolta dei dati degli indicatori",
    deadline: "La raccolta dei dati relativi agli indicatori sarà effettuata su base semestrale",
    source: { document: GALLARATE_PLAN, lines: [10100, 10101] },
  },
  {
    label: "Report finale",
    deadline: "Al termine del periodo di programmazione, verrà redatto un report",
    source: { document: GALLARATE_PLAN, lines: [10103, 10104] },
  },
  {
    label: "Avvio dell'Agenzia dell'Abitare",
    deadline: "Avvio delle attività dell’Agenzia dell’Abitare entro la fine del triennio (sì/no)",
    source: { document: GALLARATE_PLAN, lines: [5751, 5752] },
  },
  {
    label: "Attività extrafamiliare per le persone assistite dai caregiver",
    deadline: "Realizzazione di almeno 1 attività extrafamiliare al mese dal 2026 in poi",
    source: { document: GALLARATE_PLAN, lines: [8438, 8440] },
  },
];

describe("planCalendar", () => {
  // Art. 11 (seed 000 L476-479): the Accordo runs from 01.01.2025 to 31.12.2027; art. 10 states no frequency of
  // monitoring.
  it("dates Gallarate's Accordo and the deadlines of its plan, sorted, with their sources", () => {
    const calendar = planCalendar(GALLARATE_ACCORDO, { from: 2025, to: 2027, items: GALLARATE_ITEMS });
    expect([calendar.from, calendar.to]).toEqual(["2025-01-01", "2027-12-31"]);
    const byKind = (label: string) =>
      calendar.entries.filter((entry) => entry.label === label).map((e) => e.date);
    expect(byKind("Accordo di Programma")).toEqual(["2025-01-01", "2027-12-31"]);
    expect(byKind("Raccolta dei dati degli indicatori")).toEqual([
      "2025-06-30",
      "2025-12-31",
      "2026-06-30",
      "2026-12-31",
      "2027-06-30",
      "2027-12-31",
    ]);
    expect(byKind("Report finale")).toEqual(["2027-12-31"]);
    expect(byKind("Avvio dell'Agenzia dell'Abitare")).toEqual(["2027-12-31"]);
    const monthly = byKind("Attività extrafamiliare per le persone assistite dai caregiver");
    expect([monthly.length, monthly[0], monthly.at(-1)]).toEqual([24, "2026-01-31", "2027-12-31"]);
    expect(calendar.entries).toHaveLength(2 + 6 + 1 + 1 + 24);
    // Sorted by date, then kind, then label.
    expect(calendar.entries.map((entry) => entry.date)).toEqual(
      calendar.entries.map((entry) => entry.date).sort(),
    );
    expect(
      calendar.entries.filter((entry) => entry.date === "2027-12-31").map((entry) => entry.label),
    ).toEqual([
      "Accordo di Programma",
      "Attività extrafamiliare per le persone assistite dai caregiver",
      "Avvio dell'Agenzia dell'Abitare",
      "Raccolta dei dati degli indicatori",
      "Report finale",
    ]);
    const agenzia = calendar.entries.find((entry) => entry.label === "Avvio dell'Agenzia dell'Abitare");
    expect(agenzia).toEqual({
      date: "2027-12-31",
      kind: "deadline",
      label: "Avvio dell'Agenzia dell'Abitare",
      text: "Avvio delle attività dell’Agenzia dell’Abitare entro la fine del triennio (sì/no)",
      condition: null,
      source: { document: GALLARATE_PLAN, lines: [5751, 5752] },
    });
    expect(calendar.entries[0]?.source).toEqual(GALLARATE_ACCORDO.source);
    // Monitoring is stated (art. 10) but with no frequency: listed, not dated.
    expect(calendar.undated.map((item) => [item.kind, item.code, item.messageIt])).toEqual([
      ["monitoring", "no_deadline", "La frase non indica alcuna data"],
    ]);
  });

  it("keeps only what falls within the window", () => {
    const calendar = planCalendar(GALLARATE_ACCORDO, {
      from: "2026-06-01",
      to: "2026-06-30",
      items: GALLARATE_ITEMS,
    });
    expect(calendar.entries.map((entry) => [entry.date, entry.label])).toEqual([
      ["2026-06-30", "Attività extrafamiliare per le persone assistite dai caregiver"],
      ["2026-06-30", "Raccolta dei dati degli indicatori"],
    ]);
  });

  it("extends the recurrences with the Accordo's extensions and dates each extension", () => {
    const extended = {
      ...GALLARATE_ACCORDO,
      extensions: [{ until: "2028-12-31", grantedBy: "regione" as const }],
    };
    const calendar = planCalendar(extended, {
      from: 2028,
      to: 2028,
      items: [{ label: "Incontro", deadline: "1 incontro semestrale" }],
    });
    expect(calendar.entries.map((entry) => [entry.date, entry.kind])).toEqual([
      ["2028-06-30", "deadline"],
      ["2028-12-31", "extension"],
      ["2028-12-31", "deadline"],
    ]);
  });

  it("dates offsets from the signature and keeps the condition of a conditional deadline", () => {
    const items: CalendarItem[] = [
      { label: "Regolamento", deadline: "entro 12 mesi dalla sottoscrizione" },
      // seed 001 L1756
      {
        label: "Convenzione",
        deadline: "In caso di positività dello studio, sottoscrizione di n. 1 Convenzione (2026)",
      },
    ];
    const unsigned = planCalendar(GALLARATE_ACCORDO, { from: 2025, to: 2027, items });
    expect(unsigned.undated.map((item) => [item.label, item.code])).toEqual([
      ["Monitoraggio", "no_deadline"],
      ["Regolamento", "deadline_needs_date"],
    ]);
    const signed = planCalendar(GALLARATE_ACCORDO, { from: 2025, to: 2027, items, signedOn: "2025-03-15" });
    const dated = signed.entries.filter((entry) => entry.kind === "deadline");
    expect(dated.map((entry) => [entry.date, entry.label, entry.condition])).toEqual([
      ["2026-03-15", "Regolamento", null],
      ["2026-12-31", "Convenzione", "In caso di positività dello studio"],
    ]);
    const typed = planCalendar(GALLARATE_ACCORDO, {
      from: 2025,
      to: 2027,
      items: [{ label: "Studio", deadline: { kind: "conditional", condition: "se positivo", then: null } }],
    });
    expect(typed.undated.map((item) => [item.label, item.code])).toEqual([
      ["Monitoraggio", "no_deadline"],
      ["Studio", "no_deadline"],
    ]);
  });

  it("runs on the four Ambiti: Sebino's annual check needs the plan's period, Busto Arsizio prints no Accordo", () => {
    const calendars = fourAmbiti().map((governance) => ({
      name: governance.name,
      bare: planCalendar(governance.accordo, { from: 2025, to: 2027 }),
      withPeriod: planCalendar(governance.accordo, {
        from: 2025,
        to: 2027,
        period: { from: 2025, to: 2027 },
      }),
    }));
    const summary = calendars.map(({ name, bare, withPeriod }) => [
      name,
      bare.entries.map((entry) => `${entry.kind} ${entry.date}`),
      bare.undated.map((item) => item.code),
      withPeriod.entries.length,
    ]);
    expect(summary).toEqual([
      ["Gallarate", ["accordo-start 2025-01-01", "accordo-end 2027-12-31"], ["no_deadline"], 2],
      ["Busto Arsizio", [], [], 0],
      // seed 002 L3310: "verifica annuale dello stato di raggiungimento degli obiettivi"; the Accordo prints no dates.
      ["Sebino", [], ["deadline_needs_period"], 3],
      ["Alto Milanese", ["accordo-start 2025-01-01", "accordo-end 2027-12-31"], ["no_deadline"], 2],
    ]);
    const sebino = calendars[2]?.withPeriod;
    expect(sebino?.entries.map((entry) => [entry.date, entry.kind, entry.text])).toEqual([
      ["2025-12-31", "monitoring", "annuale"],
      ["2026-12-31", "monitoring", "annuale"],
      ["2027-12-31", "monitoring", "annuale"],
    ]);
    expect(sebino?.entries[0]?.source).toEqual({
      document: "Piano di Zona 2025-2027, Ambito n. 5 Sebino",
      lines: [3243, 3274],
    });
  });

  it("returns plain data", () => {
    const calendar = planCalendar(GALLARATE_ACCORDO, { from: 2025, to: 2027, items: GALLARATE_ITEMS });
    expect(JSON.parse(JSON.stringify(calendar))).toEqual(calendar);
  });

  it("refuses a window that ends before it starts and inputs of the wrong shape", () => {
    expect(codeOf(() => planCalendar(GALLARATE_ACCORDO, { from: 2027, to: 2025 }))).toBe("invalid_period");
    expect(codeOf(() => planCalendar(null as never, { from: 2025, to: 2027 }))).toBe("invalid_type");
    expect(codeOf(() => planCalendar(GALLARATE_ACCORDO, null as never))).toBe("invalid_type");
    expect(
      codeOf(() => planCalendar(GALLARATE_ACCORDO, { from: 2025, to: 2027, signedOn: "15.03.2025" })),
    ).toBe("invalid_date");
    expect(
      codeOf(() =>
        planCalendar(GALLARATE_ACCORDO, {
          from: 2025,
          to: 2027,
          items: [{ label: "x", deadline: "ogni 6 mesi", source: { document: "x", lines: [1] as never } }],
        }),
      ),
    ).toBe("invalid_type");
    expect(
      codeOf(() =>
        planCalendar(GALLARATE_ACCORDO, {
          from: 2025,
          to: 2027,
          items: [{ label: "x", deadline: 7 as never }],
        }),
      ),
    ).toBe("invalid_type");
  });
});

import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { MACRO_AREA_CODES } from "../../src/catalog/macro-areas.js";
import { PREVENTION_KINDS } from "../../src/catalog/scheda-obiettivo.js";
import { parseAccordoDiProgramma, parsePianoDiZona, parseSchedaObiettivo } from "../../src/model/parse.js";
import { accordoInput, pianoInput, schedaInput } from "./_fixtures.js";

const text = fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== "");

// A civil date between 2000 and 2049, written as ISO, "dd.mm.yyyy", "d/m/yyyy" or "d <mese> yyyy".
const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat("it-IT", { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, month, 1)),
);
const civilDate = fc
  .record({
    year: fc.integer({ min: 2000, max: 2049 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    form: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ year, month, day, form }) => {
    const pad = (n: number): string => String(n).padStart(2, "0");
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    const written =
      [
        iso,
        `${pad(day)}.${pad(month)}.${year}`,
        `${day}/${month}/${year}`,
        `${day} ${MONTHS[month - 1] ?? ""} ${year}`,
      ][form] ?? iso;
    return { iso, written };
  });

// A euro amount in cents, written as a number, a canonical string or Italian text ("€. 1.234,56").
const euro = fc
  .record({ cents: fc.integer({ min: 0, max: 10_000_000_00 }), form: fc.integer({ min: 0, max: 2 }) })
  .map(({ cents, form }) => {
    const units = Math.floor(cents / 100);
    const decimals = String(cents % 100).padStart(2, "0");
    if (form === 0) return cents / 100;
    if (form === 1) return `${units}.${decimals}`;
    return `€. ${units.toLocaleString("it-IT", { useGrouping: "always" })},${decimals}`;
  });

const accordo = fc
  .record({
    comuni: fc.array(fc.record({ name: text, mayor: text }), { minLength: 1, maxLength: 12 }),
    from: civilDate,
    days: fc.integer({ min: 0, max: 2000 }),
    extensions: fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 3 }),
    timeShare: fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 100 }).map((n) => `${n},5%`.replace("100,5%", "100%")),
    ),
    articles: fc.array(fc.record({ title: text, text }), { minLength: 1, maxLength: 12 }),
  })
  .map((generated) => {
    const input = accordoInput();
    const ids = generated.comuni.map((_, index) => `comune-${index + 1}`);
    const start = new Date(`${generated.from.iso}T00:00:00Z`);
    const shift = (days: number): string =>
      new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    let end = generated.days;
    input.parties = [
      ...generated.comuni.map((comune, index) => ({ id: ids[index], kind: "comune", name: comune.name })),
      ...input.parties.filter((party: { kind: string }) => party.kind !== "comune"),
    ];
    input.signatories = [
      ...generated.comuni.map((comune, index) => ({
        ente: ids[index],
        representedBy: { role: "sindaco", name: comune.mayor },
      })),
      ...input.signatories.filter((signatory: { ente: string }) => !signatory.ente.startsWith("comune-")),
    ];
    input.capofila.ente = ids[0];
    input.period = { from: generated.from.written, to: shift(end) };
    input.extensions = generated.extensions.map((days) => {
      end += days;
      return { until: shift(end), grantedBy: "regione" };
    });
    input.articles = generated.articles.map((article, index) => ({ number: index + 1, ...article }));
    input.organs = input.organs.map(
      (organ: { seats: { ente?: string }[]; staffing?: { timeShare: unknown }[] }) => ({
        ...organ,
        seats: organ.seats.filter((seat) => seat.ente === undefined || !seat.ente.startsWith("comune-")),
        ...(organ.staffing === undefined
          ? {}
          : {
              staffing: organ.staffing.map((position) => ({ ...position, timeShare: generated.timeShare })),
            }),
      }),
    );
    input.organs[0].seats.push(
      ...ids.map((id) => ({ id: `sindaco-${id}`, role: "sindaco", ente: id, delegable: true })),
    );
    input.organs[0].presidency.seat = `sindaco-${ids[0] ?? ""}`;
    return input;
  });

const scheda = fc
  .record({
    title: text,
    total: euro,
    lines: fc.array(euro, { maxLength: 4 }),
    policyArea: fc.constantFrom(...MACRO_AREA_CODES),
    areas: fc.uniqueArray(fc.constantFrom(...MACRO_AREA_CODES), { maxLength: 4 }),
    prevention: fc.uniqueArray(fc.constantFrom(...PREVENTION_KINDS), { minLength: 1 }),
  })
  .map((generated) => {
    const input = schedaInput();
    input.title = generated.title;
    input.policyArea = generated.policyArea;
    input.budget = {
      total: generated.total,
      lines: generated.lines.map((amount) => ({ fund: "fnps", amount })),
    };
    input.transversalAreas = { answer: generated.areas.length > 0 ? "si" : "no", areas: generated.areas };
    input.preventionKind = generated.prevention;
    return input;
  });

function roundTrip(parse: (input: unknown) => { success: boolean; data?: unknown }, input: unknown): void {
  const first = parse(input);
  expect(first.success).toBe(true);
  const serialized = JSON.stringify(first.data);
  const second = parse(JSON.parse(serialized));
  expect(second.success).toBe(true);
  expect(second.data).toEqual(first.data);
  expect(JSON.stringify(second.data)).toBe(serialized);
}

test.prop([accordo])("an Accordo survives parse → JSON → parse unchanged", (input) => {
  roundTrip(parseAccordoDiProgramma, input);
});

test.prop([scheda])("a scheda obiettivo survives parse → JSON → parse unchanged", (input) => {
  roundTrip(parseSchedaObiettivo, input);
});

test.prop([scheda])("a Piano di Zona survives parse → JSON → parse unchanged", (objective) => {
  roundTrip(parsePianoDiZona, { ...pianoInput(), objectives: [objective] });
});

test.prop([fc.anything({ withObjectString: true, withNullPrototype: true })])(
  "the parse functions never throw",
  (input) => {
    expect(parseAccordoDiProgramma(input).success).toBe(false);
    expect(parsePianoDiZona(input).success).toBe(false);
    expect(parseSchedaObiettivo(input).success).toBe(false);
  },
);

test.prop([accordo, fc.constantFrom("__proto__", "constructor", "prototype"), fc.jsonValue()])(
  "an extra key, __proto__ and constructor included, is refused and pollutes nothing",
  (input, key, value) => {
    const polluted: unknown = JSON.parse(
      `{${JSON.stringify(key)}: ${JSON.stringify(value)}, ${JSON.stringify(input).slice(1)}`,
    );
    const result = parseAccordoDiProgramma(polluted);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_field", [key]],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  },
);

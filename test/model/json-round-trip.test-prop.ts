import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { MACRO_AREA_CODES } from "../../src/catalog/macro-areas.js";
import { PREVENTION_KINDS } from "../../src/catalog/scheda-obiettivo.js";
import { Decimal } from "../../src/core/decimal.js";
import { DecimalSchema } from "../../src/model/primitives.js";
import type { NumberMode } from "../../src/model/number-mode.js";
import { TOP_LEVEL_MODELS, type TopLevelModel } from "../../src/model/json-schema.js";
import {
  parseAccordoDiProgramma,
  parseAccordoDiProgrammaDraft,
  safeParseAccordoDiProgramma,
} from "../../src/model/accordo-di-programma.js";
import { parseProtocolOrProcedure } from "../../src/model/protocol.js";
import { parseAmbito } from "../../src/model/ambito.js";
import { parseIndicator } from "../../src/model/indicator.js";
import { parseFundTable } from "../../src/model/fund-table.js";
import { parseLepsScheda, parseLepsSchedaDraft } from "../../src/model/leps-scheda.js";
import { parsePlanEvaluation } from "../../src/model/objective-evaluation.js";
import { parseLegacyPlan } from "../../src/model/legacy-plan.js";
import { parseScoredEvaluationSystem } from "../../src/model/scored-evaluation-system.js";
import { parsePianoDiZona, safeParsePianoDiZona } from "../../src/model/piano-di-zona.js";
import {
  parseSchedaObiettivo,
  parseSchedaObiettivoDraft,
  safeParseSchedaObiettivo,
} from "../../src/model/scheda-obiettivo.js";
import { DATASETS_BY_MODEL } from "./_datasets-by-model.js";
import { accordoInput, jsonCopy, pianoInput, schedaInput } from "./_fixtures.js";

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

// A euro amount in cents and the form it is written in: a number, or text (canonical "1234.56" in a canonical
// document, Italian "€. 1.234,56" in an Italian one).
const euro = fc.record({ cents: fc.integer({ min: 0, max: 10_000_000_00 }), text: fc.boolean() });

function written({ cents, text }: { cents: number; text: boolean }, mode: NumberMode): string | number {
  const units = Math.floor(cents / 100);
  const decimals = String(cents % 100).padStart(2, "0");
  if (!text) return cents / 100;
  return mode === "canonical"
    ? `${String(units)}.${decimals}`
    : `€. ${units.toLocaleString("it-IT", { useGrouping: "always" })},${decimals}`;
}

const accordo = fc
  .record({
    comuni: fc.array(fc.record({ name: text, mayor: text }), { minLength: 1, maxLength: 12 }),
    from: civilDate,
    days: fc.integer({ min: 0, max: 2000 }),
    extensions: fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 3 }),
    timeShare: fc.oneof(
      fc.integer({ min: 0, max: 100 }).map((n) => ({ mode: "canonical" as const, share: n })),
      fc.integer({ min: 0, max: 100 }).map((n) => ({
        mode: "italian" as const,
        share: `${String(n)},5%`.replace("100,5%", "100%"),
      })),
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
              staffing: organ.staffing.map((position) => ({
                ...position,
                timeShare: generated.timeShare.share,
              })),
            }),
      }),
    );
    input.organs[0].seats.push(
      ...ids.map((id) => ({ id: `sindaco-${id}`, role: "sindaco", ente: id, delegable: true })),
    );
    input.organs[0].presidency.seat = `sindaco-${ids[0] ?? ""}`;
    return { input, mode: generated.timeShare.mode };
  });

const scheda = fc
  .record({
    title: text,
    total: euro,
    lines: fc.array(euro, { maxLength: 4 }),
    italian: fc.boolean(),
    policyArea: fc.constantFrom(...MACRO_AREA_CODES),
    areas: fc.uniqueArray(fc.constantFrom(...MACRO_AREA_CODES), { maxLength: 4 }),
    prevention: fc.uniqueArray(fc.constantFrom(...PREVENTION_KINDS), { minLength: 1 }),
  })
  .map((generated) => {
    const input = schedaInput();
    input.title = generated.title;
    input.policyArea = generated.policyArea;
    // One document, one mode: the amounts of an Italian document are Italian text or numbers.
    const mode: NumberMode = generated.italian ? "italian" : "canonical";
    input.budget = {
      total: written(generated.total, mode),
      lines: generated.lines.map((amount) => ({ fund: "fnps", amount: written(amount, mode) })),
    };
    input.transversal = { answer: generated.areas.length > 0 ? "si" : "no", areas: generated.areas };
    input.preventionKind = generated.prevention;
    return { input, mode };
  });

// Parsed in the mode it is written in, written as JSON, and parsed back as canonical JSON: the same data.
function roundTrip(
  parse: (input: unknown, options?: { numbers: NumberMode }) => unknown,
  input: unknown,
  mode: NumberMode,
): void {
  const first = parse(input, { numbers: mode });
  const serialized = JSON.stringify(first);
  const second = parse(JSON.parse(serialized));
  expect(second).toEqual(first);
  expect(JSON.stringify(second)).toBe(serialized);
}

test.prop([accordo])("an Accordo survives parse → JSON → parse unchanged", ({ input, mode }) => {
  roundTrip(parseAccordoDiProgramma, input, mode);
});

test.prop([scheda])("a scheda obiettivo survives parse → JSON → parse unchanged", ({ input, mode }) => {
  roundTrip(parseSchedaObiettivo, input, mode);
});

test.prop([scheda])("a Piano di Zona survives parse → JSON → parse unchanged", ({ input, mode }) => {
  const piano = pianoInput();
  if (mode === "italian") piano.previousEvaluation.statedOverallGrade.percent = "76,56%";
  roundTrip(parsePianoDiZona, { ...piano, objectives: [input] }, mode);
});

// Canonical decimal text of every shape the issue names: 1–3 integer digits, 0–3 decimals (trailing zeros kept:
// "103.125", "0.500"), an exponent, or a JSON number; negative where the model allows it (no top-level model has a
// signed decimal: amounts, percentages and ratios are ≥ 0).
const decimalText = (max: number, signed = false) =>
  fc
    .record({
      int: fc.integer({ min: 0, max: 999 }),
      decimals: fc.integer({ min: 0, max: 3 }),
      fraction: fc.integer({ min: 0, max: 999 }),
      exponent: fc.option(fc.integer({ min: -3, max: 2 })),
      negative: fc.boolean(),
      number: fc.boolean(),
    })
    .map(({ int, decimals, fraction, exponent, negative, number }) => {
      const digits =
        decimals === 0
          ? String(int)
          : `${String(int)}.${String(fraction).padStart(3, "0").slice(0, decimals)}`;
      const text = `${signed && negative ? "-" : ""}${digits}${exponent === null ? "" : `e${String(exponent)}`}`;
      return number ? Number(text) : text;
    })
    .filter((value) => new Decimal(value).abs().lte(max));

// The keys of decimal fields in the models, with their upper bound (percentages are at most 100).
const DECIMAL_KEYS: Readonly<Record<string, number>> = {
  total: 1e12,
  amount: 1e12,
  budgeted: 1e12,
  paid: 1e12,
  statedCoincidencePercent: 1e6,
  statedPercent: 1e6,
  completion: 100,
  percent: 100,
  thresholdPercent: 100,
  timeShare: 100,
  value: 1e6,
  statedTotal: 1e12,
  statedGrandTotal: 1e12,
};

// Counts that share a decimal field's name: the adherents of a protocol (`adherents.total`).
const COUNT_PARENTS = new Set(["adherents"]);

// Replaces every decimal field of a JSON document with generated text, in document order.
function withDecimals(document: unknown, pick: (bound: number) => string | number, parent = ""): unknown {
  if (Array.isArray(document)) return document.map((item) => withDecimals(item, pick));
  if (typeof document !== "object" || document === null) return document;
  return Object.fromEntries(
    Object.entries(document).map(([key, value]) => {
      const bound = COUNT_PARENTS.has(parent) ? undefined : DECIMAL_KEYS[key];
      const decimal =
        bound !== undefined &&
        value !== "over-100" &&
        (typeof value === "string" || typeof value === "number");
      return [key, decimal ? pick(bound) : withDecimals(value, pick, key)];
    }),
  );
}

const PARSE: {
  readonly [Model in TopLevelModel]: (input: unknown, options?: { numbers: NumberMode }) => unknown;
} = {
  "piano-di-zona": parsePianoDiZona,
  "accordo-di-programma": parseAccordoDiProgramma,
  "scheda-obiettivo": parseSchedaObiettivo,
  ambito: parseAmbito,
  "plan-evaluation": parsePlanEvaluation,
  "leps-scheda": parseLepsScheda,
  indicator: parseIndicator,
  "fund-table": parseFundTable,
  "accordo-di-programma-draft": parseAccordoDiProgrammaDraft,
  "protocol-or-procedure": parseProtocolOrProcedure,
  "scored-evaluation-system": parseScoredEvaluationSystem,
  "legacy-plan": parseLegacyPlan,
  "scheda-obiettivo-draft": parseSchedaObiettivoDraft,
  "leps-scheda-draft": parseLepsSchedaDraft,
};

const pools = fc.record({
  percent: fc.array(decimalText(100), { minLength: 1, maxLength: 40 }),
  large: fc.array(decimalText(1e12), { minLength: 1, maxLength: 40 }),
});

for (const model of TOP_LEVEL_MODELS) {
  test.prop([pools], { numRuns: 40 })(
    `every ${model} dataset survives parse → JSON → parse unchanged, with decimals of every shape`,
    ({ percent, large }) => {
      for (const dataset of DATASETS_BY_MODEL[model]) {
        let next = 0;
        const pick = (bound: number): string | number => {
          const pool = bound <= 100 ? percent : large;
          next += 1;
          return pool[next % pool.length] ?? 0;
        };
        roundTrip(PARSE[model], withDecimals(jsonCopy(dataset), pick), "canonical");
      }
    },
    120_000, // the schede of the four Ambiti: some hundred records, 40 times
  );
}

test.prop([fc.array(decimalText(1e12, true), { minLength: 1 })])(
  "a signed decimal survives JSON unchanged (DecimalSchema)",
  (values) => {
    for (const value of values) {
      const first = DecimalSchema.parse(value);
      expect(DecimalSchema.parse(JSON.parse(JSON.stringify(first)))).toEqual(first);
    }
  },
);

test.prop([fc.anything({ withObjectString: true, withNullPrototype: true })])(
  "the parse functions never throw",
  (input) => {
    expect(safeParseAccordoDiProgramma(input).success).toBe(false);
    expect(safeParsePianoDiZona(input).success).toBe(false);
    expect(safeParseSchedaObiettivo(input).success).toBe(false);
  },
);

test.prop([accordo, fc.constantFrom("__proto__", "constructor", "prototype"), fc.jsonValue()])(
  "an extra key, __proto__ and constructor included, is refused and pollutes nothing",
  ({ input }, key, value) => {
    const polluted: unknown = JSON.parse(
      `{${JSON.stringify(key)}: ${JSON.stringify(value)}, ${JSON.stringify(input).slice(1)}`,
    );
    const result = safeParseAccordoDiProgramma(polluted, { numbers: "italian" });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_field", [key]],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  },
);

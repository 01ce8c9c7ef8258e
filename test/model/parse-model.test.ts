import { describe, expect, it } from "vitest";
import { PdzError } from "../../src/core/error.js";
import type { ParseResult } from "../../src/core/result.js";
import {
  parseAccordoDiProgramma,
  parseAccordoDiProgrammaDraft,
  safeParseAccordoDiProgramma,
  safeParseAccordoDiProgrammaDraft,
} from "../../src/model/accordo-di-programma.js";
import { parseProtocolOrProcedure, safeParseProtocolOrProcedure } from "../../src/model/protocol.js";
import { parseAmbito, safeParseAmbito } from "../../src/model/ambito.js";
import { parseIndicator, safeParseIndicator } from "../../src/model/indicator.js";
import { parseLepsScheda, safeParseLepsScheda } from "../../src/model/leps-scheda.js";
import { parsePlanEvaluation, safeParsePlanEvaluation } from "../../src/model/objective-evaluation.js";
import { parseLegacyPlan, safeParseLegacyPlan } from "../../src/model/legacy-plan.js";
import {
  parseScoredEvaluationSystem,
  safeParseScoredEvaluationSystem,
} from "../../src/model/scored-evaluation-system.js";
import { parsePianoDiZona, safeParsePianoDiZona } from "../../src/model/piano-di-zona.js";
import { parseSchedaObiettivo, safeParseSchedaObiettivo } from "../../src/model/scheda-obiettivo.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";
import { DATASETS_BY_MODEL } from "./_datasets-by-model.js";
import { accordoInput, jsonCopy, pianoInput, schedaInput } from "./_fixtures.js";

type SafeParse = (input: unknown, options?: never) => ParseResult<unknown>;
type Parse = (input: unknown, options?: never) => unknown;

// Every top-level model: its two parse functions and one valid document.
const MODELS: readonly (readonly [string, SafeParse, Parse, unknown])[] = [
  ["piano-di-zona", safeParsePianoDiZona, parsePianoDiZona, DATASETS_BY_MODEL["piano-di-zona"][0]],
  [
    "accordo-di-programma",
    safeParseAccordoDiProgramma,
    parseAccordoDiProgramma,
    DATASETS_BY_MODEL["accordo-di-programma"][0],
  ],
  [
    "scheda-obiettivo",
    safeParseSchedaObiettivo,
    parseSchedaObiettivo,
    DATASETS_BY_MODEL["scheda-obiettivo"][0],
  ],
  ["ambito", safeParseAmbito, parseAmbito, DATASETS_BY_MODEL.ambito[0]],
  ["plan-evaluation", safeParsePlanEvaluation, parsePlanEvaluation, DATASETS_BY_MODEL["plan-evaluation"][0]],
  ["leps-scheda", safeParseLepsScheda, parseLepsScheda, DATASETS_BY_MODEL["leps-scheda"][0]],
  ["indicator", safeParseIndicator, parseIndicator, DATASETS_BY_MODEL.indicator[0]],
  [
    "accordo-di-programma-draft",
    safeParseAccordoDiProgrammaDraft,
    parseAccordoDiProgrammaDraft,
    DATASETS_BY_MODEL["accordo-di-programma-draft"][1],
  ],
  [
    "protocol-or-procedure",
    safeParseProtocolOrProcedure,
    parseProtocolOrProcedure,
    DATASETS_BY_MODEL["protocol-or-procedure"][0],
  ],
  [
    "scored-evaluation-system",
    safeParseScoredEvaluationSystem,
    parseScoredEvaluationSystem,
    DATASETS_BY_MODEL["scored-evaluation-system"][0],
  ],
  ["legacy-plan", safeParseLegacyPlan, parseLegacyPlan, DATASETS_BY_MODEL["legacy-plan"][0]],
] as never;

const parseAccordo = safeParseAccordoDiProgramma;

describe("the parse functions of every top-level model", () => {
  it.each(MODELS)("%s: safeParse gives the data, parse the same data", (_, safeParse, parse, valid) => {
    const result = safeParse(jsonCopy(valid));
    expect(result.success).toBe(true);
    expect(parse(jsonCopy(valid))).toEqual(result.success ? result.data : undefined);
  });

  it.each(MODELS)(
    "%s: parse throws one PdzError carrying every issue safeParse reports",
    (_, safeParse, parse) => {
      const input = { extra: 1, other: 2 };
      const result = safeParse(input);
      let caught: unknown;
      try {
        parse(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(PdzError);
      const error = caught as PdzError;
      expect(error.code).toBe("validation_failed");
      expect(error.issues).toEqual(result.success ? [] : result.issues);
      expect(error.issues.length).toBeGreaterThan(2);
      expect(error.messageIt).toContain(error.issues[0]?.messageIt ?? "?");
    },
  );

  it.each(MODELS)("%s: safeParse never throws on hostile input or options", (_, safeParse, parse, valid) => {
    for (const [, value] of HOSTILE_VALUES) {
      expect(safeParse(value).success).toBe(false);
      const withOptions = safeParse(jsonCopy(valid), value as never);
      // Options without an own `numbers` are the canonical mode; options that are not an object are an issue.
      if (!withOptions.success) {
        expect(["invalid_type", "unreadable_field"]).toContain(withOptions.issues[0]?.code);
      }
      expect([
        "invalid_option",
        "invalid_type",
        "unreadable_field",
        "validation_failed",
        undefined,
      ]).toContain(codeOf(() => parse(value)));
    }
  });

  it.each(MODELS)("%s: the number mode is validated", (_, safeParse, parse, valid) => {
    const result = safeParse(jsonCopy(valid), { numbers: "roman" } as never);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_option", ["numbers"]],
    ]);
    expect(codeOf(() => parse(jsonCopy(valid), { numbers: "roman" } as never), true)).toBe(
      "invalid_option@numbers",
    );
    expect(codeOf(() => parse(jsonCopy(valid), 5 as never))).toBe("invalid_type");
    expect(safeParse(jsonCopy(valid), { numbers: "canonical" } as never).success).toBe(true);
    // Options are read as own properties only.
    expect(safeParse(jsonCopy(valid), Object.create({ numbers: "roman" }) as never).success).toBe(true);
  });
});

describe("parse functions", () => {
  it("reject __proto__ and constructor keys without polluting any prototype", () => {
    const text = JSON.stringify(accordoInput()).replace(/^\{/, '{"__proto__": {"polluted": true}, ');
    const input: unknown = JSON.parse(text);
    const result = parseAccordo(input);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_field", ["__proto__"]],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");

    const scheda = JSON.parse(
      JSON.stringify(schedaInput()).replace(
        '"budget":{',
        '"budget":{"constructor":{"prototype":{"polluted":1}},',
      ),
    );
    const schedaResult = safeParseSchedaObiettivo(scheda);
    expect(schedaResult.success ? [] : schedaResult.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_field", ["budget", "constructor"]],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("never throw, whatever the input", () => {
    for (const input of [
      undefined,
      null,
      0,
      "piano",
      [],
      {},
      () => 1,
      Symbol("x"),
      new Date(0),
      { ambito: null },
    ]) {
      expect(safeParsePianoDiZona(input).success).toBe(false);
      expect(safeParseAccordoDiProgramma(input).success).toBe(false);
      expect(safeParseSchedaObiettivo(input).success).toBe(false);
    }
  });

  it("name the Piano's own title and period", () => {
    const result = safeParsePianoDiZona({ ...pianoInput(), title: "", period: { from: 2025 } });
    expect(result.success ? [] : result.issues.map((issue) => issue.messageIt)).toEqual([
      "TITOLO DEL PIANO DI ZONA: il testo non può essere vuoto",
      "PERIODO DI PROGRAMMAZIONE: il campo è obbligatorio",
    ]);
  });

  it("do not change their input", () => {
    const input = pianoInput();
    const before = JSON.stringify(input);
    const result = safeParsePianoDiZona(input);
    expect(result.success).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
    // The data shares no object with the input.
    expect(result.success && result.data.ambito).not.toBe(input.ambito);
    expect(result.success && result.data.objectives[0]?.budget).not.toBe(input.objectives[0].budget);
  });

  it("say what is missing on an empty document", () => {
    const result = safeParseAccordoDiProgramma({});
    expect(result.success ? [] : result.issues.map((issue) => issue.messageIt)).toEqual([
      "TITOLO DELL'ACCORDO: il campo è obbligatorio",
      "AMBITO TERRITORIALE: il campo è obbligatorio",
      "ENTI CITATI NELL'ACCORDO: il campo è obbligatorio",
      "ARTICOLI DELL'ACCORDO: il campo è obbligatorio",
      "SOGGETTI SOTTOSCRITTORI: il campo è obbligatorio",
      "SOGGETTI ADERENTI: il campo è obbligatorio",
      "ENTE CAPOFILA: il campo è obbligatorio",
      "DURATA: il campo è obbligatorio",
      "PROROGHE: il campo è obbligatorio",
      "MODIFICHE DELL'ACCORDO: il campo è obbligatorio",
      "ORGANI DI GESTIONE DEL PIANO DI ZONA: il campo è obbligatorio",
    ]);
  });
});

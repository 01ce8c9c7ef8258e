import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { TOP_LEVEL_MODELS, toJSONSchema, type TopLevelModel } from "../../src/model/json-schema.js";
import { codeOf } from "../error-code.js";
import { HOSTILE_VALUES } from "../support/hostile.js";
import { DATASETS_BY_MODEL } from "./_datasets-by-model.js";
import { jsonCopy, schedaInput } from "./_fixtures.js";

// A real JSON Schema validator (draft 2020-12), strict about the schemas it is given.
const ajv = new Ajv2020({ allErrors: true, strict: true });

// One compiled validator per model: the datasets hold some hundred schede.
const validators = new Map<TopLevelModel, ReturnType<typeof ajv.compile>>();

function errorsOf(model: TopLevelModel, value: unknown): string[] {
  const validate = validators.get(model) ?? ajv.compile(toJSONSchema(model));
  validators.set(model, validate);
  return validate(value)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`);
}

describe("toJSONSchema", () => {
  it("gives a draft 2020-12 schema for every top-level model, and every schema compiles", () => {
    for (const model of TOP_LEVEL_MODELS) {
      const schema = toJSONSchema(model);
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect([schema.type, schema.additionalProperties]).toEqual(["object", false]);
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  }, 30_000); // compiling the schemas of every model (the Piano di Zona holds every scheda) takes seconds

  it("has a dataset for every top-level model", () => {
    expect(Object.keys(DATASETS_BY_MODEL).sort()).toEqual([...TOP_LEVEL_MODELS].sort());
  });

  it.each(TOP_LEVEL_MODELS)("accepts the JSON of every embedded dataset of %s", (model) => {
    for (const dataset of DATASETS_BY_MODEL[model]) expect(errorsOf(model, jsonCopy(dataset))).toEqual([]);
  });

  it("describes canonical numbers: canonical text or numbers, never Italian text", () => {
    const scheda = schedaInput();
    for (const total of ["30000", "30000.50", "3e4", 30000, 0.5]) {
      scheda.budget.total = total;
      expect(errorsOf("scheda-obiettivo", scheda)).toEqual([]);
    }
    for (const total of ["€. 30.000,00", "30.000,00", "-5", -5, "1 000"]) {
      scheda.budget.total = total;
      expect(errorsOf("scheda-obiettivo", scheda).length).toBeGreaterThan(0);
    }
  }, 30_000); // compiling the schemas of every model (the Piano di Zona holds every scheda) takes seconds

  it("refuses unknown keys, wrong enums and missing fields; accepts Italian dates", () => {
    const broken = schedaInput();
    broken.extra = 1;
    broken.policyArea = "C";
    delete broken.title;
    expect(errorsOf("scheda-obiettivo", broken)).toEqual([
      " required",
      " additionalProperties",
      "/policyArea enum",
    ]);
    const accordo = jsonCopy(DATASETS_BY_MODEL["accordo-di-programma"][0]);
    accordo.period.from = "01.01.2025";
    expect(errorsOf("accordo-di-programma", accordo)).toEqual([]);
  });

  it("returns a new object on each call", () => {
    expect(toJSONSchema("ambito")).not.toBe(toJSONSchema("ambito"));
    expect(toJSONSchema("ambito")).toEqual(toJSONSchema("ambito"));
  });

  it.each(HOSTILE_VALUES)("refuses %s as a model name with unknown_model", (_, value) => {
    expect(codeOf(() => toJSONSchema(value as TopLevelModel))).toBe("unknown_model");
  });

  it("refuses names that are not models, inherited ones included", () => {
    for (const name of ["fondo", "toString", "__proto__", "constructor", "fund_table"]) {
      expect(codeOf(() => toJSONSchema(name as TopLevelModel))).toBe("unknown_model");
    }
  });
});

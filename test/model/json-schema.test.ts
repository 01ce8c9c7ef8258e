import { describe, expect, it } from "vitest";
import { TOP_LEVEL_MODELS, toJSONSchema } from "../../src/model/json-schema.js";
import { accordoInput, ambitoInput, jsonCopy, pianoInput, schedaInput } from "./_fixtures.js";

type Schema = Record<string, unknown>;

/** A small JSON Schema checker for the keywords zod emits here; it returns the paths that do not match. */
function violations(schema: Schema, value: unknown, path = "$"): string[] {
  const branches = (schema["anyOf"] ?? schema["oneOf"]) as Schema[] | undefined;
  if (branches !== undefined) {
    return branches.some((branch) => violations(branch, value, path).length === 0)
      ? []
      : [`${path}: no branch matches`];
  }
  if (Array.isArray(schema["allOf"]))
    return (schema["allOf"] as Schema[]).flatMap((part) => violations(part, value, path));
  if (Array.isArray(schema["enum"]) && !(schema["enum"] as unknown[]).includes(value))
    return [`${path}: not in enum`];
  if ("const" in schema && schema["const"] !== value) return [`${path}: not the constant`];
  const types = schema["type"] === undefined ? [] : ([] as unknown[]).concat(schema["type"]);
  const typeOf = (v: unknown): string =>
    Array.isArray(v) ? "array" : v === null ? "null" : Number.isInteger(v) ? "integer" : typeof v;
  const actual = typeOf(value);
  if (types.length > 0 && !types.includes(actual) && !(actual === "integer" && types.includes("number"))) {
    return [`${path}: ${actual} is not ${types.join("|")}`];
  }
  const found: string[] = [];
  if (typeof value === "string") {
    if (typeof schema["minLength"] === "number" && value.length < schema["minLength"])
      found.push(`${path}: too short`);
    if (typeof schema["pattern"] === "string" && !new RegExp(schema["pattern"]).test(value))
      found.push(`${path}: pattern`);
  }
  if (Array.isArray(value)) {
    if (typeof schema["minItems"] === "number" && value.length < schema["minItems"])
      found.push(`${path}: too few items`);
    const prefix = schema["prefixItems"] as Schema[] | undefined;
    value.forEach((item, index) => {
      const itemSchema = prefix?.[index] ?? (schema["items"] as Schema | undefined);
      if (itemSchema !== undefined) found.push(...violations(itemSchema, item, `${path}[${index}]`));
    });
  } else if (typeof value === "object" && value !== null) {
    const properties = (schema["properties"] ?? {}) as Record<string, Schema>;
    for (const key of (schema["required"] ?? []) as string[]) {
      if (!(key in value)) found.push(`${path}.${key}: required`);
    }
    for (const [key, item] of Object.entries(value)) {
      const property = properties[key];
      if (property !== undefined) found.push(...violations(property, item, `${path}.${key}`));
      else if (schema["additionalProperties"] === false) found.push(`${path}.${key}: not allowed`);
    }
  }
  return found;
}

describe("toJSONSchema", () => {
  it("gives a draft 2020-12 schema for every top-level model", () => {
    for (const model of TOP_LEVEL_MODELS) {
      const schema = toJSONSchema(model);
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect([schema.type, schema.additionalProperties]).toEqual(["object", false]);
    }
  });

  it("accepts the JSON form of the Gallarate datasets", () => {
    expect(violations(toJSONSchema("accordo-di-programma") as Schema, accordoInput())).toEqual([]);
    expect(violations(toJSONSchema("ambito") as Schema, ambitoInput())).toEqual([]);
    expect(violations(toJSONSchema("scheda-obiettivo") as Schema, schedaInput())).toEqual([]);
    expect(violations(toJSONSchema("piano-di-zona") as Schema, pianoInput())).toEqual([]);
  });

  it("accepts Italian text for amounts and dates, and refuses unknown keys and wrong enums", () => {
    const scheda = schedaInput();
    scheda.budget.total = "€. 30.000,00";
    expect(violations(toJSONSchema("scheda-obiettivo") as Schema, scheda)).toEqual([]);
    const broken = jsonCopy(scheda);
    broken.extra = 1;
    broken.policyArea = "C";
    delete broken.title;
    expect(violations(toJSONSchema("scheda-obiettivo") as Schema, broken)).toEqual([
      "$.title: required",
      "$.policyArea: not in enum",
      "$.extra: not allowed",
    ]);
  });
});

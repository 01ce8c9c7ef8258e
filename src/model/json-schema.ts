import * as z from "zod";
import { pdzError } from "../core/error.js";
import * as M from "../core/messages/model.js";
import { ACCORDO_DI_PROGRAMMA_DRAFT_MODEL, ACCORDO_DI_PROGRAMMA_MODEL } from "./accordo-di-programma.js";
import { AMBITO_MODEL } from "./ambito.js";
import { FUND_TABLE_MODEL } from "./fund-table.js";
import { INDICATOR_MODEL } from "./indicator.js";
import { LEGACY_PLAN_MODEL } from "./legacy-plan.js";
import { SCORED_EVALUATION_SYSTEM_MODEL } from "./scored-evaluation-system.js";
import { LEPS_SCHEDA_DRAFT_MODEL, LEPS_SCHEDA_MODEL } from "./leps-scheda.js";
import { PLAN_EVALUATION_MODEL } from "./objective-evaluation.js";
import { PIANO_DI_ZONA_MODEL } from "./piano-di-zona.js";
import { canonicalNumberJsonSchema } from "./primitives.js";
import { SCHEDA_OBIETTIVO_DRAFT_MODEL, SCHEDA_OBIETTIVO_MODEL } from "./scheda-obiettivo.js";
import { PROTOCOL_MODEL } from "./protocol.js";
import type { ModelDefinition } from "./_parse-model.js";

/**
 * The top-level models: each has `safeParseX` / `parseX` functions and a JSON Schema ({@link toJSONSchema}).
 *
 * @example
 * ```ts
 * import { TOP_LEVEL_MODELS } from "piano-di-zona";
 * TOP_LEVEL_MODELS.includes("plan-evaluation") //=> true
 * TOP_LEVEL_MODELS.includes("scheda-obiettivo-draft") //=> true
 * ```
 * @category Model
 */
export const TOP_LEVEL_MODELS = /* @__PURE__ */ Object.freeze([
  "piano-di-zona",
  "accordo-di-programma",
  "scheda-obiettivo",
  "ambito",
  "plan-evaluation",
  "leps-scheda",
  "indicator",
  "fund-table",
  "accordo-di-programma-draft",
  "protocol-or-procedure",
  "scored-evaluation-system",
  "legacy-plan",
  "scheda-obiettivo-draft",
  "leps-scheda-draft",
] as const);

/** One of {@link TOP_LEVEL_MODELS}. @category Model */
export type TopLevelModel = (typeof TOP_LEVEL_MODELS)[number];

// References only: no schema is built until a JSON Schema is asked for.
const MODELS: { readonly [Name in TopLevelModel]: ModelDefinition<z.ZodType> } = {
  "piano-di-zona": PIANO_DI_ZONA_MODEL,
  "accordo-di-programma": ACCORDO_DI_PROGRAMMA_MODEL,
  "scheda-obiettivo": SCHEDA_OBIETTIVO_MODEL,
  ambito: AMBITO_MODEL,
  "plan-evaluation": PLAN_EVALUATION_MODEL,
  "leps-scheda": LEPS_SCHEDA_MODEL,
  indicator: INDICATOR_MODEL,
  "fund-table": FUND_TABLE_MODEL,
  "accordo-di-programma-draft": ACCORDO_DI_PROGRAMMA_DRAFT_MODEL,
  "protocol-or-procedure": PROTOCOL_MODEL,
  "scored-evaluation-system": SCORED_EVALUATION_SYSTEM_MODEL,
  "legacy-plan": LEGACY_PLAN_MODEL,
  "scheda-obiettivo-draft": SCHEDA_OBIETTIVO_DRAFT_MODEL,
  "leps-scheda-draft": LEPS_SCHEDA_DRAFT_MODEL,
};

// Decimals are described as canonical text or numbers: a Decimal instance cannot travel in JSON.
function describeNumbers(context: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const json = canonicalNumberJsonSchema(context.zodSchema);
  if (json === undefined) return;
  for (const key of Object.keys(context.jsonSchema)) Reflect.deleteProperty(context.jsonSchema, key);
  Object.assign(context.jsonSchema, json);
}

/**
 * The JSON Schema (draft 2020-12) of a top-level model's JSON form, so that apps in other languages validate the same
 * documents. It describes the canonical machine contract on the input side: numbers are canonical decimal text
 * (`"1234.56"`, `"1e3"`: no grouping, a dot for decimals) or JSON numbers, with their bounds (amounts ≥ 0, percentages
 * 0–100 when written as numbers); dates are strings; unknown keys are forbidden. The JSON of a parsed model
 * (`JSON.stringify(parseX(…))`) validates. Cross-field rules (references, periods, extensions) and the bounds of
 * numbers written as text are not expressible in JSON Schema; the library's parse functions apply them. Each call
 * returns a new object.
 *
 * @param model - one of {@link TOP_LEVEL_MODELS}
 * @throws {@link PdzError} `unknown_model` for any other value
 * @example
 * ```ts
 * import { toJSONSchema } from "piano-di-zona";
 * const schema = toJSONSchema("accordo-di-programma");
 * schema.type //=> "object"
 * schema.additionalProperties //=> false
 * toJSONSchema("fondo" as "ambito") //=> throws unknown_model
 * ```
 * @category Model
 */
export function toJSONSchema(model: TopLevelModel): z.core.JSONSchema.BaseSchema {
  if (typeof model !== "string" || !Object.hasOwn(MODELS, model)) {
    throw pdzError(M.unknown_model, { options: TOP_LEVEL_MODELS.map((name) => `"${name}"`).join(", ") });
  }
  return z.toJSONSchema(MODELS[model].schema("canonical"), {
    io: "input",
    unrepresentable: "any",
    override: describeNumbers,
  });
}

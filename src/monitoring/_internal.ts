import type * as z from "zod";
import type { DeepReadonly } from "../core/deep-freeze.js";
import { PdzError } from "../core/error.js";
import {
  IndicatorObservationSchema,
  IndicatorSchema,
  type Indicator,
  type IndicatorInput,
  type IndicatorObservation,
  type IndicatorObservationInput,
} from "../model/indicator.js";
import { toValidationIssues } from "../model/_issues.js";

/** A PdzError with its two messages. */
export function invalid(code: string, en: string, it: string, path: readonly (string | number)[]): PdzError {
  return new PdzError({ code, message: en, messageIt: it, path });
}

/** Validates with a schema and throws the first issue as a PdzError. */
function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  path: readonly (string | number)[],
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = toValidationIssues(result.error.issues)[0];
  throw invalid(
    issue?.code ?? "invalid_value",
    issue?.message ?? "Invalid input",
    issue?.messageIt ?? "Dato non valido",
    [...path, ...(issue?.path ?? [])],
  );
}

/** Reads the indicator and its observations, indexed by year; throws on bad input. */
export function readIndicatorInput(
  indicatorInput: DeepReadonly<IndicatorInput>,
  observationInputs: readonly DeepReadonly<IndicatorObservationInput>[],
): { indicator: Indicator; byYear: ReadonlyMap<number, IndicatorObservation> } {
  const indicator = parseOrThrow(IndicatorSchema, indicatorInput, ["indicator"]);
  const byYear = new Map<number, IndicatorObservation>();
  observationInputs.forEach((input, index) => {
    const observation = parseOrThrow(IndicatorObservationSchema, input, ["observations", index]);
    if (byYear.has(observation.year)) {
      throw invalid(
        "duplicate_observation_year",
        `Two observations for ${String(observation.year)}`,
        `Due rilevazioni per il ${String(observation.year)}`,
        ["observations", index, "year"],
      );
    }
    const expected =
      indicator.kind === "ratio-at-least" ? "ratio" : indicator.kind === "milestone" ? "stage" : "value";
    const actual =
      observation.numerator !== undefined ? "ratio" : observation.stage !== undefined ? "stage" : "value";
    if (expected !== actual) {
      throw invalid(
        "observation_form_mismatch",
        `An indicator of kind "${indicator.kind}" is observed as a ${expected}, not a ${actual}`,
        `Un indicatore di tipo «${indicator.kind}» si rileva come ${expected === "ratio" ? "numeratore e denominatore" : expected === "stage" ? "fase" : "valore"}`,
        ["observations", index],
      );
    }
    if (
      observation.numerator !== undefined &&
      observation.denominator !== undefined &&
      observation.numerator > observation.denominator
    ) {
      throw invalid(
        "numerator_exceeds_denominator",
        "The numerator of a ratio cannot exceed its denominator",
        "Il numeratore di un rapporto non può superare il denominatore",
        ["observations", index, "numerator"],
      );
    }
    byYear.set(observation.year, observation);
  });
  return { indicator, byYear };
}

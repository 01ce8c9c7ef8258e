// Reading an indicator and its observations from untrusted input: each validated by its schema (every issue in one
// `validation_failed`), then the rules that tie observations to their indicator.
import { pdzError, underPath } from "../core/error.js";
import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/monitoring.js";
import { readList } from "../core/read-input.js";
import { parseOwnData } from "../core/zod-issues.js";
import {
  IndicatorObservationSchema,
  IndicatorSchema,
  type Indicator,
  type IndicatorObservation,
} from "../model/indicator.js";

type Form = "ratio" | "stage" | "value";

const FORMS: Readonly<Record<Form, Labels>> = {
  ratio: { it: "numeratore e denominatore", en: "a numerator and a denominator" },
  stage: { it: "fase raggiunta", en: "a stage reached" },
  value: { it: "valore", en: "a value" },
};

/** An indicator definition, validated (`validation_failed` with every issue). @internal */
export function readIndicator(value: unknown): Indicator {
  return parseOwnData(IndicatorSchema, value);
}

function formOf(observation: IndicatorObservation): Form {
  return observation.numerator !== undefined ? "ratio" : observation.stage !== undefined ? "stage" : "value";
}

function expectedForm(indicator: Indicator): Form {
  return indicator.kind === "ratio-at-least" ? "ratio" : indicator.kind === "milestone" ? "stage" : "value";
}

/**
 * An indicator's observations, validated and indexed by year: at most one per year, each in the form the
 * indicator's kind is observed in, a ratio's numerator not above its denominator. Paths are relative to the list.
 * @internal
 */
export function readObservations(
  value: unknown,
  indicator: Indicator,
): ReadonlyMap<number, IndicatorObservation> {
  const byYear = new Map<number, IndicatorObservation>();
  const expected = expectedForm(indicator);
  readList(value).forEach((item, index) => {
    const observation = underPath([index], () => parseOwnData(IndicatorObservationSchema, item));
    if (byYear.has(observation.year)) {
      throw pdzError(M.duplicate_observation_year, { year: observation.year }, [index, "year"]);
    }
    const actual = formOf(observation);
    if (actual !== expected) {
      throw pdzError(
        M.observation_form_mismatch,
        { kind: indicator.kind, expected: FORMS[expected], actual: FORMS[actual] },
        [index],
      );
    }
    if (
      observation.numerator !== undefined &&
      observation.denominator !== undefined &&
      observation.numerator > observation.denominator
    ) {
      throw pdzError(M.numerator_exceeds_denominator, {}, [index, "numerator"]);
    }
    byYear.set(observation.year, observation);
  });
  return byYear;
}

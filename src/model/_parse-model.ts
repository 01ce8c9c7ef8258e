// The front door of every top-level model: one definition (its schema per number mode, its field labels) gives both
// `safeParseX`, which never throws, and `parseX`, which throws one PdzError carrying every issue.
import type * as z from "zod";
import { PdzError, pdzError } from "../core/error.js";
import * as C from "../core/messages/core.js";
import { ownField, readOption, readOptions } from "../core/read-input.js";
import type { ParseResult } from "../core/result.js";
import { parseWith, safeParseWith, type FieldLabels } from "../core/zod-issues.js";
import { NUMBER_MODES, type NumberMode } from "./number-mode.js";

/** What the parse functions of a top-level model need: its schema in each number mode, and its field labels. */
export interface ModelDefinition<S extends z.ZodType> {
  readonly schema: (mode: NumberMode) => S;
  readonly labels: () => FieldLabels;
}

/** The number mode of parse options: `undefined` is canonical; anything else must be `{ numbers?: NumberMode }`. */
export function readNumberMode(options: unknown): NumberMode {
  const record = readOptions(options);
  const numbers = ownField(record, "numbers", []);
  return numbers === undefined ? "canonical" : readOption(numbers, NUMBER_MODES, ["numbers"]);
}

/** Validates without throwing, whatever the input and the options. */
export function safeParseModel<S extends z.ZodType>(
  model: ModelDefinition<S>,
  input: unknown,
  options: unknown,
): ParseResult<z.output<S>> {
  let mode: NumberMode;
  try {
    mode = readNumberMode(options);
  } catch (caught) {
    const error = caught instanceof PdzError ? caught : pdzError(C.unreadable_field, {}, []);
    return {
      success: false,
      issues: [{ code: error.code, path: error.path, message: error.message, messageIt: error.messageIt }],
    };
  }
  return safeParseWith(model.schema(mode), input, model.labels());
}

/** Validates and returns the data, or throws one PdzError (`validation_failed`) that carries every issue. */
export function parseModel<S extends z.ZodType>(
  model: ModelDefinition<S>,
  input: unknown,
  options: unknown,
): z.output<S> {
  return parseWith(model.schema(readNumberMode(options)), input, model.labels());
}

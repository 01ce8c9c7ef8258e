// The glue between zod and the library's error model, shared by every schema of the library. zod is imported as a
// type only: this file adds no zod code to a bundle that does not already validate with zod.
import type * as z from "zod";
import { PdzError, pdzError, type ErrorPath, type ValidationIssue } from "./error.js";
import type { PdzErrorCode } from "./error-codes.js";
import type { Labels } from "./labels.js";
import type { Message } from "./message.js";
import * as C from "./messages/core.js";
import * as V from "./messages/validation.js";
import { ownData, ownSnapshot, ownView } from "./own-snapshot.js";
import type { ParseResult } from "./result.js";

/**
 * How the fields of a form are named on the official document, keyed by the model's property name, or by
 * `"parent>child"` where a name depends on the field that contains it ("articles>title"). A validation message
 * begins with the nearest labelled field of its path ("RISORSE ECONOMICHE PREVENTIVATE: l'importo deve essere ≥ 0").
 * @internal
 */
export type FieldLabels = Readonly<Record<string, Labels>>;

interface PdzIssueParams {
  readonly pdzCode: PdzErrorCode;
  readonly messageIt: string;
}

/**
 * Reports a rule of a schema (a `superRefine` check) as a zod issue carrying the library's code and both messages.
 * @internal
 */
export function reportIssue<Code extends PdzErrorCode, Params>(
  ctx: z.RefinementCtx,
  message: Message<Code, Params>,
  params: Params,
  path: ErrorPath = [],
): void {
  const text = message.render(params);
  const pdz: PdzIssueParams = { pdzCode: message.code, messageIt: text.it };
  ctx.addIssue({ code: "custom", message: text.en, params: { ...pdz }, path: [...path] });
}

/**
 * A schema's rules (a `superRefine` callback) that read only the own fields of the value: zod's output objects are
 * ordinary objects, so an optional field left out would otherwise be read from Object.prototype if something had
 * planted it there. The rules receive a view of the value in which only own fields exist (own-snapshot.ts).
 * @internal
 */
export function ownFieldsOnly<T>(
  rules: (value: T, ctx: z.RefinementCtx) => void,
): (value: T, ctx: z.RefinementCtx) => void {
  return (value, ctx) => {
    rules(ownView(value), ctx);
  };
}

/**
 * Runs a converter that may throw PdzError inside a zod transform: the PdzError becomes an issue with its code and
 * the transform yields `never` (zod's `z.NEVER`, passed in so that this file needs no zod value). Anything else is a
 * bug and propagates.
 * @internal
 */
export function convertOrReport<T>(read: () => T, ctx: z.RefinementCtx, never: never): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PdzError) {
      const pdz: PdzIssueParams = { pdzCode: error.code, messageIt: error.messageIt };
      ctx.addIssue({ code: "custom", message: error.message, params: { ...pdz }, path: [...error.path] });
      return never;
    }
    throw error;
  }
}

type ZodIssue = z.core.$ZodIssue;

const TYPE_NAMES: Readonly<Record<string, Labels>> = {
  string: { it: "un testo", en: "text" },
  number: { it: "un numero", en: "a number" },
  boolean: { it: "sì/no (true/false)", en: "true or false" },
  array: { it: "un elenco", en: "a list" },
  object: { it: "un oggetto", en: "an object" },
};

function typeName(expected: string): Labels {
  return TYPE_NAMES[expected] ?? { it: expected, en: expected };
}

function fieldOf(path: ErrorPath, labels: FieldLabels): Labels | undefined {
  const keys = path.filter((key): key is string => typeof key === "string");
  for (let index = keys.length - 1; index >= 0; index -= 1) {
    const key = keys[index] ?? "";
    const qualified = `${keys[index - 1] ?? ""}>${key}`;
    if (Object.hasOwn(labels, qualified)) return labels[qualified];
    if (Object.hasOwn(labels, key)) return labels[key];
  }
  return undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

interface Described {
  readonly code: PdzErrorCode;
  readonly path: ErrorPath;
  readonly text: Labels;
}

function described<Code extends PdzErrorCode, Params>(
  message: Message<Code, Params>,
  params: Params,
  path: ErrorPath,
): Described {
  return { code: message.code, path, text: message.render(params) };
}

function describeTooSmall(issue: z.core.$ZodIssueTooSmall, path: ErrorPath): Described {
  const minimum = String(issue.minimum);
  if (issue.origin === "array" || issue.origin === "set") {
    return issue.minimum === 1
      ? described(V.empty_list, {}, path)
      : described(V.too_few_items, { min: minimum }, path);
  }
  if (issue.origin === "string") return described(V.empty_text, {}, path);
  return described(V.value_too_small, { bound: `${issue.inclusive ? "≥" : ">"} ${minimum}` }, path);
}

function describeTooBig(issue: z.core.$ZodIssueTooBig, path: ErrorPath): Described {
  const maximum = String(issue.maximum);
  if (issue.origin === "array" || issue.origin === "set")
    return described(C.too_many_items, { max: maximum }, path);
  if (issue.origin === "string") return described(C.text_too_long, { max: maximum }, path);
  return described(V.value_too_large, { bound: `${issue.inclusive ? "≤" : "<"} ${maximum}` }, path);
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion, path: ErrorPath): Described {
  // A branch that failed on its type names what it expects; a custom branch (a Decimal instance) adds no name.
  const firsts = issue.errors.map((branch) => (branch.length === 1 ? branch[0] : undefined));
  const expected = firsts.flatMap((first) => (first?.code === "invalid_type" ? [first.expected] : []));
  const onlyTypes = firsts.every((first) => first?.code === "invalid_type" || first?.code === "custom");
  if (onlyTypes && expected.length > 0) {
    const names = [...new Set(expected)].map(typeName);
    const name = { it: names.map((n) => n.it).join(" o "), en: names.map((n) => n.en).join(" or ") };
    return described(C.invalid_type, { expected: name }, path);
  }
  return described(V.invalid_value, {}, path);
}

function describe(issue: ZodIssue): Described[] {
  const path: ErrorPath = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  switch (issue.code) {
    case "custom": {
      const params = issue.params as { pdzCode?: unknown; messageIt?: unknown } | undefined;
      if (typeof params?.pdzCode === "string" && typeof params.messageIt === "string") {
        // Only the library's own issues carry a pdzCode (reportIssue, convertOrReport): it is one of the table's.
        const code = params.pdzCode as PdzErrorCode;
        return [{ code, path, text: { en: issue.message, it: params.messageIt } }];
      }
      return [described(V.invalid_value, {}, path)];
    }
    case "invalid_type": {
      // With `reportInput` the input is on the issue; without it, zod's own message still says what it received.
      const missing =
        "input" in issue ? issue.input === undefined : issue.message.endsWith("received undefined");
      return [
        missing
          ? described(C.required_field, {}, path)
          : described(C.invalid_type, { expected: typeName(issue.expected) }, path),
      ];
    }
    case "unrecognized_keys":
      return issue.keys.map((key) => described(V.unknown_field, { key: key.slice(0, 64) }, [...path, key]));
    case "invalid_value": {
      const options = issue.values.map((value) => JSON.stringify(value)).join(", ");
      return [described(C.invalid_option, { options }, path)];
    }
    case "too_small":
      return [describeTooSmall(issue, path)];
    case "too_big":
      return [describeTooBig(issue, path)];
    case "invalid_union":
      return [describeUnion(issue, path)];
    case "invalid_format":
      return [described(V.invalid_format, {}, path)];
    default:
      return [described(V.invalid_value, {}, path)];
  }
}

/**
 * Turns zod issues into the library's {@link ValidationIssue}s: a stable code, the path, and messages in English and
 * Italian that begin with the official name of the field. The input is never echoed in a message.
 * @internal
 */
export function toValidationIssues(issues: readonly ZodIssue[], labels: FieldLabels = {}): ValidationIssue[] {
  return issues.flatMap(describe).map(({ code, path, text }) => {
    const field = fieldOf(path, labels);
    return field === undefined
      ? { code, path, message: text.en, messageIt: text.it }
      : {
          code,
          path,
          message: `${field.it} (${field.en}): ${lowerFirst(text.en)}`,
          messageIt: `${field.it}: ${lowerFirst(text.it)}`,
        };
  });
}

/**
 * Validates `input` with `schema` without throwing and without touching zod's global configuration: the data, or
 * every issue as a {@link ValidationIssue}. Only the input's own data is read (inherited fields are not). Inputs are reported to the mapper (to tell a missing field from a wrong
 * one) but never copied into a message.
 * @internal
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  labels: FieldLabels = {},
): ParseResult<z.output<S>> {
  try {
    // The schema reads a copy of the input's own data: nothing inherited is taken for a field (own-snapshot.ts).
    const result = schema.safeParse(ownSnapshot(input), { reportInput: true });
    // zod builds its issues' messages lazily, from the input: a hostile input can make that throw too.
    return result.success
      ? { success: true, data: result.data }
      : { success: false, issues: toValidationIssues(result.error.issues, labels) };
  } catch (error) {
    // A hostile input (a proxy that throws, a getter that throws) makes zod throw: report it as an issue.
    const issue = error instanceof PdzError ? error : pdzError(C.unreadable_field, {}, []);
    return {
      success: false,
      issues: [{ code: issue.code, path: issue.path, message: issue.message, messageIt: issue.messageIt }],
    };
  }
}

/**
 * Validates `input` with `schema`: the data, or one {@link PdzError} (`validation_failed`) that carries every issue.
 * @internal
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  labels: FieldLabels = {},
): z.output<S> {
  const result = safeParseWith(schema, input, labels);
  if (result.success) return result.data;
  throw validationError(result.issues);
}

/**
 * {@link parseWith}, returning the data as a copy of its own fields ({@link ownData}): what a computation reads, so
 * that an optional field left out is never read from Object.prototype.
 * @internal
 */
export function parseOwnData<S extends z.ZodType>(
  schema: S,
  input: unknown,
  labels: FieldLabels = {},
): z.output<S> {
  return ownData(parseWith(schema, input, labels));
}

/** The {@link PdzError} of a failed validation, carrying every issue. @internal */
export function validationError(issues: readonly ValidationIssue[]): PdzError {
  const first = issues[0];
  const text = C.validation_failed.render({
    count: issues.length,
    first: { en: first?.message ?? "", it: first?.messageIt ?? "" },
  });
  return new PdzError({ code: C.validation_failed.code, message: text.en, messageIt: text.it, issues });
}

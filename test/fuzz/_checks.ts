// One checked call of an exported function: what issue 9 §2–§5 require of every call, on any input.
import { Decimal as DecimalJs } from "decimal.js";
import { deepFreezeValue, jsonText } from "../support/hostile.js";
import {
  findMutation,
  fingerprint,
  inspectResult,
  nonFiniteTokenIn,
  prototypePollution,
  prototypeState,
  short,
  snapshot,
  stringsOf,
} from "../support/value-graph.js";

/** The checks, by the name reports use. */
export const CHECKS = {
  "foreign-throw":
    "throws something other than a PdzError (TypeError, RangeError, a decimal.js or Intl error, …)",
  "throws-but-never-throws": "documented (or listed) as never throwing, but throws",
  "unknown-code": "throws a PdzError whose code is in no message table",
  "error-not-serialisable": "a thrown PdzError loses code, path, message or messageIt in JSON",
  "non-finite-in-result": "the result holds NaN or ±Infinity (a number or a Decimal)",
  "nan-text-in-result":
    'a result string or error message holds "NaN", "Infinity" or "∞" that the input did not',
  "undefined-in-result": "the result holds undefined (JSON drops the key; absent must be null) or holes",
  "not-json-safe":
    "the result does not survive JSON.stringify (throws, or a Map, function or class instance without toJSON)",
  "mutated-input": "the input is different after the call",
  "shares-input": "the result contains a mutable object of the input",
  "prototype-pollution": "the call added keys to a builtin prototype",
  slow: "one call took more CPU time than the hang guard allows",
  hang: "one call ran until the watchdog stopped it",
  crash: "the process died during a call (out of memory, abort)",
  nondeterministic: "the same call twice gives different outcomes",
  "depends-on-decimal-config":
    "the outcome changes when the host application reconfigures decimal.js (Decimal.set)",
  "reads-inherited-fields": "the outcome changes when Object.prototype carries the fields the library reads",
} as const;

export type CheckName = keyof typeof CHECKS;

/** Reported but not failing: the TSDoc of a function should list every code it throws. */
export const WARNINGS = {
  "undocumented-code": "throws a code that its TSDoc (@throws or examples) does not name",
} as const;

export interface Violation {
  readonly check: CheckName;
  readonly detail: string;
}

export interface CheckEnvironment {
  readonly isPdzError: (value: unknown) => boolean;
  /** Every code of the message tables (errors and findings). */
  readonly knownCodes: ReadonlySet<string>;
  /** Fields planted on Object.prototype by the inherited-fields check, with plausible values. */
  readonly plantedFields: ReadonlyMap<string, unknown>;
  /** CPU time a single call may take, in milliseconds. */
  readonly slowCpuMs: number;
  /** Called before each call (the watchdog's progress signal); -1 before the arguments are built. */
  readonly beforeCall: (call: number) => void;
}

export interface FunctionInfo {
  readonly name: string;
  /** Why the function must never throw, or null. */
  readonly neverThrows: string | null;
  /** Codes its TSDoc names; null when it has no TSDoc to read. */
  readonly documentedCodes: readonly string[] | null;
}

export interface CallRecord {
  readonly outcome: "returned" | "pdz-error" | "other-throw";
  /** The PdzError's code, or the foreign error's name. */
  readonly code: string | null;
  readonly cpuMs: number;
  readonly violations: readonly Violation[];
  readonly undocumentedCode: string | null;
  /** How many calls the checked call made (extra calls for the sampled checks). */
  readonly calls: number;
  /** What the call returned or threw. */
  readonly value: unknown;
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function describeThrown(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message.length > 160 ? `${error.message.slice(0, 160)}…` : error.message;
    return `${error.name}: ${message}`;
  }
  return `a thrown ${short(error)}`;
}

interface Outcome {
  readonly threw: boolean;
  readonly value: unknown;
}

function invoke(fn: (...args: unknown[]) => unknown, args: readonly unknown[]): Outcome {
  try {
    return { threw: false, value: fn(...args) };
  } catch (error) {
    return { threw: true, value: error };
  }
}

// The host application's own decimal.js, reconfigured as badly as it can be.
const HOSTILE_DECIMAL_CONFIG = {
  precision: 3,
  rounding: DecimalJs.ROUND_DOWN,
  toExpNeg: -2,
  toExpPos: 2,
  minE: -20,
  maxE: 20,
};
const DEFAULT_DECIMAL_CONFIG = {
  precision: DecimalJs.precision,
  rounding: DecimalJs.rounding,
  toExpNeg: DecimalJs.toExpNeg,
  toExpPos: DecimalJs.toExpPos,
  minE: DecimalJs.minE,
  maxE: DecimalJs.maxE,
};

function withHostileDecimalConfig<T>(action: () => T): T {
  DecimalJs.set(HOSTILE_DECIMAL_CONFIG);
  try {
    return action();
  } finally {
    DecimalJs.set(DEFAULT_DECIMAL_CONFIG);
  }
}

function withPlantedFields<T>(fields: ReadonlyMap<string, unknown>, action: () => T): T {
  const planted: string[] = [];
  for (const [key, value] of fields) {
    if (Object.prototype.hasOwnProperty.call(Object.prototype, key)) continue;
    Object.defineProperty(Object.prototype, key, {
      value,
      writable: true,
      configurable: true,
      enumerable: false,
    });
    planted.push(key);
  }
  try {
    return action();
  } finally {
    for (const key of planted) Reflect.deleteProperty(Object.prototype, key);
  }
}

/** Values for the planted fields: frozen, so a library that reads one cannot change it for the next call. */
export function plantableFields(seen: ReadonlyMap<string, unknown>): Map<string, unknown> {
  // Names that zod, decimal.js or the runtime read on their own objects: planting them would test those libraries.
  const generic = new Set([
    "code",
    "message",
    "error",
    "path",
    "type",
    "input",
    "value",
    "name",
    "id",
    "kind",
    "length",
    "data",
    "issues",
    "success",
    "label",
    "labels",
    "description",
    "default",
    "title",
    "text",
    "source",
    "it",
    "en",
    "values",
    "options",
    "precision",
    "rounding",
    "document",
    "lines",
    "format",
    "errors",
    "def",
    "shape",
    "cause",
    "stack",
    "toJSON",
    "then",
  ]);
  const fields = new Map<string, unknown>();
  for (const [key, value] of seen) {
    if (generic.has(key) || key in Object.prototype || !/^[a-zA-Z][\w]*$/.test(key)) continue;
    fields.set(key, deepFreezeValue(cloneForPlanting(value)));
  }
  return fields;
}

function cloneForPlanting(value: unknown): unknown {
  try {
    return typeof value === "object" && value !== null && !DecimalJs.isDecimal(value)
      ? structuredClone(value)
      : value;
  } catch {
    return null;
  }
}

/**
 * Calls `fn` with freshly built arguments and checks everything issue 9 asks of the call. With `extra`, it also
 * calls it again with the host's decimal.js reconfigured and with fields planted on Object.prototype (each with
 * fresh arguments), and compares the outcomes.
 */
export function checkedCall(
  fn: (...args: unknown[]) => unknown,
  buildArgs: () => unknown[],
  info: FunctionInfo,
  environment: CheckEnvironment,
  extra: boolean,
): CallRecord {
  const violations: Violation[] = [];
  // Call -1: the arguments are being built (a spec may call a library builder, such as an age structure's).
  environment.beforeCall(-1);
  const args = buildArgs();
  const before = snapshot(args);
  const prototypes = prototypeState();
  environment.beforeCall(0);
  const start = cpuMs();
  const outcome = invoke(fn, args);
  const elapsed = cpuMs() - start;
  let calls = 1;
  // Call 4: the suite checks the result. Its own work (serialising a result of millions of items) has its own hang
  // budget, so that the guard measures the library's call alone.
  environment.beforeCall(4);

  const pollution = prototypePollution(prototypes);
  if (pollution !== null) violations.push({ check: "prototype-pollution", detail: pollution });
  if (elapsed > environment.slowCpuMs)
    violations.push({ check: "slow", detail: `${(elapsed / 1000).toFixed(1)} s of CPU time` });
  const mutation = findMutation(before);
  if (mutation !== null) violations.push({ check: "mutated-input", detail: mutation });
  const inputStrings = (): readonly string[] => stringsOf(args);

  let code: string | null = null;
  let undocumentedCode: string | null = null;
  let kind: CallRecord["outcome"] = "returned";
  if (outcome.threw) {
    const error = outcome.value;
    if (environment.isPdzError(error)) {
      kind = "pdz-error";
      code = (error as { code: string }).code;
      try {
        undocumentedCode = inspectPdzError(error, info, environment, violations, inputStrings);
      } catch (problem) {
        violations.push({
          check: "error-not-serialisable",
          detail: `the PdzError could not be read: ${describeThrown(problem)}`,
        });
      }
      if (info.neverThrows !== null)
        violations.push({ check: "throws-but-never-throws", detail: `PdzError ${code}` });
    } else {
      kind = "other-throw";
      code = error instanceof Error ? error.name : typeof error;
      violations.push({ check: "foreign-throw", detail: describeThrown(error) });
      if (info.neverThrows !== null)
        violations.push({ check: "throws-but-never-throws", detail: describeThrown(error) });
    }
  } else {
    for (const problem of inspectResult(outcome.value, before, inputStrings)) violations.push(problem);
  }

  if (extra) {
    const reference = fingerprint(outcome, environment.isPdzError);
    environment.beforeCall(1);
    // The arguments are built before decimal.js is reconfigured: only the library's call runs under it.
    const configuredArgs = buildArgs();
    const configured = fingerprint(
      withHostileDecimalConfig(() => invoke(fn, configuredArgs)),
      environment.isPdzError,
    );
    environment.beforeCall(2);
    const plantedArgs = buildArgs();
    const planted = fingerprint(
      withPlantedFields(environment.plantedFields, () => invoke(fn, plantedArgs)),
      environment.isPdzError,
    );
    prototypePollution(prototypes);
    calls += 2;
    if (configured !== reference || planted !== reference) {
      environment.beforeCall(3);
      const again = fingerprint(invoke(fn, buildArgs()), environment.isPdzError);
      prototypePollution(prototypes);
      calls += 1;
      if (again !== reference) {
        violations.push({ check: "nondeterministic", detail: `${clip(reference)} then ${clip(again)}` });
      } else {
        if (configured !== reference) {
          violations.push({
            check: "depends-on-decimal-config",
            detail: `${clip(reference)} became ${clip(configured)}`,
          });
        }
        if (planted !== reference) {
          violations.push({
            check: "reads-inherited-fields",
            detail: `${clip(reference)} became ${clip(planted)}`,
          });
        }
      }
    }
  }
  return { outcome: kind, code, cpuMs: elapsed, violations, undocumentedCode, calls, value: outcome.value };
}

/** The checks of a thrown PdzError; returns its code when the function's TSDoc does not name it. */
function inspectPdzError(
  error: unknown,
  info: FunctionInfo,
  environment: CheckEnvironment,
  violations: Violation[],
  inputStrings: () => readonly string[],
): string | null {
  const pdz = error as {
    code: string;
    message: string;
    messageIt: string;
    path: readonly unknown[];
    issues?: readonly { code?: unknown }[];
  };
  if (!environment.knownCodes.has(pdz.code)) violations.push({ check: "unknown-code", detail: pdz.code });
  for (const issue of pdz.issues ?? []) {
    if (typeof issue.code === "string" && !environment.knownCodes.has(issue.code)) {
      violations.push({ check: "unknown-code", detail: `${issue.code} (an issue of ${pdz.code})` });
      break;
    }
  }
  // A path is a few keys and indices. A long one (a hostile `path` argument copied as it is) is reported, and not
  // serialised: JSON of four billion nulls would take the suite down, not the library.
  const path: unknown = pdz.path;
  if (
    !Array.isArray(path) ||
    path.length > 1_000 ||
    path.some((key) => typeof key !== "string" && typeof key !== "number")
  ) {
    violations.push({
      check: "error-not-serialisable",
      detail: `the path of ${pdz.code} is not a list of keys: ${Array.isArray(path) ? `${String(path.length)} items` : typeof path}`,
    });
    return info.documentedCodes !== null && !info.documentedCodes.includes(pdz.code) ? pdz.code : null;
  }
  let json: Record<string, unknown> | null;
  try {
    json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
  } catch {
    json = null;
  }
  if (
    json === null ||
    json["code"] !== pdz.code ||
    typeof json["message"] !== "string" ||
    json["message"] === "" ||
    typeof json["messageIt"] !== "string" ||
    json["messageIt"] === "" ||
    !Array.isArray(json["path"])
  ) {
    violations.push({
      check: "error-not-serialisable",
      detail: `JSON of ${pdz.code}: ${jsonText(json).slice(0, 160)}`,
    });
  }
  for (const text of [pdz.message, pdz.messageIt]) {
    const token = typeof text === "string" ? nonFiniteTokenIn(text) : undefined;
    if (token !== undefined && !inputStrings().some((input) => input.includes(token))) {
      violations.push({ check: "nan-text-in-result", detail: `message of ${pdz.code}: ${short(text)}` });
      break;
    }
  }
  return info.documentedCodes !== null && !info.documentedCodes.includes(pdz.code) ? pdz.code : null;
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

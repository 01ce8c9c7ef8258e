// The bad-input matrix (issue 9 §6): one table per exported function, of hand-picked bad inputs and the exact code
// each must raise. Most rows are derived from a description of the function's parameters (a decimal, a count, a
// list, a record with these fields, an option…) applied to a valid call taken from its TSDoc example: each parameter
// and each field in turn is replaced by the values that break that kind of parameter, everything else staying
// valid, so that the code names exactly that value. The rest are the cases issue 9 names, written out.
//
// Where the contract of docs/architecture.md does not fix a code, the table chooses one and says so in a comment
// (search "decided here"); the module that owns the function may choose another and change the table.
import { Decimal as DecimalJs } from "decimal.js";
import fc from "fast-check";
import { Make, isDecimalValue, jsonText, make, type Mutation, type Path } from "../support/hostile.js";
import { roundedFraction } from "../support/rational.js";
import { fileURLToPath } from "node:url";
import { readFunctionDocs, type FunctionDoc } from "../support/tsdoc.js";
import { CATALOGUE_LOOKUPS, TARGETS, mustNeverThrow, type SeedContext } from "./_targets.js";

let docs: ReadonlyMap<string, FunctionDoc> | undefined;

/** Whether a function must never throw: its TSDoc says so, or it is a matcher, a check, a safeParseX, a type guard. */
export function neverThrowsReason(name: string): string | null {
  docs ??= readFunctionDocs(fileURLToPath(new URL("../../src/", import.meta.url)));
  const doc = docs.get(name);
  if (doc?.neverThrows === true) return "its TSDoc says it never throws";
  return mustNeverThrow(name, doc?.typeGuard === true) ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Parameter shapes.

export type Shape =
  | "decimal" // any DecimalInput
  | "amount" // a DecimalInput ≥ 0 (negative_amount)
  | "percent" // a DecimalInput in 0–100 (percent_out_of_range)
  | "count" // a safe whole number ≥ 0 (invalid_count)
  | "text" // a string of at most LIMITS.maxTextLength characters
  | "anyText" // a string of any length (read up to a bound, or refused by a code of its own)
  | "italian" // Italian number text
  | "date" // an Italian date text
  | "isoDate" // an ISO date text
  | "structure" // an age structure built by the library
  | "boolean"
  | "any" // anything is accepted: no derived rows
  | { readonly code: string } // a catalogue key: any other value throws this code
  | { readonly count: string } // a count with a code of its own (an age, a number of actions)
  | { readonly percent: string } // a percentage with a code of its own beyond 0–100
  | { readonly option: string } // an enumerated value: any other value throws this code
  | { readonly maxText: number } // a string of at most this many characters (a bound of the function's own)
  | { readonly decimals: string } // a number of decimal places
  | { readonly record: Readonly<Record<string, Field>>; readonly counts?: boolean } // an input object
  | { readonly list: Shape } // a list of items of a shape
  | { readonly options: Readonly<Record<string, Field>> } // an options object (undefined allowed)
  // an ErrorPath; [argument, bad value, its code]. `pathFirst`: the function reads its path before the value, so a
  // bad path is what it reports (`invalid_type`, `too_many_items`, `unreadable_field`) even beside a bad value.
  | { readonly path: readonly [number, unknown, string]; readonly pathFirst?: true };

export type Field = Shape | { readonly optional: Shape; readonly nullable?: boolean };

const optional = (shape: Shape, nullable = false): Field => ({ optional: shape, nullable });
const record = (fields: Readonly<Record<string, Field>>): Shape => ({ record: fields });
const counts = (...keys: string[]): Shape => ({
  record: Object.fromEntries(keys.map((key) => [key, "count"])),
  counts: true,
});
const list = (item: Shape): Shape => ({ list: item });
const options = (fields: Readonly<Record<string, Field>>): Shape => ({ options: fields });
const code = (value: string): Shape => ({ code: value });
const option = (value: string): Shape => ({ option: value });
const decimalPlaces: Shape = { decimals: "invalid_decimals" };
const roundingMode: Shape = { option: "invalid_rounding_mode" };

// ---------------------------------------------------------------------------------------------------------------
// Expectations.

export type Expectation =
  | { readonly kind: "throws"; readonly code: string }
  | {
      readonly kind: "returns";
      readonly what: string;
      readonly check?: (result: unknown, c: SeedContext) => string | null;
    }
  | {
      readonly kind: "linear";
      /** The arguments for an input of size n. */
      readonly at: (n: number) => unknown[];
      readonly sizes: readonly [number, number];
    };

export interface MatrixCase {
  readonly label: string;
  /** Arguments: a valid call (by index into the table's bases) with mutations, or arguments given as a spec. */
  readonly args:
    { readonly base: number; readonly mutations: readonly Mutation[] } | { readonly spec: unknown };
  readonly expect: Expectation;
  /** Run something other than the function itself (Decimal.set, JSON of a result): gets the library by name. */
  readonly run?: (c: SeedContext) => unknown;
  /** CPU time allowed for this row (default: the hang guard). */
  readonly cpuMs?: number;
  /** Compare with the host's decimal.js reconfigured and with fields planted on Object.prototype (default true). */
  readonly comparisons?: boolean;
  /**
   * A row of a minute of CPU (10,000,000 parts): run by `npm run test:matrix` only, not in every `npx vitest run`
   * (the module's own tests make the same call once).
   */
  readonly fullOnly?: true;
}

export interface MatrixTable {
  readonly name: string;
  /** Valid calls the derived rows start from (default: the fuzz suite's seeds of the function). */
  readonly bases: (c: SeedContext) => readonly (readonly unknown[])[];
  readonly cases: readonly MatrixCase[];
}

const throws = (value: string): Expectation => ({ kind: "throws", code: value });
const returns = (what: string, check?: (result: unknown, c: SeedContext) => string | null): Expectation =>
  check === undefined ? { kind: "returns", what } : { kind: "returns", what, check };

// ---------------------------------------------------------------------------------------------------------------
// What each family of never-throwing functions returns for bad input.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

const FINDINGS_WITH_AN_ERROR = returns("findings, one of them an error", (result) => {
  if (!Array.isArray(result)) return `not a list of findings: ${typeof result}`;
  return result.some((finding) => isRecord(finding) && finding["severity"] === "error")
    ? null
    : "no finding of severity error";
});
const NO_MATCH = returns("no match", (result) =>
  isRecord(result) && result["code"] === null ? null : "a match, or not a match result",
);
// A list matcher gives one entry per item it finds in the text: nothing matched is an empty list, or entries that
// all have no code (an unrecognised item is reported as such).
const NO_MATCHES = returns("no match in the list", (result) =>
  Array.isArray(result) && result.every((entry) => isRecord(entry) && entry["code"] === null)
    ? null
    : "not a list without matches",
);
const FALSE = returns("false", (result) => (result === false ? null : `returned ${String(result)}`));
const PARSE_FAILURE = returns("{ success: false, issues }", (result) =>
  isRecord(result) &&
  result["success"] === false &&
  Array.isArray(result["issues"]) &&
  result["issues"].length > 0
    ? null
    : "not a failed parse with issues",
);

/** What a never-throwing function must return for an input that a throwing one would refuse. */
function refusal(name: string): Expectation | null {
  if (/^check[A-Z]/.test(name)) return FINDINGS_WITH_AN_ERROR;
  if (/^match[A-Z].*List$/.test(name) || name === "matchFunds") return NO_MATCHES;
  if (/^match[A-Z]/.test(name)) return NO_MATCH;
  if (/^safeParse[A-Z]/.test(name)) return PARSE_FAILURE;
  if (neverThrowsReason(name) !== null) return FALSE;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Derived rows.

interface Derived {
  readonly label: string;
  readonly mutations: readonly Mutation[];
  readonly code: string;
}

const HUGE = 2 ** 32 - 1;

function describePath(path: Path): string {
  return path
    .map((key, index) =>
      index === 0 ? `args[${String(key)}]` : typeof key === "number" ? `[${String(key)}]` : `.${key}`,
    )
    .join("");
}

function set(path: Path, value: unknown, label: string, code: string): Derived {
  return { label: `${describePath(path)} = ${label}`, mutations: [[path, "set", value]], code };
}

function valueLabel(value: unknown): string {
  if (value instanceof Make) return fc.stringify(value);
  return fc.stringify(value);
}

function substitutions(path: Path, pairs: readonly (readonly [unknown, string])[]): Derived[] {
  return pairs.map(([value, errorCode]) => set(path, value, valueLabel(value), errorCode));
}

const NOT_DECIMAL: readonly (readonly [unknown, string])[] = [
  [Number.NaN, "invalid_decimal"],
  [Number.POSITIVE_INFINITY, "invalid_decimal"],
  [Number.NEGATIVE_INFINITY, "invalid_decimal"],
  ["1.234,56", "invalid_decimal"],
  ["12 %", "invalid_decimal"],
  ["", "invalid_decimal"],
  [{}, "invalid_decimal"],
  [true, "invalid_decimal"],
  [make("decimal", "NaN"), "invalid_decimal"],
  [make("fakeDecimal", "toStringThrows"), "invalid_decimal"],
  ["1e100000000", "number_out_of_range"],
  ["-1e100000000", "number_out_of_range"],
  [1e15, "number_out_of_range"],
  ["1e-31", "number_out_of_range"],
  [10n ** 200n, "number_out_of_range"],
  [make("decimal", "1e9000000000000000"), "number_out_of_range"],
  [make("long", "9 x 1MiB"), "number_text_too_long"],
];

/** The rows of a text of at most `max` characters (LIMITS.maxTextLength, or a bound the function documents). */
function textRows(path: Path, max: number): Derived[] {
  return substitutions(path, [
    [5, "invalid_type"],
    [null, "invalid_type"],
    [{}, "invalid_type"],
    [["x"], "invalid_type"],
    [make("repeat", "a", max + 1), "text_too_long"],
    [make("long", "a x 1MiB"), "text_too_long"],
  ]);
}

function derive(shape: Shape, path: Path, base: unknown): Derived[] {
  if (typeof shape === "string") {
    switch (shape) {
      case "decimal":
        return substitutions(path, NOT_DECIMAL);
      case "amount":
        return substitutions(path, [...NOT_DECIMAL, ["-1", "negative_amount"], [-0.01, "negative_amount"]]);
      case "percent":
        return substitutions(path, [
          ...NOT_DECIMAL,
          [101, "percent_out_of_range"],
          ["100.0000000001", "percent_out_of_range"],
          [-1, "percent_out_of_range"],
        ]);
      case "count":
        return substitutions(
          path,
          [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "5", null, 5n, {}, true].map(
            (value) => [value, "invalid_count"] as const,
          ),
        );
      case "anyText":
        return substitutions(path, [
          [5, "invalid_type"],
          [null, "invalid_type"],
          [{}, "invalid_type"],
          [["x"], "invalid_type"],
        ]);
      case "text":
        return textRows(path, 10_000);
      case "italian":
        return substitutions(path, [
          ["", "empty_number"],
          ["   ", "empty_number"],
          ["2022 2023", "malformed_italian_number"],
          ["31 12", "malformed_italian_number"],
          ["000.123", "malformed_italian_number"],
          ["1.23.456", "malformed_italian_number"],
          ["12.85", "ambiguous_number"],
          ["0.500", "ambiguous_number"],
          ["1,234.56", "ambiguous_number"],
          ["1.000.000.000.000.000,00", "number_out_of_range"],
          [make("long", "9 x 1MiB"), "number_text_too_long"],
        ]);
      case "date":
        return substitutions(path, [
          ["31/02/2026", "invalid_date"],
          ["not a date", "invalid_date"],
          ["", "invalid_date"],
          [make("long", "date + 100k spaces"), "invalid_date"],
          ["31/12/9999", "year_out_of_range"],
          ["31/12/1850", "year_out_of_range"],
        ]);
      case "isoDate":
        return substitutions(path, [
          ["31.12.2027", "invalid_date"],
          ["2027-02-30", "invalid_date"],
          ["2027-12-31T00:00:00Z", "invalid_date"],
          ["9999-12-31", "year_out_of_range"],
          ["1850-12-31", "year_out_of_range"],
        ]);
      case "structure":
        // What is not an age structure built by the library: the demography module's own code.
        return substitutions(
          path,
          [null, 5, "x", [], {}, make("proxy", "throwAll")].map(
            (value) => [value, "invalid_age_structure"] as const,
          ),
        );
      case "boolean":
        return substitutions(path, [
          ["true", "invalid_type"],
          [1, "invalid_type"],
          [null, "invalid_type"],
        ]);
      default:
        return [];
    }
  }
  if ("count" in shape) {
    return substitutions(
      path,
      [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "5", null, 5n, {}, true].map(
        (value) => [value, shape.count] as const,
      ),
    );
  }
  if ("percent" in shape) {
    return substitutions(path, [
      ...NOT_DECIMAL,
      [101, shape.percent],
      ["100.0000000001", shape.percent],
      [-1, shape.percent],
    ]);
  }
  if ("code" in shape) {
    return substitutions(
      path,
      ["unknown", 5, null, "toString", "__proto__", "constructor", "", make("long", "a x 1MiB")].map(
        (value) => [value, shape.code] as const,
      ),
    );
  }
  if ("maxText" in shape) return textRows(path, shape.maxText);
  if ("option" in shape) {
    return substitutions(
      path,
      ["nearest", "x", 5, null, "", "toString", "__proto__"].map((value) => [value, shape.option] as const),
    );
  }
  if ("decimals" in shape) {
    return substitutions(
      path,
      [-1, 21, 1.5, Number.NaN, "2", 1e9, null].map((value) => [value, shape.decimals] as const),
    );
  }
  if ("path" in shape) {
    const [argument, bad, errorCode] = shape.path;
    const paths: readonly (readonly [unknown, string])[] = [
      [5, "invalid_type"],
      ["x", "invalid_type"],
      [{}, "invalid_type"],
      [make("sparse", 2 ** 31), "too_many_items"],
      [make("proxy", "throwAllArray"), "unreadable_field"],
    ];
    return paths.map(([value, pathCode]) => ({
      label: `${describePath([argument])} = ${valueLabel(bad)}, ${describePath(path)} = ${valueLabel(value)}`,
      mutations: [
        [[argument], "set", bad],
        [path, "set", value],
      ],
      code: shape.pathFirst === true ? pathCode : errorCode,
    }));
  }
  if ("list" in shape) {
    const rows = substitutions(path, [
      [null, "invalid_type"],
      [5, "invalid_type"],
      ["abc", "invalid_type"],
      [{}, "invalid_type"],
      [make("sparse", HUGE), "too_many_items"],
      [make("sparse", 10_000_001), "too_many_items"],
      [make("proxy", "throwAllArray"), "unreadable_field"],
      [make("proxy", "revokedArray"), "unreadable_field"],
      [make("arrayWithThrowingIndex", [1]), "unreadable_field"],
    ]);
    const first = Array.isArray(base) ? (base as unknown[])[0] : undefined;
    if (Array.isArray(base) && base.length > 0) {
      rows.push(...derive(shape.list, [...path, 0], first));
      const hole = holeCode(shape.list);
      if (hole !== null)
        rows.push({
          label: `${describePath(path)} with a hole at 0`,
          mutations: [[path, "array", "hole"]],
          code: hole,
        });
    }
    return rows;
  }
  if ("record" in shape || "options" in shape) {
    const fields = "record" in shape ? shape.record : shape.options;
    const rows = substitutions(path, [
      [5, "invalid_type"],
      ["x", "invalid_type"],
      [[], "invalid_type"],
      [null, "invalid_type"],
      [make("proxy", "throwAll"), "unreadable_field"],
      [make("proxy", "revoked"), "unreadable_field"],
    ]);
    if ("record" in shape) {
      rows.push(set(path, undefined, "undefined", "invalid_type"));
      rows.push({
        label: `${describePath(path)} with every field a throwing getter`,
        mutations: [[path, "wrap", "throwingGetters"]],
        code: "unreadable_field",
      });
    }
    const required = Object.entries(fields).filter(
      ([, field]) => typeof field === "string" || !("optional" in field),
    );
    // A record of named counts (the demography indices and rates) reads each count from its own field, and
    // names a missing one `invalid_count` at its key (docs/errors.md, CHANGELOG "Error paths that changed").
    const missingCode = "record" in shape && shape.counts === true ? "invalid_count" : "required_field";
    if ("record" in shape && required.length > 0) {
      rows.push({
        label: `${describePath(path)} with its fields inherited, none own`,
        mutations: [[path, "wrap", "protoCarried"]],
        code: missingCode,
      });
    }
    const value = isRecord(base) ? base : {};
    for (const [key, field] of Object.entries(fields)) {
      const fieldShape = typeof field === "string" || !("optional" in field) ? field : field.optional;
      const isOptional = typeof field !== "string" && "optional" in field;
      if (!isOptional && Object.prototype.hasOwnProperty.call(value, key)) {
        rows.push({
          label: `${describePath([...path, key])} missing`,
          mutations: [[[...path, key], "delete"]],
          code: missingCode,
        });
      }
      const nullable = typeof field !== "string" && "optional" in field && field.nullable === true;
      // A nullable field given as null is absent: that row goes (rows setting null deeper inside the field stay).
      const fieldRows = derive(fieldShape, [...path, key], value[key]).filter((row) => {
        const [first] = row.mutations;
        return !(
          nullable &&
          first?.[0].length === path.length + 1 &&
          first[1] === "set" &&
          first[2] === null
        );
      });
      // A valid call without its options argument (or with options that are not a record) is given an empty
      // options record first: a field can be set only on a record that exists, and a row that left the call as it
      // was would pass the bad option to nothing.
      rows.push(
        ...(isRecord(base) || !("options" in shape)
          ? fieldRows
          : fieldRows.map((row) => ({ ...row, mutations: [[path, "set", {}] as const, ...row.mutations] }))),
      );
    }
    return rows;
  }
  return [];
}

/** The code a hole in a list of this shape raises (holes read as undefined). */
function holeCode(shape: Shape): string | null {
  if (shape === "decimal" || shape === "amount" || shape === "percent") return "invalid_decimal";
  if (shape === "count") return "invalid_count";
  if (shape === "text" || (typeof shape === "object" && "maxText" in shape)) return "invalid_type";
  if (shape === "structure") return "invalid_age_structure";
  if (typeof shape === "object" && "count" in shape) return shape.count;
  if (typeof shape === "object" && "percent" in shape) return "invalid_decimal";
  if (typeof shape === "object" && ("record" in shape || "list" in shape)) return "invalid_type";
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The tables.

interface TableSpec {
  /** The shape of each parameter, in order. */
  readonly params: readonly Shape[];
  /** Valid calls (default: the fuzz suite's seeds); rows are derived from the first. */
  readonly bases?: (c: SeedContext) => readonly (readonly unknown[])[];
  /** Rows written out: the cases issue 9 names, and the function's own refusals. */
  readonly cases?: readonly MatrixCase[];
  /** Whether the function never throws (default: from its name, as the fuzz suite decides). */
  readonly neverThrows?: boolean;
  /**
   * Rows (by label) whose generic expectation is not what this function documents: the expectation that holds.
   * Each says why in a comment; a label that names no row is an error, so that the list cannot go stale.
   */
  readonly corrected?: Readonly<Record<string, Expectation>>;
  /** The arguments are read by the model's schemas: every refusal of a derived row is one `validation_failed`. */
  readonly schemaChecked?: true;
}

function spec(
  args: unknown[],
  expect: Expectation,
  label?: string,
  extra: Partial<MatrixCase> = {},
): MatrixCase {
  return {
    label: label ?? `(${args.map((arg) => valueLabel(arg)).join(", ")})`,
    args: { spec: args },
    expect,
    ...extra,
  };
}

function onBase(
  base: number,
  mutations: readonly Mutation[],
  expect: Expectation,
  label: string,
  extra: Partial<MatrixCase> = {},
): MatrixCase {
  return { label, args: { base, mutations }, expect, ...extra };
}

function call(c: SeedContext, name: string, ...args: unknown[]): unknown {
  return c.call(name, ...args);
}

/** A result as text: a Decimal as its digits, anything else as JSON. */
function text(value: unknown): string {
  if (isDecimalValue(value)) return (value as { toString(): string }).toString();
  return jsonText(value);
}

const equalsText = (expected: string) => (result: unknown) =>
  text(result) === expected ? null : `returned ${text(result)}, expected ${expected}`;

const structureOrCounts = (...keys: string[]): Shape => counts(...keys);

/** A date text beyond the library's 10,000 characters is text_too_long before it is read as a date. */
const TOO_LONG_DATE: Readonly<Record<string, Expectation>> = {
  'args[0].referenceDate = long("date + 100k spaces")': throws("text_too_long"),
};

/** The labels of the bad values tried for a list (see derive), and their codes. */
const LIST_CODES = {
  null: "invalid_type",
  "5": "invalid_type",
  '"abc"': "invalid_type",
  "{}": "invalid_type",
  "sparse(4294967295)": "too_many_items",
  "sparse(10000001)": "too_many_items",
  'proxy("throwAllArray")': "unreadable_field",
  'proxy("revokedArray")': "unreadable_field",
  "arrayWithThrowingIndex([1])": "unreadable_field",
} as const;
/** The same without null (an absent list where a list is optional). */
const LIST_VALUES = Object.keys(LIST_CODES).filter((value) => value !== "null");

/**
 * An age band of a structure: its first age is an age (invalid_age, like the named counts, also when missing); a
 * band split by sex whose males or females are missing or null mixes sexes and totals (invalid_age_structure), an
 * open end (`to: null`) before the last band breaks the contiguity (invalid_age_structure), and the total of a band
 * split by sex is optional: males + females.
 */
const BAND_FIELDS = (band: string, printed: boolean): Readonly<Record<string, Expectation>> => ({
  [`${band} with its fields inherited, none own`]: throws("invalid_age"),
  [`${band}.from missing`]: throws("invalid_age"),
  [`${band}.total missing`]: returns("a result: the total is males + females"),
  [`${band}.total = null`]: returns("a result: the total is males + females"),
  ...Object.fromEntries(
    ["males", "females"].flatMap((sex) => [
      ...(printed ? [[`${band}.${sex} missing`, throws("invalid_age_structure")] as const] : []),
      [`${band}.${sex} = null`, throws("invalid_age_structure")],
    ]),
  ),
  ...(printed ? {} : { [`${band}.to = null`]: throws("invalid_age_structure") }),
});

const INDEX_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  oldAgeIndex: ["aged0to14", "aged65plus"],
  structuralDependencyIndex: ["aged0to14", "aged15to64", "aged65plus"],
  elderlyDependencyIndex: ["aged15to64", "aged65plus"],
  youthDependencyIndex: ["aged0to14", "aged15to64"],
  activePopulationTurnoverIndex: ["aged15to19", "aged60to64"],
  activePopulationStructureIndex: ["aged15to39", "aged40to64"],
  childWomanRatio: ["aged0to4", "women15to49"],
  ageingShare: ["aged65plus", "total"],
  sexRatio: ["males", "females"],
  foreignShare: ["foreigners", "total"],
};

const RATE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  birthRate: ["births"],
  deathRate: ["deaths"],
  naturalGrowthRate: ["births", "deaths"],
  internalMigrationRate: ["internalInflows", "internalOutflows"],
  foreignMigrationRate: ["foreignInflows", "foreignOutflows"],
  totalMigrationRate: ["inflows", "outflows"],
  totalGrowthRate: ["births", "deaths", "inflows", "outflows"],
};

const MATCHERS = [
  "matchMacroArea",
  "matchMacroAreaList",
  "matchFund",
  "matchFunds",
  "matchLeps",
  "matchLepsList",
] as const;

/** The backtracking shapes of issue 9 §3, at 100,000 characters, for the matchers and the Italian readers. */
const LONG_INPUTS = [
  "macro + 100k spaces",
  "macro- x 33k",
  "leps + 100k spaces",
  "leps: x 20k",
  "100k vowels then b",
  "100k vowels",
  "100k words",
  "100k digits",
  "100k slashes",
  "date + 100k spaces",
];

function linear(label: string, at: (n: number) => unknown[]): MatrixCase {
  return { label, args: { spec: [] }, expect: { kind: "linear", at, sizes: [100_000, 200_000] } };
}

function modelTables(model: string, dataset: string | null): Record<string, TableSpec> {
  const bases = (c: SeedContext): unknown[][] => (dataset === null ? [] : [[c.data(dataset)]]);
  const hostile: readonly (readonly [string, unknown])[] = [
    ["null", null],
    ["a number", 5],
    ["a string", "x"],
    ["a list", []],
    ["an empty object", {}],
    ["a proxy throwing on every trap", make("proxy", "throwAll")],
    ["a revoked proxy", make("proxy", "revoked")],
    [
      "every field a throwing getter",
      make("throwingGetters", ["title", "ambito", "period", "id", "columns", "rows"]),
    ],
    ["JSON with __proto__ and constructor keys", make("jsonProto")],
    ["a 1 MiB string", make("long", "a x 1MiB")],
  ];
  const parse = `parse${model}`;
  const safeParse = `safeParse${model}`;
  return {
    [parse]: {
      params: ["any", "any"],
      bases,
      cases: [
        ...hostile.map(([label, value]) => spec([value], throws("validation_failed"), label)),
        ...(dataset === null ? [] : [onBase(0, [], returns(`the ${model} read`), `the dataset ${dataset}`)]),
        // The architecture: both forms take { numbers: "canonical" | "italian" }; anything else is refused.
        ...(dataset === null
          ? []
          : [
              onBase(
                0,
                [[[1], "set", { numbers: "english" }]],
                throws("invalid_option"),
                'options.numbers = "english"',
              ),
            ]),
      ],
      neverThrows: false,
    },
    [safeParse]: {
      params: ["any", "any"],
      bases,
      cases: [
        ...hostile.map(([label, value]) => spec([value], PARSE_FAILURE, label)),
        ...(dataset === null
          ? []
          : [
              onBase(
                0,
                [],
                returns("{ success: true, data }", (result) =>
                  isRecord(result) && result["success"] === true ? null : "not a success",
                ),
                `the dataset ${dataset}`,
              ),
            ]),
      ],
      neverThrows: true,
    },
  };
}

const TABLES: Readonly<Record<string, TableSpec>> = {
  // core ----------------------------------------------------------------------------------------------------------
  toDecimal: {
    params: ["decimal", { path: [0, "x", "invalid_decimal"] }],
    cases: [
      spec(["1e100000000"], throws("number_out_of_range")),
      spec(["1.234"], returns("1.234", equalsText("1.234"))),
      spec(["1.234,56"], throws("invalid_decimal")),
      spec(
        [make("foreignDecimal", "0.1")],
        returns("0.1", equalsText("0.1")),
        "a Decimal of another decimal.js constructor",
      ),
    ],
  },
  parseItalianNumber: {
    params: ["italian", { path: [0, "12.85", "ambiguous_number"] }],
    cases: [
      spec(["2022 2023"], throws("malformed_italian_number")),
      spec(["0.500"], throws("ambiguous_number")),
      spec(["€. 150.000,00"], returns("150000", equalsText("150000"))),
      spec(["122.855"], returns("122855", equalsText("122855"))),
      spec([5], throws("empty_number"), "a number, not text"),
    ],
  },
  isIsoDate: {
    params: ["any"],
    cases: [
      spec(["2027-02-29"], FALSE),
      spec(["9999-12-31"], FALSE),
      spec([make("proxy", "throwAll")], FALSE, "a proxy throwing on every trap"),
      spec([make("exotic", "date")], FALSE, "a Date"),
      spec(
        ["2027-12-31"],
        returns("true", (result) => (result === true ? null : "not true")),
      ),
    ],
  },
  parseItalianDate: {
    params: ["date", { path: [0, "31/02/2026", "invalid_date"] }],
    cases: [
      spec(["31/12/9999"], throws("year_out_of_range")),
      spec([make("long", "date + 100k spaces")], throws("invalid_date"), "a 100,000-character string"),
      spec(["01.01.2025"], returns("2025-01-01", equalsText('"2025-01-01"'))),
      linear("doubling a long input does not quadruple the work", (n) => [`31${" ".repeat(n)}/12/2027`]),
    ],
  },
  roundEuro: { params: ["decimal", roundingMode], bases: () => [["4666.665", "half-even"]] },
  roundTo: { params: ["decimal", decimalPlaces, roundingMode] },
  formatEuro: {
    params: ["decimal", options({ decimals: optional(decimalPlaces), rounding: optional(roundingMode) })],
    bases: () => [["1234.56", { decimals: 2 }]],
    cases: [
      spec(["1e100000000"], throws("number_out_of_range")),
      spec([Number.NaN], throws("invalid_decimal")),
    ],
  },
  formatNumber: {
    params: ["decimal", options({ decimals: optional(decimalPlaces), rounding: optional(roundingMode) })],
    bases: () => [["122855", { decimals: 0 }]],
  },
  formatPercent: {
    params: ["decimal", options({ decimals: optional(decimalPlaces), rounding: optional(roundingMode) })],
    bases: () => [["76.5625", { decimals: 2 }]],
    cases: [spec([80, { decimals: -1 }], throws("invalid_decimals"))],
  },
  agreesWithPrinted: {
    params: ["decimal", "decimal", decimalPlaces],
    bases: () => [["76.5625", "76.56", 2]],
  },
  isPdzError: {
    params: ["any", "any"],
    cases: [
      spec([make("proxy", "throwAll")], FALSE, "a proxy throwing on every trap"),
      spec([make("proxy", "revoked")], FALSE, "a revoked proxy"),
      spec([make("exotic", "error")], FALSE, "a TypeError"),
      spec(
        [{ name: "PdzError", code: "invalid_type", message: "x", messageIt: "x", path: [] }],
        FALSE,
        "a lookalike object",
      ),
      spec([make("exotic", "pdzError"), 5], FALSE, "a PdzError and a code that is a number"),
    ],
  },
  Decimal: {
    params: [],
    neverThrows: false,
    cases: [
      {
        label: "Decimal.set({ precision: 5 })",
        args: { spec: [] },
        run: (c) => (c.lib["Decimal"] as { set: (o: object) => unknown }).set({ precision: 5 }),
        expect: throws("decimal_is_fixed"),
      },
      {
        label: "Decimal.config({ rounding: 1 })",
        args: { spec: [] },
        run: (c) => (c.lib["Decimal"] as { config: (o: object) => unknown }).config({ rounding: 1 }),
        expect: throws("decimal_is_fixed"),
      },
      {
        label: "Decimal.precision = 5",
        args: { spec: [] },
        run: (c) => {
          (c.lib["Decimal"] as { precision: number }).precision = 5;
        },
        expect: throws("decimal_is_fixed"),
      },
      {
        label:
          "results unchanged by the host's decimal.js reconfigured (Decimal.set on the global constructor)",
        args: { spec: [] },
        run: (c) => hostDecimalSetDoesNotChange(c),
        expect: returns("the same results", (result) => (result === "same" ? null : String(result))),
        comparisons: false,
      },
    ],
  },
  JSON: {
    params: [],
    neverThrows: false,
    cases: [
      {
        label: "JSON of an age structure keeps its counts",
        args: { spec: [] },
        run: (c) => {
          const structure = call(c, "ageStructureFromBands", {
            referenceDate: "2024-01-01",
            bands: [
              { from: 0, to: 14, total: 88 },
              { from: 15, to: 64, total: 622 },
              { from: 65, total: 311 },
            ],
          });
          return JSON.stringify(structure);
        },
        expect: returns("its counts in JSON", (result) =>
          typeof result === "string" && result.includes("622") && result.includes("311")
            ? null
            : `JSON was ${String(result)}`,
        ),
      },
      {
        label: "JSON of a PdzError keeps code, path, message and messageIt",
        args: { spec: [] },
        run: (c) => {
          try {
            call(c, "toDecimal", "x", ["total"]);
          } catch (error) {
            return JSON.parse(JSON.stringify(error)) as unknown;
          }
          return null;
        },
        expect: returns("{ code, path, message, messageIt }", (result) =>
          isRecord(result) &&
          result["code"] === "invalid_decimal" &&
          Array.isArray(result["path"]) &&
          result["path"][0] === "total" &&
          typeof result["message"] === "string" &&
          result["message"] !== "" &&
          typeof result["messageIt"] === "string" &&
          result["messageIt"] !== ""
            ? null
            : `JSON was ${JSON.stringify(result)}`,
        ),
      },
      {
        label: "absent indices are null in JSON, not missing",
        args: { spec: [] },
        run: (c) => {
          const structure = call(c, "ageStructureFromBands", {
            referenceDate: "2024-01-01",
            bands: [
              { from: 0, to: 14, total: 88 },
              { from: 15, to: 64, total: 622 },
              { from: 65, total: 311 },
            ],
          });
          return JSON.parse(JSON.stringify(call(c, "demographicProfile", structure))) as unknown;
        },
        expect: returns("activePopulationTurnoverIndex: null", (result) =>
          isRecord(result) && result["activePopulationTurnoverIndex"] === null
            ? null
            : "activePopulationTurnoverIndex is not null in JSON",
        ),
      },
    ],
  },

  // catalog -------------------------------------------------------------------------------------------------------
  // decided here: an unknown value of an enumeration that is an argument (not a catalogue lookup) is invalid_option.
  // A level that is not one of the grid's five is the catalogue's unknown_adequacy_level (docs/errors.md).
  compareAdequacy: { params: [code("unknown_adequacy_level"), code("unknown_adequacy_level")] },
  isMacroAreaCode: {
    params: ["any"],
    cases: [spec(["toString"], FALSE), spec(["__proto__"], FALSE), spec(["C"], FALSE), spec(["j"], FALSE)],
  },
  isAnyMacroAreaCode: {
    params: ["any"],
    cases: [spec(["toString"], FALSE), spec(["__proto__"], FALSE), spec(["M"], FALSE)],
  },
  isLepsId: {
    params: ["any"],
    cases: [spec(["toString"], FALSE), spec(["constructor"], FALSE), spec(["L3"], FALSE)],
  },
  isPriorityLepsId: {
    params: ["any"],
    cases: [spec(["toString"], FALSE), spec(["servizi-sollievo"], FALSE)],
  },
  isFundId: {
    params: ["any"],
    cases: [spec(["toString"], FALSE), spec(["hasOwnProperty"], FALSE), spec(["FNA"], FALSE)],
  },
  getMacroArea: { params: [code("unknown_macro_area")], cases: [spec(["M"], throws("unknown_macro_area"))] },
  getLeps: { params: [code("unknown_leps")], cases: [spec(["L3"], throws("unknown_leps"))] },
  getFund: { params: [code("unknown_fund")], cases: [spec(["fondo-x"], throws("unknown_fund"))] },
  ...Object.fromEntries(
    CATALOGUE_LOOKUPS.flatMap(([guard, lookup, , unknown]) => [
      [
        guard,
        {
          params: ["any"],
          cases: [spec(["toString"], FALSE), spec(["__proto__"], FALSE), spec(["constructor"], FALSE)],
        } satisfies TableSpec,
      ],
      [
        lookup,
        {
          params: [code(unknown)],
          cases: [spec(["toString"], throws(unknown)), spec(["__proto__"], throws(unknown))],
        } satisfies TableSpec,
      ],
    ]),
  ),
  ...Object.fromEntries(
    MATCHERS.map((name) => [
      name,
      {
        params: ["text"],
        cases: [
          ...LONG_INPUTS.map((input) =>
            spec(
              [make("long", input)],
              returns("a result, within the hang guard"),
              `a 100,000-character string: ${input}`,
            ),
          ),
          spec([make("long", "a x 1MiB")], returns("a result, within the hang guard"), "a 1 MiB string"),
          spec(
            [make("long", "title + 100k spaces")],
            returns("a result, within the hang guard"),
            "a real title followed by 100,000 spaces",
          ),
          linear("doubling a long input does not quadruple the work (macro …)", (n) => [
            `macro${" ".repeat(n)}x`,
          ]),
          linear("doubling a long input does not quadruple the work (leps …)", (n) => [
            `leps${" ".repeat(n)}!`,
          ]),
          linear("doubling a long input does not quadruple the work (vowels)", (n) => [`${"a".repeat(n)}b`]),
        ],
      } satisfies TableSpec,
    ]),
  ),

  // model ---------------------------------------------------------------------------------------------------------
  ...modelTables("AccordoDiProgramma", "GALLARATE_ACCORDO"),
  ...modelTables("PianoDiZona", null),
  ...modelTables("SchedaObiettivo", "GALLARATE_SCHEDA_OBIETTIVO_L"),
  ...modelTables("Indicator", null),
  ...modelTables("FundTable", "ALTO_MILANESE_FUNDS_2022_2024"),
  ...modelTables("Ambito", "GALLARATE_AMBITO"),
  ...modelTables("LepsScheda", "GALLARATE_LEPS_SCHEDA_SAD"),
  ...modelTables("PlanEvaluation", "GALLARATE_EVALUATION_2021_2023"),
  ...modelTables("SchedaObiettivoDraft", "GALLARATE_SCHEDA_OBIETTIVO_L"),
  ...modelTables("LepsSchedaDraft", "GALLARATE_LEPS_SCHEDA_SAD"),
  ...modelTables("AccordoDiProgrammaDraft", "GALLARATE_ACCORDO"),
  ...modelTables("LegacyPlan", null),
  ...modelTables("ProtocolOrProcedure", null),
  ...modelTables("ScoredEvaluationSystem", null),
  toJSONSchema: {
    // decided here: an unknown model name is unknown_model (architecture: "getX(code) throws unknown_x").
    params: [code("unknown_model")],
    cases: [spec(["unknown"], throws("unknown_model"))],
  },
  // The checks of the schede, the Accordo and the scored systems: anything that is not one is a finding.
  ...Object.fromEntries(
    ["checkSchedaObiettivo", "checkLepsScheda", "checkAccordoDiProgramma", "checkScoredEvaluationSystem"].map(
      (name) => [
        name,
        {
          params: ["any", "any"],
          cases: [
            spec([null], throws("x"), "null"),
            spec([42], throws("x"), "a number"),
            spec([make("proxy", "throwAll")], throws("x"), "a proxy throwing on every trap"),
            spec([make("long", "a x 1MiB")], throws("x"), "a 1 MiB string"),
          ],
        } satisfies TableSpec,
      ],
    ),
  ),
  compareAmbiti: {
    params: [list(record({ ambito: "any", accordo: optional("any") }))],
    cases: [
      spec([null], throws("invalid_type")),
      onBase(0, [[[0, 0, "ambito"], "set", null]], throws("invalid_type"), "args[0][0].ambito = null"),
      onBase(0, [[[0, 0, "ambito", "id"], "set", 5]], throws("invalid_type"), "args[0][0].ambito.id = 5"),
      onBase(
        0,
        [[[0, 0, "ambito", "id"], "set", "ambito-di-saronno"]],
        throws("ambito_mismatch"),
        "an Accordo given with another Ambito",
      ),
    ],
  },
  planCalendar: {
    params: ["any", options({ from: "any", to: "any" })],
    cases: [
      // The window is required: no options is a missing field, not a wrong type.
      onBase(0, [[[1], "set", undefined]], throws("required_field"), "args[1] = undefined"),
      onBase(
        0,
        [
          [[1, "from"], "set", 2027],
          [[1, "to"], "set", 2025],
        ],
        throws("invalid_period"),
        "from 2027 to 2025",
      ),
    ],
  },
  parseDeadlineDate: {
    params: ["text", options({ periodEnd: optional("any") })],
    bases: () => [["entro la fine del triennio", { periodEnd: "2027-12-31" }]],
    cases: [
      spec(["quanto prima"], throws("no_deadline")),
      spec(["entro marzo 0012"], throws("year_out_of_range"), "entro marzo 0012 (issue 9 §4: not 1912)"),
      spec(["entro la fine del triennio"], throws("deadline_needs_period")),
      spec(["entro il 31.02.2026"], throws("invalid_date")),
      spec(["entro la fine del triennio", { periodEnd: "31/02/2026" }], throws("invalid_date")),
      spec(["entro la fine del triennio", { periodEnd: "31/12/9999" }], throws("year_out_of_range")),
      spec(["entro la fine del triennio", { periodEnd: 5 }], throws("invalid_type")),
    ],
  },
  resolveDeadline: {
    params: ["any", "any"],
    cases: [
      spec([null], throws("invalid_type")),
      spec([{ kind: "weekly" }], throws("invalid_option"), "an unknown kind"),
    ],
  },
  evaluateTargets: { params: [list("any"), list("any"), "any"] },
  gradePlanFromTargets: {
    params: [
      list(record({ code: "text" })),
      "any",
      options({
        partial: optional(option("invalid_partial_policy")),
        weighting: optional(option("invalid_weighting")),
      }),
    ],
    // The call with options first, so that each option is tried.
    bases: (c) => {
      const seeds = TARGETS["gradePlanFromTargets"]?.seeds?.(c) ?? [];
      return [...seeds.slice(1), ...seeds.slice(0, 1)];
    },
    cases: [
      onBase(0, [[[1], "set", {}]], throws("scheda_targets_not_evaluated"), "no evaluation of scheda L"),
    ],
  },
  legacyPlanByArea: {
    params: [record({ generalObjectives: list("any") })],
    cases: [
      spec(
        [
          {
            generalObjectives: [
              { code: "1", title: "x", specificObjectives: [], mapsTo: { area: "C", reason: "" } },
            ],
          },
        ],
        throws("invalid_option"),
        "an objective mapped to the legacy area C",
      ),
    ],
  },
  ingestPlanText: {
    params: ["anyText", options({ document: optional("anyText") })],
    bases: (c) => [...(TARGETS["ingestPlanText"]?.seeds?.(c) ?? [])].reverse(),
    cases: [
      spec([make("long", "a x 1MiB")], returns("a result, within the hang guard"), "a 1 MiB string"),
      spec(
        [make("long", "title + 100k spaces")],
        returns("a result, within the hang guard"),
        "a real title followed by 100,000 spaces",
      ),
      linear("doubling a long input does not quadruple the work (one long line)", (n) => [
        `TITOLO INTERVENTO ${"a ".repeat(n / 2)}`,
      ]),
      linear("doubling a long input does not quadruple the work (many lines)", (n) => [
        "AZIONI PROGRAMMATE\n".repeat(n / 19),
      ]),
    ],
  },
  formatIngestResult: {
    params: [
      "any",
      options({ language: optional(option("invalid_option")), maxFindings: optional("count") }),
    ],
    bases: (c) => [
      [
        c.call("ingestPlanText", "TITOLO INTERVENTO Prova\nTARGET Famiglie"),
        { language: "en", maxFindings: 10 },
      ],
    ],
  },
  ingestedPlanDraft: {
    params: ["any"],
    bases: (c) => [[c.call("ingestPlanText", "TITOLO INTERVENTO Prova\nTARGET Famiglie")]],
  },
  // The report entry point and the plan review: only the refusal of anything that is not an input, so far.
  ...Object.fromEntries(
    [
      "budgetChart",
      "checkPianoDiZona",
      "comparisonDocument",
      "demographyDocument",
      "evaluationDocument",
      "fundTableChart",
      "fundTableDocument",
      "gradeChart",
      "indicatorTrendChart",
      "lepsProgressDocument",
      "pyramidChart",
      "renderCsv",
      "renderHtml",
      "renderMarkdown",
      "renderSvg",
      "renderVegaLite",
      "reviewDocument",
      "reviewPlan",
      "show",
      "tableRows",
    ].map((name) => [name, { params: ["any"], cases: [] } satisfies TableSpec]),
  ),
  effectivePeriod: { params: [record({ period: "any", extensions: optional("any") })] },
  isInForce: {
    params: [record({ period: "any", extensions: optional("any") }), "isoDate"],
    cases: [onBase(0, [[[1], "set", "31.12.2027"]], throws("invalid_date"), "the date 31.12.2027 (not ISO)")],
  },
  parseDeadline: {
    // parseDeadline reads the sentence only: the period's end is parseDeadlineDate's option, and "entro la fine
    // del triennio" is a deadline relative to the period, resolved later (resolveDeadline).
    params: ["anyText"],
    bases: () => [["entro la fine del triennio"]],
    cases: [
      spec(["quanto prima"], throws("no_deadline")),
      spec(["entro marzo 0012"], throws("year_out_of_range"), "entro marzo 0012 (issue 9 §4: not 1912)"),
      spec(["entro il 31.12.9999"], throws("year_out_of_range")),
      spec(["entro la fine del triennio"], returns("a deadline relative to the end of the period")),
    ],
  },
  missingSignatories: {
    params: [
      record({ ambito: "any", signatories: "any", adherents: optional("any") }),
      record({ id: "any", comuni: "any", ats: "any", asst: "any" }),
    ],
  },
  canAmend: {
    params: [record({ signatories: "any", adherents: optional("any"), amendment: "any" }), list("text")],
    // Only the signatories and adherents are read (see its TSDoc).
    corrected: { "args[0].amendment missing": returns("a result: the amendment is not read") },
  },
  canAdhere: {
    params: [
      record({ adhesion: optional("any"), signatories: "any", adherents: optional("any") }),
      record({ id: "text", kind: "any" }),
    ],
  },
  checkOrganComposition: {
    params: [
      record({ ambito: "any", organs: list(record({ kind: "any" })) }),
      record({ id: "any", comuni: "any" }),
    ],
  },
  decide: {
    // A seat that the organ does not have is unknown_seat, whatever its type; a choice the votes do not know is invalid_vote.
    params: ["any", list(record({ seat: "any", choice: option("invalid_vote") }))],
    cases: [
      onBase(
        0,
        [[[1], "set", [{ seat: "z", choice: "favorevole" }]]],
        throws("unknown_seat"),
        "a vote of a seat the organ does not have",
      ),
    ],
    // A vote without a choice is neither favorevole, contrario nor astenuto.
    corrected: { "args[1][0].choice missing": throws("invalid_vote") },
  },
  staffingFte: {
    params: [record({ staffing: optional("any") })],
    // The rows are derived from an organ with staffing (the Ufficio di Piano): the first organ of the seeds has none,
    // so its copy "with every field a throwing getter" had no staffing getter to throw.
    bases: (c) =>
      (TARGETS["staffingFte"]?.seeds?.(c) ?? []).filter(
        ([organ]) => isRecord(organ) && Object.prototype.hasOwnProperty.call(organ, "staffing"),
      ),
  },

  // evaluation ----------------------------------------------------------------------------------------------------
  achievementBand: {
    params: ["percent", { path: [0, 101, "percent_out_of_range"], pathFirst: true }],
    cases: [
      spec([101], throws("percent_out_of_range")),
      spec(["79.5"], returns("sufficiente", equalsText('"sufficiente"'))),
    ],
  },
  achievementGrade: {
    // The evaluation module's own code for a number of actions that is not a count.
    params: [
      record({ planned: { count: "invalid_action_count" }, realized: { count: "invalid_action_count" } }),
    ],
    bases: () => [
      [{ planned: 4, realized: 3 }],
      [{ actions: [{ completion: 50 }, { completion: 100 }], partial: "weight" }],
    ],
    cases: [
      spec([null], throws("invalid_type"), "achievementGrade(null) (issue 9 §2)"),
      spec([{ planned: 4, realized: 5 }], throws("realized_exceeds_planned")),
      spec([{ planned: 0, realized: 0 }], throws("no_planned_actions")),
      spec([{ actions: [] }], throws("no_planned_actions")),
      spec([{ actions: [{ completion: 101 }] }], throws("completion_out_of_range")),
      spec([{ actions: [{ completion: Number.NaN }] }], throws("invalid_decimal")),
      spec([{ actions: [{ completion: 50 }], partial: "x" }], throws("invalid_partial_policy")),
      spec([{ actions: null }], throws("invalid_type")),
      spec([{ actions: make("sparse", HUGE) }], throws("too_many_items")),
      spec(
        [{ actions: make("holes", [{ completion: 50 }, { completion: 50 }], [0]) }],
        throws("invalid_type"),
        "actions with a hole",
      ),
      spec(
        [make("protoCarried", { planned: 4, realized: 3 })],
        throws("required_field"),
        "planned and realized inherited, not own",
      ),
    ],
  },
  resourceCoincidence: {
    params: [record({ budgeted: optional("amount", true), paid: "amount" })],
    cases: [
      spec([{ budgeted: "100", paid: "-1" }], throws("negative_amount")),
      spec(
        [{ budgeted: 0, paid: 0 }],
        returns("non-applicabile with percent null", (result) =>
          isRecord(result) && result["percent"] === null && result["band"] === "non-applicabile"
            ? null
            : "not non-applicabile with percent null",
        ),
      ),
    ],
  },
  coincidenceBand: { params: ["decimal"] },
  planAchievement: {
    params: [
      list(
        record({ planned: { count: "invalid_action_count" }, realized: { count: "invalid_action_count" } }),
      ),
      options({ weighting: optional(option("invalid_weighting")) }),
    ],
    bases: () => [
      [
        [
          { realized: 3, planned: 4 },
          { realized: 2, planned: 2 },
        ],
        { weighting: "actions" },
      ],
    ],
    cases: [spec([[]], throws("no_objectives"))],
  },
  recomputeObjectiveEvaluation: {
    params: [
      record({
        code: "any",
        title: "any",
        // A grid with grades only lists no actions (its TSDoc and its example: Busto Arsizio's objective 2), and an
        // optional field given as null is absent (src/evaluation/evaluation-record.ts): neither is a refusal.
        actions: optional(list(record({ completion: { percent: "completion_out_of_range" } })), true),
      }),
    ],
    bases: (c) => [[(TARGETS["recomputeObjectiveEvaluation"]?.seeds?.(c)[1] ?? [])[0]]],
  },
  recomputePlanEvaluation: { params: [record({ period: "any", objectives: list("any") })] },

  // monitoring ----------------------------------------------------------------------------------------------------
  evaluateIndicator: {
    params: [
      record({ id: "any", labels: "any", kind: "any", targets: list("any") }),
      list(record({ year: "any" })),
    ],
    // The indicator and each observation are read by their schemas: any refusal is one validation_failed carrying
    // every issue (CHANGELOG, "Other situations that now raise a different code"). The list of observations is
    // read as a list first: what is not one keeps the codes of a list.
    schemaChecked: true,
    corrected: Object.fromEntries(
      Object.entries(LIST_CODES).map(([value, code]) => [`args[1] = ${value}`, throws(code)]),
    ),
  },
  evaluateLepsProgress: {
    params: [record({ lepsSchede: list("any") }), "any", options({ years: optional(list("count")) })],
  },

  // demography ----------------------------------------------------------------------------------------------------
  stockReferenceDate: {
    params: ["date", { path: [0, "31/02/2024", "invalid_date"], pathFirst: true }],
    cases: [spec(["31/02/2024"], throws("invalid_date"))],
    corrected: { 'args[0] = long("date + 100k spaces")': throws("text_too_long") },
  },
  ageStructureFromSingleYears: {
    params: [
      record({
        referenceDate: "date",
        males: optional(list("count")),
        females: optional(list("count")),
        total: optional(list("count")),
      }),
    ],
    bases: () => [[{ referenceDate: "2024-01-01", total: Array.from({ length: 101 }, () => 10) }]],
    cases: [spec([{ referenceDate: "2024-01-01", total: [1, 2, 3] }], throws("invalid_age_structure"))],
    // The base gives totals only: any list of males or females beside them mixes sexes and totals, which is
    // invalid_age_structure before the list is read; null is an absent list (docs/errors.md, CHANGELOG "Results").
    corrected: {
      ...TOO_LONG_DATE,
      ...Object.fromEntries(
        ["males", "females"].flatMap((sex) => [
          [`args[0].${sex} = null`, returns("a result: null is an absent list")],
          ...LIST_VALUES.map(
            (value) => [`args[0].${sex} = ${value}`, throws("invalid_age_structure")] as const,
          ),
        ]),
      ),
      // Without males, females or totals there is no structure; a one-item list has the wrong length.
      "args[0].total = null": throws("invalid_age_structure"),
      "args[0].total = arrayWithThrowingIndex([1])": throws("invalid_age_structure"),
    },
  },
  ageStructureFromBands: {
    params: [
      record({
        referenceDate: "date",
        bands: list(
          record({
            // Ages are the demography module's invalid_age.
            from: { count: "invalid_age" },
            to: optional({ count: "invalid_age" }),
            males: optional("count"),
            females: optional("count"),
            total: "count",
          }),
        ),
      }),
    ],
    corrected: { ...TOO_LONG_DATE, ...BAND_FIELDS("args[0].bands[0]", false) },
  },
  standardBands: { params: ["structure"] },
  meanAge: { params: ["structure", options({ halfYear: optional("boolean") })] },
  medianAge: { params: ["structure", options({ interpolate: optional("boolean") })] },
  demographicProfile: { params: ["structure"] },
  demographicProfiles: {
    params: [
      record({ referenceDate: "isoDate", males: "any", females: "any", groups: optional("any") }),
      options({ onZeroDenominator: optional(option("invalid_option")) }),
    ],
    bases: (c) => [(TARGETS["demographicProfiles"]?.seeds?.(c)[0] ?? []).slice()],
    cases: [
      spec(
        [{ referenceDate: "2024-01-01", total: [1, 2, 3] }],
        throws("invalid_age_structure"),
        "3 counts: no whole area",
      ),
      onBase(
        0,
        [[[0, "groups"], "set", [0, 0, 2]]],
        throws("empty_aggregate"),
        "a group number without areas",
      ),
      onBase(0, [[[0, "groups"], "set", [0, -1, 1]]], throws("invalid_group"), "a negative group number"),
      onBase(0, [[[0, "males", 5], "set", -1]], throws("invalid_count"), "a negative count"),
      onBase(0, [[[0, "males", 5], "set", 0.5]], throws("invalid_count"), "a fractional count"),
      onBase(
        0,
        [[[0, "foreigners"], "set", [1e9, 0, 0]]],
        throws("part_exceeds_total"),
        "more foreigners than residents",
      ),
      spec([{ referenceDate: "2024-01-01", total: make("sparse", HUGE) }], throws("too_many_items")),
      spec([null], throws("invalid_type"), "demographicProfiles(null)"),
    ],
    corrected: {
      // Any of the library's date forms is read (docs/errors.md, invalid_date).
      'args[0].referenceDate = "31.12.2027"': returns("a result: 31.12.2027 is an accepted date form"),
      // Without males or females the counts are neither split by sex nor totals.
      "args[0].males missing": throws("invalid_age_structure"),
      "args[0].females missing": throws("invalid_age_structure"),
    },
  },
  checkAgeStructure: {
    params: ["structure", "any"],
    cases: [spec([null], FINDINGS_WITH_AN_ERROR, "checkAgeStructure(null) (issue 9 §2)")],
  },
  ...Object.fromEntries(
    Object.entries(INDEX_FUNCTIONS).map(([name, keys]) => [
      name,
      {
        params: [structureOrCounts(...keys)],
        bases: () => [[Object.fromEntries(keys.map((key, index) => [key, 100 + index]))]],
        cases: [
          ...(name === "oldAgeIndex"
            ? [spec([5], throws("invalid_type"), "oldAgeIndex(5) (issue 9 §2)")]
            : []),
          spec(
            [Object.fromEntries(keys.map((key) => [key, 0]))],
            throws("zero_denominator"),
            "every count 0",
          ),
        ],
      } satisfies TableSpec,
    ]),
  ),
  birthsPerThousandWomen: {
    params: [counts("births", "women15to49")],
    cases: [spec([{ births: 1, women15to49: 0 }], throws("zero_denominator"))],
  },
  bandShare: {
    params: [counts("band", "total")],
    cases: [
      spec([{ band: 0, total: 0 }], throws("zero_denominator")),
      // A band larger than its total is refused before the quotient is looked at.
      spec([{ band: 1, total: 0 }], throws("part_exceeds_total")),
    ],
  },
  meanPopulation: { params: [counts("populationStart", "populationEnd")] },
  populationChangeRate: {
    params: [counts("populationStart", "populationEnd")],
    cases: [
      // The denominator is the mean population, (0 + 5) / 2: 5 per 2.5 inhabitants is 2,000 per thousand.
      spec([{ populationStart: 0, populationEnd: 5 }], returns("2000 per thousand", equalsText("2000"))),
      spec([{ populationStart: 0, populationEnd: 0 }], throws("zero_denominator")),
    ],
  },
  ...Object.fromEntries(
    Object.entries(RATE_FIELDS).map(([name, keys]) => [
      name,
      {
        params: [counts(...keys, "populationStart", "populationEnd")],
        bases: () => [
          [
            {
              ...Object.fromEntries(keys.map((key) => [key, 10])),
              populationStart: 1000,
              populationEnd: 1010,
            },
          ],
        ],
        cases: [
          spec(
            [{ ...Object.fromEntries(keys.map((key) => [key, 1])), populationStart: 0, populationEnd: 0 }],
            throws("zero_denominator"),
          ),
        ],
      } satisfies TableSpec,
    ]),
  ),
  aggregate: { params: [list("structure")], cases: [spec([[]], throws("empty_aggregate"))] },
  populationDensity: {
    params: [
      record({ population: "count", areaKm2: "amount" }),
      { path: [0, null, "invalid_type"], pathFirst: true },
    ],
    // Like the named counts, a missing figure is refused by its own code at its key (see its TSDoc).
    corrected: {
      "args[0] with its fields inherited, none own": throws("invalid_count"),
      "args[0].population missing": throws("invalid_count"),
      "args[0].areaKm2 missing": throws("invalid_decimal"),
    },
    cases: [spec([{ population: 10, areaKm2: 0 }], throws("zero_denominator"))],
  },
  checkStatedIndices: {
    params: ["any", "any", "any"],
    cases: [
      spec(
        [{ ageingShare: "1e100000000" }, { ageingShare: "24.4" }],
        returns("findings, no throw"),
        "an extreme stated value (issue 9 §2)",
      ),
      spec(
        [{ ageingShare: "24.4" }, { ageingShare: Number.NaN }],
        returns("findings, no throw"),
        "a computed NaN",
      ),
      spec([null, null], FINDINGS_WITH_AN_ERROR),
      spec([make("proxy", "throwAll"), {}], FINDINGS_WITH_AN_ERROR, "a proxy throwing on every trap"),
    ],
  },
  checkIndexIdentities: {
    params: [
      record({
        oldAgeIndex: optional("decimal"),
        structuralDependencyIndex: optional("decimal"),
        elderlyDependencyIndex: optional("decimal"),
      }),
      "any",
    ],
  },
  readPrintedFigure: {
    params: ["italian", { path: [0, "12.85", "ambiguous_number"], pathFirst: true }],
    cases: [spec(["12.85"], throws("ambiguous_number"))],
  },

  // finance -------------------------------------------------------------------------------------------------------
  perCapita: { params: ["amount", "count"], cases: [spec([1000, 0], throws("zero_population"))] },
  percentShares: {
    params: [list("amount"), options({ decimals: optional(decimalPlaces) })],
    bases: () => [[[1, 1, 1], { decimals: 2 }]],
    cases: [
      // Beyond decimal.js's exponents: no finite decimal (invalid_decimal, as for allocate), refused at once.
      spec(
        [["1e10000000000000000"]],
        throws("invalid_decimal"),
        "a part with an exponent of 10^16 (issue 9 §3)",
      ),
      spec(
        [[1, "1e10000000000000000"]],
        throws("invalid_decimal"),
        "a second part with an exponent of 10^16",
      ),
      spec([["1e20", 1]], throws("number_out_of_range"), "a part of 10^20"),
      spec([[0, 0]], throws("zero_weights")),
      spec([[]], throws("empty_weights")),
      {
        label: "10,000,000 parts (issue 9 §3)",
        args: { spec: [make("dense", 10_000_000, 1)] },
        expect: returns("10,000,000 shares that add up to 100", (result) => sharesAddUp(result, 10_000_000)),
        cpuMs: 90_000,
        comparisons: false,
        fullOnly: true,
      },
    ],
  },
  percentChange: { params: ["amount", "amount"], cases: [spec([0, 5], throws("zero_base"))] },
  yearOnYearChanges: {
    params: [list(record({ year: "any", amount: "amount" }))],
    cases: [
      spec(
        [
          [
            { year: 2023, amount: 1 },
            { year: 2022, amount: 1 },
          ],
        ],
        throws("years_out_of_order"),
      ),
      spec([[{ year: 1899, amount: 1 }]], throws("year_out_of_range")),
    ],
  },
  compoundChange: { params: [list("decimal")], cases: [spec([["-101"]], throws("change_below_minus_100"))] },
  allocate: {
    params: ["amount", list("amount")],
    cases: [
      spec(["1e100000000", [1]], throws("number_out_of_range"), 'allocate("1e100000000", [1]) (issue 9 §3)'),
      spec(["10", [0, 0]], throws("zero_weights")),
      spec(["10", []], throws("empty_weights")),
      spec(["0.001", [1]], throws("total_not_in_cents")),
      // An exponent beyond what decimal.js represents is no finite decimal at all: invalid_decimal, at once (the
      // finance module's decision, test/finance/allocate.test.ts); 1e16 is number_out_of_range.
      spec(
        ["100", [1, "1e10000000000000000"]],
        throws("invalid_decimal"),
        "a weight with an exponent of 10^16",
      ),
      spec(["100", [1, "1e16"]], throws("number_out_of_range"), "a weight of 10^16"),
      {
        label: "10,000,000 parts (issue 9 §3)",
        args: { spec: ["100000.00", make("dense", 10_000_000, 1)] },
        expect: returns("10,000,000 amounts that add up to the total", (result) =>
          partsAddUp(result, 10_000_000, "100000"),
        ),
        cpuMs: 90_000,
        comparisons: false,
        fullOnly: true,
      },
    ],
  },
  allocateEqually: {
    params: ["amount", "count"],
    cases: [
      spec(["1", 2 ** 31], throws("too_many_items"), 'allocateEqually("1", 2 ** 31) (issue 9 §3)'),
      spec(["1", 0], throws("zero_weights")),
      spec(["0.001", 2], throws("total_not_in_cents")),
    ],
  },
  fundTableTotals: {
    params: [
      record({ columns: list("text"), rows: list(record({ label: "text", amounts: list("amount") })) }),
    ],
    bases: () => [[{ columns: ["2022"], rows: [{ label: "A", amounts: ["100"] }] }]],
  },
  fundTablePerCapita: {
    params: [
      record({ columns: list("text"), rows: list(record({ label: "text", amounts: list("amount") })) }),
      "count",
    ],
    bases: () => [[{ columns: ["2022"], rows: [{ label: "A", amounts: ["100"] }] }, 400]],
    cases: [
      spec([{ columns: ["2022"], rows: [{ label: "A", amounts: ["100"] }] }, 0], throws("zero_population")),
    ],
  },
  checkFundTable: {
    params: [
      record({ columns: list("text"), rows: list(record({ label: "text", amounts: list("amount") })) }),
    ],
    bases: () => [[{ columns: ["2022"], rows: [{ label: "A", amounts: ["100"] }] }]],
    cases: [
      spec(
        [{ columns: ["2022"], rows: [{ label: "A", amounts: ["1e10000000000000000"] }] }],
        FINDINGS_WITH_AN_ERROR,
        "an amount with an exponent of 10^16 (issue 9 §3)",
      ),
    ],
  },
  checkStatedShares: {
    params: [list(record({ label: "text", part: "amount", statedPercent: "italian" })), "amount", "any"],
  },
  socialWorkerLeps: {
    params: [
      record({ population: "count", fte: "decimal" }),
      options({
        euroRounding: optional(record({ decimals: decimalPlaces, mode: roundingMode })),
        fteRounding: optional(record({ decimals: decimalPlaces, mode: roundingMode })),
      }),
    ],
    // Both rounding rules are in the base, so that the rows about each rule's fields reach the rule.
    bases: () => [
      [
        { population: 100000, fte: 22 },
        { euroRounding: { decimals: 2, mode: "half-up" }, fteRounding: { decimals: 2, mode: "half-up" } },
      ],
    ],
    // An option set to undefined is an option not given.
    corrected: {
      "args[1].euroRounding = undefined": returns("a result: the default rounding"),
      "args[1].fteRounding = undefined": returns("a result: the default rounding"),
    },
    cases: [
      spec(
        [{ population: 100000, fte: 22 }],
        returns("contribution.total = 2,920,000/13 correctly rounded to 40 digits (issue 9 §4)", (result) => {
          const total =
            isRecord(result) && isRecord(result["contribution"])
              ? text(result["contribution"]["total"])
              : "none";
          const exact = roundedFraction(2_920_000n, 13n, 40);
          return total === exact
            ? null
            : `contribution.total is ${total}, the correctly rounded value is ${exact}`;
        }),
        "socialWorkerLeps({ population: 100000, fte: 22 }) is exact",
      ),
      spec([{ population: 0, fte: 1 }], throws("zero_population")),
      spec([{ population: 100000, fte: -1 }], throws("negative_fte")),
    ],
  },
  checkStatedSum: {
    params: [list("italian"), "italian", "any"],
    cases: [spec([["1e10000000000000000"], "1"], FINDINGS_WITH_AN_ERROR, "a part that is no Italian number")],
  },

  // report --------------------------------------------------------------------------------------------------------
  markdownTable: {
    // A header or a cell holds up to 100,000 characters, beyond LIMITS.maxTextLength: "`text_too_long` (a cell over
    // 100,000 characters)" (its TSDoc), the bound the function checks.
    params: [
      list(record({ header: { maxText: 100_000 }, align: optional(option("invalid_option")) })),
      list(list({ maxText: 100_000 })),
    ],
    cases: [
      spec(
        [[{ header: make("repeat", "a", 100_000) }], [[make("repeat", "b", 100_000)]]],
        returns("a table", (result) =>
          typeof result === "string" && result.length === 2 * 100_000 + 18 ? null : "not the table",
        ),
        "a header and a cell of 100,000 characters each",
      ),
    ],
    // "A missing cell is empty" (its TSDoc).
    corrected: { "args[1][0] with a hole at 0": returns("a table with an empty cell") },
  },
  renderEvaluationReport: {
    params: [
      record({ period: "any", objectives: list("any") }),
      options({ language: optional(option("invalid_language")) }),
    ],
    bases: (c) => [[c.data("GALLARATE_EVALUATION_2021_2023"), { language: "en" }]],
  },

  // datasets ------------------------------------------------------------------------------------------------------
  printedAreaStructure: {
    params: [
      record({
        area: "any",
        referenceDate: "date",
        classes: list(
          record({ from: { count: "invalid_age" }, females: "count", males: "count", total: "count" }),
        ),
      }),
    ],
    corrected: { ...TOO_LONG_DATE, ...BAND_FIELDS("args[0].classes[0]", true) },
  },
};

function hostDecimalSetDoesNotChange(c: SeedContext): string {
  const calls: (() => unknown)[] = [
    () => call(c, "oldAgeIndex", { aged0to14: 88, aged65plus: 311 }),
    () => call(c, "socialWorkerLeps", { population: 100000, fte: 22 }),
    () => call(c, "resourceCoincidence", { budgeted: 16000, paid: 16600 }),
    () => call(c, "percentShares", [1, 1, 1]),
    () =>
      call(c, "planAchievement", [
        { realized: 1, planned: 3 },
        { realized: 2, planned: 7 },
      ]),
    () => call(c, "formatEuro", "1234.565"),
  ];
  const outcome = (thunk: () => unknown): string => {
    try {
      return jsonText(thunk());
    } catch (error) {
      return `threw ${error instanceof Error ? error.name : "?"}`;
    }
  };
  const before = calls.map(outcome);
  const saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding };
  DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
  let after: string[];
  try {
    after = calls.map(outcome);
  } finally {
    DecimalJs.set(saved);
  }
  const changed = before.flatMap((value, index) =>
    value === after[index] ? [] : [`${value} became ${String(after[index])}`],
  );
  return changed.length === 0 ? "same" : changed.join("; ");
}

function sharesAddUp(result: unknown, length: number): string | null {
  if (!Array.isArray(result) || result.length !== length) return "not one share per part";
  let sum = 0n;
  for (const share of result) {
    const rounded = isRecord(share) ? text(share["rounded"]) : "";
    sum += BigInt(Math.round(Number(rounded) * 1e8));
  }
  return sum === 100n * 10n ** 8n ? null : "the rounded shares do not add up to 100";
}

function partsAddUp(result: unknown, length: number, total: string): string | null {
  if (!Array.isArray(result) || result.length !== length) return "not one amount per weight";
  let cents = 0n;
  for (const part of result) cents += BigInt(Math.round(Number(text(part)) * 100));
  return cents === BigInt(Math.round(Number(total) * 100)) ? null : "the amounts do not add up to the total";
}

// ---------------------------------------------------------------------------------------------------------------
// Building the tables.

/** The names of every table: every exported function, plus the names the redesign adds and a few contracts. */
export function matrixTableNames(): string[] {
  return Object.keys(TABLES).sort();
}

/** Whether a table is for a function's contract rather than a function (Decimal, JSON). */
export function isContractTable(name: string): boolean {
  return name === "Decimal" || name === "JSON";
}

/** The rows of one function's table (derived and written out). */
export function matrixTable(name: string, c: SeedContext): MatrixTable {
  const table = TABLES[name];
  if (table === undefined) throw new Error(`no bad-input table for ${name}`);
  const bases = table.bases ?? ((context: SeedContext) => TARGETS[name]?.seeds?.(context) ?? []);
  const neverThrows = table.neverThrows ?? neverThrowsReason(name) !== null;
  const refused = neverThrows ? refusal(name) : null;
  const valid = bases(c);
  const first = valid[0];
  const derived: MatrixCase[] = [];
  if (first !== undefined) {
    table.params.forEach((shape, index) => {
      for (const row of derive(shape, [index], first[index])) {
        derived.push(
          onBase(
            0,
            row.mutations,
            refused ??
              (neverThrows
                ? returns("a result, no throw")
                : throws(table.schemaChecked === true ? "validation_failed" : row.code)),
            row.label,
          ),
        );
      }
    });
  }
  const written = (table.cases ?? []).map((row) =>
    refused !== null && row.expect.kind === "throws" ? { ...row, expect: refused } : row,
  );
  const corrected = table.corrected ?? {};
  const cases = [...written, ...derived].map((row) => {
    const expect = corrected[row.label];
    return expect === undefined ? row : { ...row, expect };
  });
  const stale = Object.keys(corrected).filter((label) => !cases.some((row) => row.label === label));
  if (stale.length > 0) throw new Error(`${name}: corrected rows that do not exist: ${stale.join("; ")}`);
  return { name, bases, cases };
}

/** The mutations of a row as text. */
export function rowArguments(row: MatrixCase): string {
  return "spec" in row.args
    ? fc.stringify(row.args.spec)
    : `base ${String(row.args.base)} with ${fc.stringify(row.args.mutations)}`;
}

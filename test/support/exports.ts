// Every export of the package's entry points (every subpath of package.json "exports"), classified. The fuzz suite calls every function; the coverage test
// fails on an export it cannot classify or a function it does not cover.
import { types } from "node:util";

export const ENTRY_POINTS = [
  "piano-di-zona",
  "piano-di-zona/audit",
  "piano-di-zona/datasets",
  "piano-di-zona/ingest",
  "piano-di-zona/report",
] as const;
export type EntryPoint = (typeof ENTRY_POINTS)[number];

export type ExportKind = "function" | "class" | "schema" | "constant" | "dataset" | "exempt";

export interface ExportEntry {
  readonly entry: EntryPoint;
  readonly name: string;
  readonly kind: ExportKind;
  readonly value: unknown;
}

/** Exports that are not the library's own API, with the reason. */
export const EXEMPT: Readonly<Record<string, string>> = {
  Decimal:
    "decimal.js's own API, re-exported (issue 9 §2: exempt); that it cannot be reconfigured is in the matrix",
};

function isClass(value: unknown): boolean {
  if (typeof value !== "function") return false;
  try {
    return /^class\b/.test(Function.prototype.toString.call(value));
  } catch {
    return false;
  }
}

function isSchema(value: unknown): boolean {
  if (typeof value !== "object" || value === null || types.isProxy(value)) return false;
  const candidate = value as { _zod?: unknown; safeParse?: unknown; parse?: unknown };
  return (
    candidate._zod !== undefined ||
    (typeof candidate.safeParse === "function" && typeof candidate.parse === "function")
  );
}

/** The kind of one export, or undefined when it fits none (the coverage test fails on it). */
export function classify(entry: EntryPoint, name: string, value: unknown): ExportKind | undefined {
  if (name in EXEMPT) return "exempt";
  if (isClass(value)) return "class";
  if (typeof value === "function") return "function";
  if (isSchema(value)) return "schema";
  if (entry === "piano-di-zona/datasets") return "dataset";
  if (value === null || ["string", "number", "boolean", "bigint"].includes(typeof value)) return "constant";
  if (typeof value === "object") return "constant";
  return undefined;
}

/** The module namespace of each entry point. */
export type EntryNamespaces = Readonly<Record<EntryPoint, object>>;

/** Every export of every entry point (pass the module namespaces). */
export function listExports(
  namespaces: EntryNamespaces,
): (ExportEntry | { entry: EntryPoint; name: string; kind: undefined; value: unknown })[] {
  const list: (ExportEntry | { entry: EntryPoint; name: string; kind: undefined; value: unknown })[] = [];
  for (const entry of ENTRY_POINTS) {
    const namespace = namespaces[entry];
    for (const name of Object.keys(namespace).sort()) {
      const value = (namespace as Record<string, unknown>)[name];
      const kind = classify(entry, name, value);
      list.push(kind === undefined ? { entry, name, kind, value } : { entry, name, kind, value });
    }
  }
  return list;
}

/** The exported functions of every entry point, by name. */
export function exportedFunctions(
  namespaces: EntryNamespaces,
): Map<string, { entry: EntryPoint; fn: (...args: unknown[]) => unknown }> {
  const functions = new Map<string, { entry: EntryPoint; fn: (...args: unknown[]) => unknown }>();
  for (const item of listExports(namespaces)) {
    if (item.kind === "function")
      functions.set(item.name, { entry: item.entry, fn: item.value as (...args: unknown[]) => unknown });
  }
  return functions;
}

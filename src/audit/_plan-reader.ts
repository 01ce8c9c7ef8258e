// Reading a plan as it comes: own fields only, a getter that throws is a missing field, a list is a real array of at
// most LIMITS.items entries. The audit of a plan never throws on what a document can contain.
import { LIMITS } from "../core/limits.js";
import type { ErrorPath } from "../core/error.js";
import type { Finding } from "../core/finding.js";

/** A plain object, as far as the audit is concerned. @internal */
export type Raw = Readonly<Record<string, unknown>>;

/** The value is an object (not an array, not null). @internal */
export function isRaw(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own field, or `undefined` when absent or unreadable. @internal */
export function own(value: unknown, key: string): unknown {
  if (!isRaw(value)) return undefined;
  try {
    return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
  } catch {
    return undefined;
  }
}

/** A list, or `[]` when the value is not an array (or too long to be a plan's part). @internal */
export function list(value: unknown): readonly unknown[] {
  try {
    if (!Array.isArray(value) || value.length > LIMITS.maxListLength) return [];
    const items: unknown[] = [];
    for (let index = 0; index < value.length; index += 1) items.push((value as unknown[])[index]);
    return items;
  } catch {
    return [];
  }
}

/** A whole year, or `null`. @internal */
export function year(value: unknown): number | null {
  return typeof value === "number" &&
    Number.isInteger(value) &&
    value >= LIMITS.minYear &&
    value <= LIMITS.maxYear
    ? value
    : null;
}

/** The findings of a part, with their paths put under the part's path. @internal */
export function under(prefix: ErrorPath, findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, path: [...prefix, ...finding.path] }));
}

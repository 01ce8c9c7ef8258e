// What the mean and median age of grouped data need: their options, and the widths of a structure's classes: a closed class spans the ages
// up to the next class's start; the open last class spans the width the caller assumes or, by default, the width of
// the class before it.
import { pdzError, type ErrorPath } from "../core/error.js";
import * as M from "../core/messages/demography.js";
import { ownField, readBoolean, readOptions } from "../core/read-input.js";
import { classLabel, populationOf, startOf, type StructureData } from "./_structure-data.js";

/** The widest open class a caller may assume, in years. */
const MAX_OPEN_CLASS_WIDTH = 200;

/** The `openClassWidth` option: absent → `null`, else a whole number of years from 1 to 200 (`invalid_class_width`). */
export function readOpenClassWidth(value: unknown, path: ErrorPath): number | null {
  if (value === undefined) return null;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_OPEN_CLASS_WIDTH) {
    throw pdzError(M.invalid_class_width, {}, path);
  }
  return value;
}

/**
 * The width of class `index` in years. The open last class takes `openWidth` when given, otherwise the width of the
 * class before it (`open_class_width_needed` when it is the only class).
 */
export function classWidth(data: StructureData, index: number, openWidth: number | null): number {
  if (index + 1 < data.classCount) return startOf(data, index + 1) - startOf(data, index);
  if (openWidth !== null) return openWidth;
  if (data.classCount < 2) {
    throw pdzError(M.open_class_width_needed, { label: classLabel(data, index) }, [
      "options",
      "openClassWidth",
    ]);
  }
  return startOf(data, index) - startOf(data, index - 1);
}

/**
 * The options of mean and median age: a flag (`halfYear`, `interpolate`: absent means true) and `openClassWidth`
 * (absent means `null`).
 */
export function readAgeOptions(options: unknown, flag: string): { flag: boolean; openWidth: number | null } {
  const record = readOptions(options, ["options"]);
  const value = ownField(record, flag, ["options"]);
  return {
    flag: value === undefined ? true : readBoolean(value, ["options", flag]),
    openWidth: readOpenClassWidth(ownField(record, "openClassWidth", ["options"]), [
      "options",
      "openClassWidth",
    ]),
  };
}

/** Refuses a structure with nobody in it: a mean or median age is not defined. */
export function requirePopulation(data: StructureData, path: ErrorPath): number {
  const total = populationOf(data);
  if (total === 0) {
    throw pdzError(M.zero_denominator, { what: { en: "population", it: "popolazione" } }, [...path, "total"]);
  }
  return total;
}

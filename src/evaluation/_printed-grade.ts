// Reading a grade as the document prints it ({@link PrintedGrade}: a percent, a band's range, a band, "Non
// applicabile", or words only) from untrusted input, into the figures the recomputation compares and averages.
import { ACHIEVEMENT_BANDS, type AchievementBand } from "../catalog/evaluation-scales.js";
import { readDecimal } from "../core/decimal-input.js";
import type { Decimal } from "../core/decimal.js";
import { PdzError, pdzError, withPathPrefix } from "../core/error.js";
import * as C from "../core/messages/core.js";
import * as MM from "../core/messages/model.js";
import { printedDecimals } from "../core/printed-precision.js";
import {
  ownField,
  readOption,
  readRecord,
  readText,
  requiredField,
  type InputRecord,
} from "../core/read-input.js";

/** A printed grade, read. `decimals` is the precision its percent is printed with ("76.56" → 2). @internal */
export interface PrintedGradeRecord {
  /** The grade verbatim; `null` only where a caller gives figures without their text (planAchievement). */
  readonly text: string | null;
  readonly percent: Decimal | null;
  readonly decimals: number;
  readonly range: { readonly from: Decimal; readonly to: Decimal } | null;
  readonly band: AchievementBand | null;
  readonly notApplicable: boolean;
}

/** An optional own field: absent, `undefined` and `null` are all absent. @internal */
export function optionalField(record: InputRecord, key: string): unknown {
  const value = ownField(record, key);
  return value === null ? undefined : value;
}

function readPercentValue(value: unknown, key: string): Decimal {
  const percent = readDecimal(value, [key]);
  if (percent.isNegative() || percent.gt(100)) throw pdzError(C.percent_out_of_range, {}, [key]);
  return percent;
}

function readRange(value: unknown): { from: Decimal; to: Decimal } {
  const record = readRecord(value, ["range"]);
  try {
    const from = readPercentValue(requiredField(record, "from"), "from");
    const to = readPercentValue(requiredField(record, "to"), "to");
    if (to.lt(from)) throw pdzError(MM.grade_range_reversed, {}, []);
    return { from, to };
  } catch (error) {
    throw error instanceof PdzError ? withPathPrefix(error, ["range"]) : error;
  }
}

/**
 * Reads a printed grade. `textRequired`: the record's form (a document's grade keeps its text); planAchievement's
 * entries may give the figures alone.
 * @throws PdzError `invalid_type`, `required_field`, `unreadable_field`, `text_too_long`, `invalid_decimal`,
 *   `number_out_of_range`, `number_text_too_long`, `percent_out_of_range`, `invalid_option`, `grade_range_reversed`,
 *   `not_applicable_grade_with_value`
 * @internal
 */
export function readPrintedGrade(value: unknown, textRequired: boolean): PrintedGradeRecord {
  const record = readRecord(value);
  const textValue = textRequired ? requiredField(record, "text") : optionalField(record, "text");
  const text = textValue === undefined ? null : readText(textValue, ["text"]);
  const percentValue = optionalField(record, "percent");
  const percent = percentValue === undefined ? null : readPercentValue(percentValue, "percent");
  const rangeValue = optionalField(record, "range");
  const range = rangeValue === undefined ? null : readRange(rangeValue);
  const bandValue = optionalField(record, "band");
  const band = bandValue === undefined ? null : readOption(bandValue, ACHIEVEMENT_BANDS, ["band"]);
  const notApplicableValue = optionalField(record, "notApplicable");
  if (notApplicableValue !== undefined && typeof notApplicableValue !== "boolean") {
    throw pdzError(C.invalid_type, { expected: { it: "sì/no (true/false)", en: "true or false" } }, [
      "notApplicable",
    ]);
  }
  const notApplicable = notApplicableValue === true;
  if (notApplicable && (percent !== null || range !== null || band !== null)) {
    throw pdzError(MM.not_applicable_grade_with_value, {}, ["notApplicable"]);
  }
  // The precision printed: a string's digits after the point ("76.50" → 2), else the value's own decimals.
  const decimals = percent === null ? 0 : printedDecimals(percentValue);
  return { text, percent, decimals, range, band, notApplicable };
}

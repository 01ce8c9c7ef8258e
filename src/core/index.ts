// The public API of the core, named one by one. Internal helpers of the core (readers of untrusted input, the error
// and finding constructors, the zod-issue glue) are imported by the other modules from their own files and are not
// part of the package's API.
export { Decimal } from "./decimal.js";
export { LIMITS } from "./limits.js";
export { LANGUAGES, type Labels, type Language } from "./labels.js";
export type { FindingMessage, FindingSeverity, Message } from "./message.js";
export type { FindingCode, PdzErrorCode } from "./error-codes.js";
export { PdzError, isPdzError, type ErrorPath, type PdzErrorInit, type ValidationIssue } from "./error.js";
export type { Finding } from "./finding.js";
export { toDecimal, type DecimalInput } from "./decimal-input.js";
export { parseItalianNumber } from "./italian-number.js";
export { isIsoDate, parseItalianDate, type IsoDate } from "./italian-date.js";
export {
  DEADLINE_ANCHORS,
  DEADLINE_KINDS,
  DURATION_UNITS,
  parseDeadline,
  parseDeadlineDate,
  type Deadline,
  type DeadlineAnchor,
  type DeadlineKind,
  type DurationUnit,
  type UnconditionalDeadline,
} from "./italian-deadline.js";
export { resolveDeadline, type DeadlineContext, type ResolvedDeadline } from "./resolve-deadline.js";
export { ROUNDING_MODES, roundEuro, roundTo, type RoundingMode } from "./rounding.js";
export { formatEuro, formatNumber, formatPercent, type FormatOptions } from "./format.js";
export { agreesWithPrinted } from "./printed-precision.js";
export type { ParseResult } from "./result.js";
export type { SourceReference } from "./source.js";

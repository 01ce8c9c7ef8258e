// The codes of every message table, joined at the type level only: no table is loaded by importing this file.
import type { ErrorCodesOf, FindingCodesOf } from "./message.js";
import type * as auditMessages from "./messages/audit.js";
import type * as catalogMessages from "./messages/catalog.js";
import type * as coreMessages from "./messages/core.js";
import type * as demographyMessages from "./messages/demography.js";
import type * as evaluationMessages from "./messages/evaluation.js";
import type * as financeMessages from "./messages/finance.js";
import type * as governanceMessages from "./messages/governance.js";
import type * as modelMessages from "./messages/model.js";
import type * as monitoringMessages from "./messages/monitoring.js";
import type * as reportMessages from "./messages/report.js";
import type * as validationMessages from "./messages/validation.js";

type Tables =
  | typeof coreMessages
  | typeof validationMessages
  | typeof catalogMessages
  | typeof modelMessages
  | typeof governanceMessages
  | typeof evaluationMessages
  | typeof monitoringMessages
  | typeof reportMessages
  | typeof financeMessages
  | typeof demographyMessages
  | typeof auditMessages;

/**
 * Every code a {@link PdzError} or a validation issue can carry. Codes are snake_case, stable, and part of the API;
 * `docs/errors.md` lists each with its meaning and both messages.
 * @category Core
 */
export type PdzErrorCode = Tables extends infer T ? (T extends unknown ? ErrorCodesOf<T> : never) : never;

/**
 * Every code a {@link Finding} of a check can carry.
 * @category Core
 */
export type FindingCode = Tables extends infer T ? (T extends unknown ? FindingCodesOf<T> : never) : never;

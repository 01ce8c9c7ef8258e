import type { FieldLabels } from "../core/zod-issues.js";

/**
 * The fields of an indicator definition that a form names (the LEPS it monitors).
 * @internal
 */
export const INDICATOR_LABELS: FieldLabels = {
  leps: { it: "LEPS", en: "LEPS" },
};

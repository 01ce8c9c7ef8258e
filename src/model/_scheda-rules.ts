// The rules the strict forms of the schede share: the transversality answer against the areas it names, and the
// references between result targets (unique ids, conditions on targets of the same scheda).
import type * as z from "zod";
import * as M from "../core/messages/model.js";
import { reportIssue } from "../core/zod-issues.js";

interface Transversal {
  readonly answer: string | null;
  readonly areas: readonly string[];
  readonly allAreas?: boolean | undefined;
}

/** A transversal objective names its areas (or all of them); only a transversal one names any. */
export function checkTransversal(
  transversal: Transversal,
  ctx: z.RefinementCtx,
  at: readonly string[] = [],
): void {
  const { answer, areas } = transversal;
  const named = areas.length > 0 || transversal.allAreas === true;
  if (answer === "si" && !named) {
    reportIssue(ctx, M.transversal_areas_missing, {}, [...at, "transversal", "areas"]);
  }
  if (answer !== "si" && named) {
    reportIssue(ctx, M.transversal_areas_unexpected, {}, [...at, "transversal", "answer"]);
  }
}

interface TargetReference {
  readonly id: string;
  readonly condition?: { readonly target: string } | undefined;
}

/** Target ids are unique in the scheda; a condition names a target of the scheda. Linear in the targets. */
export function checkTargetReferences(targets: readonly TargetReference[], ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  targets.forEach((target, index) => {
    if (ids.has(target.id)) reportIssue(ctx, M.duplicate_id, { id: target.id }, ["targets", index, "id"]);
    ids.add(target.id);
  });
  targets.forEach((target, index) => {
    const condition = target.condition;
    if (condition !== undefined && !ids.has(condition.target)) {
      reportIssue(ctx, M.unknown_target, { id: condition.target }, ["targets", index, "condition", "target"]);
    }
  });
}

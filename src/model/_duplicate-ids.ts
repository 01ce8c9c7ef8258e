import type * as z from "zod";
import * as M from "../core/messages/model.js";
import { reportIssue } from "../core/zod-issues.js";

/** Reports, once per repetition, the ids that occur more than once in a list of records. */
export function reportDuplicateIds(
  ctx: z.RefinementCtx,
  records: readonly { readonly id: string }[],
  listKey: string,
): void {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (seen.has(record.id)) reportIssue(ctx, M.duplicate_id, { id: record.id }, [listKey, index, "id"]);
    seen.add(record.id);
  });
}

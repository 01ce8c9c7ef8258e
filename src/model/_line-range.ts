// The line range of a sub-record ([first, last], 1-based, inclusive), in the same document as the record that holds
// it: a record cites its document once (`source`), its parts only their lines.
import * as z from "zod";
import * as M from "../core/messages/model.js";
import { reportIssue } from "../core/zod-issues.js";
import { once } from "./_per-mode.js";

/** Built on first use. @internal */
export const lineRangeSchema = /* @__PURE__ */ once(() =>
  z.tuple([z.number().int().positive(), z.number().int().positive()]).superRefine(([first, last], ctx) => {
    if (last < first) reportIssue(ctx, M.line_range_reversed, {});
  }),
);

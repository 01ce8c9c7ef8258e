// A value that cannot be read as a scheda even as printed: one finding per validation issue, and no other check.
import type { ValidationIssue } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import * as M from "../core/messages/audit.js";

const UNEXPECTED = { it: "lettura interrotta", en: "reading was interrupted" } as const;

/** The findings of a scheda that its draft schema refuses. @internal */
export function unreadable(issues: readonly ValidationIssue[]): Finding[] {
  if (issues.length === 0) return [createFinding(M.scheda_unreadable, { issue: UNEXPECTED }, { path: [] })];
  return issues.map((issue) =>
    createFinding(
      M.scheda_unreadable,
      { issue: { en: issue.message, it: issue.messageIt } },
      { path: issue.path },
    ),
  );
}

// Grades memoised within one call: a plan repeats the same few grades (100%, 75%, 66,67%…), whose exact values are
// then computed once.
import type { GradeParts } from "./_grade-parts.js";
import { gradeOf, gradeValues, type AchievementGrade, type GradeValues } from "./achievement-grade.js";

/** Grades already computed in one call, keyed by their exact parts: equal grades share one Decimal. */
export type GradeMemo = Map<string, GradeValues>;

/** The public grade of exact parts, its values computed once per distinct fraction of the memo. */
export function memoGradeOf(parts: GradeParts, memo: GradeMemo): AchievementGrade {
  const key = `${parts.shareNumerator.toString()}e${String(parts.shareExponent)}/${String(parts.planned)}`;
  let known = memo.get(key);
  if (known === undefined) {
    known = gradeValues(parts);
    memo.set(key, known);
  }
  return gradeOf(parts, known);
}

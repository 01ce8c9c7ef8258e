import type { DeepReadonly } from "../core/deep-freeze.js";
import { PdzError, pdzError, withPathPrefix } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import * as C from "../core/messages/core.js";
import * as M from "../core/messages/evaluation.js";
import { readCount, readList, readRecord, readText, requiredField } from "../core/read-input.js";
import type { ScoredEvaluationSystemInput } from "../model/scored-evaluation-system.js";

interface ScoreClass {
  readonly index: number;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

function at<T>(path: (string | number)[], read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof PdzError ? withPathPrefix(error, path) : error;
  }
}

function readPoints(criteria: readonly unknown[]): number[] {
  const points = new Set<number>();
  criteria.forEach((criterion, index) => {
    at(["criteria", index], () => {
      const scores = readList(requiredField(readRecord(criterion), "scores"), ["scores"]);
      scores.forEach((score, position) => {
        at(["scores", position], () => {
          points.add(readCount(requiredField(readRecord(score), "points"), ["points"]));
        });
      });
    });
  });
  return [...points].sort((a, b) => a - b);
}

function readClasses(list: readonly unknown[]): ScoreClass[] {
  return list.map((item, index) =>
    at(["classes", index], () => {
      const record = readRecord(item);
      return {
        index,
        label: readText(requiredField(record, "label"), ["label"]),
        min: readCount(requiredField(record, "minPoints"), ["minPoints"]),
        max: readCount(requiredField(record, "maxPoints"), ["maxPoints"]),
      };
    }),
  );
}

function findingsOf(criteria: readonly unknown[], classes: readonly ScoreClass[]): Finding[] {
  const findings: Finding[] = [];
  const points = readPoints(criteria);
  const sorted = [...classes].sort((a, b) => a.min - b.min || a.max - b.max);
  const low = sorted[0]?.min ?? 0;
  let high = 0;
  for (const scoreClass of sorted) high = Math.max(high, scoreClass.max);
  findings.push(
    createFinding(
      M.scored_system_without_combining_rule,
      { criteria: criteria.length, points: points.join(", "), from: low, to: high },
      { path: [], stated: null, computed: null },
    ),
  );
  const gaps: string[] = [];
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1];
    const current = sorted[index];
    if (previous === undefined || current === undefined) continue;
    if (current.min <= previous.max) {
      findings.push(
        createFinding(
          M.score_classes_overlap,
          { first: previous.label.slice(0, 64), second: current.label.slice(0, 64) },
          {
            path: ["classes", current.index],
            stated: `${String(current.min)}-${String(current.max)}`,
            computed: `${String(previous.min)}-${String(previous.max)}`,
          },
        ),
      );
    } else gaps.push(`${String(previous.max)}-${String(current.min)}`);
  }
  if (gaps.length > 0) {
    const text = gaps.join(", ");
    findings.push(
      createFinding(
        M.score_classes_leave_gaps,
        { gaps: text },
        { path: ["classes"], stated: null, computed: text },
      ),
    );
  }
  return findings;
}

/**
 * Reports what a scored evaluation system (a {@link ScoredEvaluationSystem}: Alto Milanese's six criteria scored
 * 1/5/10 and four classes, seed 004 L1778-1803) leaves open, without inventing what the document does not say. The
 * scores are kept and reported as printed: no overall score is computed and no class is assigned.
 *
 * - `scored_system_without_combining_rule` (info): always — the document scores its criteria and classes an overall
 *   score without saying how the criteria's scores make it (a sum of six scores runs 6-60, a mean 1-10: the classes
 *   run 1-10, and nothing more is printed);
 * - `score_classes_overlap` (error): two classes share points;
 * - `score_classes_leave_gaps` (info): consecutive classes leave values between them ("4-5": an overall score between
 *   4 and 5, not a whole number, would fall in no class).
 *
 * Never throws: a system that cannot be read gives one `scored_system_not_checked` finding with the reason and its
 * path.
 *
 * @param system - the system (its `criteria[].scores[].points` and `classes` are read)
 * @example
 * ```ts
 * import { checkScoredEvaluationSystem } from "piano-di-zona";
 * const scores = [1, 5, 10].map((points) => ({ points, meaning: "…" }));
 * const system = {
 *   criteria: [{ title: "Rilevanza", scores }, { title: "Efficienza", scores }],
 *   classes: [
 *     { label: "Eccellente", minPoints: 9, maxPoints: 10 }, { label: "Molto buono", minPoints: 7, maxPoints: 8 },
 *     { label: "Buono", minPoints: 5, maxPoints: 6 }, { label: "Insufficiente", minPoints: 1, maxPoints: 4 },
 *   ],
 * };
 * checkScoredEvaluationSystem(system).map((finding) => finding.code) //=> ["scored_system_without_combining_rule", "score_classes_leave_gaps"]
 * checkScoredEvaluationSystem(system)[1]?.computed //=> "4-5, 6-7, 8-9"
 * checkScoredEvaluationSystem(null as never).map((finding) => finding.code) //=> ["scored_system_not_checked"]
 * ```
 * @category Evaluation
 */
export function checkScoredEvaluationSystem(system: DeepReadonly<ScoredEvaluationSystemInput>): Finding[] {
  try {
    const record = readRecord(system);
    const criteria = readList(requiredField(record, "criteria"), ["criteria"]);
    const classes = readClasses(readList(requiredField(record, "classes"), ["classes"]));
    return findingsOf(criteria, classes);
  } catch (caught) {
    const error = caught instanceof PdzError ? caught : pdzError(C.unreadable_field, {}, []);
    return [
      createFinding(
        M.scored_system_not_checked,
        { reason: { en: error.message, it: error.messageIt } },
        { path: error.path },
      ),
    ];
  }
}

// The draft of the ex-post evaluation of the previous plan, in each grid the plans print.
import type { SourceReference } from "../core/source.js";
import type { DraftYesNo, LineRange } from "./draft.js";

/** An achievement grade as printed: a number, a band, both, a band's range, or "non applicabile". @category Ingest */
export interface DraftPrintedGrade {
  readonly text: string;
  readonly percent?: string;
  readonly range?: { readonly from: string; readonly to: string };
  readonly band?: "nullo" | "insufficiente" | "sufficiente" | "buono" | "ottimo";
  readonly notApplicable?: true;
  readonly lines: LineRange;
}

/** An action of an evaluated objective with its printed completion. @category Ingest */
export interface DraftEvaluatedAction {
  readonly title: string;
  /** Canonical percent ("100", "50", "0"). */
  readonly completion: string;
  readonly completionText?: string;
  readonly lines?: LineRange;
}

/** A SI/NO answer of the grid with its motivation. @category Ingest */
export interface DraftGridAnswer {
  readonly answer: DraftYesNo | null;
  readonly motivation?: string;
  readonly lines?: LineRange;
}

/**
 * One evaluated objective of the previous plan, with the fields its grid prints (fields the grid does not print
 * are absent).
 * @category Ingest
 */
export interface DraftObjectiveEvaluation {
  readonly code: string;
  readonly title: string;
  readonly area?: string;
  readonly priority?: boolean;
  readonly actions?: readonly DraftEvaluatedAction[];
  readonly grade?: DraftPrintedGrade;
  readonly usersEvaluation?: string;
  readonly adequacy?: {
    readonly level:
      | "gravemente-inadeguato"
      | "inadeguato"
      | "sufficientemente-adeguato"
      | "adeguato"
      | "perfettamente-adeguato"
      | "non-pertinente"
      | null;
    readonly text: string;
  };
  readonly coincidence?: {
    readonly statedPercent?: string;
    readonly statedBand?: "sovrastimato" | "ottimo" | "sottostimato" | "non-applicabile";
    readonly text: string;
  };
  readonly criticalIssues?: string;
  readonly positiveChange?: DraftGridAnswer;
  readonly continuityWithPrevious?: DraftGridAnswer;
  readonly reproposed?: DraftGridAnswer;
  readonly source: SourceReference;
}

/**
 * The evaluation of the previous plan: the grid variant and its objectives, with the plan-level grade where the
 * document states one.
 * @category Ingest
 */
export interface DraftPlanEvaluation {
  readonly grid: "dgr-2167-actions" | "dgr-2167-bands" | "narrative";
  readonly objectives: readonly DraftObjectiveEvaluation[];
  readonly statedOverallGrade?: DraftPrintedGrade;
  readonly source: SourceReference;
}

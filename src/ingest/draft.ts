// The drafts the reader returns: the shapes of the library's models "as printed" (the draft form of issue 12), every
// amount a canonical decimal string, every absent value null, every record with its source lines. They follow the
// contract the seeds were hand-encoded against, so that a draft and a hand-encoded record compare field by field.
// `_to-model.ts` is the one place that maps the reader's findings onto these shapes.
import type { FundId } from "../catalog/funds.js";
import type { LepsId } from "../catalog/leps.js";
import type { MacroAreaCode } from "../catalog/macro-areas.js";
import type { SourceReference } from "../core/source.js";

/** First and last line (1-based, inclusive) of a passage in the text that was read. @category Ingest */
export type LineRange = readonly [number, number];

/** A SI/NO answer of the form: "si", "no", "non-pertinente", or null when the box states neither. @category Ingest */
export type DraftYesNo = "si" | "no" | "non-pertinente";

/**
 * A SI/NO box as printed: the answer when the box prints one (`answerBasis: "printed"`), the box's whole text when
 * it says more than the answer, and the lines of the answer.
 * @category Ingest
 */
export interface DraftFormAnswer {
  readonly answer: DraftYesNo | null;
  readonly text?: string;
  readonly lines?: LineRange;
}

/** An action of AZIONI PROGRAMMATE: its printed code ("Azione 1", "1.2", null when unnumbered). @category Ingest */
export interface DraftAction {
  readonly code: string | null;
  readonly title: string;
  readonly lines?: LineRange;
}

/** One line of RISORSE ECONOMICHE PREVENTIVATE: a fund and its amount when printed. @category Ingest */
export interface DraftBudgetLine {
  readonly fund: FundId;
  /** The fund as printed. */
  readonly label: string;
  /** Canonical decimal string, or null when the fund is named without an amount. */
  readonly amount: string | null;
  /** The amount as printed ("€. 240.000,00"). */
  readonly printed?: string;
  readonly nature?: "pubblica" | "privata";
  readonly year?: number;
  readonly lines?: LineRange;
}

/** RISORSE ECONOMICHE PREVENTIVATE as printed. @category Ingest */
export interface DraftBudget {
  /** The triennial total as printed (canonical), null when none is printed. */
  readonly total: string | null;
  readonly printedTotal?: string;
  readonly lines: readonly DraftBudgetLine[];
  /** The field verbatim. */
  readonly text: string | null;
  readonly source?: LineRange;
}

/**
 * A result target typed as the model types it: a count, a share, a deliverable, a coverage, a change between two
 * years, or a baseline to record. Every target keeps its verbatim text and lines.
 * @category Ingest
 */
export type DraftResultTarget = {
  readonly id: string;
  readonly action?: string;
  readonly text: string;
  readonly lines: LineRange;
  readonly due?: string;
} & (
  | {
      readonly kind: "count-at-least";
      readonly min: number;
      readonly unit: string;
      readonly per: "triennium" | "year" | "semester" | "month";
      readonly fromYear?: number;
    }
  | {
      readonly kind: "share-at-least";
      readonly minPercent: string;
      readonly numerator: string;
      readonly denominator: string;
      readonly per?: "triennium" | "year";
    }
  | { readonly kind: "deliverable"; readonly deliverable: string }
  | { readonly kind: "coverage-at-least"; readonly min: number; readonly unit: string }
  | {
      readonly kind: "change";
      readonly direction: "increase" | "decrease";
      readonly measure: string;
      readonly fromYear: number;
      readonly toYear: number;
    }
  | { readonly kind: "baseline"; readonly measure: string }
);

/** An indicator as the scheda lists it. @category Ingest */
export interface DraftIndicator {
  readonly text: string;
  /** The action it measures ("Azione 1"), when the scheda ties it to one. */
  readonly action?: string;
  readonly lines?: LineRange;
}

/** A field that answers with free text and a list of indicators (fields 19, 24, 25, 26). @category Ingest */
export interface DraftIndicatorGroup {
  readonly text: string | null;
  readonly indicators: readonly DraftIndicator[];
}

/**
 * A scheda obiettivo of D.G.R. XII/2167/2024 ("SCHEDA DESCRIZIONE NUOVI OBIETTIVI") as printed. Fields the form
 * leaves blank, or that could not be read, are null (or empty lists); each unread field has a finding.
 * @category Ingest
 */
export interface DraftScheda {
  /** The plan's own code of the objective as printed ("1", "A", "OBIETTIVO 2" → "2"), or its position when none. */
  readonly code: string;
  readonly codeBasis: "printed" | "position";
  /**
   * `"ppt-dgr-2089"` when the scheda is an ASST's PPT card (D.G.R. XII/2089), which has only some of the boxes of the
   * D.G.R. XII/2167 form; absent for the scheda of the D.G.R. XII/2167 form.
   */
  readonly form?: "ppt-dgr-2089";
  /** The heading line(s) above the form, verbatim. */
  readonly heading?: string;
  readonly policyArea: MacroAreaCode | null;
  readonly policyAreaBasis: "field" | "section-heading" | "not-stated";
  readonly leps: readonly LepsId[];
  readonly lepsPrinted?: readonly string[];
  readonly priority: boolean | null;
  readonly title: string | null;
  readonly goals: string | null;
  readonly actions: readonly DraftAction[];
  readonly target: string | null;
  readonly budget: DraftBudget | null;
  readonly staff: string | null;
  readonly transversal: {
    readonly answer: DraftYesNo | null;
    readonly areas: readonly MacroAreaCode[];
    readonly text?: string;
  };
  readonly keyPoints: readonly {
    readonly area: MacroAreaCode | null;
    readonly point: string;
    readonly lines?: LineRange;
  }[];
  readonly asstInAnalysis: DraftFormAnswer;
  readonly asstInDelivery: DraftFormAnswer;
  readonly cooperationWithOtherAmbiti: DraftFormAnswer;
  readonly continuity: DraftFormAnswer;
  readonly newService: {
    readonly kind: "servizio-gia-presente" | "servizio-rivisto" | "nuovo-servizio" | null;
    readonly text?: string;
  };
  readonly premialProject: DraftFormAnswer;
  readonly coProgrammed: DraftFormAnswer;
  readonly coDesigned: DraftFormAnswer;
  readonly thirdSectorInvolvement: string | null;
  readonly otherActors: DraftFormAnswer;
  readonly needs: DraftIndicatorGroup;
  readonly needKind: {
    readonly kind: "bisogno-consolidato" | "nuovo-bisogno" | null;
    readonly text?: string;
  };
  readonly preventionKind: readonly ("promozionale" | "preventivo" | "riparativo")[];
  readonly preventionText?: string;
  readonly innovation: DraftFormAnswer;
  readonly digitalisation: DraftFormAnswer;
  readonly processIndicators: DraftIndicatorGroup;
  readonly outputIndicators: DraftIndicatorGroup;
  readonly outcomeIndicators: DraftIndicatorGroup;
  readonly targets: readonly DraftResultTarget[];
  readonly source: SourceReference;
}

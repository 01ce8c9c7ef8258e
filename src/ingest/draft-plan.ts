// Drafts of the parts of a plan around its forms: the Accordo di Programma's signatories and period, and tables
// printed as text.
import type { SourceReference } from "../core/source.js";
import type { LineRange } from "./draft.js";

/** A signatory of the Accordo di Programma as printed ("COMUNE DI GALLARATE (Ente Capofila)"). @category Ingest */
export interface DraftSignatory {
  readonly name: string;
  /** "comune", "ats", "asst", "provincia", "ente", … as the printed name says, or "altro". */
  readonly kind: "comune" | "ats" | "asst" | "provincia" | "azienda" | "altro";
  readonly lead: boolean;
  readonly lines: LineRange;
}

/**
 * The Accordo di Programma as far as the text prints it: its signatories and the period of the plan it adopts.
 * @category Ingest
 */
export interface DraftAccordo {
  readonly signatories: readonly DraftSignatory[];
  /** The Accordo's own period, ISO dates, where printed ("a decorrere dal 01.01.2025 al 31.12.2027"). */
  readonly period: {
    readonly from: string;
    readonly to: string;
    readonly text: string;
    readonly lines: LineRange;
  } | null;
  readonly source: SourceReference;
}

/** One row of a table printed as text: its label and its figures, canonical. @category Ingest */
export interface DraftTableRow {
  readonly label: string;
  readonly values: readonly (string | null)[];
  readonly lines: LineRange;
}

/**
 * A table printed as text and recognised: population by age band and comune, or a fund table. Figures are read in
 * the Italian mode; a figure that cannot be read without guessing is null and reported.
 * @category Ingest
 */
export interface DraftTable {
  readonly kind: "age-bands" | "fund-table";
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly DraftTableRow[];
  readonly source: SourceReference;
}

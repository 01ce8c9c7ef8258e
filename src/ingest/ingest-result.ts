// What reading a plan's text returns: the drafts, what each field was read from, and what could not be read.
import type { MacroAreaCode } from "../catalog/macro-areas.js";
import type { Finding } from "../core/finding.js";
import type { SourceReference } from "../core/source.js";
import type { DraftScheda, LineRange } from "./draft.js";
import type { DraftLepsScheda } from "./draft-leps.js";
import type { DraftPlanEvaluation } from "./draft-evaluation.js";
import type { DraftAccordo, DraftTable } from "./draft-plan.js";

/**
 * How sure the reader is of a value:
 * - `"high"`: the value stands in its labelled box and was read by a strict rule (a printed SI/NO, an amount in
 *   euro, a letter and title that agree);
 * - `"medium"`: the value was read from words (an option named in a sentence, areas mapped from titles without
 *   letters, an item split from a run-on list);
 * - `"low"`: the value was inferred from the context (the home area from a section heading, a fund recognised by
 *   a fuzzy match, a target typed from a sentence).
 * @category Ingest
 */
export type Confidence = "high" | "medium" | "low";

/**
 * Where one field of a draft was read: the printed label's lines, the value's lines, the confidence, and the
 * verbatim text of the box (null when the box is blank).
 * @category Ingest
 */
export interface FieldReading {
  /** The draft's field ("budget", "asstInAnalysis", …). */
  readonly field: string;
  /** The label as the official form prints it. */
  readonly label: string;
  readonly labelLines: LineRange;
  /** Lines of the value, null when the box is blank. */
  readonly lines: LineRange | null;
  readonly confidence: Confidence;
  /** The box verbatim: lines joined by one space, markup and bullet glyphs dropped. */
  readonly text: string | null;
}

/**
 * A finding of the reader: a {@link Finding} with the lines of the text it concerns (null when it concerns the
 * whole text).
 * @category Ingest
 */
export interface IngestFinding extends Finding {
  readonly lines: LineRange | null;
}

/** A scheda obiettivo read from the text. @category Ingest */
export interface IngestedScheda {
  readonly draft: DraftScheda;
  /** One reading per field found, in the order of the form. */
  readonly readings: readonly FieldReading[];
}

/** A LEPS scheda read from the text. @category Ingest */
export interface IngestedLepsScheda {
  readonly draft: DraftLepsScheda;
  readonly readings: readonly FieldReading[];
}

/**
 * A heading that names a macro-area ("5.3 Obiettivi macro-area: Politiche Abitative"), with what the catalogue's
 * matcher read in it.
 * @category Ingest
 */
export interface MacroAreaHeading {
  readonly text: string;
  readonly lines: LineRange;
  readonly area: MacroAreaCode | null;
  /** The letter printed before the title, when there is one. */
  readonly letter: string | null;
  /** The matcher's warnings (`letter_mismatch`, `legacy_area_c`, `misspelling`, …). */
  readonly warnings: readonly string[];
  readonly confidence: Confidence;
}

/** Everything read from a plan's text. @category Ingest */
export interface IngestResult {
  /** The document named in every source reference. */
  readonly document: string;
  /** How many lines the text has. */
  readonly lineCount: number;
  /** Lines left out as layout noise (page numbers, running headers), 1-based. */
  readonly noiseLines: readonly number[];
  readonly schede: readonly IngestedScheda[];
  readonly lepsSchede: readonly IngestedLepsScheda[];
  /** The ex-post evaluation of the previous plan, when the text prints one. */
  readonly evaluation: DraftPlanEvaluation | null;
  readonly macroAreaHeadings: readonly MacroAreaHeading[];
  /** The Accordo di Programma's signatories and period, where printed. */
  readonly accordo: DraftAccordo | null;
  /** Tables printed as text that were recognised (age bands by comune, fund tables). */
  readonly tables: readonly DraftTable[];
  readonly findings: readonly IngestFinding[];
  /** Where the whole text is: the document and all its lines. */
  readonly source: SourceReference;
}

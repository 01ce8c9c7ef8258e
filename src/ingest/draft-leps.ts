// The draft of a LEPS scheda: the PdZ's "Obiettivo LEPS: …" forms (written by the Ambiti on the DGR form) and the
// ASST's mirror forms of its Piano di Sviluppo del Polo Territoriale (DGR XII/2089/2024).
import type { LepsId } from "../catalog/leps.js";
import type { MacroAreaCode } from "../catalog/macro-areas.js";
import type { SourceReference } from "../core/source.js";
import type { DraftAction, DraftBudget, DraftFormAnswer, DraftResultTarget } from "./draft.js";

/**
 * A LEPS scheda as printed: who wrote it, the LEPS it serves (read from its heading), its areas, goals, actions,
 * target, budget, staff and result targets.
 * @category Ingest
 */
export interface DraftLepsScheda {
  readonly author: "ambiti" | "asst";
  /** The LEPS named by the heading, null when the heading names none the catalogue knows. */
  readonly leps: LepsId | null;
  /** The heading "Obiettivo LEPS: …", verbatim. */
  readonly title: string;
  /** The areas of the "Area di policy X)" line, in print order. */
  readonly policyAreas: readonly MacroAreaCode[];
  readonly goals: string | null;
  readonly actions: readonly DraftAction[];
  readonly target: string | null;
  readonly budget: DraftBudget | null;
  readonly staff: string | null;
  readonly asstInAnalysis?: DraftFormAnswer;
  readonly asstInDelivery?: DraftFormAnswer;
  readonly targets: readonly DraftResultTarget[];
  readonly source: SourceReference;
}

// LEPS schede: the Ambiti's forms headed "Obiettivo LEPS: …" (the DGR form, read as a scheda and reshaped), and the
// ASST's mirror forms of its PPT. The LEPS is the one the heading names; the areas are those of the "Area di policy
// X)" line printed in the title box.
import type { LepsId } from "../catalog/leps.js";
import type { MacroAreaCode } from "../catalog/macro-areas.js";
import { MACRO_AREA_CODES } from "../catalog/macro-areas.js";
import { matchLeps } from "../catalog/match-leps.js";
import type { DraftLepsScheda } from "./draft-leps.js";
import type { DraftResultTarget } from "./draft.js";
import { lepsMentions } from "./_leps-mentions.js";
import { verbatim } from "./_passage.js";
import type { PlanText } from "./_plan-text.js";
import type { AsstField } from "./_ppt.js";
import type { FieldRead, FormRecord } from "./_records.js";
import type { SchedaValues } from "./_scheda.js";
import { readTargets } from "./_targets.js";
import { toDraftScheda } from "./_to-model.js";
import type { FieldReading } from "./ingest-result.js";

/** The LEPS a heading names ("Obiettivo LEPS: Transitional Care – Dimissioni/Ammissioni Protette"). */
export function lepsOfHeading(heading: string): LepsId | null {
  const name = heading.replace(/^.*?\bLEPS\s*[:\-–]\s*/iu, "");
  const named = lepsMentions(name)[0];
  if (named !== undefined) return named;
  const match = matchLeps(name);
  return match.code;
}

/** The letters of "Area di policy G) e I)". */
export function policyAreasOf(text: string): MacroAreaCode[] {
  const match = /Area\s+di\s+policy\s+((?:[A-L]\s*\)\s*(?:,|e)?\s*)+)/iu.exec(text);
  if (match === null) return [];
  const letters = (match[1] ?? "").match(/[A-L](?=\s*\))/giu) ?? [];
  return letters
    .map((letter) => letter.toUpperCase())
    .filter((letter): letter is MacroAreaCode => (MACRO_AREA_CODES as readonly string[]).includes(letter));
}

/** Whether a scheda of the DGR form is a LEPS scheda of the Ambiti (its heading reads "Obiettivo LEPS: …"). */
export function isLepsHeading(heading: string | null): boolean {
  return heading !== null && /\bObiettivo\s+LEPS\b/iu.test(heading);
}

/** A LEPS scheda of the Ambiti from the values of its DGR form. */
export function lepsFromScheda(
  values: SchedaValues,
  document: string,
): { draft: DraftLepsScheda; readings: FieldReading[] } {
  const { draft: scheda, readings } = toDraftScheda(values, document);
  const heading = values.heading ?? "";
  const titleBox = values.fields.get("title")?.value.verbatim() ?? "";
  const draft: DraftLepsScheda = {
    author: "ambiti",
    leps: lepsOfHeading(heading),
    title: heading.replace(/^.*?(?=Obiettivo\s+LEPS)/iu, ""),
    policyAreas: policyAreasOf(titleBox),
    goals: scheda.goals,
    actions: scheda.actions,
    target: scheda.target,
    budget: scheda.budget,
    staff: scheda.staff,
    asstInAnalysis: scheda.asstInAnalysis,
    asstInDelivery: scheda.asstInDelivery,
    targets: scheda.targets,
    source: scheda.source,
  };
  return { draft, readings };
}

const ASST_LABELS: Readonly<Record<AsstField, string>> = {
  needs: "Criticità o razionale del progetto",
  matrix: "Matrice linee di intervento / aree tematiche (DGR XII/2089)",
  target: "Destinatari specifici dell’intervento (target)",
  goals: "Descrizione del servizio / progetto",
  territory: "Ambito territoriale di realizzazione",
  actors: "Attori/Enti coinvolti",
  staff: "Risorse ASST necessarie per attuazione del progetto",
  presence: "Progettualità presente nel Piano di Zona e nel PPT",
  years: "Anno Avvio / Anno Fine",
  outputIndicators: "Indicatore e risultato atteso",
};

function textOf(read: FieldRead<AsstField> | undefined): string | null {
  if (read === undefined) return null;
  const value = read.value.verbatim();
  return /[\p{L}\p{N}]/u.test(value) ? value : null;
}

/** A LEPS scheda of the ASST from its PPT form. */
export function lepsFromAsstForm(
  text: PlanText,
  record: FormRecord<AsstField>,
  document: string,
): { draft: DraftLepsScheda; readings: FieldReading[] } {
  const headingLines = [...record.headingLines].sort((a, b) => a - b);
  const heading = verbatim(headingLines.map((n) => text.lines[n] ?? "").join("\n"));
  const start = headingLines.length > 0 ? Math.min(...headingLines) + 1 : record.firstLine + 1;
  const results = record.fields.get("outputIndicators");
  const targets: DraftResultTarget[] = [];
  if (results !== undefined) {
    let n = 0;
    for (const target of readTargets(results.value, 0, results.value.text.length, true)) {
      n += 1;
      const { from, to, ...typed } = target;
      const lines = results.value.lines(from, to) ?? [start, start];
      targets.push({ ...typed, id: `R-${String(n)}`, lines });
    }
  }
  const draft: DraftLepsScheda = {
    author: "asst",
    leps: lepsOfHeading(heading),
    title: heading,
    policyAreas: [],
    goals: textOf(record.fields.get("goals")),
    actions: [],
    target: textOf(record.fields.get("target")),
    budget: null,
    staff: textOf(record.fields.get("staff")),
    targets,
    source: { document, lines: [start, record.lastLine + 1] },
  };
  const readings: FieldReading[] = [];
  for (const [field, read] of record.fields) {
    readings.push({
      field,
      label: ASST_LABELS[field],
      labelLines: [read.labelLines[0], read.labelLines[1]],
      lines: read.value.lines(),
      confidence: "medium",
      text: textOf(read),
    });
  }
  return { draft, readings };
}

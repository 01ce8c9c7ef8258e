// What the evaluation's renderings share: their words in both languages and how a stated coincidence or an adequacy
// is written.
import { ADEQUACY_LEVEL_CATALOG, COINCIDENCE_BAND_CATALOG } from "../catalog/evaluation-scales.js";
import type { Decimal } from "../core/decimal.js";
import { pdzError } from "../core/error.js";
import { formatIn } from "../core/format.js";
import { LANGUAGES, type Language } from "../core/labels.js";
import * as C from "../core/messages/core.js";
import { ownField, readText, type InputRecord } from "../core/read-input.js";
import type { ObjectiveRecord } from "../evaluation/evaluation-record.js";

export const TEXT = {
  it: {
    title: (from: number, to: number) => `Valutazione ex post degli obiettivi ${from}-${to}`,
    grid: "Tipo di valutazione",
    columns: [
      "Obiettivo",
      "Titolo",
      "Azioni realizzate",
      "Grado",
      "Fascia",
      "Grado ponderato",
      "Coincidenza",
      "Adeguatezza",
      "Fonte del grado",
    ],
    plan: "Grado di raggiungimento del piano",
    weighting: {
      objectives: "media semplice degli obiettivi",
      actions: "azioni realizzate su azioni programmate",
    },
    planOrigin: {
      recomputed: "ricalcolato",
      stated: "da gradi dichiarati",
      mixed: "in parte ricalcolato, in parte da gradi dichiarati",
    },
    between: (from: string, to: string) => `tra ${from} e ${to}`,
    noBand: (bands: string) => `nessuna fascia: a cavallo di ${bands}`,
    noPlanGrade: "nessuno (nessun obiettivo ha un grado)",
    excluded: "Esclusi dalla media",
    exclusion: { "not-applicable": "non applicabile", "no-grade": "nessun grado" },
    stated: "dichiarato",
    statedInWords: (text: string) => `«${text}»`,
    findings: "Incongruenze rilevate",
    none: "Nessuna incongruenza rilevata.",
    limits: "Limiti del ricalcolo",
    weightedNote: "Grado ponderato: ogni azione pesa per la sua percentuale di realizzazione.",
    originNote:
      "Fonte del grado: «ricalcolato» dalle azioni o dal numero di azioni; «dichiarato» come stampato nel documento " +
      "(una fascia stampata da sola vale per il suo intervallo ufficiale: 0, 1-49, 50-79, 80-99, 100). " +
      "Coincidenza e adeguatezza come dichiarate.",
    origin: { recomputed: "ricalcolato", stated: "dichiarato" },
    fromParts: "dalle parti",
    notApplicable: "n.a.",
    notApplicableGrade: "non applicabile",
    notPertinent: "non pertinente",
    narrative: "Valutazione narrativa",
    narrativeColumns: ["Tema", "Esito", "Righe"],
    outcomeAt: (lines: string) => `esito alle righe ${lines}`,
    outcomes: "Esiti",
    scored: "Sistema di valutazione a punteggio",
    scoredColumns: ["Criterio", "Punteggi"],
    classColumns: ["Classe", "Punti"],
  },
  en: {
    title: (from: number, to: number) => `Ex-post evaluation of the objectives ${from}-${to}`,
    grid: "Kind of evaluation",
    columns: [
      "Objective",
      "Title",
      "Actions realized",
      "Grade",
      "Band",
      "Weighted grade",
      "Coincidence",
      "Adequacy",
      "Grade from",
    ],
    plan: "Plan achievement grade",
    weighting: {
      objectives: "plain mean of the objectives",
      actions: "realized actions over planned actions",
    },
    planOrigin: {
      recomputed: "recomputed",
      stated: "from stated grades",
      mixed: "partly recomputed, partly from stated grades",
    },
    between: (from: string, to: string) => `between ${from} and ${to}`,
    noBand: (bands: string) => `no band: it spans ${bands}`,
    noPlanGrade: "none (no objective has a grade)",
    excluded: "Left out of the mean",
    exclusion: { "not-applicable": "not applicable", "no-grade": "no grade" },
    stated: "stated",
    statedInWords: () => "in words only, without a grade",
    findings: "Inconsistencies found",
    none: "No inconsistency found.",
    limits: "What cannot be recomputed",
    weightedNote: "Weighted grade: each action weighs by its reported completion.",
    originNote:
      'Grade from: "recomputed" from the actions or the action counts; "stated" as printed in the document ' +
      "(a band printed alone stands for its official range: 0, 1-49, 50-79, 80-99, 100). " +
      "Coincidence and adequacy as stated.",
    origin: { recomputed: "recomputed", stated: "stated" },
    fromParts: "from the parts",
    notApplicable: "n/a",
    notApplicableGrade: "not applicable",
    notPertinent: "not pertinent",
    narrative: "Narrative evaluation",
    narrativeColumns: ["Theme", "Outcome", "Lines"],
    outcomeAt: (lines: string) => `outcome at lines ${lines}`,
    outcomes: "Outcomes",
    scored: "Scored evaluation system",
    scoredColumns: ["Criterion", "Scores"],
    classColumns: ["Class", "Points"],
  },
} as const;

export const ALIGNMENTS = [
  "left",
  "left",
  "right",
  "right",
  "left",
  "right",
  "left",
  "left",
  "left",
] as const;

/** The longest title shown in the table. */
export const TITLE_LENGTH = 60;

export function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  let cut = length - 1;
  // Never split a surrogate pair.
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

export const percent = (language: Language, value: Decimal, decimals = 2): string =>
  formatIn(language, value, "percent", { decimals });

export function coincidenceCell(record: ObjectiveRecord, language: Language): string {
  const stated = record.coincidence;
  if (stated === null) return "—";
  if (stated.budgeted?.isZero() === true || stated.statedBand === "non-applicabile") {
    return TEXT[language].notApplicable;
  }
  const parts: string[] = [];
  const band = stated.statedBand === null ? null : COINCIDENCE_BAND_CATALOG[stated.statedBand];
  // With no printed percent, the band's official range stands in for it (">100% (sottostimato)").
  if (stated.statedPercent !== null) parts.push(percent(language, stated.statedPercent, 0));
  else if (band !== null) parts.push(band.officialRange);
  if (band !== null) parts.push(`(${band.labels[language]})`);
  return parts.length > 0 ? parts.join(" ") : "—";
}

export function adequacyCell(record: ObjectiveRecord, language: Language): string {
  const level = record.adequacy;
  if (level === null) return "—";
  return level === "non-pertinente"
    ? TEXT[language].notPertinent
    : ADEQUACY_LEVEL_CATALOG[level].labels[language];
}

export function readLanguage(record: InputRecord): Language {
  const value = ownField(record, "language");
  if (value === undefined) return "it";
  if (typeof value !== "string" || !(LANGUAGES as readonly string[]).includes(value)) {
    throw pdzError(C.invalid_language, {}, ["language"]);
  }
  return value as Language;
}

// A heading, a cell or a list item is one line: line breaks become spaces.
export function oneLine(text: string): string {
  return text.replace(/\r\n?|\n/g, " ");
}

export function readTitle(record: InputRecord): string | null {
  const value = ownField(record, "title");
  return value === undefined ? null : oneLine(readText(value, ["title"]));
}

// Messages of the catalogue module: lookups of reference data by code, and the warnings the title matchers attach to
// a match. One exported constant per code (snake_case, as the code); the TSDoc line above each is its meaning in
// docs/errors.md. A matcher's warnings are findings about the text read, with a severity, as a check's are.
import type { Labels } from "../labels.js";

/** The message of a lookup by an unknown code: "Unknown fund id: FNPS". */
/* @__NO_SIDE_EFFECTS__ */
function unknownEntry(what: Labels): (params: { value: string }) => Labels {
  return ({ value }) => ({ en: `Unknown ${what.en}: ${value}`, it: `${what.it}: ${value}` });
}

/** A macro-area letter is not one of the catalogue (A-L without C, or the legacy C). */
export const unknown_macro_area = {
  code: "unknown_macro_area",
  render: /* @__PURE__ */ unknownEntry({
    en: "macro-area letter",
    it: "Lettera di macro-area sconosciuta",
  }),
} as const;

/** A development driver code is not one of the four of D.G.R. XII/2167. */
export const unknown_development_driver = {
  code: "unknown_development_driver",
  render: /* @__PURE__ */ unknownEntry({
    en: "development driver",
    it: "Driver di sviluppo sconosciuto",
  }),
} as const;

/** A LEPS id is not one of the catalogue. */
export const unknown_leps = {
  code: "unknown_leps",
  render: /* @__PURE__ */ unknownEntry({ en: "LEPS id", it: "Identificativo di LEPS sconosciuto" }),
} as const;

/** A fund id is not one of the catalogue. */
export const unknown_fund = {
  code: "unknown_fund",
  render: /* @__PURE__ */ unknownEntry({ en: "fund id", it: "Identificativo di fondo sconosciuto" }),
} as const;

/** An achievement band is not one of the five of the evaluation grid. */
export const unknown_achievement_band = {
  code: "unknown_achievement_band",
  render: /* @__PURE__ */ unknownEntry({
    en: "achievement band",
    it: "Fascia di raggiungimento sconosciuta",
  }),
} as const;

/** A coincidence band is not one of the evaluation grid (or "non-applicabile"). */
export const unknown_coincidence_band = {
  code: "unknown_coincidence_band",
  render: /* @__PURE__ */ unknownEntry({
    en: "coincidence band",
    it: "Fascia di coincidenza sconosciuta",
  }),
} as const;

/** An adequacy level is not one of the five of the evaluation grid. */
export const unknown_adequacy_level = {
  code: "unknown_adequacy_level",
  render: /* @__PURE__ */ unknownEntry({
    en: "adequacy level",
    it: "Livello di adeguatezza sconosciuto",
  }),
} as const;

/** A grid question is not one of the three SI/NO questions of the evaluation grid. */
export const unknown_grid_question = {
  code: "unknown_grid_question",
  render: /* @__PURE__ */ unknownEntry({ en: "grid question", it: "Domanda della griglia sconosciuta" }),
} as const;

/** An answer is not "si", "no" or "non-pertinente". */
export const unknown_yes_no_answer = {
  code: "unknown_yes_no_answer",
  render: /* @__PURE__ */ unknownEntry({ en: "SI/NO answer", it: "Risposta SI/NO sconosciuta" }),
} as const;

/** An organ kind is not one of the catalogue. */
export const unknown_organ_kind = {
  code: "unknown_organ_kind",
  render: /* @__PURE__ */ unknownEntry({ en: "organ kind", it: "Tipo di organismo sconosciuto" }),
} as const;

/** An entity kind is not one of the catalogue. */
export const unknown_entity_kind = {
  code: "unknown_entity_kind",
  render: /* @__PURE__ */ unknownEntry({ en: "entity kind", it: "Tipo di ente sconosciuto" }),
} as const;

/** A new-service answer of the scheda obiettivo is not one of the form's. */
export const unknown_new_service_kind = {
  code: "unknown_new_service_kind",
  render: /* @__PURE__ */ unknownEntry({
    en: "new-service answer",
    it: "Risposta sul nuovo servizio sconosciuta",
  }),
} as const;

/** A need answer of the scheda obiettivo is not one of the form's. */
export const unknown_need_kind = {
  code: "unknown_need_kind",
  render: /* @__PURE__ */ unknownEntry({ en: "need answer", it: "Risposta sul bisogno sconosciuta" }),
} as const;

/** A prevention answer of the scheda obiettivo is not one of the form's. */
export const unknown_prevention_kind = {
  code: "unknown_prevention_kind",
  render: /* @__PURE__ */ unknownEntry({
    en: "prevention answer",
    it: "Risposta sul tipo di obiettivo sconosciuta",
  }),
} as const;

/** The letter before a macro-area title is not the title's own letter; the title decides. */
export const letter_mismatch = {
  code: "letter_mismatch",
  severity: "warning",
  render: () => ({
    en: "The letter before the title is not the title's own macro-area letter; the title decides",
    it: "La lettera che precede il titolo non è quella della macro-area indicata dal titolo; prevale il titolo",
  }),
} as const;

/** The text names the 2021-2023 area C, merged into A by D.G.R. XII/2167. */
export const legacy_area_c = {
  code: "legacy_area_c",
  severity: "warning",
  render: () => ({
    en: "Area C 'Promozione dell'inclusione attiva' (2021-2023) was merged into area A by D.G.R. XII/2167",
    it: "L'area C 'Promozione dell'inclusione attiva' (2021-2023) è accorpata nell'area A dalla D.G.R. XII/2167",
  }),
} as const;

/** The text matches a known misspelling of a title ("Domiciliarietà"). */
export const misspelling = {
  code: "misspelling",
  severity: "warning",
  render: () => ({
    en: "The title is misspelt in the text",
    it: "Il titolo è scritto in modo errato nel testo",
  }),
} as const;

/** The text matches several entries equally well, so none is chosen. */
export const ambiguous = {
  code: "ambiguous",
  severity: "warning",
  render: () => ({
    en: "The text matches several entries equally well",
    it: "Il testo corrisponde ugualmente bene a più voci",
  }),
} as const;

/** A macro-area letter stands without a recognisable title, so nothing is matched. */
export const letter_without_title = {
  code: "letter_without_title",
  severity: "info",
  render: () => ({
    en: "A letter was found but no recognisable title; a letter alone is not read as a macro-area",
    it: "È presente una lettera ma nessun titolo riconoscibile; la sola lettera non identifica una macro-area",
  }),
} as const;

/** A local LEPS number ("L3.") before the name was set aside: plans number the LEPS inconsistently. */
export const local_number_ignored = {
  code: "local_number_ignored",
  severity: "info",
  render: () => ({
    en: "A local number before the name (e.g. L1-L5) was ignored: plans number LEPS inconsistently",
    it: "Un numero locale prima del nome (es. L1-L5) è stato ignorato: i piani numerano i LEPS in modo non uniforme",
  }),
} as const;

// ─── Issue 12: every evaluation grid in use ───────────────────────────────────────────────────────────────────────

/** A kind of ex-post evaluation is not one of the catalogue. */
export const unknown_evaluation_grid = {
  code: "unknown_evaluation_grid",
  render: /* @__PURE__ */ unknownEntry({ en: "kind of evaluation", it: "Tipo di valutazione sconosciuto" }),
} as const;

/** An outcome of a narrative evaluation is not one of the catalogue. */
export const unknown_narrative_outcome = {
  code: "unknown_narrative_outcome",
  render: /* @__PURE__ */ unknownEntry({
    en: "outcome of a narrative evaluation",
    it: "Esito di valutazione narrativa sconosciuto",
  }),
} as const;

/** An answer to a closing question of the evaluation grid is not one of the catalogue. */
export const unknown_grid_answer = {
  code: "unknown_grid_answer",
  render: /* @__PURE__ */ unknownEntry({ en: "grid answer", it: "Risposta della griglia sconosciuta" }),
} as const;

/** A column of the 2015-2017 plan's tables is not one of the catalogue. */
export const unknown_legacy_plan_column = {
  code: "unknown_legacy_plan_column",
  render: /* @__PURE__ */ unknownEntry({
    en: "column of the 2015-2017 plan",
    it: "Colonna del piano 2015-2017 sconosciuta",
  }),
} as const;

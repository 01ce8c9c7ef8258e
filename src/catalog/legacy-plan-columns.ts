import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/catalog.js";
import { frozen } from "./_frozen.js";
import { entryOf, isOneOf } from "./_lookup.js";

// Source: the tables of the Piano di Zona 1.5.2015 – 31.12.2017 (seed 003, header L14-27: OBIETTIVO GENERALE /
// OBIETTIVO SPECIFICI / INTERVENTI/AZIONI DI SISTEMA / INDICATORI DI ESITO / STRUMENTI UTILIZZATI / RISORSE IMPIEGATE
// FINANZIARIE / PROFESSIONALI / TEMPISTICA), laid out on the linee di indirizzo of D.G.R. X/2941 of 19.12.2014; and
// the scheda obiettivo of D.G.R. XII/2167 of 15.04.2024 (SCHEDA DESCRIZIONE NUOVI OBIETTIVI, fields 1-26).

/**
 * The columns of the 2015-2017 plan's tables (seed 003), in their order.
 * @category Catalog
 */
export const LEGACY_PLAN_COLUMNS = /* @__PURE__ */ Object.freeze([
  "obiettivo-generale",
  "obiettivo-specifico",
  "interventi-azioni",
  "indicatori-di-esito",
  "strumenti-utilizzati",
  "risorse-finanziarie",
  "risorse-professionali",
  "tempistica",
] as const);

/** One of {@link LEGACY_PLAN_COLUMNS}. @category Catalog */
export type LegacyPlanColumn = (typeof LEGACY_PLAN_COLUMNS)[number];

/**
 * How a column of the 2015-2017 plan carries into today's scheda obiettivo: `"same"` where the field asks for the
 * same thing, `"partial"` where it holds part of it or holds it in other terms, `"none"` where today's scheda has no
 * place for it.
 * @category Catalog
 */
export type LegacyMappingRelation = "same" | "partial" | "none";

/**
 * A column of the 2015-2017 plan and where it goes in today's scheda obiettivo.
 * @category Catalog
 */
export interface LegacyPlanColumnEntry<Code extends LegacyPlanColumn = LegacyPlanColumn> {
  readonly code: Code;
  /** The column's header as printed, and in English. */
  readonly labels: Labels;
  /** Where the column is in the legacy model (`LegacyPlan`). */
  readonly path: string;
  /**
   * The field of today's scheda obiettivo: its number on the form (`null` for the AREA DI POLICY, which is not
   * numbered) and its question; `null` where the scheda has no such field.
   */
  readonly scheda: { readonly field: number | null; readonly labels: Labels } | null;
  readonly relation: LegacyMappingRelation;
  /** What is kept, what is not, and why. */
  readonly note: Labels;
}

/**
 * The mapping of the 2015-2017 plan's columns onto today's scheda obiettivo (D.G.R. XII/2167), column by column: a
 * documented table rather than a conversion, because a 2015-2017 row fills at most six of the scheda's 26 fields and
 * its resources are words without amounts — a converted scheda would be mostly blank, and its blanks would not be
 * the Ambito's. The fields of today's scheda with no column of 2015-2017: 2 (goals), 4 (target), 7-23 (transversal
 * areas, key points, ASST, cooperation, continuity, new service, premial project, co-programming and co-design, third
 * sector, other actors, needs, kind of need and of intervention, innovation, digitalisation), 25 (results).
 * Deep-frozen.
 *
 * @example
 * ```ts
 * import { LEGACY_PLAN_COLUMN_CATALOG } from "piano-di-zona";
 * LEGACY_PLAN_COLUMN_CATALOG["interventi-azioni"].scheda?.field //=> 3
 * LEGACY_PLAN_COLUMN_CATALOG.tempistica.relation //=> "none"
 * LEGACY_PLAN_COLUMN_CATALOG["risorse-finanziarie"].note.en.startsWith("Words only") //=> true
 * ```
 * @category Catalog
 */
export const LEGACY_PLAN_COLUMN_CATALOG: { readonly [C in LegacyPlanColumn]: LegacyPlanColumnEntry<C> } =
  /* @__PURE__ */ frozen({
    "obiettivo-generale": {
      code: "obiettivo-generale",
      labels: { it: "OBIETTIVO GENERALE", en: "general objective" },
      path: "generalObjectives[].title",
      scheda: { field: null, labels: { it: "AREA DI POLICY", en: "policy area" } },
      relation: "partial",
      note: {
        it: "Nessun campo proprio: un obiettivo generale raggruppa più righe (più schede di oggi). La macro-area di oggi è in `mapsTo`, con la ragione: una lettura dell'obiettivo, non stampata nel piano, che precede le macro-aree.",
        en: "No field of its own: a general objective groups several rows (several of today's schede). Today's macro-area is in `mapsTo`, with the reason: a reading of the objective, not printed in the plan, which predates the macro-areas.",
      },
    },
    "obiettivo-specifico": {
      code: "obiettivo-specifico",
      labels: { it: "OBIETTIVO SPECIFICO", en: "specific objective" },
      path: "generalObjectives[].specificObjectives[].title",
      scheda: { field: 1, labels: { it: "TITOLO INTERVENTO", en: "title of the intervention" } },
      relation: "same",
      note: {
        it: "Una riga della tabella è un obiettivo come una scheda di oggi; il suo obiettivo specifico ne è il titolo.",
        en: "A row of the table is one objective, as one of today's schede is; its specific objective is the title.",
      },
    },
    "interventi-azioni": {
      code: "interventi-azioni",
      labels: { it: "INTERVENTI/AZIONI DI SISTEMA", en: "interventions / system actions" },
      path: "generalObjectives[].specificObjectives[].actions",
      scheda: { field: 3, labels: { it: "AZIONI PROGRAMMATE", en: "planned actions" } },
      relation: "same",
      note: {
        it: "Un'azione per voce, senza numero.",
        en: "One action per item, without a number.",
      },
    },
    "indicatori-di-esito": {
      code: "indicatori-di-esito",
      labels: { it: "INDICATORI DI ESITO", en: "outcome indicators" },
      path: "generalObjectives[].specificObjectives[].outcomeIndicators",
      scheda: {
        field: 26,
        labels: { it: "QUALE IMPATTO DOVREBBE AVERE L'INTERVENTO?", en: "expected impact" },
      },
      relation: "partial",
      note: {
        it: "Gli indicatori di esito mescolano risultati (campo 25) e impatto (campo 26), e non hanno target tipizzati: restano testo.",
        en: "The outcome indicators mix results (field 25) and impact (field 26), and have no typed targets: they stay text.",
      },
    },
    "strumenti-utilizzati": {
      code: "strumenti-utilizzati",
      labels: { it: "STRUMENTI UTILIZZATI", en: "tools used" },
      path: "generalObjectives[].specificObjectives[].tools",
      scheda: {
        field: 24,
        labels: {
          it: "QUALI MODALITÀ ORGANIZZATIVE, OPERATIVE E DI EROGAZIONE SONO ADOTTATE?",
          en: "organisational and delivery arrangements",
        },
      },
      relation: "partial",
      note: {
        it: "Gli strumenti (tavoli, accordi, banche dati) descrivono le modalità organizzative; il campo 24 chiede anche indicatori di processo, che il piano non ha.",
        en: "The tools (tables, agreements, databases) describe the organisational arrangements; field 24 also asks for process indicators, which the plan has not.",
      },
    },
    "risorse-finanziarie": {
      code: "risorse-finanziarie",
      labels: { it: "RISORSE IMPIEGATE FINANZIARIE", en: "financial resources" },
      path: "generalObjectives[].specificObjectives[].resources.financial",
      scheda: { field: 5, labels: { it: "RISORSE ECONOMICHE PREVENTIVATE", en: "budgeted resources" } },
      relation: "partial",
      note: {
        it: 'Solo parole, nessun importo ("budget assegnato all\'Azienda Speciale Consortile"): il testo del budget, senza totale né fondi.',
        en: "Words only, no amount (\"budget assegnato all'Azienda Speciale Consortile\"): the budget's text, with no total and no funds.",
      },
    },
    "risorse-professionali": {
      code: "risorse-professionali",
      labels: { it: "RISORSE IMPIEGATE PROFESSIONALI", en: "professional resources" },
      path: "generalObjectives[].specificObjectives[].resources.professional",
      scheda: { field: 6, labels: { it: "RISORSE DI PERSONALE DEDICATE", en: "dedicated staff" } },
      relation: "same",
      note: {
        it: "Le figure professionali, senza numeri né ore.",
        en: "The professional roles, without counts or hours.",
      },
    },
    tempistica: {
      code: "tempistica",
      labels: { it: "TEMPISTICA", en: "timing" },
      path: "generalObjectives[].specificObjectives[].timing",
      scheda: null,
      relation: "none",
      note: {
        it: "La scheda di oggi non ha un campo per i tempi: le scadenze stanno nei risultati attesi (campo 25) quando sono quantificate.",
        en: "Today's scheda has no field for timing: deadlines sit in the expected results (field 25) when they are quantified.",
      },
    },
  });

/**
 * Tells whether a value is a column of the 2015-2017 plan.
 *
 * @example
 * ```ts
 * import { isLegacyPlanColumn } from "piano-di-zona";
 * isLegacyPlanColumn("tempistica") //=> true
 * isLegacyPlanColumn("TEMPISTICA") //=> false
 * ```
 * @category Catalog
 */
export function isLegacyPlanColumn(value: unknown): value is LegacyPlanColumn {
  return isOneOf(LEGACY_PLAN_COLUMNS, value);
}

/**
 * The catalogue entry of a column of the 2015-2017 plan: its header and where it goes in today's scheda obiettivo.
 *
 * @param column - one of {@link LEGACY_PLAN_COLUMNS}
 * @throws PdzError `unknown_legacy_plan_column` for any other value
 * @example
 * ```ts
 * import { getLegacyPlanColumn } from "piano-di-zona";
 * getLegacyPlanColumn("risorse-professionali").scheda?.labels.it //=> "RISORSE DI PERSONALE DEDICATE"
 * getLegacyPlanColumn("risorse" as never) //=> throws unknown_legacy_plan_column
 * ```
 * @category Catalog
 */
export function getLegacyPlanColumn(column: LegacyPlanColumn): LegacyPlanColumnEntry {
  return entryOf(LEGACY_PLAN_COLUMN_CATALOG, LEGACY_PLAN_COLUMNS, M.unknown_legacy_plan_column, column);
}

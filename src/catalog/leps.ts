import type { Labels } from "../core/labels.js";
import type { SourceReference } from "../core/source.js";
import * as M from "../core/messages/catalog.js";
import { frozen } from "./_frozen.js";
import { entryOf, isOneOf } from "./_lookup.js";
import type { FundId } from "./funds.js";
import type { MacroAreaCode } from "./macro-areas.js";

// Source: the LEPS tables of the Allegato to D.G.R. XII/2167 of 15.04.2024 (one per macro-area, plus the table of
// the five "LEPS prioritari"), copied in the Piano di Zona 2025-2027 of the Ambito Sebino, seed 002 L444-2778.

/**
 * Stable ids of the LEPS (livelli essenziali delle prestazioni sociali) that D.G.R. XII/2167 names in its tables.
 * LEPS are keyed by these ids, never by the L1-L5 numbers that plans use inconsistently.
 *
 * @example
 * ```ts
 * import { LEPS_IDS } from "piano-di-zona";
 * LEPS_IDS.length //=> 16
 * ```
 * @category Catalog
 */
export const LEPS_IDS = /* @__PURE__ */ Object.freeze([
  "servizio-sociale-professionale",
  "pronto-intervento-sociale",
  "supervisione-personale",
  "dimissioni-protette",
  "prevenzione-allontanamento-familiare",
  "residenza-fittizia",
  "incremento-sad",
  "servizi-sollievo",
  "servizi-sostegno",
  "pua-integrati-uvm",
  "percorso-assistenziale-integrato",
  "valutazione-multidimensionale-progetto-personalizzato",
  "accesso-valutazione-sostegni",
  "presa-in-carico-sociale-lavorativa",
  "offerta-integrata",
  "assegno-di-inclusione",
] as const);

/** One of {@link LEPS_IDS}. @category Catalog */
export type LepsId = (typeof LEPS_IDS)[number];

/**
 * The five LEPS that D.G.R. XII/2167 makes priorities for the integration with ASST and ATS, in the DGR's order
 * (seed 002 L2226, L2294, L2396, L2567, L2700; the same five in seed 000 L327-331).
 *
 * @example
 * ```ts
 * import { PRIORITY_LEPS_IDS } from "piano-di-zona";
 * PRIORITY_LEPS_IDS[2] //=> "dimissioni-protette"
 * ```
 * @category Catalog
 */
export const PRIORITY_LEPS_IDS = /* @__PURE__ */ Object.freeze([
  "valutazione-multidimensionale-progetto-personalizzato",
  "prevenzione-allontanamento-familiare",
  "dimissioni-protette",
  "pua-integrati-uvm",
  "incremento-sad",
] as const satisfies readonly LepsId[]);

/** One of {@link PRIORITY_LEPS_IDS}. @category Catalog */
export type PriorityLepsId = (typeof PRIORITY_LEPS_IDS)[number];

/**
 * One row of a DGR LEPS table: the table (a macro-area, or `"prioritari"` for the table of the five priority
 * LEPS), the funds it lists for the LEPS, and the funding cell as printed. Funding differs between tables for
 * the same LEPS, so it is recorded per table.
 * @category Catalog
 */
export interface LepsTableRow {
  readonly table: MacroAreaCode | "prioritari";
  readonly funds: readonly FundId[];
  readonly fundingAsPrinted: string;
  readonly source: SourceReference;
}

/** Who a priority LEPS is integrated with, as the DGR's priority table says. @category Catalog */
export type LepsIntegration = "asst" | "ats-asst";

/**
 * A LEPS: its name as the DGR tables write it, bilingual labels, legal basis, the rows of the DGR tables that
 * list it, and, for the five priority LEPS, their rank and integration partners.
 * @category Catalog
 */
export interface Leps {
  readonly id: LepsId;
  /** The name in the DGR tables. */
  readonly name: string;
  readonly labels: Labels;
  /** The norm the DGR tables cite, as they cite it. */
  readonly legalBasis: string;
  /** The macro-areas whose DGR tables list the LEPS (in A-L order). */
  readonly macroAreas: readonly MacroAreaCode[];
  readonly tables: readonly LepsTableRow[];
  /** For a priority LEPS, its rank (1-5) in the DGR's table and its integration partners; otherwise `null`. */
  readonly priority: { readonly rank: number; readonly integration: LepsIntegration } | null;
}

const SEB = "Piano di Zona 2025-2027, Ambito n. 5 Sebino";
const C170 = "L. 30.12.2021 n. 234, art. 1, comma 170";
const C163 = "L. 30.12.2021 n. 234, art. 1, comma 163";
const NOT_SELF = ["fna"] as const;
const PN_POVERTY = ["fondo-poverta", "pn-inclusione"] as const;
const PON_POVERTY = ["fondo-poverta", "pon-inclusione"] as const;
const VM_FUNDS = ["fondo-poverta", "fnps", "pon-inclusione", "piano-operativo-complementare"] as const;
const VM_PRINTED = "Fondo Povertà, FNPS, PON inclusione; Piano operativo complementare";
const DIM_FUNDS = ["pnrr", "fnps", "pn-inclusione"] as const;

/* @__NO_SIDE_EFFECTS__ */
function row(
  table: LepsTableRow["table"],
  funds: readonly FundId[],
  fundingAsPrinted: string,
  first: number,
  last: number,
): LepsTableRow {
  return { table, funds, fundingAsPrinted, source: { document: SEB, lines: [first, last] } };
}

/* @__NO_SIDE_EFFECTS__ */
function leps<I extends LepsId>(
  id: I,
  name: string,
  en: string,
  legalBasis: string,
  tables: readonly LepsTableRow[],
  priority: Leps["priority"] = null,
): Leps & { readonly id: I } {
  const areas = new Set(tables.map((t) => t.table));
  const macroAreas = (["A", "B", "D", "E", "F", "G", "H", "I", "J", "K", "L"] as const).filter((a) =>
    areas.has(a),
  );
  return { id, name, labels: { it: name, en }, legalBasis, macroAreas, tables, priority };
}

/**
 * The LEPS named by D.G.R. XII/2167, keyed by id. Area F has no LEPS table and area L none at all; the legal bases
 * are those the DGR tables print (the "comma 54" of D.Lgs. 147/2017 art. 23 for the offerta integrata is kept as
 * printed: it does not exist in that article and is a documented doubt). Deep-frozen.
 *
 * @example
 * ```ts
 * import { LEPS_CATALOG } from "piano-di-zona";
 * LEPS_CATALOG["incremento-sad"].macroAreas //=> ["D", "E", "J"]
 * LEPS_CATALOG["incremento-sad"].priority //=> { rank: 5, integration: "asst" }
 * const rows = LEPS_CATALOG["prevenzione-allontanamento-familiare"].tables;
 * rows.map((t) => t.funds.join("+")) //=> ["pnrr+fondo-poverta", "pnrr+fondo-poverta", "pnrr+fnps"]
 * ```
 * @category Catalog
 */
export const LEPS_CATALOG: { readonly [I in LepsId]: Leps & { readonly id: I } } = /* @__PURE__ */ frozen({
  "servizio-sociale-professionale": leps(
    "servizio-sociale-professionale",
    "Servizio sociale professionale",
    "Professional social work service",
    "L. 30.12.2020 n. 178 (legge di bilancio 2021), art. 1, commi 797-802",
    [row("K", ["fondo-poverta"], "Fondo povertà", 2057, 2065)],
  ),
  "pronto-intervento-sociale": leps(
    "pronto-intervento-sociale",
    "Pronto intervento sociale",
    "Social emergency service",
    C170,
    [
      row("A", PN_POVERTY, "Fondo Povertà, PN Inclusione", 466, 478),
      row("I", PN_POVERTY, "Fondo povertà, PN Inclusione", 1611, 1623),
    ],
  ),
  "supervisione-personale": leps(
    "supervisione-personale",
    "Supervisione del personale dei servizi sociali",
    "Supervision of social services staff",
    C170,
    [row("K", ["pnrr", "fnps"], "PNRR, FNPS", 2067, 2077)],
  ),
  "dimissioni-protette": leps(
    "dimissioni-protette",
    "Servizi sociali per le dimissioni protette",
    "Social services for protected hospital discharge",
    C170,
    [
      row("D", DIM_FUNDS, "PNRR, FNPS, PN Inclusione", 835, 847),
      row("E", DIM_FUNDS, "PNRR, FNPS, PN Inclusione", 972, 984),
      row("prioritari", DIM_FUNDS, "PNRR, FNPS, PN Inclusione", 2396, 2404),
    ],
    { rank: 3, integration: "ats-asst" },
  ),
  "prevenzione-allontanamento-familiare": leps(
    "prevenzione-allontanamento-familiare",
    "Prevenzione dell'allontanamento familiare",
    "Preventing the removal of children from their family",
    C170,
    [
      row("G", ["pnrr", "fondo-poverta"], "PNRR, Fondo povertà", 1172, 1183),
      row("I", ["pnrr", "fondo-poverta"], "PNRR, Fondo povertà", 1575, 1586),
      row("prioritari", ["pnrr", "fnps"], "PNRR, FNPS", 2294, 2301),
    ],
    { rank: 2, integration: "ats-asst" },
  ),
  "residenza-fittizia": leps(
    "residenza-fittizia",
    "Servizi per la residenza fittizia",
    "Services for registered residence of homeless people",
    "L. 24.12.1954 n. 1228, art. 2 e D.P.R. 30.05.1989 n. 223 (citati dalle schede del Piano povertà)",
    [
      row("A", PN_POVERTY, "Fondo povertà; PN Inclusione", 535, 557),
      row("B", PN_POVERTY, "Fondo povertà; PN Inclusione", 674, 686),
    ],
  ),
  "incremento-sad": leps(
    "incremento-sad",
    "Incremento SAD",
    "More home social care (SAD)",
    "L. 30.12.2021 n. 234, art. 1, comma 162 lett. a)",
    [
      row("D", NOT_SELF, "FNA", 826, 833),
      row("E", NOT_SELF, "FNA", 926, 932),
      row("J", NOT_SELF, "FNA", 1802, 1809),
      row("prioritari", NOT_SELF, "FNA", 2700, 2706),
    ],
    { rank: 5, integration: "asst" },
  ),
  "servizi-sollievo": leps(
    "servizi-sollievo",
    "Servizi di sollievo alle famiglie",
    "Respite services for families",
    "L. 30.12.2021 n. 234, art. 1, comma 162 lett. b)",
    [
      row("E", NOT_SELF, "FNA", 961, 970),
      row("I", NOT_SELF, "FNA", 1588, 1598),
      row("J", NOT_SELF, "FNA", 1822, 1832),
    ],
  ),
  "servizi-sostegno": leps(
    "servizi-sostegno",
    "Servizi di sostegno",
    "Support services (for non-self-sufficiency)",
    "L. 30.12.2021 n. 234, art. 1, comma 162 lett. c)",
    [row("I", NOT_SELF, "FNA", 1600, 1609), row("J", NOT_SELF, "FNA", 1811, 1820)],
  ),
  "pua-integrati-uvm": leps(
    "pua-integrati-uvm",
    "Punti Unici di Accesso (PUA) integrati e UVM: incremento operatori sociali",
    "Integrated single access points (PUA) and multidimensional assessment units (UVM): more social workers",
    "L. 30.12.2021 n. 234, art. 1, comma 163 (potenziamento risorse professionali)",
    [
      row("E", NOT_SELF, "FNA", 945, 959),
      row("J", NOT_SELF, "FNA", 1784, 1800),
      row("K", NOT_SELF, "FNA", 2079, 2096),
      row("prioritari", NOT_SELF, "FNA", 2567, 2574),
    ],
    { rank: 4, integration: "ats-asst" },
  ),
  "percorso-assistenziale-integrato": leps(
    "percorso-assistenziale-integrato",
    'Processo "Percorso assistenziale integrato"',
    "Integrated care pathway process",
    C163,
    [row("E", NOT_SELF, "FNA", 934, 943)],
  ),
  "valutazione-multidimensionale-progetto-personalizzato": leps(
    "valutazione-multidimensionale-progetto-personalizzato",
    "Valutazione multidimensionale e progetto personalizzato",
    "Multidimensional assessment and personalised plan",
    "D.Lgs. 15.09.2017 n. 147, artt. 5 e 6",
    [
      row("A", VM_FUNDS, VM_PRINTED, 479, 494),
      row("J", VM_FUNDS, VM_PRINTED, 1834, 1849),
      row("prioritari", VM_FUNDS, VM_PRINTED, 2226, 2234),
    ],
    { rank: 1, integration: "asst" },
  ),
  "accesso-valutazione-sostegni": leps(
    "accesso-valutazione-sostegni",
    "Servizi per l'accesso, la valutazione e i sostegni da individuare nel progetto individualizzato",
    "Services for access, assessment and the supports set in the individual plan",
    "D.Lgs. 15.09.2017 n. 147, art. 7",
    [
      row("A", PON_POVERTY, "Fondo Povertà, PON Inclusione", 496, 510),
      row("B", PON_POVERTY, "Fondo Povertà, PON Inclusione", 688, 701),
    ],
  ),
  "presa-in-carico-sociale-lavorativa": leps(
    "presa-in-carico-sociale-lavorativa",
    "Presa in carico sociale/lavorativa (patto per l'inclusione sociale e lavorativa)",
    "Social and employment case management (inclusion agreement)",
    "D.L. 28.01.2019 n. 4, art. 4, c. 14",
    [
      row("A", PON_POVERTY, "Fondo povertà, PON Inclusione", 512, 533),
      row("H", PON_POVERTY, "Fondo povertà, PON Inclusione", 1420, 1437),
    ],
  ),
  "offerta-integrata": leps(
    "offerta-integrata",
    "Offerta integrata di interventi e servizi secondo le modalità coordinate definite dalle Regioni e provincie autonome",
    "Integrated offer of interventions and services, coordinated as the Regions define",
    'D.Lgs. 15.09.2017 n. 147, art. 23 ("comma 54" come stampato)',
    [row("G", ["fnps"], "FNPS", 1185, 1200), row("K", ["fnps"], "FNPS", 2098, 2111)],
  ),
  "assegno-di-inclusione": leps(
    "assegno-di-inclusione",
    "Reddito di cittadinanza ora Assegno di Inclusione (ADI)",
    "Citizenship income, now Inclusion Allowance (ADI)",
    "D.L. 28.01.2019 n. 4; D.L. 04.05.2023 n. 48",
    [row("A", ["fondo-rdc-adi"], "Fondo per RdC e ADI", 451, 464)],
  ),
});

/**
 * Tells whether a value is a LEPS id.
 *
 * @example
 * ```ts
 * import { isLepsId } from "piano-di-zona";
 * isLepsId("incremento-sad") //=> true
 * isLepsId("L3") //=> false
 * ```
 * @category Catalog
 */
export function isLepsId(value: unknown): value is LepsId {
  return isOneOf(LEPS_IDS, value);
}

/**
 * Tells whether a value is the id of one of the five priority LEPS of D.G.R. XII/2167.
 *
 * @example
 * ```ts
 * import { isPriorityLepsId } from "piano-di-zona";
 * isPriorityLepsId("pua-integrati-uvm") //=> true
 * isPriorityLepsId("servizi-sollievo") //=> false
 * ```
 * @category Catalog
 */
export function isPriorityLepsId(value: unknown): value is PriorityLepsId {
  return isOneOf(PRIORITY_LEPS_IDS, value);
}

/**
 * The catalogue entry of a LEPS.
 *
 * @throws PdzError `unknown_leps` for an unknown id
 * @example
 * ```ts
 * import { getLeps } from "piano-di-zona";
 * getLeps("servizi-sostegno").legalBasis //=> "L. 30.12.2021 n. 234, art. 1, comma 162 lett. c)"
 * getLeps("L3" as never) //=> throws unknown_leps
 * ```
 * @category Catalog
 */
export function getLeps(id: LepsId): Leps {
  return entryOf(LEPS_CATALOG, LEPS_IDS, M.unknown_leps, id);
}

import type { Labels } from "../core/labels.js";
import type { SourceReference } from "../core/source.js";
import * as M from "../core/messages/catalog.js";
import { frozen } from "./_frozen.js";
import { entryOf, isOneOf } from "./_lookup.js";

/**
 * Stable ids of the funds that finance the Piani di Zona and their LEPS, as the DGR tables and the plans name
 * them. `"altro"` stands for any other source.
 *
 * @example
 * ```ts
 * import { FUND_IDS } from "piano-di-zona";
 * FUND_IDS.includes("fondo-poverta-quota-servizi") //=> true
 * ```
 * @category Catalog
 */
export const FUND_IDS = /* @__PURE__ */ Object.freeze([
  "fnps",
  "fondo-sociale-regionale",
  "fna",
  "misura-b1",
  "fondo-poverta",
  "fondo-poverta-quota-servizi",
  "fondo-poverta-estrema",
  "fondo-rdc-adi",
  "dopo-di-noi",
  "pnrr",
  "fse-plus",
  "fesr",
  "pon-inclusione",
  "pn-inclusione",
  "piano-operativo-complementare",
  "fami",
  "fondo-sistema-educativo-0-6",
  "fondo-caregiver-familiare",
  "risorse-comunali",
  "altro",
] as const);

/** One of {@link FUND_IDS}. @category Catalog */
export type FundId = (typeof FUND_IDS)[number];

/** A numbered investment line of the PNRR that the plans name. @category Catalog */
export interface PnrrLine {
  /** The number as the plans print it, e.g. "1.1.2". */
  readonly number: string;
  /** The name the plans give it, or `null` when they print only the number. */
  readonly name: string | null;
  readonly source: SourceReference;
}

/**
 * A fund: bilingual labels, the acronym the documents use, its legal basis where one was verified, and where the
 * plans name it.
 * @category Catalog
 */
export interface Fund {
  readonly id: FundId;
  readonly labels: Labels;
  /** The acronym the documents use ("FNPS", "FNA"), or `null`. Never used as a key: acronyms collide. */
  readonly acronym: string | null;
  /**
   * The legal basis of the fund, or `null` when the plans and the regulation notes do not state one (a documented
   * gap: the library does not guess laws).
   */
  readonly legalBasis: string | null;
  /** For the PNRR, the investment lines named in the plans; empty for the other funds. */
  readonly lines: readonly PnrrLine[];
  readonly sources: readonly SourceReference[];
}

const GAL = "Piano di Zona 2025-2027, Ambito di Gallarate";
const BUS = "Piano di Zona 2025-2027, Ambito di Busto Arsizio";
const SEB = "Piano di Zona 2025-2027, Ambito n. 5 Sebino";
const ALM = "Piano di Zona 2025-2027, Ambito Alto Milanese";

/* @__NO_SIDE_EFFECTS__ */
function ref(document: string, first: number, last = first): SourceReference {
  return { document, lines: [first, last] };
}

/* @__NO_SIDE_EFFECTS__ */
function fund<I extends FundId>(
  id: I,
  it: string,
  en: string,
  acronym: string | null,
  sources: readonly SourceReference[],
  extra: Partial<Pick<Fund, "legalBasis" | "lines">> = {},
): Fund & { readonly id: I } {
  return { id, labels: { it, en }, acronym, legalBasis: null, lines: [], sources, ...extra };
}

/**
 * The funds, keyed by id. Legal bases are left `null`: none of the sources checked states one verifiably, and the
 * library does not encode unverified law. Deep-frozen.
 *
 * @example
 * ```ts
 * import { FUND_CATALOG } from "piano-di-zona";
 * FUND_CATALOG.fnps.labels.it //=> "Fondo Nazionale Politiche Sociali"
 * FUND_CATALOG.pnrr.lines.map((line) => line.number) //=> ["1.1.2", "1.2", "1.3", "1.3.1"]
 * ```
 * @category Catalog
 */
export const FUND_CATALOG: { readonly [I in FundId]: Fund & { readonly id: I } } = /* @__PURE__ */ frozen({
  fnps: fund("fnps", "Fondo Nazionale Politiche Sociali", "National Social Policy Fund", "FNPS", [
    ref(ALM, 468),
    ref(GAL, 3072, 3073),
  ]),
  "fondo-sociale-regionale": fund(
    "fondo-sociale-regionale",
    "Fondo Sociale Regionale",
    "Regional Social Fund (Lombardy)",
    "FSR",
    [ref(GAL, 3104), ref(ALM, 469)],
  ),
  fna: fund(
    "fna",
    "Fondo per le Non Autosufficienze",
    "Fund for Long-Term Care (non-self-sufficiency)",
    "FNA",
    [ref(ALM, 470), ref(GAL, 3084), ref(SEB, 833)],
  ),
  // The FNA measure for people with very high support needs ("disabilità gravissima"): Alto Milanese lists it as a
  // fund of its own (seed 004 L474), Busto Arsizio describes it (seed 001 L704-706, citing the FNA decree of 2016
  // and the DPCM of 21.11.2019 for the eligible conditions; not encoded as a legal basis until verified).
  "misura-b1": fund(
    "misura-b1",
    "Misura B1",
    "Measure B1 (FNA): support for people with very high support needs",
    null,
    [ref(ALM, 474), ref(BUS, 704, 706)],
  ),
  "fondo-poverta": fund("fondo-poverta", "Fondo Povertà", "Poverty Fund", null, [
    ref(SEB, 477),
    ref(GAL, 3089),
  ]),
  "fondo-poverta-quota-servizi": fund(
    "fondo-poverta-quota-servizi",
    "Fondo Povertà (quota servizi)",
    "Poverty Fund (services share)",
    null,
    [ref(GAL, 4788), ref(SEB, 1117)],
  ),
  // The extreme-poverty share of the Fondo Povertà ("quota povertà estrema"): seed 004 L482, seed 001 L1719,
  // L1770 ("Fondo Povertà Estrema").
  "fondo-poverta-estrema": fund(
    "fondo-poverta-estrema",
    "Fondo Povertà (quota povertà estrema)",
    "Extreme Poverty Fund (a share of the Poverty Fund)",
    null,
    [ref(ALM, 482), ref(BUS, 1719), ref(BUS, 1770)],
  ),
  "fondo-rdc-adi": fund(
    "fondo-rdc-adi",
    "Fondo per RdC e ADI",
    "Fund for the Reddito di Cittadinanza and the Assegno di Inclusione",
    null,
    [ref(SEB, 464)],
  ),
  "dopo-di-noi": fund(
    "dopo-di-noi",
    "Fondo Dopo di Noi",
    "'After Us' Fund (disability, life after parents)",
    null,
    [ref(ALM, 471), ref(GAL, 3087)],
  ),
  pnrr: fund(
    "pnrr",
    "Piano Nazionale di Ripresa e Resilienza",
    "National Recovery and Resilience Plan",
    "PNRR",
    [ref(ALM, 491, 492), ref(SEB, 2299)],
    {
      lines: [
        { number: "1.1.2", name: "Autonomia anziani non autosufficienti", source: ref(BUS, 507) },
        { number: "1.2", name: "Disabilità", source: ref(BUS, 457) },
        { number: "1.3", name: null, source: ref(ALM, 492) },
        { number: "1.3.1", name: "percorsi di housing sociale", source: ref(ALM, 1108) },
      ],
    },
  ),
  "fse-plus": fund(
    "fse-plus",
    "Fondo Sociale Europeo Plus (PR FSE+ 2021-2027)",
    "European Social Fund Plus",
    "FSE+",
    [ref(BUS, 1640), ref(BUS, 414)],
  ),
  fesr: fund("fesr", "Fondo Europeo di Sviluppo Regionale", "European Regional Development Fund", "FESR", [
    ref(BUS, 414),
  ]),
  "pon-inclusione": fund(
    "pon-inclusione",
    "PON Inclusione",
    "National Operational Programme Inclusion (2014-2020)",
    "PON",
    [ref(SEB, 492)],
  ),
  "pn-inclusione": fund(
    "pn-inclusione",
    "PN Inclusione",
    "National Programme Inclusion and Fight against Poverty (2021-2027)",
    "PN",
    [ref(SEB, 477, 478)],
  ),
  "piano-operativo-complementare": fund(
    "piano-operativo-complementare",
    "Piano operativo complementare",
    "Complementary Operational Plan",
    "POC",
    [ref(SEB, 492, 494)],
  ),
  fami: fund(
    "fami",
    "Fondo Asilo, Migrazione e Integrazione",
    "Asylum, Migration and Integration Fund",
    "FAMI",
    [ref(BUS, 2484), ref(GAL, 3090)],
  ),
  "fondo-sistema-educativo-0-6": fund(
    "fondo-sistema-educativo-0-6",
    "Fondo per il Sistema Educativo 0-6",
    "Fund for the 0-6 education system",
    null,
    [ref(GAL, 3073), ref(GAL, 3088)],
  ),
  "fondo-caregiver-familiare": fund(
    "fondo-caregiver-familiare",
    "Fondo assistenza caregiver familiare",
    "Family caregiver support fund",
    null,
    [ref(ALM, 473)],
  ),
  "risorse-comunali": fund("risorse-comunali", "Risorse dei Comuni", "Municipalities' own resources", null, [
    ref(GAL, 760),
    ref(GAL, 3078),
  ]),
  altro: fund("altro", "Altre fonti", "Other sources", null, []),
});

/**
 * Tells whether a value is a fund id.
 *
 * @example
 * ```ts
 * import { isFundId } from "piano-di-zona";
 * isFundId("fna") //=> true
 * isFundId("FNA") //=> false
 * ```
 * @category Catalog
 */
export function isFundId(value: unknown): value is FundId {
  return isOneOf(FUND_IDS, value);
}

/**
 * The catalogue entry of a fund.
 *
 * @throws PdzError `unknown_fund` for an unknown id
 * @example
 * ```ts
 * import { getFund } from "piano-di-zona";
 * getFund("fna").acronym //=> "FNA"
 * getFund("fondo-x" as never) //=> throws unknown_fund
 * ```
 * @category Catalog
 */
export function getFund(id: FundId): Fund {
  return entryOf(FUND_CATALOG, FUND_IDS, M.unknown_fund, id);
}

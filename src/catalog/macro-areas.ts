import type { Labels } from "../core/labels.js";
import type { SourceReference } from "../core/source.js";
import * as M from "../core/messages/catalog.js";
import { frozen } from "./_frozen.js";
import { entryOf, isOneOf } from "./_lookup.js";

// Source of the titles: D.G.R. XII/2167 of 15.04.2024, quoted verbatim (in italics, with its source) in the
// Piano di Zona 2025-2027 of Busto Arsizio, seed 001 L1390-1404; the drivers at L1414-1420.

/**
 * The letters of the macro-aree di policy of the 2025-2027 programming (D.G.R. XII/2167 of 15.04.2024). The
 * 2021-2023 area C was merged into A and its letter is not reused; every other area kept its letter.
 *
 * @example
 * ```ts
 * import { MACRO_AREA_CODES } from "piano-di-zona";
 * MACRO_AREA_CODES.length //=> 11
 * MACRO_AREA_CODES.includes("C") //=> false
 * ```
 * @category Catalog
 */
export const MACRO_AREA_CODES = /* @__PURE__ */ Object.freeze([
  "A",
  "B",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
] as const);

/**
 * The letters used only by an earlier programming: C, "Promozione dell'inclusione attiva" (2021-2023), merged
 * into A by D.G.R. XII/2167. Kept so that plans of 2021-2023 still load.
 *
 * @example
 * ```ts
 * import { LEGACY_MACRO_AREA_CODES } from "piano-di-zona";
 * LEGACY_MACRO_AREA_CODES //=> ["C"]
 * ```
 * @category Catalog
 */
export const LEGACY_MACRO_AREA_CODES = /* @__PURE__ */ Object.freeze(["C"] as const);

/** A macro-area di policy of 2025-2027, one of {@link MACRO_AREA_CODES}. @category Catalog */
export type MacroAreaCode = (typeof MACRO_AREA_CODES)[number];

/** A macro-area letter of any programming, current or legacy ({@link LEGACY_MACRO_AREA_CODES}). @category Catalog */
export type AnyMacroAreaCode = MacroAreaCode | (typeof LEGACY_MACRO_AREA_CODES)[number];

/**
 * A macro-area di policy: its letter, its official title, bilingual labels and where the title comes from.
 * @category Catalog
 */
export interface MacroArea {
  readonly code: AnyMacroAreaCode;
  /** The official title as D.G.R. XII/2167 writes it (for C, as the DGR names the retired area). */
  readonly title: string;
  readonly labels: Labels;
  /** The programmings that use the area: 2025-2027 for the current ones, 2021-2023 for C. */
  readonly programmings: readonly ("2021-2023" | "2025-2027")[];
  /** `true` for the retired area C. */
  readonly legacy: boolean;
  /** For a legacy area, the area it was merged into. */
  readonly mergedInto: MacroAreaCode | null;
  readonly legalSource: string;
  readonly source: SourceReference;
}

const DGR_2167 = "D.G.R. XII/2167 del 15.04.2024, Allegato (linee di indirizzo 2025-2027)";
const BUSTO = "Piano di Zona 2025-2027, Ambito di Busto Arsizio";

/* @__NO_SIDE_EFFECTS__ */
function area<C extends MacroAreaCode>(
  code: C,
  title: string,
  en: string,
  line: number,
  programmings: MacroArea["programmings"] = ["2021-2023", "2025-2027"],
): MacroArea & { readonly code: C } {
  return {
    code,
    title,
    labels: { it: title, en },
    programmings,
    legacy: false,
    mergedInto: null,
    legalSource: DGR_2167,
    source: { document: BUSTO, lines: [line, line] },
  };
}

/**
 * The macro-aree di policy (D.G.R. XII/2167 of 15.04.2024), keyed by letter: the eleven areas of 2025-2027 with
 * their official titles, and the retired area C of 2021-2023, merged into A.
 *
 * The DGR confirms the areas of 2021-2023 and keeps their letters; area A is listed under its new, longer title
 * (which absorbs C) and is marked as used in 2025-2027 only under that title. Deep-frozen.
 *
 * @example
 * ```ts
 * import { MACRO_AREA_CATALOG } from "piano-di-zona";
 * MACRO_AREA_CATALOG.D.title //=> "Domiciliarità"
 * MACRO_AREA_CATALOG.J.labels.en //=> "Interventions for persons with disabilities"
 * MACRO_AREA_CATALOG.C.mergedInto //=> "A"
 * ```
 * @category Catalog
 */
export const MACRO_AREA_CATALOG: { readonly [C in AnyMacroAreaCode]: MacroArea & { readonly code: C } } =
  /* @__PURE__ */ frozen({
    A: area(
      "A",
      "Contrasto alla povertà e all'emarginazione sociale e promozione dell'inclusione attiva",
      "Combating poverty and social marginalisation and promoting active inclusion",
      1394,
      ["2025-2027"],
    ),
    B: area("B", "Politiche abitative", "Housing policies", 1395),
    C: {
      code: "C",
      title: "Promozione dell'inclusione attiva",
      labels: { it: "Promozione dell'inclusione attiva", en: "Promoting active inclusion" },
      programmings: ["2021-2023"],
      legacy: true,
      mergedInto: "A",
      legalSource:
        'D.G.R. XII/2167 del 15.04.2024, Allegato (linee di indirizzo 2025-2027): "accorpata nella macroarea A"',
      source: { document: BUSTO, lines: [1390, 1390] },
    },
    D: area("D", "Domiciliarità", "Home care (living at home)", 1396),
    E: area("E", "Anziani", "Older people", 1397),
    F: area("F", "Digitalizzazione dei servizi", "Digitalisation of services", 1398),
    G: area("G", "Politiche giovanili e per i minori", "Youth and child policies", 1399),
    H: area(
      "H",
      "Interventi connessi alle politiche per il lavoro",
      "Interventions linked to employment policies",
      1400,
    ),
    I: area("I", "Interventi per la Famiglia", "Interventions for families", 1401),
    J: area(
      "J",
      "Interventi a favore delle persone con disabilità",
      "Interventions for persons with disabilities",
      1402,
    ),
    K: area(
      "K",
      "Interventi di sistema per il potenziamento dell'Ufficio di Piano e il rafforzamento della gestione associata",
      "System interventions to strengthen the Ufficio di Piano and the joint management of services",
      1403,
    ),
    L: area("L", "Altro", "Other", 1404),
  });

/**
 * Tells whether a value is a macro-area letter of 2025-2027 (C is not).
 *
 * @example
 * ```ts
 * import { isMacroAreaCode } from "piano-di-zona";
 * isMacroAreaCode("J") //=> true
 * isMacroAreaCode("C") //=> false
 * isMacroAreaCode("j") //=> false
 * ```
 * @category Catalog
 */
export function isMacroAreaCode(value: unknown): value is MacroAreaCode {
  return isOneOf(MACRO_AREA_CODES, value);
}

/**
 * Tells whether a value is a macro-area letter of any programming, the legacy C included.
 *
 * @example
 * ```ts
 * import { isAnyMacroAreaCode } from "piano-di-zona";
 * isAnyMacroAreaCode("C") //=> true
 * isAnyMacroAreaCode("M") //=> false
 * ```
 * @category Catalog
 */
export function isAnyMacroAreaCode(value: unknown): value is AnyMacroAreaCode {
  return isOneOf(ANY_MACRO_AREA_CODES, value);
}

/** Every letter of the catalogue, the legacy C included. */
const ANY_MACRO_AREA_CODES: readonly AnyMacroAreaCode[] = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
];

/**
 * The catalogue entry of a macro-area letter, the legacy C included.
 *
 * @param code - a letter of {@link MACRO_AREA_CODES} or {@link LEGACY_MACRO_AREA_CODES}
 * @throws PdzError `unknown_macro_area` for any other value
 * @example
 * ```ts
 * import { getMacroArea } from "piano-di-zona";
 * getMacroArea("G").title //=> "Politiche giovanili e per i minori"
 * getMacroArea("M") //=> throws unknown_macro_area
 * ```
 * @category Catalog
 */
export function getMacroArea(code: AnyMacroAreaCode): MacroArea {
  return entryOf(MACRO_AREA_CATALOG, ANY_MACRO_AREA_CODES, M.unknown_macro_area, code);
}

/**
 * The four cross-cutting "driver di sviluppo" that D.G.R. XII/2167 asks every programming to follow.
 *
 * @example
 * ```ts
 * import { DEVELOPMENT_DRIVER_CODES } from "piano-di-zona";
 * DEVELOPMENT_DRIVER_CODES[0] //=> "prossimita-al-territorio"
 * ```
 * @category Catalog
 */
export const DEVELOPMENT_DRIVER_CODES = /* @__PURE__ */ Object.freeze([
  "prossimita-al-territorio",
  "logica-preventiva",
  "integrazione-complementarieta-servizi",
  "protagonismo-destinatari-attori",
] as const);

/** One of {@link DEVELOPMENT_DRIVER_CODES}. @category Catalog */
export type DevelopmentDriverCode = (typeof DEVELOPMENT_DRIVER_CODES)[number];

/** A development driver: its code, its official wording as labels, and where the DGR is quoted. @category Catalog */
export interface DevelopmentDriver {
  readonly code: DevelopmentDriverCode;
  readonly labels: Labels;
  readonly source: SourceReference;
}

/**
 * The "driver di sviluppo trasversali" of D.G.R. XII/2167 with their official wording (seed 001 L1416-1420),
 * keyed by code. Deep-frozen.
 *
 * @example
 * ```ts
 * import { DEVELOPMENT_DRIVER_CATALOG } from "piano-di-zona";
 * DEVELOPMENT_DRIVER_CATALOG["logica-preventiva"].labels.it //=> "promozione di una logica preventiva"
 * ```
 * @category Catalog
 */
export const DEVELOPMENT_DRIVER_CATALOG: {
  readonly [D in DevelopmentDriverCode]: DevelopmentDriver & { readonly code: D };
} = /* @__PURE__ */ frozen({
  "prossimita-al-territorio": {
    code: "prossimita-al-territorio",
    labels: { it: "prossimità al territorio", en: "closeness to the territory" },
    source: { document: BUSTO, lines: [1416, 1416] },
  },
  "logica-preventiva": {
    code: "logica-preventiva",
    labels: { it: "promozione di una logica preventiva", en: "promoting a preventive approach" },
    source: { document: BUSTO, lines: [1417, 1417] },
  },
  "integrazione-complementarieta-servizi": {
    code: "integrazione-complementarieta-servizi",
    labels: {
      it: "integrazione e complementarietà dei servizi",
      en: "integration and complementarity of services",
    },
    source: { document: BUSTO, lines: [1418, 1418] },
  },
  "protagonismo-destinatari-attori": {
    code: "protagonismo-destinatari-attori",
    labels: {
      it: "protagonismo dei destinatari e degli attori (pubblici e privati)",
      en: "active role of recipients and (public and private) actors",
    },
    source: { document: BUSTO, lines: [1419, 1419] },
  },
});

/**
 * Tells whether a value is a development driver code.
 *
 * @example
 * ```ts
 * import { isDevelopmentDriverCode } from "piano-di-zona";
 * isDevelopmentDriverCode("logica-preventiva") //=> true
 * isDevelopmentDriverCode("prevenzione") //=> false
 * ```
 * @category Catalog
 */
export function isDevelopmentDriverCode(value: unknown): value is DevelopmentDriverCode {
  return isOneOf(DEVELOPMENT_DRIVER_CODES, value);
}

/**
 * The catalogue entry of a development driver.
 *
 * @param code - one of {@link DEVELOPMENT_DRIVER_CODES}
 * @throws PdzError `unknown_development_driver` for any other value
 * @example
 * ```ts
 * import { getDevelopmentDriver } from "piano-di-zona";
 * getDevelopmentDriver("prossimita-al-territorio").labels.en //=> "closeness to the territory"
 * getDevelopmentDriver("x" as never) //=> throws unknown_development_driver
 * ```
 * @category Catalog
 */
export function getDevelopmentDriver(code: DevelopmentDriverCode): DevelopmentDriver {
  return entryOf(DEVELOPMENT_DRIVER_CATALOG, DEVELOPMENT_DRIVER_CODES, M.unknown_development_driver, code);
}

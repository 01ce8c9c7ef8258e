import type { Labels } from "../core/labels.js";
import type { SourceReference } from "../core/source.js";
import * as M from "../core/messages/catalog.js";
import { frozen } from "./_frozen.js";
import { entryOf, isOneOf } from "./_lookup.js";

/**
 * Kinds of the governance organs of an Ambito and of its health-system partners, as the Accordi di Programma and
 * the plans describe them (l.r. 3/2008 art. 18; D.G.R. XII/2167).
 *
 * @example
 * ```ts
 * import { ORGAN_KINDS } from "piano-di-zona";
 * ORGAN_KINDS.includes("ufficio-di-piano") //=> true
 * ```
 * @category Catalog
 */
export const ORGAN_KINDS = /* @__PURE__ */ Object.freeze([
  "assemblea-dei-sindaci",
  "ufficio-di-piano",
  "tavolo-tecnico",
  "tavolo-terzo-settore",
  "tavolo-tematico",
  "cabina-di-regia-ats",
  "cabina-di-regia-asst",
  "collegio-di-vigilanza",
  "tavolo-politico",
  "consiglio-comunale",
  "conferenza-dei-sindaci-asst",
  "collegio-dei-sindaci-ats",
  "organismo-consultivo-distrettuale",
  "coordinamento-provinciale-uffici-di-piano",
  "altro",
] as const);

/** One of {@link ORGAN_KINDS}. @category Catalog */
export type OrganKind = (typeof ORGAN_KINDS)[number];

/**
 * An organ kind: labels, a one-line description, and where a plan describes one (empty when no plan does).
 * @category Catalog
 */
export interface OrganKindEntry {
  readonly kind: OrganKind;
  readonly labels: Labels;
  readonly description: string;
  readonly sources: readonly SourceReference[];
}

const GAL = "Piano di Zona 2025-2027, Ambito di Gallarate";
const BUS = "Piano di Zona 2025-2027, Ambito di Busto Arsizio";
const SEB = "Piano di Zona 2025-2027, Ambito n. 5 Sebino";
const ALM = "Piano di Zona 2025-2027, Ambito Alto Milanese";

/* @__NO_SIDE_EFFECTS__ */
function organ<K extends OrganKind>(
  kind: K,
  it: string,
  en: string,
  description: string,
  sources: readonly (readonly [string, number, number])[],
): OrganKindEntry & { readonly kind: K } {
  return {
    kind,
    labels: { it, en },
    description,
    sources: sources.map(([document, first, last]) => ({ document, lines: [first, last] })),
  };
}

/**
 * The organ kinds with their labels. The Collegio di vigilanza of an Accordo di Programma appears in none of the
 * plans examined (Gallarate, Busto Arsizio, Sebino and Alto Milanese all lack one): it is listed so that an
 * Accordo that has one can record it, without a source. Deep-frozen.
 *
 * @example
 * ```ts
 * import { ORGAN_KIND_CATALOG } from "piano-di-zona";
 * ORGAN_KIND_CATALOG["assemblea-dei-sindaci"].labels.en //=> "Assembly of Mayors"
 * ORGAN_KIND_CATALOG["collegio-di-vigilanza"].sources //=> []
 * ```
 * @category Catalog
 */
export const ORGAN_KIND_CATALOG: { readonly [K in OrganKind]: OrganKindEntry & { readonly kind: K } } =
  /* @__PURE__ */ frozen({
    "assemblea-dei-sindaci": organ(
      "assemblea-dei-sindaci",
      "Assemblea dei Sindaci",
      "Assembly of Mayors",
      "Political body of the Ambito: approves the plan, its yearly updates, budgets and accounts",
      [
        [GAL, 360, 371],
        [SEB, 3226, 3229],
        [ALM, 560, 563],
      ],
    ),
    "ufficio-di-piano": organ(
      "ufficio-di-piano",
      "Ufficio di Piano",
      "Planning Office",
      "Technical and administrative structure that coordinates the plan (l.r. 3/2008 art. 18 c. 10)",
      [
        [GAL, 375, 392],
        [BUS, 163, 163],
        [ALM, 587, 590],
      ],
    ),
    "tavolo-tecnico": organ(
      "tavolo-tecnico",
      "Tavolo tecnico",
      "Technical board",
      "Heads of the social services of the comuni, with the Ufficio di Piano",
      [
        [GAL, 399, 426],
        [ALM, 592, 595],
      ],
    ),
    "tavolo-terzo-settore": organ(
      "tavolo-terzo-settore",
      "Tavolo del Terzo Settore",
      "Third Sector board",
      "Standing board of the Ambito with the Third Sector entities (and trade unions)",
      [
        [GAL, 428, 467],
        // The Forum del Terzo Settore Altomilanese (L616-619 is the Tavolo di Programmazione, a different body).
        [ALM, 607, 612],
      ],
    ),
    "tavolo-tematico": organ(
      "tavolo-tematico",
      "Tavolo tematico",
      "Thematic board",
      "Working group on one area (anziani, disabilità, minori e famiglia, povertà…)",
      [
        [BUS, 165, 165],
        [ALM, 602, 605],
      ],
    ),
    "cabina-di-regia-ats": organ(
      "cabina-di-regia-ats",
      "Cabina di regia ATS",
      "ATS steering committee",
      "Consultative committee of the health agency (ATS) with the Ambiti and the ASST",
      [
        [BUS, 1151, 1158],
        [ALM, 664, 667],
      ],
    ),
    "cabina-di-regia-asst": organ(
      "cabina-di-regia-asst",
      "Cabina di regia ASST",
      "ASST steering committee",
      "Committee of the local health authority (ASST) with ATS, Ambiti and Third Sector",
      [
        [BUS, 1158, 1158],
        [ALM, 669, 673],
      ],
    ),
    "collegio-di-vigilanza": organ(
      "collegio-di-vigilanza",
      "Collegio di vigilanza",
      "Supervisory board",
      "Board overseeing the execution of an Accordo di Programma",
      [],
    ),
    "tavolo-politico": organ(
      "tavolo-politico",
      "Tavolo politico",
      "Political board",
      "Mayors or councillors for social services supporting the Assemblea dei Sindaci",
      [[ALM, 565, 568]],
    ),
    "consiglio-comunale": organ(
      "consiglio-comunale",
      "Consiglio comunale",
      "City council",
      "Political body of a single-comune Ambito, which has no Assemblea dei Sindaci",
      [[BUS, 156, 162]],
    ),
    "conferenza-dei-sindaci-asst": organ(
      "conferenza-dei-sindaci-asst",
      "Conferenza dei Sindaci di ASST",
      "ASST Conference of Mayors",
      "Gives a mandatory opinion on the ASST's territorial development plan (PPT)",
      [[ALM, 638, 638]],
    ),
    "collegio-dei-sindaci-ats": organ(
      "collegio-dei-sindaci-ats",
      "Collegio dei Sindaci di ATS",
      "ATS Board of Mayors",
      "Mayors' board advising the ATS on integration",
      [[SEB, 3506, 3506]],
    ),
    "organismo-consultivo-distrettuale": organ(
      "organismo-consultivo-distrettuale",
      "Organismo Consultivo Distrettuale",
      "District advisory body",
      "Advisory body of a health district, chaired by the district director",
      [[ALM, 644, 662]],
    ),
    "coordinamento-provinciale-uffici-di-piano": organ(
      "coordinamento-provinciale-uffici-di-piano",
      "Coordinamento provinciale degli Uffici di Piano",
      "Provincial coordination of the Planning Offices",
      "Heads of the Uffici di Piano of one ATS territory",
      [[SEB, 3390, 3455]],
    ),
    altro: organ("altro", "Altro organismo", "Other body", "Any other body", []),
  });

/**
 * Tells whether a value is an organ kind.
 *
 * @example
 * ```ts
 * import { isOrganKind } from "piano-di-zona";
 * isOrganKind("ufficio-di-piano") //=> true
 * isOrganKind("giunta") //=> false
 * ```
 * @category Catalog
 */
export function isOrganKind(value: unknown): value is OrganKind {
  return isOneOf(ORGAN_KINDS, value);
}

/**
 * The catalogue entry of an organ kind.
 *
 * @param kind - one of {@link ORGAN_KINDS}
 * @throws PdzError `unknown_organ_kind` for any other value
 * @example
 * ```ts
 * import { getOrganKind } from "piano-di-zona";
 * getOrganKind("ufficio-di-piano").labels.en //=> "Planning Office"
 * getOrganKind("giunta" as never) //=> throws unknown_organ_kind
 * ```
 * @category Catalog
 */
export function getOrganKind(kind: OrganKind): OrganKindEntry {
  return entryOf(ORGAN_KIND_CATALOG, ORGAN_KINDS, M.unknown_organ_kind, kind);
}

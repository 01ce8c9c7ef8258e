import type { Labels } from "../core/labels.js";
import type { SourceReference } from "../core/source.js";
import * as M from "../core/messages/catalog.js";
import { frozen } from "./_frozen.js";
import { entryOf, isOneOf } from "./_lookup.js";
import type { MacroAreaCode } from "./macro-areas.js";

// Source: the "scheda obiettivo" form of D.G.R. XII/2167 ("il format fornito da Regione Lombardia"), with its
// guidance text, as filled in by the Piano di Zona 2025-2027 of the Ambito Sebino (seed 002) and of Busto
// Arsizio (seed 001).

const SEB = "Piano di Zona 2025-2027, Ambito n. 5 Sebino";
const BUS = "Piano di Zona 2025-2027, Ambito di Busto Arsizio";
const ALM = "Piano di Zona 2025-2027, Ambito Alto Milanese";

/** A value of the scheda obiettivo with its labels and where the form prints it. @category Catalog */
export interface SchedaValue<C extends string> {
  readonly code: C;
  readonly labels: Labels;
  readonly source: SourceReference;
}

/* @__NO_SIDE_EFFECTS__ */
function value<C extends string>(
  code: C,
  it: string,
  en: string,
  document: string,
  line: number,
): SchedaValue<C> {
  return { code, labels: { it, en }, source: { document, lines: [line, line] } };
}

/**
 * Answers to "L'obiettivo prevede la definizione di un nuovo servizio?": the form's three options (seed 002
 * L4804-4809), and the plain "No" that many plans write instead (`"non-nuovo"`: no new service, without saying
 * which of the other options applies; seed 004 L996).
 *
 * @example
 * ```ts
 * import { NEW_SERVICE_KINDS } from "piano-di-zona";
 * NEW_SERVICE_KINDS //=> ["servizio-gia-presente", "servizio-rivisto", "nuovo-servizio", "non-nuovo"]
 * ```
 * @category Catalog
 */
export const NEW_SERVICE_KINDS = /* @__PURE__ */ Object.freeze([
  "servizio-gia-presente",
  "servizio-rivisto",
  "nuovo-servizio",
  "non-nuovo",
] as const);

/** One of {@link NEW_SERVICE_KINDS}. @category Catalog */
export type NewServiceKind = (typeof NEW_SERVICE_KINDS)[number];

/**
 * The new-service answers with their official wording.
 *
 * @example
 * ```ts
 * import { NEW_SERVICE_KIND_CATALOG } from "piano-di-zona";
 * NEW_SERVICE_KIND_CATALOG["servizio-rivisto"].labels.it //=> "Servizio sostanzialmente rivisto/aggiornato"
 * ```
 * @category Catalog
 */
export const NEW_SERVICE_KIND_CATALOG: { readonly [K in NewServiceKind]: SchedaValue<K> } =
  /* @__PURE__ */ frozen({
    "servizio-gia-presente": value(
      "servizio-gia-presente",
      "Servizio già presente",
      "Existing service",
      SEB,
      4804,
    ),
    "servizio-rivisto": value(
      "servizio-rivisto",
      "Servizio sostanzialmente rivisto/aggiornato",
      "Substantially revised or updated service",
      SEB,
      4806,
    ),
    "nuovo-servizio": value("nuovo-servizio", "Nuovo servizio", "New service", SEB, 4809),
    "non-nuovo": value("non-nuovo", "Nessun nuovo servizio", "No new service", ALM, 996),
  });

/**
 * Tells whether a value is a new-service answer of the scheda obiettivo.
 *
 * @example
 * ```ts
 * import { isNewServiceKind } from "piano-di-zona";
 * isNewServiceKind("nuovo-servizio") //=> true
 * isNewServiceKind("nuovo") //=> false
 * ```
 * @category Catalog
 */
export function isNewServiceKind(value: unknown): value is NewServiceKind {
  return isOneOf(NEW_SERVICE_KINDS, value);
}

/**
 * The catalogue entry of a new-service answer of the scheda obiettivo.
 *
 * @param kind - one of {@link NEW_SERVICE_KINDS}
 * @throws PdzError `unknown_new_service_kind` for any other value
 * @example
 * ```ts
 * import { getNewServiceKind } from "piano-di-zona";
 * getNewServiceKind("nuovo-servizio").labels.en //=> "New service"
 * getNewServiceKind("nuovo" as never) //=> throws unknown_new_service_kind
 * ```
 * @category Catalog
 */
export function getNewServiceKind(kind: NewServiceKind): SchedaValue<NewServiceKind> {
  return entryOf(NEW_SERVICE_KIND_CATALOG, NEW_SERVICE_KINDS, M.unknown_new_service_kind, kind);
}

/**
 * Answers to "Il bisogno rilevato era già stato affrontato nella precedente programmazione o può essere definito
 * come un nuovo bisogno…?": a consolidated need or a new one.
 *
 * @example
 * ```ts
 * import { NEED_KINDS } from "piano-di-zona";
 * NEED_KINDS //=> ["bisogno-consolidato", "nuovo-bisogno"]
 * ```
 * @category Catalog
 */
export const NEED_KINDS = /* @__PURE__ */ Object.freeze(["bisogno-consolidato", "nuovo-bisogno"] as const);

/** One of {@link NEED_KINDS}. @category Catalog */
export type NeedKind = (typeof NEED_KINDS)[number];

/**
 * The need answers with their official wording (seed 002 L4881 for "nuovo bisogno", seed 001 L1684 for
 * "bisogno consolidato").
 *
 * @example
 * ```ts
 * import { NEED_KIND_CATALOG } from "piano-di-zona";
 * NEED_KIND_CATALOG["nuovo-bisogno"].labels.en //=> "New need"
 * ```
 * @category Catalog
 */
export const NEED_KIND_CATALOG: { readonly [K in NeedKind]: SchedaValue<K> } = /* @__PURE__ */ frozen({
  "bisogno-consolidato": value("bisogno-consolidato", "Bisogno consolidato", "Consolidated need", BUS, 1684),
  "nuovo-bisogno": value("nuovo-bisogno", "Nuovo bisogno", "New need", SEB, 4881),
});

/**
 * Tells whether a value is a need answer of the scheda obiettivo.
 *
 * @example
 * ```ts
 * import { isNeedKind } from "piano-di-zona";
 * isNeedKind("nuovo-bisogno") //=> true
 * isNeedKind("nuovo") //=> false
 * ```
 * @category Catalog
 */
export function isNeedKind(value: unknown): value is NeedKind {
  return isOneOf(NEED_KINDS, value);
}

/**
 * The catalogue entry of a need answer of the scheda obiettivo.
 *
 * @param kind - one of {@link NEED_KINDS}
 * @throws PdzError `unknown_need_kind` for any other value
 * @example
 * ```ts
 * import { getNeedKind } from "piano-di-zona";
 * getNeedKind("nuovo-bisogno").labels.it //=> "Nuovo bisogno"
 * getNeedKind("nuovo" as never) //=> throws unknown_need_kind
 * ```
 * @category Catalog
 */
export function getNeedKind(kind: NeedKind): SchedaValue<NeedKind> {
  return entryOf(NEED_KIND_CATALOG, NEED_KINDS, M.unknown_need_kind, kind);
}

/**
 * Answers to "L'obiettivo è di tipo promozionale/preventivo o riparativo?". Several may apply together (plans
 * write "Preventivo e riparativo"), so a scheda stores a list of them.
 *
 * @example
 * ```ts
 * import { PREVENTION_KINDS } from "piano-di-zona";
 * PREVENTION_KINDS //=> ["promozionale", "preventivo", "riparativo"]
 * ```
 * @category Catalog
 */
export const PREVENTION_KINDS = /* @__PURE__ */ Object.freeze([
  "promozionale",
  "preventivo",
  "riparativo",
] as const);

/** One of {@link PREVENTION_KINDS}. @category Catalog */
export type PreventionKind = (typeof PREVENTION_KINDS)[number];

/**
 * The prevention answers with their labels (the question: seed 002 L4893, seed 001 L1685).
 *
 * @example
 * ```ts
 * import { PREVENTION_KIND_CATALOG } from "piano-di-zona";
 * PREVENTION_KIND_CATALOG.riparativo.labels.en //=> "Remedial"
 * ```
 * @category Catalog
 */
export const PREVENTION_KIND_CATALOG: { readonly [K in PreventionKind]: SchedaValue<K> } =
  /* @__PURE__ */ frozen({
    promozionale: value("promozionale", "Promozionale", "Promotional", SEB, 4893),
    preventivo: value("preventivo", "Preventivo", "Preventive", SEB, 4893),
    riparativo: value("riparativo", "Riparativo", "Remedial", SEB, 4893),
  });

/**
 * Tells whether a value is a prevention answer of the scheda obiettivo.
 *
 * @example
 * ```ts
 * import { isPreventionKind } from "piano-di-zona";
 * isPreventionKind("preventivo") //=> true
 * isPreventionKind("preventiva") //=> false
 * ```
 * @category Catalog
 */
export function isPreventionKind(value: unknown): value is PreventionKind {
  return isOneOf(PREVENTION_KINDS, value);
}

/**
 * The catalogue entry of a prevention answer of the scheda obiettivo.
 *
 * @param kind - one of {@link PREVENTION_KINDS}
 * @throws PdzError `unknown_prevention_kind` for any other value
 * @example
 * ```ts
 * import { getPreventionKind } from "piano-di-zona";
 * getPreventionKind("preventivo").labels.en //=> "Preventive"
 * getPreventionKind("preventiva" as never) //=> throws unknown_prevention_kind
 * ```
 * @category Catalog
 */
export function getPreventionKind(kind: PreventionKind): SchedaValue<PreventionKind> {
  return entryOf(PREVENTION_KIND_CATALOG, PREVENTION_KINDS, M.unknown_prevention_kind, kind);
}

/**
 * A "punto chiave" of an intervention. The DGR lists them in an appendix table that no plan reproduces, so the
 * vocabulary is open: any string is a key point, and {@link KNOWN_KEY_POINTS} lists those the plans use.
 * @category Catalog
 */
export type KeyPoint = string;

/** A key point used in the plans, with the macro-areas under which they list it. @category Catalog */
export interface KnownKeyPoint {
  readonly text: string;
  readonly macroAreas: readonly MacroAreaCode[];
  readonly source: SourceReference;
}

/* @__NO_SIDE_EFFECTS__ */
function point(
  text: string,
  macroAreas: readonly MacroAreaCode[],
  first: number,
  last: number,
): KnownKeyPoint {
  return { text, macroAreas, source: { document: SEB, lines: [first, last] } };
}

/**
 * The key points the Sebino plan lists under each macro-area, as written there. An open vocabulary: other
 * strings are allowed.
 *
 * @example
 * ```ts
 * import { KNOWN_KEY_POINTS } from "piano-di-zona";
 * KNOWN_KEY_POINTS.find((p) => p.text === "Interventi a favore dei NEET")?.macroAreas //=> ["H"]
 * ```
 * @category Catalog
 */
export const KNOWN_KEY_POINTS: readonly KnownKeyPoint[] = /* @__PURE__ */ frozen([
  point("Contrasto all'isolamento", ["A", "J"], 3937, 3947),
  point("Vulnerabilità multidimensionale", ["A", "B"], 5209, 5221),
  point("Presenza di nuovi soggetti a rischio/nuova utenza rispetto al passato", ["A", "G"], 3937, 3959),
  point("Nuovi strumenti di governance", ["A", "B", "H", "J"], 4733, 4738),
  point("Facilitare l'accesso alle opportunità di benessere e partecipazione attiva", ["A"], 3937, 3947),
  point("Allargamento della rete e coprogrammazione", ["A", "B", "G", "H", "J"], 4719, 4750),
  point("Rafforzamento delle reti sociali", ["A", "G", "J"], 4719, 4750),
  point("Allargamento della platea dei soggetti a rischio", ["B"], 5216, 5221),
  point("Qualità dell'abitare", ["B"], 5216, 5221),
  point("Contrasto e prevenzione della povertà educativa", ["G"], 3953, 3959),
  point("Prevenzione e contenimento del disagio sociale e del suo impatto sulla salute", ["G"], 3953, 3959),
  point(
    "Contrasto alle difficoltà socioeconomiche dei giovani e loro inserimento nel mondo del lavoro",
    ["H"],
    4733,
    4738,
  ),
  point("Interventi a favore dei NEET", ["H"], 3927, 3930),
  point(
    "Filiera integrata che accompagni la persona nel percorso di vita fino al Dopo di Noi",
    ["J"],
    4744,
    4750,
  ),
  point("Ruolo delle famiglie e del caregiver", ["J"], 6057, 6060),
]);

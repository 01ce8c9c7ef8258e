import type { Labels } from "../core/labels.js";
import * as M from "../core/messages/catalog.js";
import { frozen } from "./_frozen.js";
import { entryOf, isOneOf } from "./_lookup.js";

/**
 * Kinds of the entities that sign, join or work with an Accordo di Programma. "ats" is the health agency
 * (Agenzia di Tutela della Salute), never the Ambito Territoriale Sociale.
 *
 * @example
 * ```ts
 * import { ENTITY_KINDS } from "piano-di-zona";
 * ENTITY_KINDS.includes("azienda-speciale-consortile") //=> true
 * ```
 * @category Catalog
 */
export const ENTITY_KINDS = /* @__PURE__ */ Object.freeze([
  "comune",
  "ats",
  "asst",
  "ets",
  "ente-religioso",
  "organizzazione-sindacale",
  "azienda-speciale-consortile",
  "regione",
  "istituto-scolastico",
  "provincia",
  "asl",
  "altro",
] as const);

/** One of {@link ENTITY_KINDS}. @category Catalog */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** An entity kind with its labels. @category Catalog */
export interface EntityKindEntry {
  readonly kind: EntityKind;
  readonly labels: Labels;
}

/**
 * The entity kinds with their labels. `"asl"` (Azienda Sanitaria Locale) is there for plans before the 2015
 * reform (l.r. 23/2015), such as the 2015-2017 plan that names the ASL di Varese. Deep-frozen.
 *
 * @example
 * ```ts
 * import { ENTITY_KIND_CATALOG } from "piano-di-zona";
 * ENTITY_KIND_CATALOG.ats.labels.it //=> "Agenzia di Tutela della Salute (ATS)"
 * ENTITY_KIND_CATALOG.ets.labels.en //=> "Third Sector entity"
 * ```
 * @category Catalog
 */
export const ENTITY_KIND_CATALOG: { readonly [K in EntityKind]: EntityKindEntry & { readonly kind: K } } =
  /* @__PURE__ */ frozen({
    comune: { kind: "comune", labels: { it: "Comune", en: "Municipality" } },
    ats: {
      kind: "ats",
      labels: { it: "Agenzia di Tutela della Salute (ATS)", en: "Health Protection Agency" },
    },
    asst: {
      kind: "asst",
      labels: { it: "Azienda Socio-Sanitaria Territoriale (ASST)", en: "Local Social and Health Authority" },
    },
    ets: { kind: "ets", labels: { it: "Ente del Terzo Settore (ETS)", en: "Third Sector entity" } },
    "ente-religioso": {
      kind: "ente-religioso",
      labels: {
        it: "Ente religioso civilmente riconosciuto",
        en: "Religious body recognised under civil law",
      },
    },
    "organizzazione-sindacale": {
      kind: "organizzazione-sindacale",
      labels: { it: "Organizzazione sindacale", en: "Trade union" },
    },
    "azienda-speciale-consortile": {
      kind: "azienda-speciale-consortile",
      labels: { it: "Azienda speciale consortile", en: "Special consortium company of municipalities" },
    },
    regione: { kind: "regione", labels: { it: "Regione", en: "Region" } },
    "istituto-scolastico": {
      kind: "istituto-scolastico",
      labels: { it: "Istituto scolastico", en: "School" },
    },
    provincia: { kind: "provincia", labels: { it: "Provincia", en: "Province" } },
    asl: {
      kind: "asl",
      labels: { it: "Azienda Sanitaria Locale (ASL)", en: "Local Health Authority (ASL)" },
    },
    altro: { kind: "altro", labels: { it: "Altro ente", en: "Other entity" } },
  });

/**
 * Tells whether a value is an entity kind.
 *
 * @example
 * ```ts
 * import { isEntityKind } from "piano-di-zona";
 * isEntityKind("asst") //=> true
 * isEntityKind("ambito") //=> false
 * ```
 * @category Catalog
 */
export function isEntityKind(value: unknown): value is EntityKind {
  return isOneOf(ENTITY_KINDS, value);
}

/**
 * The catalogue entry of an entity kind.
 *
 * @param kind - one of {@link ENTITY_KINDS}
 * @throws PdzError `unknown_entity_kind` for any other value
 * @example
 * ```ts
 * import { getEntityKind } from "piano-di-zona";
 * getEntityKind("asst").labels.en //=> "Local Social and Health Authority"
 * getEntityKind("ambito" as never) //=> throws unknown_entity_kind
 * ```
 * @category Catalog
 */
export function getEntityKind(kind: EntityKind): EntityKindEntry {
  return entryOf(ENTITY_KIND_CATALOG, ENTITY_KINDS, M.unknown_entity_kind, kind);
}

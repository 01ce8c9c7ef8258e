// The kinds of agreement and procedure a Piano di Zona reports besides its Accordo di Programma (protocols with the
// ATS and the ASST, conventions, co-programming and co-design under art. 55 D.Lgs. 117/2017), their status, and the
// kinds of formal act that support them.
import { frozen } from "./_frozen.js";
import type { LabelledCode } from "./evaluation-scales.js";

/**
 * Kinds of protocol, agreement or procedure: a protocollo (d'intesa, operativo) with the ATS, the ASST or other
 * bodies; a co-programming or co-design procedure with the Terzo Settore (art. 55 D.Lgs. 117/2017, D.M. 72/2021); an
 * accordo; a convenzione.
 *
 * @example
 * ```ts
 * import { PROTOCOL_KINDS } from "piano-di-zona";
 * PROTOCOL_KINDS.includes("co-progettazione") //=> true
 * ```
 * @category Catalog
 */
export const PROTOCOL_KINDS = /* @__PURE__ */ Object.freeze([
  "protocollo",
  "co-programmazione",
  "co-progettazione",
  "accordo",
  "convenzione",
] as const);

/** One of {@link PROTOCOL_KINDS}. @category Catalog */
export type ProtocolKind = (typeof PROTOCOL_KINDS)[number];

/**
 * Labels of the {@link PROTOCOL_KINDS}. Deep-frozen.
 *
 * @example
 * ```ts
 * import { PROTOCOL_KIND_CATALOG } from "piano-di-zona";
 * PROTOCOL_KIND_CATALOG["co-programmazione"].labels.en //=> "Co-programming"
 * ```
 * @category Catalog
 */
export const PROTOCOL_KIND_CATALOG: { readonly [K in ProtocolKind]: LabelledCode<K> } =
  /* @__PURE__ */ frozen({
    protocollo: { code: "protocollo", labels: { it: "Protocollo", en: "Protocol" } },
    "co-programmazione": {
      code: "co-programmazione",
      labels: { it: "Co-programmazione", en: "Co-programming" },
    },
    "co-progettazione": { code: "co-progettazione", labels: { it: "Co-progettazione", en: "Co-design" } },
    accordo: { code: "accordo", labels: { it: "Accordo", en: "Agreement" } },
    convenzione: { code: "convenzione", labels: { it: "Convenzione", en: "Convention" } },
  });

/**
 * Where a protocol or procedure stands, as the plan reports it: in force (signed, approved or carried out), planned
 * for the programming period ("protocolli che verranno sottoscritti nel corso del triennio"), or rescinded
 * ("risoluzione di una prima convenzione").
 *
 * @example
 * ```ts
 * import { PROTOCOL_STATUSES } from "piano-di-zona";
 * PROTOCOL_STATUSES //=> ["in-force", "planned", "rescinded"]
 * ```
 * @category Catalog
 */
export const PROTOCOL_STATUSES = /* @__PURE__ */ Object.freeze(["in-force", "planned", "rescinded"] as const);

/** One of {@link PROTOCOL_STATUSES}. @category Catalog */
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

/**
 * Labels of the {@link PROTOCOL_STATUSES}. Deep-frozen.
 *
 * @example
 * ```ts
 * import { PROTOCOL_STATUS_CATALOG } from "piano-di-zona";
 * PROTOCOL_STATUS_CATALOG.rescinded.labels.it //=> "Risolto"
 * ```
 * @category Catalog
 */
export const PROTOCOL_STATUS_CATALOG: { readonly [S in ProtocolStatus]: LabelledCode<S> } =
  /* @__PURE__ */ frozen({
    "in-force": { code: "in-force", labels: { it: "In vigore", en: "In force" } },
    planned: { code: "planned", labels: { it: "Previsto", en: "Planned" } },
    rescinded: { code: "rescinded", labels: { it: "Risolto", en: "Rescinded" } },
  });

/**
 * Kinds of formal act cited in support of an answer or a procedure: a public notice (avviso, manifestazione di
 * interesse), a deliberation, a protocol, a convention, an agreement, a determination, or another act (a D.d.u.o.).
 *
 * @example
 * ```ts
 * import { ACT_KINDS } from "piano-di-zona";
 * ACT_KINDS.includes("avviso") //=> true
 * ```
 * @category Catalog
 */
export const ACT_KINDS = /* @__PURE__ */ Object.freeze([
  "avviso",
  "deliberazione",
  "protocollo",
  "convenzione",
  "accordo",
  "determinazione",
  "altro",
] as const);

/** One of {@link ACT_KINDS}. @category Catalog */
export type ActKind = (typeof ACT_KINDS)[number];

/**
 * Labels of the {@link ACT_KINDS}. Deep-frozen.
 *
 * @example
 * ```ts
 * import { ACT_KIND_CATALOG } from "piano-di-zona";
 * ACT_KIND_CATALOG.avviso.labels.en //=> "Public notice"
 * ```
 * @category Catalog
 */
export const ACT_KIND_CATALOG: { readonly [K in ActKind]: LabelledCode<K> } = /* @__PURE__ */ frozen({
  avviso: { code: "avviso", labels: { it: "Avviso pubblico", en: "Public notice" } },
  deliberazione: { code: "deliberazione", labels: { it: "Deliberazione", en: "Deliberation" } },
  protocollo: { code: "protocollo", labels: { it: "Protocollo", en: "Protocol" } },
  convenzione: { code: "convenzione", labels: { it: "Convenzione", en: "Convention" } },
  accordo: { code: "accordo", labels: { it: "Accordo", en: "Agreement" } },
  determinazione: { code: "determinazione", labels: { it: "Determinazione", en: "Determination" } },
  altro: { code: "altro", labels: { it: "Altro atto", en: "Other act" } },
});

import { frozen } from "./_frozen.js";
import type { LabelledCode } from "./evaluation-scales.js";

/**
 * The roles in which people sit on a governance organ, as the Accordi di Programma name them ("Sindaco",
 * "Direttore Generale ATS", "Responsabile dell'Ufficio di Piano", "Responsabili o Referenti dei Servizi Sociali dei
 * Comuni", "rappresentante legale degli ETS", "verbalizzante", …).
 * @category Catalog
 */
export const MEMBER_ROLES = /* @__PURE__ */ Object.freeze([
  "sindaco",
  "presidente-assemblea-dei-sindaci",
  "direttore-generale",
  "direttore-distretto",
  "responsabile-ufficio-di-piano",
  "responsabile-servizi-sociali",
  "rappresentante-legale",
  "rappresentante",
  "verbalizzante",
  "operatore",
  "altro",
] as const);

/** A role on a governance organ. @category Catalog */
export type MemberRole = (typeof MEMBER_ROLES)[number];

/**
 * Labels of the {@link MEMBER_ROLES}.
 *
 * @example
 * ```ts
 * import { MEMBER_ROLE_CATALOG } from "piano-di-zona";
 * MEMBER_ROLE_CATALOG["responsabile-ufficio-di-piano"].labels.it //=> "Responsabile dell'Ufficio di Piano"
 * ```
 * @category Catalog
 */
export const MEMBER_ROLE_CATALOG: { readonly [K in MemberRole]: LabelledCode<K> } = /* @__PURE__ */ frozen({
  sindaco: { code: "sindaco", labels: { it: "Sindaco", en: "Mayor" } },
  "presidente-assemblea-dei-sindaci": {
    code: "presidente-assemblea-dei-sindaci",
    labels: { it: "Presidente dell'Assemblea dei Sindaci", en: "President of the Assembly of Mayors" },
  },
  "direttore-generale": {
    code: "direttore-generale",
    labels: { it: "Direttore Generale", en: "Director General" },
  },
  "direttore-distretto": {
    code: "direttore-distretto",
    labels: { it: "Direttore del distretto sociosanitario", en: "Director of the health district" },
  },
  "responsabile-ufficio-di-piano": {
    code: "responsabile-ufficio-di-piano",
    labels: { it: "Responsabile dell'Ufficio di Piano", en: "Head of the Ufficio di Piano" },
  },
  "responsabile-servizi-sociali": {
    code: "responsabile-servizi-sociali",
    labels: {
      it: "Responsabile o referente dei Servizi Sociali",
      en: "Head or contact person of the social services",
    },
  },
  "rappresentante-legale": {
    code: "rappresentante-legale",
    labels: { it: "Rappresentante legale", en: "Legal representative" },
  },
  rappresentante: { code: "rappresentante", labels: { it: "Rappresentante", en: "Representative" } },
  verbalizzante: { code: "verbalizzante", labels: { it: "Verbalizzante", en: "Minute-taker" } },
  operatore: { code: "operatore", labels: { it: "Operatore", en: "Practitioner" } },
  altro: { code: "altro", labels: { it: "Altro", en: "Other" } },
});

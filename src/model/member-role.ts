import { deepFreeze } from "../core/deep-freeze.js";
import type { Labels } from "../core/labels.js";

/**
 * The roles in which people sit on a governance organ, as the Accordi di Programma name them ("Sindaco",
 * "Direttore Generale ATS", "Responsabile dell'Ufficio di Piano", "Responsabili o Referenti dei Servizi Sociali dei
 * Comuni", "rappresentante legale degli ETS", "verbalizzante", …).
 * @category Model
 */
export const MEMBER_ROLES = [
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
] as const;

/** A role on a governance organ. @category Model */
export type MemberRole = (typeof MEMBER_ROLES)[number];

/**
 * Labels of the {@link MEMBER_ROLES}.
 *
 * @example
 * ```ts
 * import { MEMBER_ROLE_LABELS } from "piano-di-zona";
 * MEMBER_ROLE_LABELS["responsabile-ufficio-di-piano"].it //=> "Responsabile dell'Ufficio di Piano"
 * ```
 * @category Model
 */
export const MEMBER_ROLE_LABELS: { readonly [R in MemberRole]: Labels } = /* @__PURE__ */ deepFreeze({
  sindaco: { it: "Sindaco", en: "Mayor" },
  "presidente-assemblea-dei-sindaci": {
    it: "Presidente dell'Assemblea dei Sindaci",
    en: "President of the Assembly of Mayors",
  },
  "direttore-generale": { it: "Direttore Generale", en: "Director General" },
  "direttore-distretto": {
    it: "Direttore del distretto sociosanitario",
    en: "Director of the health district",
  },
  "responsabile-ufficio-di-piano": {
    it: "Responsabile dell'Ufficio di Piano",
    en: "Head of the Ufficio di Piano",
  },
  "responsabile-servizi-sociali": {
    it: "Responsabile o referente dei Servizi Sociali",
    en: "Head or contact person of the social services",
  },
  "rappresentante-legale": { it: "Rappresentante legale", en: "Legal representative" },
  rappresentante: { it: "Rappresentante", en: "Representative" },
  verbalizzante: { it: "Verbalizzante", en: "Minute-taker" },
  operatore: { it: "Operatore", en: "Practitioner" },
  altro: { it: "Altro", en: "Other" },
});

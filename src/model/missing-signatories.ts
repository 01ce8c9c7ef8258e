import type { AccordoDiProgramma } from "./accordo-di-programma.js";
import type { Ambito } from "./ambito.js";
import { requireSameAmbito, signingParties } from "./_accordo.js";

/**
 * A party that must sign an Accordo and does not.
 * @category Model
 */
export interface MissingSignatory {
  /** Id of the party (a comune of the Ambito, its ATS or its ASST). */
  readonly ente: string;
  readonly kind: "comune" | "ats" | "asst";
  readonly name: string;
}

/**
 * The parties that must sign an Accordo di Programma and have not: every comune of the Ambito (through its mayor),
 * the ATS and the ASST (Gallarate art. 2, seed 000 L111-132; D.G.R. XII/2167 as summarised in seed 002 L166-170).
 * A party listed among the adherents does not count as signing: adherents cannot sign.
 *
 * @throws {@link PdzError} `ambito_mismatch` when the Accordo is of another Ambito
 * @example
 * ```ts
 * import { missingSignatories } from "piano-di-zona";
 * import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "piano-di-zona/datasets";
 * missingSignatories(GALLARATE_ACCORDO, GALLARATE_AMBITO) //=> []
 * const withoutAsst = { ...GALLARATE_ACCORDO, signatories: GALLARATE_ACCORDO.signatories.filter((s) => s.ente !== "asst-valle-olona") };
 * missingSignatories(withoutAsst, GALLARATE_AMBITO).map((m) => m.name) //=> ["ASST Valle Olona"]
 * ```
 * @category Model
 */
export function missingSignatories(
  accordo: Pick<AccordoDiProgramma, "ambito" | "signatories" | "adherents">,
  ambito: Pick<Ambito, "id" | "comuni" | "ats" | "asst">,
): MissingSignatory[] {
  requireSameAmbito(accordo, ambito);
  const signing = signingParties(accordo);
  const required: MissingSignatory[] = [
    ...ambito.comuni.map((comune) => ({ ente: comune.id, kind: "comune" as const, name: comune.name })),
    { ente: ambito.ats.id, kind: "ats", name: ambito.ats.name },
    { ente: ambito.asst.id, kind: "asst", name: ambito.asst.name },
  ];
  return required.filter((party) => !signing.has(party.ente));
}

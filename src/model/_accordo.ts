import { PdzError } from "../core/error.js";
import type { AccordoDiProgramma } from "./accordo-di-programma.js";
import type { Ambito } from "./ambito.js";

/** The ids of the parties that sign and are not (wrongly) listed as adherents too: adherents never sign. */
export function signingParties(accordo: Pick<AccordoDiProgramma, "signatories" | "adherents">): Set<string> {
  const adhering = new Set(accordo.adherents.map((adherent) => adherent.ente));
  return new Set(accordo.signatories.map((signatory) => signatory.ente).filter((id) => !adhering.has(id)));
}

/** Throws when an Accordo is checked against an Ambito other than its own. */
export function requireSameAmbito(
  accordo: Pick<AccordoDiProgramma, "ambito">,
  ambito: Pick<Ambito, "id">,
): void {
  if (accordo.ambito !== ambito.id) {
    throw new PdzError({
      code: "ambito_mismatch",
      message: `The Accordo belongs to "${accordo.ambito}", not to "${ambito.id}"`,
      messageIt: `L'Accordo è dell'ambito «${accordo.ambito}», non di «${ambito.id}»`,
      path: ["ambito"],
    });
  }
}

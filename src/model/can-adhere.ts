import type { AccordoDiProgramma } from "./accordo-di-programma.js";
import type { Ente } from "./ente.js";

/**
 * The answer of {@link canAdhere}: allowed, or refused with a stable code and the reason in both languages.
 * @category Model
 */
export type AdhesionCheck =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly code: "no_adhesion_rule" | "kind_not_admitted" | "already_signatory" | "already_adherent";
      readonly message: string;
      readonly messageIt: string;
    };

/**
 * Tells whether a body may adhere to an Accordo di Programma: its kind must be one the Accordo admits (Gallarate
 * art. 3 admits the "organismi rappresentativi del Terzo Settore", seed 000 L134-138), and it must not already sign
 * or adhere.
 *
 * @example
 * ```ts
 * import { canAdhere } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * canAdhere(GALLARATE_ACCORDO, { id: "cooperativa-esempio", kind: "ets", name: "Cooperativa sociale" }).allowed //=> true
 * const refused = canAdhere(GALLARATE_ACCORDO, { id: "istituto-esempio", kind: "istituto-scolastico", name: "Istituto comprensivo" });
 * refused.allowed ? "" : refused.code //=> "kind_not_admitted"
 * ```
 * @category Model
 */
export function canAdhere(
  accordo: Pick<AccordoDiProgramma, "adhesion" | "signatories" | "adherents">,
  ente: Pick<Ente, "id" | "kind">,
): AdhesionCheck {
  if (accordo.signatories.some((signatory) => signatory.ente === ente.id)) {
    return {
      allowed: false,
      code: "already_signatory",
      message: "The body already signs the Accordo",
      messageIt: "L'ente è già sottoscrittore dell'Accordo",
    };
  }
  if (accordo.adherents.some((adherent) => adherent.ente === ente.id)) {
    return {
      allowed: false,
      code: "already_adherent",
      message: "The body already adheres to the Accordo",
      messageIt: "L'ente è già aderente all'Accordo",
    };
  }
  if (accordo.adhesion === undefined) {
    return {
      allowed: false,
      code: "no_adhesion_rule",
      message: "The Accordo admits no adherents",
      messageIt: "L'Accordo non prevede soggetti aderenti",
    };
  }
  if (!accordo.adhesion.kinds.includes(ente.kind)) {
    return {
      allowed: false,
      code: "kind_not_admitted",
      message: `The Accordo does not admit adherents of kind "${ente.kind}"`,
      messageIt: `L'Accordo non ammette aderenti del tipo «${ente.kind}»`,
    };
  }
  return { allowed: true };
}

import type { Finding } from "../core/finding.js";
import type { AccordoDiProgramma } from "./accordo-di-programma.js";
import type { Ambito } from "./ambito.js";
import { requireSameAmbito } from "./_accordo.js";

/**
 * Checks the composition of an Accordo's organs against its Ambito and returns what is wrong, never throwing on a
 * data problem:
 *
 * - `missing_assemblea_dei_sindaci` (error): an Ambito of several comuni has no Assemblea dei Sindaci;
 *   `assemblea_in_single_comune_ambito` (warning): a one-comune Ambito declares one (Busto Arsizio has none, seed 001
 *   L156);
 * - `assemblea_missing_mayor` (error): a comune has no mayor's seat in the Assemblea;
 *   `mayor_seat_not_delegable` (warning): the seat does not admit a delegate ("o loro delegati", seed 000 L596);
 * - `tavolo_terzo_settore_presidency` (error): the Tavolo del Terzo Settore is not presided by the Assemblea's
 *   president or a delegate (seed 000 L436-438), where there is an Assemblea.
 *
 * @throws {@link PdzError} `ambito_mismatch` when the Accordo is of another Ambito
 * @example
 * ```ts
 * import { checkOrganComposition } from "piano-di-zona";
 * import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "piano-di-zona/datasets";
 * checkOrganComposition(GALLARATE_ACCORDO, GALLARATE_AMBITO) //=> []
 * const noAssemblea = { ...GALLARATE_ACCORDO, organs: GALLARATE_ACCORDO.organs.filter((o) => o.kind !== "assemblea-dei-sindaci") };
 * checkOrganComposition(noAssemblea, GALLARATE_AMBITO).map((f) => f.code) //=> ["missing_assemblea_dei_sindaci"]
 * ```
 * @category Model
 */
export function checkOrganComposition(
  accordo: Pick<AccordoDiProgramma, "ambito" | "organs">,
  ambito: Pick<Ambito, "id" | "comuni">,
): Finding[] {
  requireSameAmbito(accordo, ambito);
  const findings: Finding[] = [];
  const assemblee = accordo.organs.flatMap((organ, index) =>
    organ.kind === "assemblea-dei-sindaci" ? [{ organ, index }] : [],
  );
  if (assemblee.length === 0 && ambito.comuni.length > 1) {
    findings.push({
      code: "missing_assemblea_dei_sindaci",
      severity: "error",
      path: ["organs"],
      message: `An Ambito of ${ambito.comuni.length} comuni needs an Assemblea dei Sindaci`,
      messageIt: `Un Ambito di ${ambito.comuni.length} comuni richiede un'Assemblea dei Sindaci`,
    });
  }
  for (const { organ, index } of assemblee) {
    if (ambito.comuni.length === 1) {
      findings.push({
        code: "assemblea_in_single_comune_ambito",
        severity: "warning",
        path: ["organs", index],
        message: "A one-comune Ambito has no Assemblea dei Sindaci: its council decides",
        messageIt: "Un Ambito monocomunale non prevede l'Assemblea dei Sindaci: decide il Comune",
      });
    }
    for (const comune of ambito.comuni) {
      const position = organ.seats.findIndex(
        (seat) => seat.role === "sindaco" && seat.ente === comune.id && seat.attendee !== true,
      );
      const seat = organ.seats[position];
      if (seat === undefined) {
        findings.push({
          code: "assemblea_missing_mayor",
          severity: "error",
          path: ["organs", index, "seats"],
          message: `The Assemblea has no seat for the mayor of ${comune.name}`,
          messageIt: `Nell'Assemblea manca il Sindaco di ${comune.name}`,
        });
      } else if (!seat.delegable) {
        findings.push({
          code: "mayor_seat_not_delegable",
          severity: "warning",
          path: ["organs", index, "seats", position, "delegable"],
          message: `The mayor of ${comune.name} cannot send a delegate`,
          messageIt: `Il Sindaco di ${comune.name} non può farsi rappresentare da un delegato`,
        });
      }
    }
  }
  accordo.organs.forEach((organ, index) => {
    // Without an Assemblea (one-comune Ambiti) the rule has nothing to refer to.
    if (organ.kind !== "tavolo-terzo-settore" || assemblee.length === 0) return;
    const president = organ.seats.find((seat) => seat.id === organ.presidency?.seat);
    if (president?.role !== "presidente-assemblea-dei-sindaci" || !president.delegable) {
      findings.push({
        code: "tavolo_terzo_settore_presidency",
        severity: "error",
        path: ["organs", index, "presidency"],
        message: "The Tavolo del Terzo Settore must be presided by the Assemblea's president or a delegate",
        messageIt:
          "Il Tavolo del Terzo Settore è presieduto dal Presidente dell'Assemblea dei Sindaci o suo delegato",
      });
    }
  });
  return findings;
}

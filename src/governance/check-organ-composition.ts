import { PdzError, pdzError, type ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import * as C from "../core/messages/core.js";
import * as G from "../core/messages/governance.js";
import {
  ownField,
  readList,
  readRecord,
  readText,
  requiredField,
  type InputRecord,
} from "../core/read-input.js";
import type { AccordoDiProgramma } from "../model/accordo-di-programma.js";
import type { Ambito } from "../model/ambito.js";
import { readRequiredText, requireSameAmbito } from "./_accordo-parties.js";
import { readSeats, type SeatFacts } from "./_organ-seats.js";

interface OrganFacts {
  readonly kind: string;
  readonly seats: readonly SeatFacts[];
  readonly presidency: string | undefined;
}

function readOrgans(accordo: InputRecord): OrganFacts[] {
  return readList(requiredField(accordo, "organs"), ["organs"]).map((item, index) => {
    const path: ErrorPath = ["organs", index];
    const organ = readRecord(item, path);
    const presidency = ownField(organ, "presidency", path);
    const at: ErrorPath = [...path, "presidency"];
    // A presidency may be worded without naming the seat that holds it (Sebino, seed 002 L3368).
    const seat = presidency === undefined ? undefined : ownField(readRecord(presidency, at), "seat", at);
    return {
      kind: readRequiredText(organ, "kind", path),
      seats: readSeats(organ, path),
      presidency: seat === undefined ? undefined : readText(seat, [...at, "seat"]),
    };
  });
}

function readComuni(ambito: InputRecord): { id: string; name: string }[] {
  return readList(requiredField(ambito, "comuni", ["ambito"]), ["ambito", "comuni"]).map((item, index) => {
    const path: ErrorPath = ["ambito", "comuni", index];
    const comune = readRecord(item, path);
    return { id: readRequiredText(comune, "id", path), name: readRequiredText(comune, "name", path) };
  });
}

function findingsOf(
  organs: readonly OrganFacts[],
  comuni: readonly { id: string; name: string }[],
): Finding[] {
  const findings: Finding[] = [];
  const assemblee = organs.flatMap((organ, index) =>
    organ.kind === "assemblea-dei-sindaci" ? [{ organ, index }] : [],
  );
  if (assemblee.length === 0 && comuni.length > 1) {
    findings.push(
      createFinding(G.missing_assemblea_dei_sindaci, { comuni: comuni.length }, { path: ["organs"] }),
    );
  }
  for (const { organ, index } of assemblee) {
    if (comuni.length === 1) {
      findings.push(createFinding(G.assemblea_in_single_comune_ambito, {}, { path: ["organs", index] }));
    }
    // Each comune's first mayor's seat (attendees are not members), found in one pass over the seats.
    const mayors = new Map<string, number>();
    organ.seats.forEach((seat, position) => {
      if (seat.role === "sindaco" && !seat.attendee && seat.ente !== undefined && !mayors.has(seat.ente)) {
        mayors.set(seat.ente, position);
      }
    });
    for (const comune of comuni) {
      const position = mayors.get(comune.id);
      const seat = position === undefined ? undefined : organ.seats[position];
      if (position === undefined || seat === undefined) {
        findings.push(
          createFinding(
            G.assemblea_missing_mayor,
            { comune: comune.name },
            { path: ["organs", index, "seats"] },
          ),
        );
      } else if (seat.delegable === false) {
        findings.push(
          createFinding(
            G.mayor_seat_not_delegable,
            { comune: comune.name },
            { path: ["organs", index, "seats", position, "delegable"] },
          ),
        );
      }
    }
  }
  organs.forEach((organ, index) => {
    // Without an Assemblea (one-comune Ambiti) the rule has nothing to refer to; without a stated presidency
    // (Alto Milanese's Tavolo di Programmazione e Progettazione Zonale, seed 004 L616-619) there is nothing to check.
    if (organ.kind !== "tavolo-terzo-settore" || assemblee.length === 0 || organ.presidency === undefined)
      return;
    const president = organ.seats.find((seat) => seat.id === organ.presidency);
    if (president?.role !== "presidente-assemblea-dei-sindaci" || president.delegable === false) {
      findings.push(
        createFinding(G.tavolo_terzo_settore_presidency, {}, { path: ["organs", index, "presidency"] }),
      );
    }
  });
  return findings;
}

/**
 * Checks the composition of an Accordo's organs against its Ambito and returns what is wrong. Never throws: an
 * Accordo of another Ambito, or inputs that cannot be read, give one `organ_composition_not_checked` finding with
 * the reason and its path.
 *
 * - `missing_assemblea_dei_sindaci` (error): an Ambito of several comuni has no Assemblea dei Sindaci;
 *   `assemblea_in_single_comune_ambito` (warning): a one-comune Ambito declares one (Busto Arsizio has none, seed 001
 *   L156);
 * - `assemblea_missing_mayor` (error): a comune has no mayor's seat in the Assemblea;
 *   `mayor_seat_not_delegable` (warning): the seat excludes a delegate (`delegable: false`; Gallarate and Sebino
 *   admit one, "o loro delegati", seed 000 L596, seed 002 L3226-3227). A seat that does not say (`delegable`
 *   absent, as in Busto Arsizio and Alto Milanese) is not reported;
 * - `tavolo_terzo_settore_presidency` (error): the Tavolo del Terzo Settore is presided by someone other than the
 *   Assemblea's president, or by a president who may not delegate (Gallarate's rule, seed 000 L436-438), where there
 *   is an Assemblea and the Tavolo's presidency names its seat. A Tavolo whose presidency is not stated is not
 *   reported.
 *
 * A Consiglio comunale in place of the Assemblea (a one-comune Ambito, Busto Arsizio) needs no mayors' seats.
 *
 * @param accordo - an Accordo (its `ambito` and `organs` are read)
 * @param ambito - its Ambito (its `id` and `comuni` are read; paths into it start with `"ambito"`)
 * @example
 * ```ts
 * import { checkOrganComposition } from "piano-di-zona";
 * import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "piano-di-zona/datasets";
 * checkOrganComposition(GALLARATE_ACCORDO, GALLARATE_AMBITO) //=> []
 * const noAssemblea = { ...GALLARATE_ACCORDO, organs: GALLARATE_ACCORDO.organs.filter((o) => o.kind !== "assemblea-dei-sindaci") };
 * checkOrganComposition(noAssemblea, GALLARATE_AMBITO).map((f) => f.code) //=> ["missing_assemblea_dei_sindaci"]
 * checkOrganComposition(GALLARATE_ACCORDO, { ...GALLARATE_AMBITO, id: "ambito-di-saronno" }).map((f) => f.code) //=> ["organ_composition_not_checked"]
 * ```
 * @category Governance
 */
export function checkOrganComposition(
  accordo: Pick<AccordoDiProgramma, "ambito" | "organs">,
  ambito: Pick<Ambito, "id" | "comuni">,
): Finding[] {
  try {
    const record = readRecord(accordo);
    const territory = readRecord(ambito, ["ambito"]);
    requireSameAmbito(record, territory);
    return findingsOf(readOrgans(record), readComuni(territory));
  } catch (caught) {
    const error = caught instanceof PdzError ? caught : pdzError(C.unreadable_field, {}, []);
    return [
      createFinding(
        G.organ_composition_not_checked,
        { reason: { en: error.message, it: error.messageIt } },
        { path: error.path },
      ),
    ];
  }
}

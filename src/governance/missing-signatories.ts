import { readList, readRecord, requiredField, type InputRecord } from "../core/read-input.js";
import type { AccordoDiProgramma } from "../model/accordo-di-programma.js";
import type { Ambito } from "../model/ambito.js";
import type { AccordoDiProgrammaDraft } from "../model/accordo-di-programma.js";
import { readPrintedPartyIds, readRequiredText, requireSameAmbito } from "./_accordo-parties.js";

/**
 * A party that must sign an Accordo and does not.
 * @category Governance
 */
export interface MissingSignatory {
  /** Id of the party (a comune of the Ambito, its ATS or its ASST). */
  readonly ente: string;
  readonly kind: "comune" | "ats" | "asst";
  readonly name: string;
}

function party(
  record: InputRecord,
  kind: MissingSignatory["kind"],
  path: (string | number)[],
): MissingSignatory {
  return { ente: readRequiredText(record, "id", path), kind, name: readRequiredText(record, "name", path) };
}

/**
 * The parties that must sign an Accordo di Programma and have not: every comune of the Ambito (through its mayor),
 * the ATS and the ASST (Gallarate art. 2, seed 000 L111-132; D.G.R. XII/2167 as summarised in seed 002 L166-170).
 * A party listed among the adherents does not count as signing: adherents cannot sign. Other signatories (the
 * aziende speciali consortili of Alto Milanese) are neither required nor refused.
 *
 * An Accordo as printed (a draft) whose list of signatories is blank (`null`: Busto Arsizio prints no Accordo) has
 * no one to report: nothing says who signed. `checkAccordoDiProgramma` reports the blank list itself.
 *
 * @param accordo - an Accordo, strict or draft (its `ambito`, `signatories` and `adherents` are read)
 * @param ambito - its Ambito (its `id`, `comuni`, `ats` and `asst` are read; paths into it start with `"ambito"`)
 * @throws {@link PdzError} `ambito_mismatch` when the Accordo is of another Ambito; `invalid_type`,
 *   `required_field`, `unreadable_field`, `too_many_items`, `text_too_long` for inputs of the wrong shape
 * @example
 * ```ts
 * import { missingSignatories } from "piano-di-zona";
 * import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "piano-di-zona/datasets";
 * missingSignatories(GALLARATE_ACCORDO, GALLARATE_AMBITO) //=> []
 * const withoutAsst = { ...GALLARATE_ACCORDO, signatories: GALLARATE_ACCORDO.signatories.filter((s) => s.ente !== "asst-valle-olona") };
 * missingSignatories(withoutAsst, GALLARATE_AMBITO).map((m) => m.name) //=> ["ASST Valle Olona"]
 * missingSignatories({ ...GALLARATE_ACCORDO, signatories: null }, GALLARATE_AMBITO) //=> []
 * missingSignatories(GALLARATE_ACCORDO, { ...GALLARATE_AMBITO, id: "ambito-di-saronno" }) //=> throws ambito_mismatch
 * ```
 * @category Governance
 */
export function missingSignatories(
  accordo:
    | Pick<AccordoDiProgramma, "ambito" | "signatories" | "adherents">
    | Pick<AccordoDiProgrammaDraft, "ambito" | "signatories" | "adherents">,
  ambito: Pick<Ambito, "id" | "comuni" | "ats" | "asst">,
): MissingSignatory[] {
  const record = readRecord(accordo);
  const territory = readRecord(ambito, ["ambito"]);
  requireSameAmbito(record, territory);
  const signatories = readPrintedPartyIds(record, "signatories");
  const adherents = new Set(readPrintedPartyIds(record, "adherents"));
  const signing = new Set((signatories ?? []).filter((id) => !adherents.has(id)));
  const comuni = readList(requiredField(territory, "comuni", ["ambito"]), ["ambito", "comuni"]);
  const required: MissingSignatory[] = comuni.map((comune, index) => {
    const path = ["ambito", "comuni", index];
    return party(readRecord(comune, path), "comune", path);
  });
  for (const kind of ["ats", "asst"] as const) {
    const path = ["ambito", kind];
    required.push(party(readRecord(requiredField(territory, kind, ["ambito"]), path), kind, path));
  }
  return signatories === null ? [] : required.filter((candidate) => !signing.has(candidate.ente));
}

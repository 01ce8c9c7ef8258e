import { ENTITY_KINDS, type EntityKind } from "../catalog/entities.js";
import * as G from "../core/messages/governance.js";
import type { Message } from "../core/message.js";
import { ownField, readList, readOption, readRecord, readText, requiredField } from "../core/read-input.js";
import type { AccordoDiProgramma } from "../model/accordo-di-programma.js";
import type { Ente } from "../model/ente.js";
import { readPartyIds, readRequiredText } from "./_accordo-parties.js";

/**
 * The answer of {@link canAdhere}: allowed, or refused with a stable code and the reason in both languages.
 * @category Governance
 */
export type AdhesionCheck =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly code: "no_adhesion_rule" | "kind_not_admitted" | "already_signatory" | "already_adherent";
      readonly message: string;
      readonly messageIt: string;
    };

function refused<Code extends Extract<AdhesionCheck, { allowed: false }>["code"], Params>(
  message: Message<Code, Params>,
  params: Params,
): AdhesionCheck {
  const text = message.render(params);
  return { allowed: false, code: message.code, message: text.en, messageIt: text.it };
}

// The kinds of body the Accordo admits as adherents, or undefined when it has no adhesion rule.
function admittedKinds(accordo: object): Set<string> | undefined {
  const adhesion = ownField(accordo, "adhesion");
  if (adhesion === undefined) return undefined;
  const rule = readRecord(adhesion, ["adhesion"]);
  const kinds = readList(requiredField(rule, "kinds", ["adhesion"]), ["adhesion", "kinds"]);
  return new Set(kinds.map((kind, index) => readText(kind, ["adhesion", "kinds", index])));
}

/**
 * Tells whether a body may adhere to an Accordo di Programma: its kind must be one the Accordo admits (Gallarate
 * art. 3 admits the "organismi rappresentativi del Terzo Settore", seed 000 L134-138), and it must not already sign
 * or adhere. The refusals are answers, not errors: `already_signatory`, `already_adherent`, `no_adhesion_rule`,
 * `kind_not_admitted`, each with its reason in both languages.
 *
 * @param accordo - an Accordo (its `adhesion`, `signatories` and `adherents` are read)
 * @param ente - the body: its `id` and its `kind` (one of `ENTITY_KINDS`)
 * @throws {@link PdzError} `invalid_type`, `required_field`, `unreadable_field`, `too_many_items`, `text_too_long`
 *   for inputs of the wrong shape; `invalid_option` for a kind of body outside the catalogue (paths into `ente`
 *   start with `"ente"`)
 * @example
 * ```ts
 * import { canAdhere } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * canAdhere(GALLARATE_ACCORDO, { id: "cooperativa-esempio", kind: "ets", name: "Cooperativa sociale" }).allowed //=> true
 * const refused = canAdhere(GALLARATE_ACCORDO, { id: "istituto-esempio", kind: "istituto-scolastico", name: "Istituto comprensivo" });
 * refused.allowed ? "" : refused.code //=> "kind_not_admitted"
 * canAdhere(GALLARATE_ACCORDO, { id: "x", kind: "club" as "ets" }) //=> throws invalid_option
 * ```
 * @category Governance
 */
export function canAdhere(
  accordo: Pick<AccordoDiProgramma, "adhesion" | "signatories" | "adherents">,
  ente: Pick<Ente, "id" | "kind">,
): AdhesionCheck {
  const record = readRecord(accordo);
  const body = readRecord(ente, ["ente"]);
  const id = readRequiredText(body, "id", ["ente"]);
  const kind: EntityKind = readOption(requiredField(body, "kind", ["ente"]), ENTITY_KINDS, ["ente", "kind"]);
  const signatories = readPartyIds(record, "signatories");
  const adherents = readPartyIds(record, "adherents");
  const kinds = admittedKinds(record);
  if (signatories.includes(id)) return refused(G.already_signatory, {});
  if (adherents.includes(id)) return refused(G.already_adherent, {});
  if (kinds === undefined) return refused(G.no_adhesion_rule, {});
  if (!kinds.has(kind)) return refused(G.kind_not_admitted, { kind });
  return { allowed: true };
}

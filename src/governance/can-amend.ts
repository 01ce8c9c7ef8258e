import { readList, readRecord, readText } from "../core/read-input.js";
import type { AccordoDiProgramma } from "../model/accordo-di-programma.js";
import { signingParties } from "./_accordo-parties.js";

/**
 * Whether an amendment may go ahead, with the institutional signatories whose agreement is still missing and the
 * approvals that do not count (adherents and bodies that are not signatories).
 * @category Governance
 */
export interface AmendmentCheck {
  readonly allowed: boolean;
  /** Institutional signatories that have not agreed, in the order of the Accordo. */
  readonly missing: readonly string[];
  /** Approvals given by parties without a say (adherents, unknown ids), in the order given. */
  readonly ignored: readonly string[];
}

/**
 * Tells whether the Accordo, or the Piano attached to it, may be amended given the parties that agreed beforehand.
 * Under the rule `"tutti-i-sottoscrittori-istituzionali"` every institutional signatory must agree ("saranno
 * preventivamente concordati fra tutti i soggetti istituzionali sottoscrittori", Gallarate art. 11, seed 000
 * L480-481); adherents have no vote, so their approval neither helps nor is required.
 *
 * @param accordo - an Accordo (its `signatories` and `adherents` are read)
 * @param approvals - ids of the parties that gave their prior agreement
 * @throws {@link PdzError} `invalid_type`, `required_field`, `unreadable_field`, `too_many_items`, `text_too_long`
 *   for inputs of the wrong shape (paths into `approvals` start with `"approvals"`)
 * @example
 * ```ts
 * import { canAmend } from "piano-di-zona";
 * import { GALLARATE_ACCORDO } from "piano-di-zona/datasets";
 * const everyone = GALLARATE_ACCORDO.signatories.map((s) => s.ente);
 * canAmend(GALLARATE_ACCORDO, everyone).allowed //=> true
 * canAmend(GALLARATE_ACCORDO, everyone.filter((id) => id !== "ats-insubria")).missing //=> ["ats-insubria"]
 * canAmend(GALLARATE_ACCORDO, "ats-insubria" as never) //=> throws invalid_type
 * ```
 * @category Governance
 */
export function canAmend(
  accordo: Pick<AccordoDiProgramma, "signatories" | "adherents" | "amendment">,
  approvals: readonly string[],
): AmendmentCheck {
  const signing = signingParties(readRecord(accordo));
  const agreed = new Set(
    readList(approvals, ["approvals"]).map((id, index) => readText(id, ["approvals", index])),
  );
  // The only rule the seeds state: unanimity of the institutional signatories.
  const missing = [...signing].filter((id) => !agreed.has(id));
  const ignored = [...agreed].filter((id) => !signing.has(id));
  return { allowed: missing.length === 0, missing, ignored };
}

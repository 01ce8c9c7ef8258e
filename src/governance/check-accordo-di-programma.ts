import { PdzError, pdzError, type ErrorPath } from "../core/error.js";
import { createFinding, type Finding } from "../core/finding.js";
import { isIsoDate, type IsoDate } from "../core/italian-date.js";
import * as C from "../core/messages/core.js";
import * as G from "../core/messages/governance.js";
import { readPeriod } from "../core/plan-period.js";
import {
  ownField,
  readList,
  readOptions,
  readRecord,
  readText,
  requiredField,
  type InputRecord,
} from "../core/read-input.js";
import type { AccordoDiProgramma, AccordoDiProgrammaDraft } from "../model/accordo-di-programma.js";
import type { Ambito } from "../model/ambito.js";
import { readPrintedPartyIds, readRequiredText } from "./_accordo-parties.js";
import { missingSignatories } from "./missing-signatories.js";

/**
 * Options of {@link checkAccordoDiProgramma}.
 * @category Governance
 */
export interface CheckAccordoOptions {
  /** The Accordo's Ambito: who must sign (its comuni, ATS and ASST). Without it, no signatory is reported missing. */
  readonly ambito?: Pick<Ambito, "id" | "comuni" | "ats" | "asst">;
  /**
   * The triennium of the Piano di Zona, as whole years (`{ from: 2025, to: 2027 }`, as a `PianoDiZona` holds it) or
   * ISO dates. Default: the three calendar years from the year the Accordo starts.
   */
  readonly period?: { readonly from: IsoDate | number; readonly to: IsoDate | number };
}

interface Party {
  readonly name: string;
  readonly kind: string | undefined;
}

function readParties(accordo: InputRecord): Map<string, Party> {
  const parties = new Map<string, Party>();
  readList(requiredField(accordo, "parties"), ["parties"]).forEach((item, index) => {
    const path: ErrorPath = ["parties", index];
    const party = readRecord(item, path);
    const id = readRequiredText(party, "id", path);
    const name = ownField(party, "name", path);
    const kind = ownField(party, "kind", path);
    parties.set(id, {
      name: name === undefined ? id : readText(name, [...path, "name"]),
      kind: kind === undefined ? undefined : readText(kind, [...path, "kind"]),
    });
  });
  return parties;
}

function readIsoDate(value: unknown, path: ErrorPath): IsoDate {
  if (!isIsoDate(value)) throw pdzError(C.invalid_date, {}, path);
  return value;
}

// `null` (blank in a draft) and an absent field both mean "not stated".
function stated(record: InputRecord, key: string, path: ErrorPath = []): unknown {
  const value = ownField(record, key, path);
  return value === null ? undefined : value;
}

function signatoryFindings(
  accordo: InputRecord,
  parties: ReadonlyMap<string, Party>,
  ambito: unknown,
): Finding[] {
  const findings: Finding[] = [];
  const signatories = readPrintedPartyIds(accordo, "signatories");
  const adherents = readPrintedPartyIds(accordo, "adherents") ?? [];
  if (signatories === null) {
    findings.push(createFinding(G.signatories_not_stated, {}, { path: ["signatories"] }));
  } else if (ambito !== undefined) {
    for (const missing of missingSignatories(accordo as never, ambito as never)) {
      findings.push(
        createFinding(
          G.signatory_missing,
          { name: missing.name },
          { path: ["signatories"], computed: missing.ente },
        ),
      );
    }
  }
  const signing = new Set(signatories);
  const adhesion = ownField(accordo, "adhesion");
  const admitted =
    adhesion === undefined
      ? new Set<string>()
      : new Set(
          readList(requiredField(readRecord(adhesion, ["adhesion"]), "kinds", ["adhesion"]), [
            "adhesion",
            "kinds",
          ]).map((kind, index) => readText(kind, ["adhesion", "kinds", index])),
        );
  adherents.forEach((id, index) => {
    const party = parties.get(id);
    const name = party?.name ?? id;
    const path: ErrorPath = ["adherents", index, "ente"];
    if (signing.has(id)) findings.push(createFinding(G.adherent_signs, { name }, { path }));
    if (party?.kind !== undefined && !admitted.has(party.kind)) {
      findings.push(createFinding(G.adherent_kind_not_admitted, { name, kind: party.kind }, { path }));
    }
  });
  return findings;
}

function periodFindings(accordo: InputRecord, triennium: unknown): Finding[] {
  const given = stated(accordo, "period");
  if (given === undefined) {
    return [createFinding(G.accordo_period_not_stated, {}, { path: ["period"] })];
  }
  const record = readRecord(given, ["period"]);
  const from = readIsoDate(requiredField(record, "from", ["period"]), ["period", "from"]);
  const to = readIsoDate(requiredField(record, "to", ["period"]), ["period", "to"]);
  const findings: Finding[] = [];
  if (to < from) findings.push(createFinding(G.accordo_period_reversed, {}, { path: ["period", "to"] }));
  const start = Number(from.slice(0, 4));
  const plan = readPeriod(triennium ?? { from: start, to: start + 2 }, ["options", "period"]);
  if (from < plan.from || to > plan.to) {
    findings.push(
      createFinding(G.accordo_period_outside_triennium, plan, {
        path: ["period"],
        stated: `${from}/${to}`,
        computed: `${plan.from}/${plan.to}`,
      }),
    );
  }
  // Extensions, against the end they extend.
  const authority = stated(accordo, "extensionAuthority");
  const empowered = authority === undefined ? undefined : readText(authority, ["extensionAuthority"]);
  let end = to;
  readList(requiredField(accordo, "extensions"), ["extensions"]).forEach((item, index) => {
    const path: ErrorPath = ["extensions", index];
    const extension = readRecord(item, path);
    const until = readIsoDate(requiredField(extension, "until", path), [...path, "until"]);
    const grantedBy = readRequiredText(extension, "grantedBy", path);
    if (until <= end) {
      findings.push(
        createFinding(
          G.extension_does_not_extend,
          {},
          { path: [...path, "until"], stated: until, computed: end },
        ),
      );
    }
    if (grantedBy !== empowered) {
      findings.push(
        createFinding(G.extension_by_unempowered_body, { kind: grantedBy }, { path: [...path, "grantedBy"] }),
      );
    }
    if (until > end) end = until;
  });
  return findings;
}

function approvalFindings(accordo: InputRecord): Finding[] {
  const signedOn = stated(accordo, "signedOn");
  const approvals = stated(accordo, "approvals");
  const plan = stated(accordo, "attachedPlan");
  const adoptedOn = plan === undefined ? undefined : stated(readRecord(plan, ["attachedPlan"]), "adoptedOn");
  const approved =
    signedOn !== undefined ||
    adoptedOn !== undefined ||
    (approvals !== undefined && readList(approvals, ["approvals"]).length > 0);
  return approved ? [] : [createFinding(G.no_approval_act, {}, { path: ["approvals"] })];
}

function findingsOf(accordo: unknown, options: unknown): Finding[] {
  const record = readRecord(accordo);
  const settings = readOptions(options, ["options"]);
  const ambito = ownField(settings, "ambito", ["options"]);
  const triennium = ownField(settings, "period", ["options"]);
  const parties = readParties(record);
  const findings = signatoryFindings(record, parties, ambito);
  if (stated(record, "capofila") === undefined) {
    findings.push(createFinding(G.capofila_not_stated, {}, { path: ["capofila"] }));
  }
  findings.push(...periodFindings(record, triennium));
  if (stated(record, "amendment") === undefined) {
    findings.push(createFinding(G.amendment_rule_not_stated, {}, { path: ["amendment"] }));
  }
  findings.push(...approvalFindings(record));
  return findings;
}

/**
 * Audits an Accordo di Programma, strict or as printed (a draft), and returns what is wrong or missing. Never throws:
 * an Accordo, an Ambito or options that cannot be read, or an Ambito that is not the Accordo's, give one
 * `accordo_not_checked` finding with the reason and its path.
 *
 * - `signatories_not_stated` (info): the document lists no signatories (a draft's `null`);
 *   `signatory_missing` (error): with `options.ambito`, a comune, the ATS or the ASST does not sign
 *   ({@link missingSignatories});
 * - `adherent_signs` (error): a party both signs and adheres; `adherent_kind_not_admitted` (warning): an adherent of a
 *   kind the adhesion rule does not admit (or the Accordo has no adhesion rule);
 * - `capofila_not_stated`, `accordo_period_not_stated`, `amendment_rule_not_stated` (info): blanks of a draft;
 * - `accordo_period_reversed` (error); `accordo_period_outside_triennium` (warning): the period, before extensions,
 *   starts before or ends after the Piano's triennium (`options.period`, by default the three calendar years from
 *   the Accordo's start: an Accordo lasts "conformemente alla durata del Piano di Zona", seed 000 L478; "una durata
 *   di tre anni", seed 002 L225-227);
 * - `extension_does_not_extend` (error), `extension_by_unempowered_body` (warning): extensions that do not move the
 *   end forward, or that come from a body the Accordo does not empower;
 * - `no_approval_act` (warning): no signature date, no approval act and no adoption date of the attached Piano.
 *
 * The composition of the organs is {@link checkOrganComposition}'s. Dates are read as a validated Accordo holds them
 * (ISO).
 *
 * @param accordo - an Accordo or an Accordo as printed
 * @param options - `ambito`: who must sign; `period`: the Piano's triennium
 * @example
 * ```ts
 * import { checkAccordoDiProgramma } from "piano-di-zona";
 * import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "piano-di-zona/datasets";
 * checkAccordoDiProgramma(GALLARATE_ACCORDO, { ambito: GALLARATE_AMBITO, period: { from: 2025, to: 2027 } }) //=> []
 * const printed = { ...GALLARATE_ACCORDO, signatories: null, period: null, attachedPlan: undefined };
 * checkAccordoDiProgramma(printed).map((f) => f.code) //=> ["signatories_not_stated", "accordo_period_not_stated", "no_approval_act"]
 * const late = { ...GALLARATE_ACCORDO, period: { from: "2025-01-01", to: "2028-12-31" } };
 * checkAccordoDiProgramma(late, { period: { from: 2025, to: 2027 } }).map((f) => [f.code, f.stated]) //=> [["accordo_period_outside_triennium", "2025-01-01/2028-12-31"]]
 * checkAccordoDiProgramma(null as never).map((f) => f.code) //=> ["accordo_not_checked"]
 * ```
 * @category Governance
 */
export function checkAccordoDiProgramma(
  accordo: AccordoDiProgramma | AccordoDiProgrammaDraft,
  options?: CheckAccordoOptions,
): Finding[] {
  try {
    return findingsOf(accordo, options);
  } catch (caught) {
    const error = caught instanceof PdzError ? caught : pdzError(C.unreadable_field, {}, []);
    return [
      createFinding(
        G.accordo_not_checked,
        { reason: { en: error.message, it: error.messageIt } },
        { path: error.path },
      ),
    ];
  }
}

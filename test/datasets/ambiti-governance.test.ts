// The governance of Busto Arsizio, Sebino and Alto Milanese in the datasets: each Ambito, Accordo as printed and
// protocol valid in its model, plain JSON, frozen and cited; the governance checks run on them with the seeds' findings.
import { describe, expect, it } from "vitest";
import {
  ALTO_MILANESE_ACCORDO,
  ALTO_MILANESE_AMBITO,
  ALTO_MILANESE_PROTOCOLS,
  BUSTO_ARSIZIO_ACCORDO,
  BUSTO_ARSIZIO_AMBITO,
  BUSTO_ARSIZIO_PROTOCOLS,
  SEBINO_ACCORDO,
  SEBINO_AMBITO,
  SEBINO_PROTOCOLS,
} from "../../src/datasets/index.js";
import { DOCUMENTS } from "../../src/datasets/_sources.js";
import { checkAccordoDiProgramma } from "../../src/governance/check-accordo-di-programma.js";
import { checkOrganComposition } from "../../src/governance/check-organ-composition.js";
import { missingSignatories } from "../../src/governance/missing-signatories.js";
import {
  AccordoDiProgrammaDraftSchema,
  parseAccordoDiProgrammaDraft,
} from "../../src/model/accordo-di-programma.js";
import { AmbitoSchema, parseAmbito } from "../../src/model/ambito.js";
import { parseProtocolOrProcedure, ProtocolOrProcedureSchema } from "../../src/model/protocol.js";

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const TRIENNIUM = { from: 2025, to: 2027 } as const;

const GOVERNANCE = [
  {
    name: "Busto Arsizio",
    document: DOCUMENTS.bustoArsizio,
    ambito: BUSTO_ARSIZIO_AMBITO,
    accordo: BUSTO_ARSIZIO_ACCORDO,
    protocols: BUSTO_ARSIZIO_PROTOCOLS,
    counts: { comuni: 1, organs: 13, signatories: null, protocols: 18 },
    // seed 001 L1306-1338: the plan prints no list of signatories, no period and no amendment rule
    findings: ["signatories_not_stated", "accordo_period_not_stated", "amendment_rule_not_stated"],
  },
  {
    name: "Sebino",
    document: DOCUMENTS.sebino,
    ambito: SEBINO_AMBITO,
    accordo: SEBINO_ACCORDO,
    protocols: SEBINO_PROTOCOLS,
    counts: { comuni: 12, organs: 13, signatories: 14, protocols: 3 },
    // seed 002 L3243-3274, L165
    findings: ["accordo_period_not_stated", "amendment_rule_not_stated", "no_approval_act"],
  },
  {
    name: "Alto Milanese",
    document: DOCUMENTS.altoMilanese,
    ambito: ALTO_MILANESE_AMBITO,
    accordo: ALTO_MILANESE_ACCORDO,
    protocols: ALTO_MILANESE_PROTOCOLS,
    // 22 sindaci + 2 aziende + ATS + ASST = 26 signatories (seed 004 L554-673)
    counts: { comuni: 22, organs: 17, signatories: 26, protocols: 8 },
    findings: ["amendment_rule_not_stated", "no_approval_act"],
  },
] as const;

describe.each(GOVERNANCE)("the governance of $name", (governance) => {
  const { ambito, accordo, protocols, document } = governance;

  it("is valid in its models, plain JSON, frozen and cited", () => {
    expect(AmbitoSchema.safeParse(ambito).success).toBe(true);
    expect(AccordoDiProgrammaDraftSchema.safeParse(accordo).success).toBe(true);
    for (const protocol of protocols)
      expect(ProtocolOrProcedureSchema.safeParse(protocol).success).toBe(true);
    expect(json(ambito)).toEqual(ambito);
    expect(json(accordo)).toEqual(accordo);
    expect(json(protocols)).toEqual(protocols);
    expect(parseAccordoDiProgrammaDraft(json(accordo))).toEqual(parseAccordoDiProgrammaDraft(accordo));
    expect(parseAmbito(json(ambito))).toEqual(parseAmbito(ambito));
    expect(protocols.map((protocol) => parseProtocolOrProcedure(json(protocol)))).toEqual(
      protocols.map((protocol) => parseProtocolOrProcedure(protocol)),
    );
    expect([
      Object.isFrozen(accordo.organs),
      Object.isFrozen(ambito.comuni),
      Object.isFrozen(protocols),
    ]).toEqual([true, true, true]);
    expect(ambito.source?.document).toBe(document);
    for (const protocol of protocols) expect(protocol.source?.document).toBe(document);
  });

  it("counts what the seed prints", () => {
    expect({
      comuni: ambito.comuni.length,
      organs: accordo.organs.length,
      signatories: accordo.signatories?.length ?? null,
      protocols: protocols.length,
    }).toEqual(governance.counts);
  });

  it("gives the seed's findings to the governance checks", () => {
    const parsedAmbito = parseAmbito(ambito);
    const parsed = parseAccordoDiProgrammaDraft(accordo);
    expect(
      checkAccordoDiProgramma(parsed, { ambito: parsedAmbito, period: TRIENNIUM }).map(
        (finding) => finding.code,
      ),
    ).toEqual(governance.findings);
    expect(missingSignatories(parsed, parsedAmbito)).toEqual([]);
    expect(checkOrganComposition(parsed, parsedAmbito)).toEqual([]);
  });
});

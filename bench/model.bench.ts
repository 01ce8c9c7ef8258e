import { GALLARATE_ACCORDO, GALLARATE_SCHEDA_OBIETTIVO_L } from "../src/datasets/index.js";
import { AccordoDiProgrammaSchema, SchedaObiettivoSchema } from "../src/model/index.js";
import { decide } from "../src/governance/index.js";
import type { Organ } from "../src/model/index.js";
import {
  parseSchedaObiettivo,
  safeParseAccordoDiProgramma,
  safeParseSchedaObiettivo,
} from "../src/model/index.js";
import { compare, recordGoal } from "./harness.js";

// Validation: the library's parse functions (issues in two languages) against zod's bare safeParse, on valid JSON
// and on a broken copy, where the issue mapping does its work.
const accordo: unknown = JSON.parse(JSON.stringify(GALLARATE_ACCORDO));
compare("Gallarate's Accordo di Programma (valid JSON)", [
  {
    name: "AccordoDiProgrammaSchema.safeParse (baseline)",
    run: () => AccordoDiProgrammaSchema.safeParse(accordo),
  },
  { name: "safeParseAccordoDiProgramma", run: () => safeParseAccordoDiProgramma(accordo) },
]);

const broken: unknown = JSON.parse(
  JSON.stringify(GALLARATE_SCHEDA_OBIETTIVO_L).replace('"total":"30000"', '"total":"-5","extra":1'),
);
const throwing = (): unknown => {
  try {
    return parseSchedaObiettivo(broken);
  } catch (error) {
    return error;
  }
};
// Goal (issue 11 §5): parseX on invalid input within 2× safeParseX (0.1.0: 4–5×, the label table rebuilt per call).
const parseMeasures = compare(
  "scheda obiettivo with two issues",
  [
    {
      name: "SchedaObiettivoSchema.safeParse (zod alone)",
      run: () => SchedaObiettivoSchema.safeParse(broken),
    },
    {
      name: "safeParseSchedaObiettivo (bilingual issues) (baseline)",
      run: () => safeParseSchedaObiettivo(broken),
    },
    { name: "parseSchedaObiettivo (throws one PdzError)", run: throwing },
  ].sort((a, b) => (a.name.includes("baseline") ? -1 : b.name.includes("baseline") ? 1 : 0)),
);
{
  const safe = parseMeasures.find((m) => m.name.startsWith("safeParseSchedaObiettivo"))?.ns ?? 1;
  const thrown = parseMeasures.find((m) => m.name.startsWith("parseSchedaObiettivo"))?.ns ?? 0;
  recordGoal({
    goal: "parseX on invalid input: within 2× safeParseX",
    measured: `${(thrown / safe).toFixed(2)}×`,
    met: thrown / safe <= 2,
    reproduce: "npm run bench -- model",
  });
}

// Voting: a population-weighted decision of 22 members in exact arithmetic against a float count of the same votes.
const populations = Array.from({ length: 22 }, (_, index) => 1_000 + index * 2_731);
const organ = {
  seats: populations.map((_, index) => ({
    id: `s${String(index)}`,
    role: "sindaco",
    delegable: true,
    votes: true,
  })),
  decisionRules: {
    quorum: { basis: "members", share: { numerator: 1, denominator: 2 }, inclusive: false },
    majority: { kind: "simple", weighting: "plain" },
  },
} as unknown as Organ;
const votes = populations.map(
  (_, index) =>
    ({ seat: `s${String(index)}`, choice: index % 3 === 0 ? "contrario" : "favorevole" }) as const,
);
compare("decision of a 22-member Assemblea", [
  {
    name: "float tally (baseline)",
    run: () => votes.filter((vote) => vote.choice === "favorevole").length > votes.length / 2,
  },
  { name: "decide (exact, with figures)", run: () => decide(organ, votes) },
]);

import { GALLARATE_ACCORDO, GALLARATE_SCHEDA_OBIETTIVO_L } from "../src/datasets/index.js";
import {
  AccordoDiProgrammaSchema,
  decide,
  parseAccordoDiProgramma,
  parseSchedaObiettivo,
  SchedaObiettivoSchema,
  type Organ,
} from "../src/index.js";
import { nsPerCall, report } from "./harness.js";

// Validation: the library's parse functions (issues in two languages) against zod's bare safeParse, on valid JSON
// and on a broken copy, where the issue mapping does its work.
const accordo: unknown = JSON.parse(JSON.stringify(GALLARATE_ACCORDO));
report("Gallarate's Accordo di Programma (valid JSON)", [
  {
    name: "AccordoDiProgrammaSchema.safeParse (baseline)",
    ns: nsPerCall(() => AccordoDiProgrammaSchema.safeParse(accordo)),
  },
  { name: "parseAccordoDiProgramma", ns: nsPerCall(() => parseAccordoDiProgramma(accordo)) },
]);

const broken: unknown = JSON.parse(
  JSON.stringify(GALLARATE_SCHEDA_OBIETTIVO_L).replace('"total":"30000"', '"total":"-5","extra":1'),
);
report("scheda obiettivo with two issues", [
  {
    name: "SchedaObiettivoSchema.safeParse (baseline)",
    ns: nsPerCall(() => SchedaObiettivoSchema.safeParse(broken)),
  },
  { name: "parseSchedaObiettivo (bilingual issues)", ns: nsPerCall(() => parseSchedaObiettivo(broken)) },
]);

// Voting: a population-weighted decision of 22 members in exact Decimal against a float count of the same votes.
const populations = Array.from({ length: 22 }, (_, index) => 1_000 + index * 2_731);
const organ = {
  seats: populations.map((_, index) => ({ id: `s${index}`, role: "sindaco", delegable: true, votes: true })),
  decisionRules: {
    quorum: { basis: "members", share: { numerator: 1, denominator: 2 }, inclusive: false },
    majority: { kind: "simple", weighting: "plain" },
  },
} as unknown as Organ;
const votes = populations.map(
  (_, index) => ({ seat: `s${index}`, choice: index % 3 === 0 ? "contrario" : "favorevole" }) as const,
);
report("decision of a 22-member Assemblea", [
  {
    name: "float tally (baseline)",
    ns: nsPerCall(() => votes.filter((vote) => vote.choice === "favorevole").length > votes.length / 2),
  },
  { name: "decide (exact, with figures)", ns: nsPerCall(() => decide(organ, votes)) },
]);

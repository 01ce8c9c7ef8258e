import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { AmbitoSchema } from "../../src/model/ambito.js";
import { decide, VOTE_CHOICES, type Vote } from "../../src/governance/decide.js";
import { OrganSchema } from "../../src/model/organ.js";

// A constructed Assemblea of n mayors with given populations (no seed Accordo states voting rules).
function setUp(populations: readonly number[], weighting: "plain" | "population") {
  const ids = populations.map((_, index) => `comune-${index + 1}`);
  const ambito = AmbitoSchema.parse({
    id: "ambito-x",
    name: "Ambito X",
    comuni: ids.map((id, index) => ({
      id,
      name: id,
      population: { count: populations[index], referenceDate: "2024-01-01" },
    })),
    capofila: ids[0],
    ats: { id: "ats-x", name: "ATS" },
    asst: { id: "asst-x", name: "ASST" },
    distretti: [],
  });
  const organ = OrganSchema.parse({
    id: "assemblea",
    kind: "assemblea-dei-sindaci",
    name: "Assemblea",
    functions: [],
    seats: ids.map((id) => ({
      id: `sindaco-${id}`,
      role: "sindaco",
      ente: id,
      delegable: true,
      votes: true,
    })),
    decisionRules: {
      quorum: {
        basis: weighting === "plain" ? "members" : "population",
        share: { numerator: 1, denominator: 2 },
        inclusive: false,
      },
      majority: { kind: "simple", weighting },
    },
  });
  return { ambito, organ };
}

const scenario = fc
  .array(
    fc.record({
      population: fc.integer({ min: 1, max: 100_000 }),
      choice: fc.option(fc.constantFrom(...VOTE_CHOICES)),
    }),
    {
      minLength: 1,
      maxLength: 15,
    },
  )
  .map((members) => ({
    populations: members.map((member) => member.population),
    votes: members.flatMap((member, index): Vote[] =>
      member.choice === null ? [] : [{ seat: `sindaco-comune-${index + 1}`, choice: member.choice }],
    ),
  }));

test.prop([scenario])(
  "a plain simple majority: adopted iff more than half present and more for than against",
  ({ populations, votes }) => {
    const { organ } = setUp(populations, "plain");
    const result = decide(organ, votes);
    const count = (choice: string): number => votes.filter((vote) => vote.choice === choice).length;
    const quorum = votes.length * 2 > populations.length;
    expect(result.quorum.reached).toBe(quorum);
    expect(result.adopted).toBe(quorum && count("favorevole") > count("contrario"));
    expect(
      result.majority.favour.plus(result.majority.against).plus(result.majority.abstained).toNumber(),
    ).toBe(votes.length);
  },
);

test.prop([scenario, fc.integer({ min: 2, max: 1000 })])(
  "population weighting depends only on the ratios of the populations",
  ({ populations, votes }, factor) => {
    const base = setUp(populations, "population");
    const scaled = setUp(
      populations.map((population) => population * factor),
      "population",
    );
    const first = decide(base.organ, votes, { ambito: base.ambito });
    const second = decide(scaled.organ, votes, { ambito: scaled.ambito });
    expect(second.outcome).toBe(first.outcome);
    expect(second.majority.favour.toString()).toBe(first.majority.favour.times(factor).toString());
  },
);
